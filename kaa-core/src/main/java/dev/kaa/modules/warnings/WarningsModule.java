package dev.kaa.modules.warnings;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code _warnings} module: the filters, registries and the two functions {@code warnings.py} takes from it
 * (it then shares the very list object {@code filters}), implemented by {@link Warner}. See docs/warnings.md.
 */
public final class WarningsModule {
  private WarningsModule() {}

  public static final String NAME = "_warnings";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("_warnings provides basic warning filtering support.\n"
        + "It is a helper module to speed up interpreter start-up."), interp);
    m.addFunctions(WarningsModule.class);
    WarningsState state = WarningsState.of(interp);
    m.put("filters", state.filters);
    m.put("_defaultaction", state.defaultAction);
    m.put("_onceregistry", state.onceRegistry);
    return m;
  }

  @PyMethod(value = "warn", positionalOnly = 0)
  static void warn(PyModule self, PyObject message, @PyMethod.Opt PyObject category,
                   @PyMethod.Opt PyObject stacklevel, @PyMethod.Opt PyObject source,
                   @PyMethod.KwOnly @PyMethod.Opt PyObject skip_file_prefixes) {
    long level = stacklevel == null ? 1 : Abstract.indexValue(stacklevel);
    PyTuple prefixes = PyTuple.EMPTY;
    if (skip_file_prefixes != null) {
      if (!(skip_file_prefixes instanceof PyTuple t)) {
        throw Errors.typeError("warn() argument 'skip_file_prefixes' must be tuple, not %s",
            skip_file_prefixes.type().name());
      }
      prefixes = t;
    }
    Warner.of(self.interpreter()).warn(message, category, level, source, prefixes);
  }

  @PyMethod(value = "warn_explicit", positionalOnly = 0)
  static void warnExplicit(PyModule self, PyObject message, PyObject category, PyObject filename, PyObject lineno,
                           @PyMethod.Opt PyObject module, @PyMethod.Opt PyObject registry,
                           @PyMethod.Opt PyObject module_globals, @PyMethod.Opt PyObject source) {
    if (!(filename instanceof PyStr)) {
      throw Errors.typeError("warn_explicit() argument 'filename' must be str, not %s", filename.type().name());
    }
    int line = (int) Abstract.indexValue(lineno);
    PyObject sourceLine = null;
    if (module_globals != null && module_globals != PyNone.NONE) {
      if (!(module_globals instanceof PyDict globals)) {
        throw Errors.typeError("module_globals must be a dict, not '%s'", module_globals.type().name());
      }
      sourceLine = sourceLine(globals, line);
    }
    PyType cat = category instanceof PyType t && t.isSubtypeOf(ExceptionTypes.Warning) ? t
        : category == PyNone.NONE ? ExceptionTypes.UserWarning : null;
    if (cat == null && !Abstract.isInstance(message, ExceptionTypes.Warning)) {
      throw Errors.typeError("category must be a Warning subclass, not '%s'", category.type().name());
    }
    Warner.of(self.interpreter()).warnExplicit(cat, message, filename, line,
        module == PyNone.NONE ? null : module, registry, sourceLine, source);
  }

  /** Line {@code lineno} of the module's source as its loader gives it, or null. */
  private static PyObject sourceLine(PyDict globals, int lineno) {
    PyObject loader = globals.getStr("__loader__");
    if (loader == null || loader == PyNone.NONE) {
      PyObject spec = globals.getStr("__spec__");
      loader = spec == null || spec == PyNone.NONE ? null : Abstract.getAttrOrNull(spec, "loader");
    }
    PyObject name = globals.getStr("__name__");
    if (loader == null || loader == PyNone.NONE || name == null) return null;
    PyObject source = Attributes.get(loader, "get_source").call1(name);
    if (source == PyNone.NONE) return null;
    PyObject lines = Attributes.get(source, "splitlines").call0();
    return lineno >= 1 && lines instanceof PyList l && lineno <= l.size() ? l.get(lineno - 1) : null;
  }

  /** Called by warnings.py when it changes the filters: every module's registry is out of date. */
  @PyMethod("_filters_mutated") static void filtersMutated(PyModule self) {
    WarningsState.of(self.interpreter()).version++;
  }
}
