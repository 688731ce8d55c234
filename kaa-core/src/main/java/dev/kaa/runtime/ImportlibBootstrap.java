package dev.kaa.runtime;

import dev.kaa.bytecode.PycFile;
import dev.kaa.interp.Eval;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes CPython's importlib the import system, as CPython's start-up does with its frozen copies (docs/imports.md):
 * the standard library's {@code importlib/_bootstrap.py} runs as {@code _frozen_importlib}, then
 * {@code _install(sys, _imp)}; {@code _bootstrap_external.py} runs as {@code _frozen_importlib_external}, then
 * {@code _install_external_importers()}. Both come from Kaa's pyc cache after the first run, so start-up does not
 * compile them. {@code _bootstrap_external} writes and checks pycs with Kaa's magic number, not CPython's, so that
 * cached code follows Kaa's bytecode.
 */
final class ImportlibBootstrap {
  private ImportlibBootstrap() {}

  /** The built-in modules {@code _bootstrap} and {@code _bootstrap_external} import as they start. */
  static final List<String> NEEDS = List.of("_imp", "_io", "_thread", "_warnings", "_weakref", "marshal", "posix");

  /**
   * Whether importlib is the import system: always, unless the JVM runs with {@code -Dkaa.importlib=false} (through
   * the launcher: {@code KAA_JAVA_OPTS=-Dkaa.importlib=false}), which leaves {@link SourceFallback} to import.
   */
  static boolean enabled() {
    return BuiltinModules.NAMES.containsAll(NEEDS) && !"false".equals(System.getProperty("kaa.importlib"));
  }

  /**
   * The names CPython's frozen importlib goes by in its code objects ({@code <frozen importlib._bootstrap>}), which
   * tracebacks show, and by which the import system knows its own frames to hide them ({@link ImportlibFrames}).
   */
  static final java.util.Map<String, String> FROZEN_NAMES = java.util.Map.of(
      "_frozen_importlib", "importlib._bootstrap", "_frozen_importlib_external", "importlib._bootstrap_external");

  static void install(Interpreter interp, Path stdlib) {
    PyObject imp = interp.importer.importModule("_imp", null, null, 0);
    PyModule bootstrap = run(interp, "_frozen_importlib", stdlib.resolve("importlib").resolve("_bootstrap.py"), false);
    Abstract.call(Attributes.get(bootstrap, "_install"), interp.sys, imp);
    interp.importer.useImportlib(bootstrap);
    PyModule external = run(interp, "_frozen_importlib_external",
        stdlib.resolve("importlib").resolve("_bootstrap_external.py"), true);
    Attributes.set(external, "MAGIC_NUMBER", new PyBytes(PycFile.MAGIC.clone()));
    long raw = 0;
    for (int i = PycFile.MAGIC.length - 1; i >= 0; i--) raw = raw << 8 | (PycFile.MAGIC[i] & 0xff);
    Attributes.set(external, "_RAW_MAGIC_NUMBER", PyInt.of(raw));
    Abstract.call(Attributes.get(bootstrap, "_install_external_importers"));
    installZipimport(interp);
    markFrozen(bootstrap, bootstrap);
    markFrozen(bootstrap, external);
  }

  /**
   * {@code zipimport.zipimporter} first in {@code sys.path_hooks}, as CPython's start-up puts it (zip files on
   * {@code sys.path}); without it, imports from directories still work, so a failure only leaves it out.
   */
  private static void installZipimport(Interpreter interp) {
    try {
      PyObject zipimport = interp.importer.importModule("zipimport", null, null, 0);
      PyObject hooks = interp.sys.dict().getStr("path_hooks");
      Abstract.call(Attributes.get(hooks, "insert"), PyInt.of(0), Attributes.get(zipimport, "zipimporter"));
    } catch (dev.kaa.objects.PyException e) {
      // CPython says so only under -v
    }
  }

  /**
   * Runs the source file as a new module {@code name} in {@code sys.modules}, where importlib expects to find it;
   * {@code withFile}: with {@code __file__}, as CPython's {@code _frozen_importlib_external} (not its
   * {@code _frozen_importlib}).
   */
  private static PyModule run(Interpreter interp, String name, Path file, boolean withFile) {
    PycCache.Loaded loaded;
    try {
      loaded = interp.importer.pycCache.load(file, "<frozen " + FROZEN_NAMES.get(name) + ">");
    } catch (IOException e) {
      throw Errors.of(ExceptionTypes.ImportError, "cannot read %s: %s", file, e.getMessage());
    }
    PyModule module = new PyModule(name, dev.kaa.objects.PyNone.NONE, null);
    module.put("__builtins__", interp.builtins);
    if (withFile) module.put("__file__", new PyStr(file.toString()));
    interp.modules.put(new PyStr(name), module);
    Eval.execModule(loaded.code(), module.dict(), interp.builtinsDict());
    return module;
  }

  /**
   * The spec CPython gives its frozen importlib ({@code FrozenImporter}, origin {@code 'frozen'}): Kaa's copies are
   * just as much part of the interpreter, only kept in the pyc cache.
   */
  private static void markFrozen(PyModule bootstrap, PyModule module) {
    PyObject frozenImporter = Attributes.get(bootstrap, "FrozenImporter");
    PyObject spec = Abstract.call(Attributes.get(bootstrap, "ModuleSpec"), new PyStr(module.name()), frozenImporter);
    Attributes.set(spec, "origin", new PyStr("frozen"));
    module.put("__spec__", spec);
    module.put("__loader__", frozenImporter);
  }
}
