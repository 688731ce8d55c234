package dev.kaa.objects;

/** {@code NameError} and {@code UnboundLocalError}: the keyword-only {@code name}. */
public final class PyNameError extends PyBaseException {
  PyObject name;

  PyNameError(PyType type, PyTuple args) { super(type, args); }

  @PyMethod("__init__") void initNameError(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    name = ExceptionKeywords.take(kwargs, "NameError", "name")[0];
    init(args, null);
  }

  @PyGetter("name") PyObject getName() { return orNone(name); }

  @PySetter("name") void setName(PyObject v) { name = v; }
}
