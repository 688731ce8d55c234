package dev.kaa.runtime;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.objects.HasDict;

/**
 * {@code builtins.__import__}: the part of the import system CPython writes in C (docs/imports.md). A module already
 * in {@code sys.modules} and fully initialised is returned at once; any other goes to importlib's
 * {@code _bootstrap._find_and_load}, and a from-list of a package to {@code _bootstrap._handle_fromlist}. Relative
 * names are resolved here from the importing module's {@code __package__} or {@code __spec__.parent}, with
 * CPython's messages and warnings.
 */
final class Importer {
  private final Interpreter interp;
  /** Where imported modules' compiled code is kept between runs (importlib's own modules, and the fallback's). */
  final PycCache pycCache;
  /** {@code _frozen_importlib} once installed (null before, or when there is no standard library to find it in). */
  private PyObject bootstrap;
  /** What imports modules while importlib is not installed. */
  final SourceFallback fallback;
  /** {@code -X importtime}'s report, or null when not asked for. */
  private final ImportTime importTime;

  Importer(Interpreter interp) {
    this.interp = interp;
    this.pycCache = new PycCache(interp);
    this.fallback = new SourceFallback(interp, pycCache);
    this.importTime = ImportTime.requested(interp.config.startup()) ? new ImportTime(interp.stderr::write) : null;
  }

  /** From now on imports go through importlib's {@code _bootstrap} module. */
  void useImportlib(PyObject bootstrapModule) { bootstrap = bootstrapModule; }

  /** {@code _frozen_importlib}, or null while importlib is not installed. */
  PyObject bootstrap() { return bootstrap; }

  /**
   * {@code __import__(name, globals, locals, fromlist, level)}; a failure's traceback without importlib's own frames
   * (all of them under {@code -v}, as CPython keeps them).
   */
  PyObject importModule(String name, PyObject globals, PyObject fromlist, int level) {
    try {
      return importModuleKeepingFrames(name, globals, fromlist, level);
    } catch (PyException e) {
      if (bootstrap != null && interp.config.startup().flags().verbose() == 0) ImportlibFrames.remove(e.value());
      throw e;
    }
  }

  private PyObject importModuleKeepingFrames(String name, PyObject globals, PyObject fromlist, int level) {
    if (level < 0) throw Errors.valueError("level must be >= 0");
    String absName;
    if (level > 0) {
      absName = resolveName(name, globals, level);
    } else {
      if (name.isEmpty()) throw Errors.valueError("Empty module name");
      absName = name;
    }
    PyObject module = interp.modules.getStr(absName);
    if (module != null && module != PyNone.NONE) {
      waitIfInitializing(module, absName);
    } else {
      module = findAndLoad(absName);
    }
    boolean hasFromList = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
    if (hasFromList) {
      if (attribute(module, "__path__") == null) return module;
      return bootstrap != null ? Abstract.call(Attributes.get(bootstrap, "_handle_fromlist"), module, fromlist,
          importFunction()) : fallback.handleFromList(module, absName, fromlist);
    }
    if (level > 0 && name.isEmpty()) return module;
    int dot = name.indexOf('.');
    if (dot < 0) return module;
    if (level == 0) return importModuleKeepingFrames(name.substring(0, dot), null, null, 0);
    // 'from . import a.b' is no syntax, but __import__('a.b', level=1) returns the package holding a
    String toReturn = absName.substring(0, absName.length() - (name.length() - dot));
    PyObject top = interp.modules.getStr(toReturn);
    if (top == null) throw Errors.keyError("%s not in sys.modules as expected", Abstract.repr(new PyStr(toReturn)).value);
    return top;
  }

  /** A module still running its body in another thread: wait for it, as CPython does (a cheap check first). */
  private void waitIfInitializing(PyObject module, String name) {
    if (bootstrap == null) return;
    PyObject spec = attribute(module, "__spec__");
    if (spec == null || spec == PyNone.NONE) return;
    PyObject initializing = attribute(spec, "_initializing");
    if (initializing != null && Abstract.isTrue(initializing)) {
      Abstract.call(Attributes.get(bootstrap, "_lock_unlock_module"), new PyStr(name));
    }
  }

