package dev.kaa.modules.contextvars;

import dev.kaa.interp.ThreadState;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code contextvars.Context}: an immutable mapping from {@link PyContextVar} to value. Setting a variable gives the
 * context a new map (copy on write), so {@code copy()} and {@code copy_context()} share the map and cost nothing —
 * the property CPython gets from its HAMT; programs hold few variables, so the copy on write stays cheap. Each thread
 * has a current context in its {@link ThreadState}; {@link #run} makes this one current for a call.
 */
final class PyContext extends PyObject {
  static final PyType TYPE = new PyType("_contextvars.Context", PyType.IMMUTABLE, PyContext.class, PyType.OBJECT);

  static {
    TYPE.dictPut("__hash__", PyNone.NONE);
  }

  /** Never changed once published: a change makes a new map. */
  private Map<PyContextVar, PyObject> vars;
  /** Current in some thread, through {@link #run}: a context can be entered once at a time. */
  private boolean entered;

  private PyContext(Map<PyContextVar, PyObject> vars) { this.vars = vars; }

  @Override public PyType type() { return TYPE; }

  /** The calling thread's current context, made (empty) on first use. */
  static PyContext current() {
    ThreadState ts = ThreadState.current();
    if (ts.context() instanceof PyContext c) return c;
    PyContext c = new PyContext(Map.of());
    c.entered = true;
    ts.setContext(c);
    return c;
  }

  /** A new context with the same variables: {@code copy_context()} and {@code Context.copy()}. */
  PyContext copy() { return new PyContext(vars); }

  PyObject lookup(PyContextVar var) { return vars.get(var); }

  /** Binds {@code var} in this context (the current one); {@code value} null removes it. */
  void bind(PyContextVar var, PyObject value) {
    Map<PyContextVar, PyObject> changed = new LinkedHashMap<>(vars);
    if (value == null) changed.remove(var);
    else changed.put(var, value);
    vars = changed;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length > 0 || kwargs != null && kwargs.size() > 0) {
      throw Errors.typeError("Context() does not accept any arguments");
    }
    return new PyContext(Map.of());
  }

  @PyMethod PyObject run(PyObject callable, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (entered) {
      throw Errors.of(ExceptionTypes.RuntimeError, "cannot enter context: %s is already entered",
          Abstract.repr(this).value);
    }
    ThreadState ts = ThreadState.current();
    PyObject previous = current();
    entered = true;
    ts.setContext(this);
    try {
      return Abstract.callWithKeywords(callable, args, kwargs);
    } finally {
      ts.setContext(previous);
      entered = false;
    }
  }

  @PyMethod("copy") PyObject copyMethod() { return copy(); }

  private static PyContextVar key(PyObject o) {
    if (o instanceof PyContextVar v) return v;
    throw Errors.typeError("a ContextVar key was expected, got %s", Abstract.repr(o).value);
  }

  @PyMethod("__getitem__") PyObject getItem(PyObject var) {
    PyObject v = vars.get(key(var));
    if (v == null) throw Errors.keyError(var);
    return v;
  }

  @PyMethod("get") PyObject getOr(PyObject key, @PyMethod.Opt PyObject defaultValue) {
    PyObject v = vars.get(key(key));
    return v != null ? v : defaultValue == null ? PyNone.NONE : defaultValue;
  }

  @PyMethod("__contains__") PyObject contains(PyObject var) { return PyBool.of(vars.containsKey(key(var))); }

  @PyMethod("__len__") PyObject len() { return PyInt.of(vars.size()); }

  @PyMethod("__iter__") PyObject iter() { return Abstract.iter(keysList()); }

  private PyList keysList() { return new PyList(vars.keySet().toArray(new PyObject[0])); }

  @PyMethod PyObject keys() { return iter(); }

  @PyMethod PyObject values() { return Abstract.iter(new PyList(vars.values().toArray(new PyObject[0]))); }

  @PyMethod PyObject items() {
    PyObject[] pairs = new PyObject[vars.size()];
    int i = 0;
    for (Map.Entry<PyContextVar, PyObject> e : vars.entrySet()) pairs[i++] = PyTuple.of(e.getKey(), e.getValue());
    return Abstract.iter(new PyList(pairs));
  }

  @PyMethod("__eq__") PyObject eq(PyObject other) {
    if (!(other instanceof PyContext o)) return PyNotImplemented.VALUE;
    if (o.vars.size() != vars.size()) return PyBool.FALSE;
    for (Map.Entry<PyContextVar, PyObject> e : vars.entrySet()) {
      PyObject theirs = o.vars.get(e.getKey());
      if (theirs == null || !Abstract.equals(e.getValue(), theirs)) return PyBool.FALSE;
    }
    return PyBool.TRUE;
  }
}
