package dev.kaa.objects;

import java.util.Arrays;

/**
 * {@code bytearray}: a mutable {@code byte[]} with spare capacity and a size. As in CPython, {@code __new__} makes an
 * empty one and {@code __init__} fills it, so a subclass's {@code __init__} decides what its instances start with.
 * Unhashable. The read-only methods are {@link PyBytesLike}'s. Without a GIL ({@link FreeThreading#enabled()}) every change
 * holds the bytearray's monitor, and the array only ever grows in place (docs/free-threading.md).
 */
public class PyByteArray extends PyBytesLike {
  public static final PyType TYPE = new PyType("bytearray", PyType.IMMUTABLE | PyType.BASETYPE, PyByteArray.class,
      PyType.OBJECT);

  static {
    TYPE.dictPut("__hash__", PyNone.NONE);
    TYPE.dictPut("__doc__", new PyStr("bytearray(iterable_of_ints) -> bytearray\n"
        + "bytearray(string, encoding[, errors]) -> bytearray\n"
        + "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
        + "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
        + "bytearray() -> empty bytes array\n\n"
        + "A mutable array of bytes, made from integers in range(256), a str encoded with the given encoding,\n"
        + "an object exporting a buffer, or a count of zero bytes."));
  }

  private static final byte[] NONE = new byte[0];

  private byte[] items;
  private int size;

  public PyByteArray() { this.items = NONE; }

  /** A bytearray owning {@code data} (not copied). */
  public PyByteArray(byte[] data) {
    this.items = data;
    this.size = data.length;
  }

  @Override public PyType type() { return TYPE; }

