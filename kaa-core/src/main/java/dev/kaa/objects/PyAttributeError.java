package dev.kaa.objects;

/** {@code AttributeError}: the keyword-only {@code name} and {@code obj} (what the "Did you mean" hint reads). */
public final class PyAttributeError extends PyBaseException {
  PyObject name, obj;

  PyAttributeError(PyType type, PyTuple args) { super(type, args); }

  @PyMethod("__init__") void initAttributeError(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    PyObject[] kw = ExceptionKeywords.take(kwargs, "AttributeError", "name", "obj");
    init(args, null);
    name = kw[0];
    obj = kw[1];
  }

  /** The dict plus {@code name} and {@code args} ({@code obj} is left out: it may not pickle). */
  @PyMethod("__getstate__") PyObject getState() {
    PyDict state = ExceptionKeywords.copy(dict());
    if (name != null && name != PyNone.NONE) state.put(new PyStr("name"), name);
    state.put(new PyStr("args"), args);
    return state;
  }

  @PyMethod("__reduce__") PyObject reduceAttributeError() { return PyTuple.of(type(), args, getState()); }

  @PyGetter("name") PyObject getName() { return orNone(name); }

  @PySetter("name") void setName(PyObject v) { name = v; }

  @PyGetter("obj") PyObject getObj() { return orNone(obj); }

  @PySetter("obj") void setObj(PyObject v) { obj = v; }
}