  /**
   * {@code getattr(o, name, None)} for the import's hot path (a module's {@code __spec__} and {@code __path__}, a
   * spec's {@code _initializing}), read from the instance dict when attribute access is the plain one and the type
   * has nothing of that name; otherwise, the full lookup, which raises and catches an AttributeError when absent.
   */
  private static PyObject attribute(PyObject o, String name) {
    PyType t = o.type();
    boolean plain = t == PyModule.TYPE ? ((PyModule) o).dict().getStr("__getattr__") == null
        : Attributes.isObjectSlot(t.lookup("__getattribute__")) && t.lookup("__getattr__") == null;
    if (plain && o instanceof HasDict h && h.dict() != null && t.lookup(name) == null) return h.dict().getStr(name);
    return Abstract.getAttrOrNull(o, name);
  }

  private PyObject findAndLoad(String absName) {
    if (bootstrap == null) return fallback.importDotted(absName);
    if (importTime == null) {
      return Abstract.call(Attributes.get(bootstrap, "_find_and_load"), new PyStr(absName), importFunction());
    }
    ImportTime.Started started = importTime.enter();
    try {
      return Abstract.call(Attributes.get(bootstrap, "_find_and_load"), new PyStr(absName), importFunction());
    } finally {
      importTime.leave(absName, started);
    }
  }

  /** {@code builtins.__import__} as it is now, which importlib passes on to the imports it makes. */
  private PyObject importFunction() {
    PyObject f = interp.builtinsDict().getStr("__import__");
    if (f == null) throw Errors.of(ExceptionTypes.ImportError, "__import__ not found");
    return f;
  }

  /**
   * The absolute name of a relative import made from the module whose globals are given: its package from
   * {@code __package__}, else {@code __spec__.parent}, else (with an ImportWarning) {@code __name__} and
   * {@code __path__}, then {@code level - 1} components off its end.
   */
  private String resolveName(String name, PyObject globals, int level) {
    if (!(globals instanceof PyDict g)) throw Errors.typeError("globals must be a dict");
    PyObject pkg = g.getStr("__package__");
    PyObject spec = g.getStr("__spec__");
    String base;
    if (pkg != null && pkg != PyNone.NONE) {
      if (!(pkg instanceof PyStr p)) throw Errors.typeError("package must be a string");
      base = p.value;
      if (spec != null && spec != PyNone.NONE) {
        PyObject parent = Attributes.get(spec, "parent");
        if (!Abstract.equals(pkg, parent)) {
          warn("__package__ != __spec__.parent");
        }
      }
    } else if (spec != null && spec != PyNone.NONE) {
      PyObject parent = Attributes.get(spec, "parent");
      if (!(parent instanceof PyStr p)) throw Errors.typeError("__spec__.parent must be a string");
      base = p.value;
    } else {
      warn("can't resolve package from __spec__ or __package__, falling back on __name__ and __path__");
      PyObject modName = g.getStr("__name__");
      if (modName == null) throw Errors.keyError("'__name__' not in globals");
      if (!(modName instanceof PyStr m)) throw Errors.typeError("__name__ must be a string");
      base = g.getStr("__path__") != null ? m.value
          : m.value.contains(".") ? m.value.substring(0, m.value.lastIndexOf('.')) : "";
    }
    if (base.isEmpty()) {
      throw PyException.withArgs(ExceptionTypes.ImportError,
          new PyStr("attempted relative import with no known parent package"));
    }
    for (int i = 1; i < level; i++) {
      int dot = base.lastIndexOf('.');
      if (dot < 0) {
        throw PyException.withArgs(ExceptionTypes.ImportError,
            new PyStr("attempted relative import beyond top-level package"));
      }
      base = base.substring(0, dot);
    }
    return name.isEmpty() ? base : base + "." + name;
  }

  /** An ImportWarning through the warnings machinery, when it is loaded (the default filters ignore these). */
  private void warn(String message) {
    PyObject warnings = interp.modules.getStr("_warnings");
    PyObject warn = warnings == null ? null : Abstract.getAttrOrNull(warnings, "warn");
    if (warn != null) Abstract.call(warn, new PyStr(message), ExceptionTypes.ImportWarning, dev.kaa.objects.PyInt.of(1));
  }

}
