package dev.kaa.objects;

import dev.kaa.math.NumericHash;

/**
 * {@code memoryview}, the one-dimensional form over bytes, bytearray and other {@link BufferExporter}s
 * (array.array): a window {@code start, start + step, ...} of {@code length} items onto the exporter's bytes, read-only over bytes. Items are bytes (format 'B') or, after
 * {@code cast}, native integers ('b', 'h', 'I', 'q', ... little-endian, as on the machines Kaa runs on; what
 * {@code re._compiler} reads its charset tables with). Slicing makes another window on the same bytes, so writes
 * through a view over a bytearray are seen by the bytearray.
 */
public final class PyMemoryView extends PyObject {
  public static final PyType TYPE = new PyType("memoryview", PyType.IMMUTABLE | PyType.WEAKREFABLE,
      PyMemoryView.class, PyType.OBJECT);

  private final BufferExporter base;
  /** Byte offset of the first item, bytes from one item to the next, number of items. */
  private final int start, step, length;
  private final boolean readonly;
  /** The struct format character of the items: 'B' unless cast. */
  private final char format;
  private final int itemsize;
  private boolean released;

  private PyMemoryView(BufferExporter base, int start, int step, int length, boolean readonly, char format) {
    this.base = base;
    this.start = start;
    this.step = step;
    this.length = length;
    this.readonly = readonly;
    this.format = format;
    this.itemsize = itemSize(format);
  }

  /** The native integer formats {@code cast} knows, and their sizes ('l' and 'n' are 8 bytes on 64-bit Linux). */
  private static final String INT_FORMATS = "bBhHiIlLqQnN";

  private static int itemSize(char format) {
    return switch (Character.toLowerCase(format)) {
      case 'b' -> 1;
      case 'h' -> 2;
      case 'i', 'f', 'w' -> 4;
      default -> 8;
    };
  }

  /** A view of all of {@code base}, in its items' format. */
  public PyMemoryView(BufferExporter base) {
    this(base, 0, base.bufferItemSize(), base.bufferLength() / base.bufferItemSize(), base instanceof PyBytes,
        base.bufferFormat());
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0) static PyObject construct(PyType cls,
      PyObject object) {
    if (object instanceof PyMemoryView m) {
      m.check();
      return new PyMemoryView(m.base, m.start, m.step, m.length, m.readonly, m.format);
    }
    if (object instanceof BufferExporter b) return new PyMemoryView(b);
    throw Errors.typeError("memoryview: a bytes-like object is required, not '%s'", object.type().name());
  }

  private void check() {
    if (released) throw Errors.valueError("operation forbidden on released memoryview object");
  }

  /** The viewed bytes, copied. */
  public byte[] toByteArray() {
    check();
    byte[] data = base.bufferBytes();
    byte[] out = new byte[length * itemsize];
    if (step == itemsize) {  // contiguous: importlib's memoryview(pyc)[16:] of every module it loads
      System.arraycopy(data, start, out, 0, out.length);
      return out;
    }
    for (int k = 0, i = start; k < length; k++, i += step) System.arraycopy(data, i, out, k * itemsize, itemsize);
    return out;
  }

  /** The item at byte offset {@code at}. */
  private PyObject item(int at) {
    byte[] data = base.bufferBytes();
    if (format == 'B') return PyInt.of(data[at] & 0xff);
    long v = 0;
    for (int k = itemsize - 1; k >= 0; k--) v = (v << 8) | (data[at + k] & 0xff);
    if (format == 'f') return new PyFloat(Float.intBitsToFloat((int) v));
    if (format == 'd') return new PyFloat(Double.longBitsToDouble(v));
    if (format == 'w') return PyStr.ofCodePoint((int) v);
    if (Character.isUpperCase(format)) {
      return itemsize == 8 && v < 0 ? PyInt.of(java.math.BigInteger.valueOf(v).add(java.math.BigInteger.ONE.shiftLeft(64)))
          : PyInt.of(v);
    }
    int unused = 64 - 8 * itemsize;
    return PyInt.of(v << unused >> unused);
  }

  /** The bytes a write into this view may fill; -1 for a read-only view. */
  int writableLength() {
    check();
    return readonly ? -1 : length * itemsize;
  }

  @PyMethod("__len__") public PyObject len() {
    check();
    return PyInt.of(length);
  }

  @PyMethod("__getitem__") public PyObject getItem(PyObject key) {
    check();
    if (key instanceof PySlice slice) {
      PySlice.Indices ix = slice.indices(length);
      return new PyMemoryView(base, start + (int) ix.start() * step, (int) (ix.step() * step), (int) ix.length(),
          readonly, format);
    }
    return item(position(key));
  }

  private static boolean isIndex(PyObject o) {
    return o instanceof PyInt || o.type().lookupSpecial(Special.INDEX) != null;
  }

  private int position(PyObject key) {
    if (key instanceof PyTuple t && !isIndex(key)) return tuplePosition(t);
    if (!isIndex(key)) throw Errors.typeError("memoryview: invalid slice key");
    long i = Abstract.indexValue(key);
    if (i < 0) i += length;
    if (i < 0 || i >= length) throw Errors.indexError("index out of bounds on dimension 1");
    return start + (int) i * step;
  }

  /** {@code m[i,]} and the tuples a one-dimensional view refuses, with CPython's errors. */
  private int tuplePosition(PyTuple key) {
    PyObject[] items = key.toArray();
    if (items.length > 0 && java.util.Arrays.stream(items).allMatch(o -> o instanceof PySlice)) {
      throw Errors.of(ExceptionTypes.NotImplementedError, "multi-dimensional slicing is not implemented");
    }
    if (!java.util.Arrays.stream(items).allMatch(PyMemoryView::isIndex)) {
      throw Errors.typeError("memoryview: invalid slice key");
    }
    if (items.length == 0) throw Errors.of(ExceptionTypes.NotImplementedError, "sub-views are not implemented");
    if (items.length > 1) throw Errors.typeError("cannot index 1-dimension view with %d-element tuple", items.length);
    return position(items[0]);
  }

