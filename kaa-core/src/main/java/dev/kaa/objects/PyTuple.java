package dev.kaa.objects;

import dev.kaa.bytecode.CompareOps;

/**
 * {@code tuple}: a fixed {@code PyObject[]}, never modified after construction (the array is owned by the tuple:
 * {@link #wrap} takes it without copying, so callers must not keep writing to it). The empty tuple is a singleton.
 * The hash is CPython's (an xxHash-style mix of the item hashes), so {@code hash((1, 2))} is the same number.
 */
public class PyTuple extends PyObject implements ItemSequence {
  public static final PyType TYPE = new PyType("tuple", PyType.IMMUTABLE | PyType.BASETYPE, PyTuple.class,
      PyType.OBJECT);
  public static final PyTuple EMPTY = new PyTuple(Sequences.NO_ITEMS);

  final PyObject[] items;

  protected PyTuple(PyObject[] items) { this.items = items; }

  /** A tuple of these items (copied). */
  public static PyTuple of(PyObject... items) { return items.length == 0 ? EMPTY : new PyTuple(items.clone()); }

  /** A tuple owning {@code items} (not copied). */
  public static PyTuple wrap(PyObject[] items) { return items.length == 0 ? EMPTY : new PyTuple(items); }

  @Override public PyType type() { return TYPE; }

  /** {@code list[int]} and the like: a {@code types.GenericAlias}. */
  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS) static PyObject classGetItem(PyType cls,
                                                                                                 PyObject item) {
    return PyGenericAlias.classGetItem(cls, item);
  }

  @Override public final int size() { return items.length; }

  @Override public final PyObject get(int i) { return items[i]; }

  /** A copy of the items. */
  public final PyObject[] toArray() { return items.clone(); }

  /** An instance of a Python subclass of tuple: its class, {@code __dict__} and {@code __slots__} values. */
  public static final class Derived extends PyTuple implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    public Derived(PyType type, PyObject[] items) {
      super(items);
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

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newTuple(PyType cls, @PyMethod.Opt PyObject iterable) {
    if (cls != TYPE) return new Derived(cls, iterable == null ? Sequences.NO_ITEMS : Sequences.toArray(iterable));
    if (iterable == null) return EMPTY;
    if (iterable.type() == TYPE) return iterable;
    return wrap(Sequences.toArray(iterable));
  }

  @PyMethod("__len__") PyObject len() { return PyInt.of(items.length); }

  @PyMethod("__getitem__") PyObject getItem(PyObject key) {
    if (Sequences.isIndex(key)) {
      int i = Sequences.itemIndex(key, items.length);
      if (i < 0) throw Errors.indexError("tuple index out of range");
      return items[i];
    }
    if (key instanceof PySlice s) {
      PySlice.Indices ix = s.indices(items.length);
      if (ix.step() == 1 && ix.length() == items.length && type() == TYPE) return this;
      PyObject[] out = new PyObject[(int) ix.length()];
      for (int k = 0; k < out.length; k++) out[k] = items[(int) (ix.start() + k * ix.step())];
      return wrap(out);
    }
    throw Sequences.badIndex("tuple", key);
  }

  @PyMethod("__contains__") PyObject contains(PyObject value) { return PyBool.of(Sequences.contains(this, value)); }

  @PyMethod PyObject count(PyObject value) { return Sequences.count(this, value); }

  @PyMethod PyObject index(PyObject value, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject stop) {
    int i = Sequences.find(this, value, start, stop);
    if (i < 0) throw Errors.valueError("tuple.index(x): x not in tuple");
    return PyInt.of(i);
  }

  @PyMethod("__iter__") PyObject iter() { return PyItemIterator.forward(PyItemIterator.TUPLE_ITERATOR, this); }

  @PyMethod("__add__") PyObject add(PyObject other) {
    if (!(other instanceof PyTuple t)) return PyNotImplemented.VALUE;
    if (t.items.length == 0 && type() == TYPE) return this;
    if (items.length == 0 && t.type() == TYPE) return t;
    PyObject[] out = java.util.Arrays.copyOf(items, items.length + t.items.length);
    System.arraycopy(t.items, 0, out, items.length, t.items.length);
    return wrap(out);
  }

  @PyMethod("__mul__") PyObject mul(PyObject n) {
    long times = Sequences.requiredRepeatCount(n);
    if (times == 1 && type() == TYPE) return this;
    return wrap(Sequences.repeat(items, items.length, times));
  }

  @PyMethod("__rmul__") PyObject rmul(PyObject n) { return mul(n); }

  @PyMethod("__hash__") PyObject hash() { return PyInt.of(hashValue()); }

  private static final long XXPRIME_1 = 0x9E3779B185EBCA87L, XXPRIME_2 = 0xC2B2AE3D27D4EB4FL,
      XXPRIME_5 = 0x27D4EB2F165667C5L;

  /** CPython's tuple hash: the items' hashes mixed in, then the length. */
  public final long hashValue() {
    long acc = mixHashes(items) + (items.length ^ (XXPRIME_5 ^ 3527539L));
    return acc == -1 ? 1546275796L : acc;
  }

  /** Each item's hash mixed in with a multiply-rotate-multiply round (xxHash's), from a fixed seed. */
  static long mixHashes(PyObject[] items) {
    long acc = XXPRIME_5;
    for (PyObject item : items) {
      acc += Abstract.hash(item) * XXPRIME_2;
      acc = Long.rotateLeft(acc, 31);
      acc *= XXPRIME_1;
    }
    return acc;
  }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr(items.length == 1 ? Sequences.repr(this, this, "(", ",)", "(...)")
        : Sequences.repr(this, this, "(", ")", "(...)"));
  }

  @PyMethod("__getnewargs__") PyObject getNewArgs() { return PyTuple.of(wrap(items)); }

  /** CPython's layout: a 24-byte header (with the length) and a pointer per item. */
  @PyMethod("__sizeof__") PyObject sizeOf() { return PyInt.of(24 + 8L * items.length); }

  @PyMethod("__eq__") PyObject eq(PyObject o) { return compare(o, CompareOps.EQ); }

  @PyMethod("__ne__") PyObject ne(PyObject o) { return compare(o, CompareOps.NE); }

  @PyMethod("__lt__") PyObject lt(PyObject o) { return compare(o, CompareOps.LT); }

  @PyMethod("__le__") PyObject le(PyObject o) { return compare(o, CompareOps.LE); }

  @PyMethod("__gt__") PyObject gt(PyObject o) { return compare(o, CompareOps.GT); }

  @PyMethod("__ge__") PyObject ge(PyObject o) { return compare(o, CompareOps.GE); }

  private PyObject compare(PyObject o, CompareOps op) {
    return o instanceof PyTuple t ? Sequences.compare(this, t, op, false) : PyNotImplemented.VALUE;
  }
}
