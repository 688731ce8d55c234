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
  /** An OrderedDict's view ({@code odict_keys} ...): iterates in the OrderedDict's order. Null for a dict's. */
  private final PyType orderedType;

  PyDictView(PyDict dict, PyDictIterator.Kind kind) { this(dict, kind, null); }

  PyDictView(PyDict dict, PyDictIterator.Kind kind, PyType orderedType) {
    this.dict = dict;
    this.kind = kind;
    this.orderedType = orderedType;
  }

  @Override public PyType type() { return orderedType != null ? orderedType : VALUES_TYPE; }

  final boolean ordered() { return orderedType != null; }

  /** {@code view.mapping}: a read-only proxy of the dict. */
  @PyGetter("mapping") PyObject mapping() { return new PyMappingProxy(dict); }

  @PyMethod("__len__") PyObject len() { return PyInt.of(dict.size()); }

  @PyMethod("__iter__") PyObject iter() { return iterator(false); }

  @PyMethod("__reversed__") PyObject reversed() { return iterator(true); }

  private PyObject iterator(boolean reversed) {
    return ordered() ? new PyOrderedDictIterator((PyOrderedDict) dict, kind, reversed)
        : new PyDictIterator(dict, kind, reversed);
  }

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
