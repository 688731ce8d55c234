package dev.kaa.objects;

/** {@code bytes}: an immutable {@code byte[]}. The methods it shares with bytearray are {@link PyBytesLike}'s. */
public class PyBytes extends PyBytesLike {
  public static final PyType TYPE = new PyType("bytes", PyType.IMMUTABLE | PyType.BASETYPE, PyBytes.class,
      PyType.OBJECT);
  public static final PyBytes EMPTY = new PyBytes(new byte[0]);

  static {
    TYPE.dictPut("__doc__", new PyStr("bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
        + "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
        + "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
        + "bytes() -> empty bytes object\n\n"
        + "An immutable array of bytes, made from integers in range(256), a str encoded with the given encoding,\n"
        + "an object exporting a buffer (or whose __bytes__ gives the bytes), or a count of zero bytes."));
  }

  /** The bytes; never modified after construction. */
  public final byte[] value;

  /** A bytes object owning {@code value} (not copied). */
  public PyBytes(byte[] value) { this.value = value; }

  @Override public PyType type() { return TYPE; }

  /** An instance of a Python subclass of bytes: the bytes plus the class, dict and slots. */
  static final class Derived extends PyBytes implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type, byte[] value) {
      super(value);
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

  @Override byte[] array() { return value; }

  @Override public int size() { return value.length; }

  @Override PyObject make(byte[] data) { return data.length == 0 ? EMPTY : new PyBytes(data); }

  @Override byte[] bytesView() { return value; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject construct(PyType cls, @PyMethod.Opt PyObject source, @PyMethod.Opt PyObject encoding,
      @PyMethod.Opt PyObject errors) {
    if (cls == TYPE && source != null && source.type() == TYPE && encoding == null && errors == null) return source;
    PyBytes converted = source != null && encoding == null && errors == null ? dunderBytes(source) : null;
    if (converted != null) return cls == TYPE ? converted : new Derived(cls, converted.value);  // bytes(x) keeps a subclass
    byte[] data = constructorBytes(source, encoding, errors, "bytes");
    return cls == TYPE ? new PyBytes(data) : new Derived(cls, data);
  }

  /**
   * {@code o.__bytes__()} when o's class has one, as CPython's conversions ask it first; null when it has none.
   * {@code __bytes__ = None} blocks the conversion (None is called: TypeError).
   */
  static PyBytes dunderBytes(PyObject o) {
    if (o.type().lookupSpecial(Special.BYTES) == null) return null;
    PyObject r = Abstract.callSpecial(o, Special.BYTES);
    if (!(r instanceof PyBytes b)) throw Errors.typeError("__bytes__ returned non-bytes (type %s)", r.type().name());
    return b;
  }

  @PyMethod(kind = PyMethod.Kind.CLASS) static PyObject fromhex(PyType cls, PyObject string) {
    PyBytes b = new PyBytes(fromHex(string));
    return cls == TYPE ? b : Abstract.call(cls, b);
  }

  @PyMethod("__repr__") public PyObject repr() { return new PyStr(bytesRepr()); }

  /** Only equality with equal bytes matters (CPython randomises it); the empty bytes hash to 0, as CPython's. */
  @PyMethod("__hash__") public PyObject hash() {
    if (value.length == 0) return PyInt.of(0);
    long h = java.util.Arrays.hashCode(value) * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return PyInt.of(h == -1 ? -2 : h);
  }

  @PyMethod("__getitem__") public PyObject getItem(PyObject key) { return getItem(key, "index out of range", "byte"); }

  @PyMethod("__iter__") public PyObject iter() { return new PyBytesIterator(this, PyBytesIterator.BYTES_TYPE); }

  @PyMethod("__bytes__") public PyObject bytes() { return type() == TYPE ? this : new PyBytes(value); }

  @PyMethod("__getnewargs__") public PyObject getnewargs() { return PyTuple.of(new PyBytes(value)); }

  /** CPython's layout: a 33-byte header (including the trailing NUL) plus one byte per item. */
  @PyMethod("__sizeof__") public PyObject sizeof() { return PyInt.of(33L + value.length); }
}
