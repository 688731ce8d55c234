package dev.kaa.objects;

/**
 * {@code frozenset}: a {@link PySet} whose type has only the non-mutating methods, plus a hash (CPython's frozenset
 * hash, cached). The shared methods are bound from PySet's declarations under frozenset's name, so their argument
 * errors say "frozenset.union", as CPython's do.
 */
public class PyFrozenSet extends PySet {
  public static final PyType TYPE = new PyType("frozenset", PyType.IMMUTABLE | PyType.WEAKREFABLE | PyType.BASETYPE,
      PyFrozenSet.class, PyType.OBJECT);

  static {
    SharedMethods.bind(TYPE, PySet.class, name -> !MUTATORS.contains(name));
  }

  /** Not computed yet: -1, which no hash is. */
  private long hash = -1;

  public PyFrozenSet() {}

  @Override public PyType type() { return TYPE; }

  /** {@code list[int]} and the like: a {@code types.GenericAlias}. */
  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS) static PyObject classGetItem(PyType cls,
                                                                                                 PyObject item) {
    return PyGenericAlias.classGetItem(cls, item);
  }

  @Override PySet emptyOfBaseType() { return new PyFrozenSet(); }

  /** An instance of a Python subclass of frozenset: its class, {@code __dict__} and {@code __slots__} values. */
  public static final class Derived extends PyFrozenSet implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    public Derived(PyType type) {
      super();
      this.type = type;
      this.dict = HeapInstance.newDict(type);
      this.slots = HeapInstance.newSlots(type);
    }

    @Override public PyType type() { return type; }

    @Override public void setType(PyType t) { type = t; }

    @Override public PyDict dict() { return dict; }

    @Override public void setDict(PyDict d) { dict = d; }

    @Override public PyObject[] slots() { return slots; }
  }

  /** A frozenset of the keys of {@code iterable}. */
  public static PyFrozenSet of(PyObject iterable) {
    PyFrozenSet s = new PyFrozenSet();
    s.updateWith(iterable);
    return s;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newFrozenSet(PyType cls, @PyMethod.Opt PyObject iterable) {
    if (cls == TYPE && iterable != null && iterable.type() == TYPE) return iterable;
    PyFrozenSet s = cls == TYPE ? new PyFrozenSet() : new Derived(cls);
    if (iterable != null) s.updateWith(iterable);
    return s;
  }

  @PyMethod("__hash__") PyObject hashMethod() {
    if (hash == -1) hash = frozenHash();
    return PyInt.of(hash);
  }

  @PyMethod("copy") PyObject copyFrozen() { return type() == TYPE ? this : copy(); }
}