  @PyMethod("__setitem__") public void setItem(PyObject key, PyObject value) {
    check();
    if (readonly) throw Errors.typeError("cannot modify read-only memory");
    if (format != 'B') {
      throw Errors.of(ExceptionTypes.NotImplementedError, "memoryview: assignment to format '%s' items", format);
    }
    if (key instanceof PySlice slice) {
      PySlice.Indices ix = slice.indices(length);
      byte[] data = Buffers.required(value);
      if (data.length != ix.length()) {
        throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
      }
      for (int k = 0; k < data.length; k++) base.bufferBytes()[start + (int) (ix.start() + k * ix.step()) * step] = data[k];
      return;
    }
    int at = position(key);
    if (!isIndex(value)) throw Errors.typeError("memoryview: invalid type for format 'B'");
    PyInt v = Abstract.index(value);
    if (!v.isLong() || v.longValue() < 0 || v.longValue() > 255) {
      throw Errors.valueError("memoryview: invalid value for format 'B'");
    }
    base.bufferBytes()[at] = (byte) v.longValue();
  }

  @PyMethod("__iter__") public PyObject iter() {
    check();
    return format == 'B' ? Abstract.iter(new PyBytes(toByteArray())) : Abstract.iter(tolist());
  }

  @PyMethod("__eq__") public PyObject eq(PyObject other) {
    if (other == this) return PyBool.TRUE;
    if (released) return PyBool.FALSE;
    byte[] b = Buffers.bytesOrNull(other);
    return b == null ? PyNotImplemented.VALUE : PyBool.of(java.util.Arrays.equals(toByteArray(), b));
  }

  @PyMethod("__ne__") public PyObject ne(PyObject other) {
    PyObject eq = eq(other);
    return eq == PyNotImplemented.VALUE ? eq : PyBool.of(eq == PyBool.FALSE);
  }

  /** As the bytes' hash, so a read-only view hashes as the bytes it shows. */
  @PyMethod("__hash__") public PyObject hash() {
    check();
    if (!readonly) throw Errors.valueError("cannot hash writable memoryview object");
    return new PyBytes(toByteArray()).hash();
  }

  @PyMethod("__repr__") public PyObject repr() {
    return new PyStr((released ? "<released memory at " : "<memory at ") + Addresses.of(this) + ">");
  }

  @PyMethod("__enter__") public PyObject enter() {
    check();
    return this;
  }

  @PyMethod("__exit__") public void exit(@PyMethod.Star PyObject[] excInfo) { released = true; }

  @PyMethod public void release() { released = true; }

  @PyMethod(positionalOnly = 0) public PyObject tobytes(@PyMethod.Opt PyObject order) {
    return new PyBytes(toByteArray());
  }

  @PyMethod public PyObject tolist() {
    check();
    PyObject[] items = new PyObject[length];
    for (int k = 0, i = start; k < length; k++, i += step) items[k] = item(i);
    return new PyList(items);
  }

  @PyMethod public PyObject toreadonly() {
    check();
    return new PyMemoryView(base, start, step, length, true, format);
  }

  @PyMethod(positionalOnly = 0) public PyObject hex(@PyMethod.Opt PyObject sep, @PyMethod.Opt PyObject bytes_per_sep) {
    return new PyStr(PyBytesLike.hexOf(toByteArray(), sep, bytes_per_sep));
  }

  /**
   * To the native integer formats (with their optional '@' prefix), as one-dimensional views: from bytes to items of
   * the new size or back. Shapes are not supported.
   */
  @PyMethod public PyObject cast(PyObject format, @PyMethod.Opt PyObject shape) {
    check();
    String f = TextArgs.str(format, "cast", "'format'");
    if (f.startsWith("@")) f = f.substring(1);
    if (f.length() != 1 || INT_FORMATS.indexOf(f.charAt(0)) < 0) throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    char to = f.charAt(0);
    if (this.format != 'B' && 'B' != to) throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
    if (step != itemsize && length > 1) throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
    int nbytes = length * itemsize;
    int size = itemSize(to);
    if (nbytes % size != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
    return new PyMemoryView(base, start, size, nbytes / size, readonly, to);
  }

  @PyGetter("obj") PyObject obj() {
    check();
    return (PyObject) base;
  }

  @PyGetter("nbytes") PyObject nbytes() {
    check();
    return PyInt.of(length * itemsize);
  }

  @PyGetter("readonly") PyObject readonly() {
    check();
    return PyBool.of(readonly);
  }

  @PyGetter("itemsize") PyObject itemsize() {
    check();
    return PyInt.of(itemsize);
  }

  @PyGetter("format") PyObject format() {
    check();
    return new PyStr(String.valueOf(format));
  }

  @PyGetter("ndim") PyObject ndim() {
    check();
    return PyInt.of(1);
  }

  @PyGetter("shape") PyObject shape() {
    check();
    return PyTuple.of(PyInt.of(length));
  }

  @PyGetter("strides") PyObject strides() {
    check();
    return PyTuple.of(PyInt.of(step));
  }

  @PyGetter("suboffsets") PyObject suboffsets() {
    check();
    return PyTuple.EMPTY;
  }

  @PyGetter("c_contiguous") PyObject cContiguous() {
    check();
    return PyBool.of(step == itemsize || length <= 1);
  }

  @PyGetter("f_contiguous") PyObject fContiguous() { return cContiguous(); }

  @PyGetter("contiguous") PyObject contiguous() { return cContiguous(); }
}
