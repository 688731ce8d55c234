package dev.kaa.objects;

/** {@code SystemExit}: {@code code}, None for no argument, the argument for one, else the whole args tuple. */
public final class PySystemExit extends PyBaseException {
  public PyObject code = PyNone.NONE;

  PySystemExit(PyType type, PyTuple args) { super(type, args); }

  @PyMethod("__init__") void initExit(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    init(args, kwargs);
    code = args.length == 0 ? PyNone.NONE : args.length == 1 ? args[0] : this.args;
  }

  @PyGetter("code") PyObject getCode() { return code; }

  @PySetter("code") void setCode(PyObject v) { code = v == null ? PyNone.NONE : v; }
}
