package dev.kaa.objects;

/**
 * {@code ImportError} and {@code ModuleNotFoundError}: {@code msg} (the lone argument), and the keyword-only
 * {@code name}, {@code path} and {@code name_from}. Its str is the message when that is a str.
 */
public final class PyImportError extends PyBaseException {
  PyObject msg, name, path, nameFrom;

  PyImportError(PyType type, PyTuple args) { super(type, args); }

  @PyMethod("__init__") void initImportError(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    PyObject[] kw = ExceptionKeywords.take(kwargs, "ImportError", "name", "path", "name_from");
    init(args, null);
    name = kw[0];
    path = kw[1];
    nameFrom = kw[2];
    msg = args.length == 1 ? args[0] : null;
  }

  @PyMethod("__str__") PyObject strImportError() {
    return msg != null && msg.type() == PyStr.TYPE ? msg : str();
  }

  /** The keyword attributes travel in the state dict. */
  @PyMethod("__reduce__") PyObject reduceImportError() {
    PyDict state = ExceptionKeywords.copy(dict());
    if (name != null && name != PyNone.NONE) state.put(new PyStr("name"), name);
    if (path != null && path != PyNone.NONE) state.put(new PyStr("path"), path);
    if (nameFrom != null && nameFrom != PyNone.NONE) state.put(new PyStr("name_from"), nameFrom);
    return state.size() == 0 ? PyTuple.of(type(), args) : PyTuple.of(type(), args, state);
  }

  @PyGetter("msg") PyObject getMsg() { return orNone(msg); }

  @PySetter("msg") void setMsg(PyObject v) { msg = v; }

  @PyGetter("name") PyObject getName() { return orNone(name); }

  @PySetter("name") void setName(PyObject v) { name = v; }

  @PyGetter("path") PyObject getPath() { return orNone(path); }

  @PySetter("path") void setPath(PyObject v) { path = v; }

  @PyGetter("name_from") PyObject getNameFrom() { return orNone(nameFrom); }

  @PySetter("name_from") void setNameFrom(PyObject v) { nameFrom = v; }
}
