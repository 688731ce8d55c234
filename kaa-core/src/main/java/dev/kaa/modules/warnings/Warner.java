package dev.kaa.modules.warnings;

import dev.kaa.interp.Frame;
import dev.kaa.interp.ThreadState;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;

/**
 * What {@code warnings.warn} and {@code warn_explicit} do, as CPython's {@code _warnings} does it: find where the
 * warning is attributed (the frame {@code stacklevel} up, skipping import machinery), pick the first matching filter,
 * remember in the module's {@code __warningregistry__} (or the once-registry) what was shown, then raise it ("error"),
 * or show it through {@code warnings._showwarnmsg} when {@code warnings} is imported, else print it to
 * {@code sys.stderr} directly.
 */
public final class Warner {
  private final Interpreter interp;
  private final WarningsState state;

  private Warner(Interpreter interp) {
    this.interp = interp;
    this.state = WarningsState.of(interp);
  }

  /** Java's {@code PyErr_WarnEx}: warns {@code message} of {@code category} from the code {@code stacklevel} up. */
  public static void warn(PyType category, String message, int stacklevel) {
    Interpreter interp = Interpreter.current();
    if (interp == null) return;
    new Warner(interp).warn(new PyStr(message), category, stacklevel, null, PyTuple.EMPTY);
  }

  /** A warning of the compiler's ({@code PyErr_WarnExplicit} with no module or registry): filed by file name. */
  public static void warnExplicit(Interpreter interp, PyType category, String message, String filename,
                                  int lineno) {
    new Warner(interp).warnExplicit(category, new PyStr(message), new PyStr(filename), lineno, null, null, null, null);
  }

  static Warner of(Interpreter interp) { return new Warner(interp); }

  /** {@code warn(message, category, stacklevel, source, skip_file_prefixes)}. */
  void warn(PyObject message, PyObject category, long stacklevel, PyObject source, PyTuple skipPrefixes) {
    PyType cat = category(message, category);
    if (skipPrefixes.size() > 0 && stacklevel < 2) stacklevel = 2;
    Frame f = ThreadState.current().frame();
    if (stacklevel <= 0 || isInternal(f)) {
      while (--stacklevel > 0 && f != null) f = f.back();
    } else {
      while (--stacklevel > 0 && f != null) f = nextExternal(f, skipPrefixes);
    }
    PyDict globals;
    PyObject filename;
    int lineno;
    if (f == null) {
      globals = interp.sys().dict();
      filename = new PyStr("sys");
      lineno = 1;
    } else {
      globals = f.globals();
      filename = new PyStr(f.code().filename);
      lineno = f.lineno();
    }
    PyObject module = globals.getStr("__name__");
    if (!(module instanceof PyStr)) module = new PyStr("<string>");
    PyObject registry = globals.getStr("__warningregistry__");
    if (registry == null) {
      registry = new PyDict();
      globals.put(new PyStr("__warningregistry__"), registry);
    }
    warnExplicit(cat, message, filename, lineno, module, registry, null, source);
  }

  /** The category of a warning: the message's own class, else the one given (UserWarning for none), checked. */
  private static PyType category(PyObject message, PyObject category) {
    if (Abstract.isInstance(message, ExceptionTypes.Warning)) return message.type();
    if (category == null || category == PyNone.NONE) return ExceptionTypes.UserWarning;
    if (category instanceof PyType t && t.isSubtypeOf(ExceptionTypes.Warning)) return t;
    throw Errors.typeError("category must be a Warning subclass, not '%s'", category.type().name());
  }

  /** A frame of the import machinery, which warnings are not attributed to. */
  private static boolean isInternal(Frame f) {
    if (f == null) return false;
    String file = f.code().filename;
    return file.contains("importlib") && file.contains("_bootstrap");
  }

  private static Frame nextExternal(Frame f, PyTuple skipPrefixes) {
    do {
      f = f.back();
    } while (f != null && (isInternal(f) || skipped(f, skipPrefixes)));
    return f;
  }

  private static boolean skipped(Frame f, PyTuple prefixes) {
    String file = f.code().filename;
    for (int i = 0; i < prefixes.size(); i++) {
      if (prefixes.get(i) instanceof PyStr p && file.startsWith(p.value)) return true;
    }
    return false;
  }

  /**
   * {@code warn_explicit}: {@code sourceLine} is the line to show (from {@code module_globals}' loader), or null
   * to read it from the file.
   */
  void warnExplicit(PyType category, PyObject message, PyObject filename, int lineno, PyObject module,
                    PyObject registry, PyObject sourceLine, PyObject source) {
    if (registry != null && registry != PyNone.NONE && !(registry instanceof PyDict)) {
      throw Errors.typeError("'registry' must be a dict or None");
    }
    PyDict reg = registry instanceof PyDict d ? d : null;
    if (module == null) module = moduleOf(filename);
    PyObject text = message;
    if (Abstract.isInstance(message, ExceptionTypes.Warning)) {
      text = Abstract.str(message);
      category = message.type();
    } else {
      message = category.call1(message);
    }
    PyObject key = PyTuple.of(text, category, PyInt.of(lineno));
    if (reg != null && alreadyWarned(reg, key, false)) return;

    PyObject[] item = new PyObject[1];
    String action = action(category, text, module, lineno, item);
    if (action.equals("error")) {
      throw new PyException((PyBaseException) message);
    }
    if (action.equals("ignore")) return;
    boolean warned = false;
    if (!action.equals("always")) {
      if (reg != null) reg.put(key, PyBool.TRUE);
      switch (action) {
        // CPython's C code keeps both in the module's registry when there is one, under (text, category)
        case "once" -> warned = alreadyWarned(reg != null ? reg : onceRegistry(), PyTuple.of(text, category), true);
        case "module" -> {
          if (reg != null) warned = alreadyWarned(reg, PyTuple.of(text, category), true);
        }
        case "default" -> { }
        default -> throw Errors.of(ExceptionTypes.RuntimeError,
            "Unrecognized action (%s) in warnings.filters:\n %s", Abstract.repr(new PyStr(action)).value,
            Abstract.repr(item[0]).value);
      }
    }
    if (!warned) show(category, text, message, filename, lineno, sourceLine, source);
  }

