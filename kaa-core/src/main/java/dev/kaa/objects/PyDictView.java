package dev.kaa.objects;

/**
 * A live view of a dict ({@code d.values()}, and the base of {@link PyDictSetView} for {@code d.keys()} and
 * {@code d.items()}): its length, iteration (either way) and repr always reflect the dict as it is now.
 */
class PyDictView extends PyObject {
  static final PyType VALUES_TYPE = new PyType(PyDictIterator.Kind.VALUES.viewName, PyType.IMMUTABLE,
      PyDictView.class, PyType.OBJECT);

  final PyDict dict;
  final PyDictIterator.Kind kind;

  PyDictView(PyDict dict, PyDictIterator.Kind kind) {
    this.dict = dict;
    this.kind = kind;
  }

  @Override public PyType type() { return VALUES_TYPE; }

  /** {@code view.mapping}: a read-only proxy of the dict. */
  @PyGetter("mapping") PyObject mapping() { return new PyMappingProxy(dict); }

  @PyMethod("__len__") PyObject len() { return PyInt.of(dict.size()); }

  @PyMethod("__iter__") PyObject iter() { return new PyDictIterator(dict, kind, false); }

  @PyMethod("__reversed__") PyObject reversed() { return new PyDictIterator(dict, kind, true); }

  @PyMethod("__repr__") PyObject repr() {
    String name = type().name();
    if (!ReprGuard.enter(this)) return new PyStr("...");
    try {
      PyList items = new PyList(Sequences.toArray(this));
      return new PyStr(name + "(" + Abstract.repr(items).value + ")");
    } finally {
      ReprGuard.leave(this);
    }
  }
}
