package dev.kaa.runtime;

import dev.kaa.bytecode.Code;
import dev.kaa.interp.Eval;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What imports modules while importlib is not installed (docs/imports.md): built-in modules, and {@code .py} modules
 * and packages (directories with {@code __init__.py}) found along {@code sys.path}. Without a standard library, a
 * module not found says where Kaa looked for one.
 */
final class SourceFallback {
  private final Interpreter interp;
  private final PycCache pycCache;

  SourceFallback(Interpreter interp, PycCache pycCache) {
    this.interp = interp;
    this.pycCache = pycCache;
  }

  /** {@code from package import a, b}: a name the package lacks is tried as a submodule. */
  PyObject handleFromList(PyObject module, String fullName, PyObject fromlist) {
    for (PyObject x : items(fromlist)) {
      if (!(x instanceof PyStr s)) {
        throw Errors.typeError("Item in %s.__all__ must be str, not %s", fullName, x.type().name());
      }
      if (s.value.equals("*") || Abstract.getAttrOrNull(module, s.value) != null) continue;
      String sub = fullName + "." + s.value;
      try {
        importDotted(sub);
      } catch (PyException e) {
        // a missing submodule is not an error here: IMPORT_FROM reports the missing name
        if (!e.matches(ExceptionTypes.ModuleNotFoundError) || !missingName(e).equals(sub)) throw e;
      }
    }
    return module;
  }

  /** The items of a list or tuple (the usual {@code sys.path}, {@code __path__} and fromlist), or of any iterable. */
  private static java.util.List<PyObject> items(PyObject iterable) {
    if (iterable instanceof PyList l) return java.util.Arrays.asList(l.toArray());
    if (iterable instanceof dev.kaa.objects.PyTuple t) return java.util.Arrays.asList(t.toArray());
    java.util.List<PyObject> out = new java.util.ArrayList<>();
    PyObject it = Abstract.iter(iterable);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) out.add(x);
    return out;
  }

  private static String missingName(PyException e) {
    return e.pyMessage() != null && e.pyMessage().startsWith("No module named '")
        ? e.pyMessage().substring(17, e.pyMessage().length() - 1) : "";
  }

  /** Imports {@code a}, {@code a.b}, {@code a.b.c} in turn; returns the last. */
  PyObject importDotted(String fullName) {
    PyObject m = interp.modules.getStr(fullName);
    if (m != null) {
      if (m == PyNone.NONE) throw notFound("import of " + fullName + " halted; None in sys.modules", fullName);
      return m;
    }
    int dot = fullName.lastIndexOf('.');
    if (dot < 0) {
      PyModule builtin = BuiltinModules.create(fullName, interp);
      return builtin != null ? builtin(builtin) : load(fullName, searchPath(), null);
    }
    String parentName = fullName.substring(0, dot);
    PyObject parent = importDotted(parentName);
    m = interp.modules.getStr(fullName);  // the parent's __init__ may have imported it
    if (m != null) return m;
    PyObject path = Abstract.getAttrOrNull(parent, "__path__");
    if (path == null) {
      throw notFound("No module named '" + fullName + "'; '" + parentName + "' is not a package", fullName);
    }
    PyObject module = load(fullName, path, parentName);
    Attributes.set(parent, fullName.substring(dot + 1), module);
    return module;
  }

  /** A built-in module other than sys and builtins, made when first imported. */
  private PyObject builtin(PyModule module) {
    interp.modules.put(new PyStr(module.name()), module);
    return module;
  }

  private PyObject searchPath() {
    PyObject path = interp.path();
    if (path == null) throw Errors.of(ExceptionTypes.ImportError, "sys.path must be a list of directory names");
    return path;
  }

  /**
   * ModuleNotFoundError, recording the module's full name ({@code e.name}) as CPython's import does; without a
   * standard library, one more line says where Kaa looked for it.
   */
  private static PyException notFound(String message, String fullName) {
    StdlibLocator.Result stdlib = StdlibLocator.locate();
    if (stdlib.directory() == null) message += "\n" + StdlibLocator.notFoundLine(stdlib);
    return PyException.withKeywords(ExceptionTypes.ModuleNotFoundError,
        new PyObject[] {new PyStr(message), new PyStr(fullName)}, "name");
  }

  /** Finds {@code fullName}'s last component along {@code path} and runs it as a new module. */
  private PyObject load(String fullName, PyObject path, String parentName) {
    Location found = locate(fullName, path);
    if (found == null) throw notFound("No module named '" + fullName + "'", fullName);
    if (found.packageDir() != null) return exec(fullName, found.file(), found.packageDir(), fullName);
    return exec(fullName, found.file(), null, parentName == null ? "" : parentName);
  }

  /** Where a module's source is: its file, and for a package its directory (the file is its __init__.py). */
  record Location(Path file, Path packageDir) {}

  /** The first place along {@code path} that holds {@code fullName}'s last component, or null. */
  private static Location locate(String fullName, PyObject path) {
    String last = fullName.substring(fullName.lastIndexOf('.') + 1);
    for (PyObject entry : items(path)) {
      if (!(entry instanceof PyStr dir)) continue;
      Path base = Path.of(dir.value.isEmpty() ? "." : dir.value);
      Path pkgInit = base.resolve(last).resolve("__init__.py");
      if (Files.isRegularFile(pkgInit)) return new Location(pkgInit, base.resolve(last));
      Path file = base.resolve(last + ".py");
      if (Files.isRegularFile(file)) return new Location(file, null);
    }
    return null;
  }

  /**
   * Finds {@code fullName} without running it, for {@code -m}: its parent packages are imported (running their
   * {@code __init__}), as CPython's {@code runpy} does. Null when there is no such module.
   */
  Location find(String fullName) {
    int dot = fullName.lastIndexOf('.');
    if (dot < 0) return locate(fullName, searchPath());
    PyObject parent = importDotted(fullName.substring(0, dot));
    PyObject path = Abstract.getAttrOrNull(parent, "__path__");
    if (path == null) {
      throw notFound("__path__ attribute not found on '" + fullName.substring(0, dot) + "' while trying to find '"
          + fullName + "'", fullName);
    }
    return locate(fullName, path);
  }

  private PyObject exec(String fullName, Path file, Path packageDir, String packageName) {
    String filename = file.toString();
    PycCache.Loaded cached;
    try {
      cached = pycCache.load(file, filename);
    } catch (IOException e) {
      throw Errors.of(ExceptionTypes.ImportError, "cannot read %s: %s", file, e.getMessage());
    }
    Code code = cached.code();
    PyModule module = new PyModule(fullName, PyNone.NONE, null);
    module.put("__file__", new PyStr(filename));
    module.put("__cached__", new PyStr(cached.cachePath().toString()));
    module.put("__package__", new PyStr(packageName));
    module.put("__builtins__", interp.builtins);
    if (packageDir != null) {
      PyList path = new PyList();
      path.add(new PyStr(packageDir.toString()));
      module.put("__path__", path);
    }
    PyStr key = new PyStr(fullName);
    interp.modules.put(key, module);
    try {
      Eval.execModule(code, module.dict(), interp.builtinsDict());
    } catch (PyException | Error e) {
      interp.modules.remove(key);
      throw e;
    }
    PyObject loaded = interp.modules.getStr(fullName);
    if (loaded == null) throw Errors.of(ExceptionTypes.ImportError, "Loaded module %s not found in sys.modules");
    return loaded;
  }
}