  /** The module a warning from {@code filename} is filed under: the name without ".py". */
  private static PyObject moduleOf(PyObject filename) {
    if (!(filename instanceof PyStr s)) return filename;
    String v = s.value;
    return v.endsWith(".py") ? new PyStr(v.substring(0, v.length() - 3)) : v.isEmpty() ? new PyStr("<unknown>") : s;
  }

  /** Whether {@code registry} says {@code key} was shown; marks it when {@code set}. */
  private boolean alreadyWarned(PyDict registry, PyObject key, boolean set) {
    PyObject version = registry.getStr("version");
    if (!(version instanceof PyInt v) || !v.isLong() || v.longValue() != state.version) {
      registry.clearAll();
      registry.put(new PyStr("version"), PyInt.of(state.version));
    } else {
      PyObject seen = registry.get(key);
      if (seen != null && Abstract.isTrue(seen)) return true;
    }
    if (set) registry.put(key, PyBool.TRUE);
    return false;
  }

  /** {@code warnings.<name>} when the module has been imported, else null. */
  private PyObject warningsAttr(String name, boolean tryImport) {
    PyObject module = interp.modules().get(new PyStr("warnings"));
    if (module == null && tryImport) {
      try {
        module = interp.builtinsDict().getStr("__import__").call1(new PyStr("warnings"));
      } catch (PyException e) {
        return null;
      }
    }
    return module == null ? null : Abstract.getAttrOrNull(module, name);
  }

  private PyList filters() {
    PyObject f = warningsAttr("filters", false);
    if (f == null) return state.filters;
    if (!(f instanceof PyList l)) throw Errors.valueError("warnings.filters must be a list");
    return l;
  }

  private PyDict onceRegistry() {
    PyObject r = warningsAttr("onceregistry", false);
    if (r == null) return state.onceRegistry;
    if (!(r instanceof PyDict d)) {
      throw Errors.typeError("warnings.onceregistry must be a dict, not '%s'", r.type().name());
    }
    return d;
  }

  private String defaultAction() {
    PyObject a = warningsAttr("defaultaction", false);
    if (a == null) return state.defaultAction.value;
    if (!(a instanceof PyStr s)) {
      throw Errors.typeError("warnings.defaultaction must be a string, not '%s'", a.type().name());
    }
    return s.value;
  }

  /** The action of the first filter matching; {@code item[0]} gets that filter. */
  private String action(PyType category, PyObject text, PyObject module, int lineno, PyObject[] item) {
    PyList filters = filters();
    for (int i = 0; i < filters.size(); i++) {
      PyObject entry = filters.get(i);
      if (!(entry instanceof PyTuple t) || t.size() != 5) {
        throw Errors.valueError("_warnings.filters item %d isn't a 5-tuple", i);
      }
      PyObject action = t.get(0);
      if (!(action instanceof PyStr a)) {
        throw Errors.typeError("action must be a string, not '%s'", action.type().name());
      }
      if (!matches(t.get(1), text) || !Abstract.isSubclass(category, t.get(2)) || !matches(t.get(3), module)) {
        continue;
      }
      long ln = Abstract.indexValue(t.get(4));
      if (ln == 0 || ln == lineno) {
        item[0] = entry;
        return a.value;
      }
    }
    item[0] = PyNone.NONE;
    return defaultAction();
  }

  /** A filter's message or module pattern: None matches all, a str only itself, else its {@code match()}. */
  private static boolean matches(PyObject pattern, PyObject value) {
    if (pattern == PyNone.NONE) return true;
    if (pattern.getClass() == PyStr.class) return value instanceof PyStr s && s.value.equals(((PyStr) pattern).value);
    return Abstract.isTrue(dev.kaa.objects.Attributes.get(pattern, "match").call1(value));
  }

  /** Shows a warning through {@code warnings._showwarnmsg}, or prints it as CPython's C fallback does. */
  private void show(PyType category, PyObject text, PyObject message, PyObject filename, int lineno,
                    PyObject sourceLine, PyObject source) {
    PyObject showFn = warningsAttr("_showwarnmsg", source != null && source != PyNone.NONE);
    if (showFn == null) {
      WarningText.print(interp, category, text, filename, lineno, sourceLine);
      return;
    }
    if (!dev.kaa.runtime.BuiltinFunctions.isCallable(showFn)) {
      throw Errors.typeError("warnings._showwarnmsg() must be set to a callable");
    }
    PyObject messageClass = warningsAttr("WarningMessage", false);
    if (messageClass == null) throw Errors.of(ExceptionTypes.RuntimeError, "unable to get warnings.WarningMessage");
    PyObject msg = Abstract.call(messageClass, message, category, filename, PyInt.of(lineno), PyNone.NONE,
        PyNone.NONE, source == null ? PyNone.NONE : source);
    showFn.call1(msg);
  }
}
