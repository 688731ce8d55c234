package dev.kaa.objects;

import java.util.function.Function;

/**
 * How the object model imports a module it needs at run time ({@code copyreg} for pickling's defaults), through
 * the current interpreter's import system, which the runtime {@link #install}s once (the types cannot see it).
 */
public final class ModuleImport {
  private ModuleImport() {}

  private static volatile Function<String, PyObject> importer = name -> null;

  /** Sets how modules are imported: the running interpreter's {@code import name}, null when none runs. */
  public static void install(Function<String, PyObject> currentInterpreters) { importer = currentInterpreters; }

  /** {@code import name} (a top-level module) in the running interpreter. */
  public static PyObject importModule(String name) {
    PyObject m = importer.apply(name);
    if (m == null) throw Errors.of(ExceptionTypes.ImportError, "no interpreter to import %s", name);
    return m;
  }

  /** As {@link #importModule}, or null when no interpreter runs on this thread (unit tests of the object model). */
  public static PyObject importIfRunning(String name) { return importer.apply(name); }
}
