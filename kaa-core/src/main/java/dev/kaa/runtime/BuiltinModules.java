package dev.kaa.runtime;

import java.util.Map;
import java.util.function.Function;

/**
 * The modules built into Kaa beyond {@code sys} and {@code builtins}, made when first imported (CPython's
 * {@code sys.builtin_module_names}): the importer looks here before {@code sys.path}, as CPython's
 * {@code BuiltinImporter} comes first.
 */
final class BuiltinModules {
  private BuiltinModules() {}

  private static final Map<String, Function<Interpreter, PyModule>> FACTORIES = Map.of(
      "marshal", MarshalModule::create,
      KaaBytecodeModule.NAME, KaaBytecodeModule::create,
      KaaPycModule.NAME, KaaPycModule::create);

  /** A new instance of the built-in module {@code name} for {@code interp}, or null when there is none. */
  static PyModule create(String name, Interpreter interp) {
    Function<Interpreter, PyModule> factory = FACTORIES.get(name);
    return factory == null ? null : factory.apply(interp);
  }
}