  /** An instance of a Python subclass of bytearray: the bytes plus the class, dict and slots. */
  static final class Derived extends PyByteArray implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type) {
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

  @Override byte[] array() { return items; }

  @Override public int size() { return size; }

  @Override PyObject make(byte[] data) { return new PyByteArray(data); }

  @Override byte[] bytesView() { return toByteArray(); }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject construct(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return cls == TYPE ? new PyByteArray() : new Derived(cls);
  }

  @PyMethod(value = "__init__", positionalOnly = 0)
  public void init(@PyMethod.Opt PyObject source, @PyMethod.Opt PyObject encoding, @PyMethod.Opt PyObject errors) {
    byte[] data = constructorBytes(source, encoding, errors, "bytearray");
    FreeThreading.locked(this, () -> {
      size = 0;
      items = data;
      size = data.length;
    });
  }

  @PyMethod(kind = PyMethod.Kind.CLASS) static PyObject fromhex(PyType cls, PyObject string) {
    PyByteArray b = new PyByteArray(fromHex(string));
    return cls == TYPE ? b : Abstract.call(cls, b);
  }

  /** {@code bytearray(b'...')}; unlike bytes' repr, a single quote is escaped even inside double quotes. */
  @PyMethod("__repr__") public PyObject repr() {
    String r = bytesRepr();
    if (r.charAt(1) == '"') r = "b\"" + r.substring(2, r.length() - 1).replace("'", "\\'") + "\"";
    return new PyStr(type().name() + "(" + r + ")");
  }

  @PyMethod("__getitem__") public PyObject getItem(PyObject key) {
    return getItem(key, "bytearray index out of range", "bytearray");
  }

  @PyMethod("__iter__") public PyObject iter() { return new PyBytesIterator(this, PyBytesIterator.BYTEARRAY_TYPE); }

  @PyMethod("__alloc__") public PyObject alloc() { return PyInt.of(items.length == 0 ? 0 : items.length + 1); }

  /** CPython's layout: a 56-byte header plus the allocation (with its trailing NUL). */
  @PyMethod("__sizeof__") public PyObject sizeof() { return PyInt.of(56L + (items.length == 0 ? 0 : items.length + 1)); }

  // ---- Mutation

  private void ensureCapacity(int n) {
    if (n > items.length) items = Arrays.copyOf(items, TextArgs.checkedSize(n + (long) (n >> 3) + 6));
  }

  /** Replaces {@code items[from:to]} with {@code data}. */
  private void replace(int from, int to, byte[] data) {
    int newSize = TextArgs.checkedSize((long) size - (to - from) + data.length);
    ensureCapacity(newSize);
    System.arraycopy(items, to, items, from + data.length, size - to);
    System.arraycopy(data, 0, items, from, data.length);
    size = newSize;
  }

  private int itemIndex(long i) {
    if (i < 0) i += size;
    if (i < 0 || i >= size) throw Errors.indexError("bytearray index out of range");
    return (int) i;
  }

  private static boolean isIndex(PyObject key) {
    return key instanceof PyInt || key.type().lookupSpecial(Special.INDEX) != null;
  }

  @PyMethod("__setitem__") public void setItem(PyObject key, PyObject value) {
    if (isIndex(key)) {
      long index = Abstract.indexValue(key);
      int b = byteValue(value);
      FreeThreading.locked(this, () -> items[itemIndex(index)] = (byte) b);
    } else if (key instanceof PySlice slice) {
      if (value instanceof PyStr || value instanceof PyInt || value instanceof PyFloat
          || (!Buffers.exports(value) && value.type().lookupSpecial(Special.INDEX) != null)) {
        throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      }
      byte[] data = constructorBytes(value, null, null, "bytearray");
      FreeThreading.locked(this, () -> assignSlice(slice, data));
    } else {
      throw Errors.typeError("bytearray indices must be integers or slices, not %s", key.type().name());
    }
  }

  @PyMethod("__delitem__") public void delItem(PyObject key) {
    if (isIndex(key)) {
      long index = Abstract.indexValue(key);
      FreeThreading.locked(this, () -> {
        int i = itemIndex(index);
        replace(i, i + 1, NONE);
      });
    } else if (key instanceof PySlice slice) {
      FreeThreading.locked(this, () -> assignSlice(slice, null));
    } else {
      throw Errors.typeError("bytearray indices must be integers or slices, not %s", key.type().name());
    }
  }

  /** {@code self[slice] = data}, or {@code del self[slice]} when data is null. */
  private void assignSlice(PySlice slice, byte[] data) {
    PySlice.Indices ix = slice.indices(() -> size);
    int start = (int) ix.start(), step = (int) Math.clamp(ix.step(), -Integer.MAX_VALUE, Integer.MAX_VALUE);
    int n = (int) ix.length();
    if (step == 1) {
      replace(start, Math.max(start, (int) ix.stop()), data == null ? NONE : data);
      return;
    }
    if (data == null) {
      boolean[] gone = new boolean[size];
      for (int k = 0, i = start; k < n; k++, i += step) gone[i] = true;
      int out = 0;
      for (int i = 0; i < size; i++) if (!gone[i]) items[out++] = items[i];
      size = out;
      return;
    }
    if (data.length != n) {
      throw Errors.valueError("attempt to assign bytes of size %d to extended slice of size %d", data.length, n);
    }
    for (int k = 0, i = start; k < n; k++, i += step) items[i] = data[k];
  }

  @PyMethod("__iadd__") public PyObject iadd(PyObject other) {
    byte[] b = Buffers.bytesOrNull(other);
    if (b == null) return PyNotImplemented.VALUE;
    FreeThreading.locked(this, () -> replace(size, size, b));
    return this;
  }

  @PyMethod("__imul__") public PyObject imul(PyObject count) {
    if (!(count instanceof PyInt) && count.type().lookupSpecial(Special.INDEX) == null) return PyNotImplemented.VALUE;
    FreeThreading.locked(this, () -> {
      byte[] data = repeated(count);
      size = 0;  // shrunk before the array is: a lock-free reader never sees a size beyond the array
      items = data;
      size = data.length;
    });
    return this;
  }

  @PyMethod public void append(PyObject item) {
    int b = byteValue(item);
    if (!FreeThreading.enabled()) {
      push(b);
      return;
    }
    synchronized (this) {
      push(b);
    }
  }

  private void push(int b) {
    ensureCapacity(size + 1);
    items[size++] = (byte) b;
  }

  @PyMethod public void extend(PyObject iterable_of_ints) {
    byte[] b = Buffers.bytesOrNull(iterable_of_ints);
    if (b == null) {
      PyObject[] values = TextArgs.items(iterable_of_ints,
          "can't extend bytearray with " + iterable_of_ints.type().name());
      b = new byte[values.length];
      for (int i = 0; i < values.length; i++) b[i] = (byte) byteValue(values[i]);
    }
    byte[] more = b;
    FreeThreading.locked(this, () -> replace(size, size, more));
  }

  @PyMethod public void insert(PyObject index, PyObject item) {
    long at = TextArgs.ssize(index);
    int b = byteValue(item);
    FreeThreading.locked(this, () -> {
      long i = at;
      if (i < 0) i = Math.max(0, i + size);
      if (i > size) i = size;
      replace((int) i, (int) i, new byte[] {(byte) b});
    });
  }

  @PyMethod public PyObject pop(@PyMethod.Opt PyObject index) {
    long i = index == null ? -1 : TextArgs.ssize(index);
    if (!FreeThreading.enabled()) return popAt(i);
    synchronized (this) {
      return popAt(i);
    }
  }

  private PyObject popAt(long i) {
    if (size == 0) throw Errors.indexError("pop from empty bytearray");
    if (i < 0) i += size;
    if (i < 0 || i >= size) throw Errors.indexError("pop index out of range");
    int b = items[(int) i] & 0xff;
    replace((int) i, (int) i + 1, NONE);
    return PyInt.of(b);
  }

  @PyMethod public void remove(PyObject value) {
    int b = byteValue(value);
    boolean[] found = {false};
    FreeThreading.locked(this, () -> {
      for (int i = 0; i < size; i++) {
        if ((items[i] & 0xff) == b) {
          replace(i, i + 1, NONE);
          found[0] = true;
          return;
        }
      }
    });
    if (!found[0]) throw Errors.valueError("value not found in bytearray");
  }

  @PyMethod public void reverse() {
    FreeThreading.locked(this, () -> {
      for (int i = 0, j = size - 1; i < j; i++, j--) {
        byte t = items[i];
        items[i] = items[j];
        items[j] = t;
      }
    });
  }

  @PyMethod public void clear() {
    FreeThreading.locked(this, () -> {
      size = 0;  // before the array: a lock-free reader never sees a size beyond the array
      items = NONE;
    });
  }

  @PyMethod public PyObject copy() { return new PyByteArray(toByteArray()); }
}
