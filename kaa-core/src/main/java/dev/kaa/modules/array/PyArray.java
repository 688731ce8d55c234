package dev.kaa.modules.array;

import dev.kaa.bytecode.CompareOps;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.BufferExporter;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyByteArray;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGenericAlias;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySlice;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import dev.kaa.objects.SubclassableObject;
import java.util.Arrays;

/**
 * {@code array.array}: items of one C type packed in a byte array, in native byte order, so the bytes are at once the
 * storage, the buffer it exports and what {@code tobytes()} returns. Values are converted on the way in and out by
 * the {@link TypeCode}; a failed conversion leaves the array unchanged. Slices, sums and repetitions are plain
 * {@code array.array}s whatever the receiver's class, as CPython's.
 */
public final class PyArray extends SubclassableObject implements BufferExporter {
  public static final PyType TYPE = new PyType("array.array", PyType.IMMUTABLE | PyType.BASETYPE | PyType.WEAKREFABLE,
      PyArray.class, PyType.OBJECT);

  static {
    TYPE.dictPut("__hash__", PyNone.NONE);  // mutable: unhashable
    TYPE.dictPut("__doc__", new PyStr(ArrayDoc.TEXT));
  }

  final TypeCode code;
  private byte[] data;
  /** The number of items. */
  private int length;

  PyArray(PyType type, TypeCode code, byte[] data, int length) {
    super(type);
    this.code = code;
    this.data = data;
    this.length = length;
  }

  static PyArray empty(TypeCode code) { return new PyArray(TYPE, code, new byte[0], 0); }

  private int nbytes() { return length * code.size; }

  private PyArray make(byte[] bytes) { return new PyArray(TYPE, code, bytes, bytes.length / code.size); }

  int length() { return length; }

  /** The item at {@code index} (0 <= index < length). */
  PyObject item(int index) { return code.get(data, index * code.size); }

  // ---- the buffer

  @Override public byte[] bufferBytes() { return data; }

  @Override public int bufferLength() { return nbytes(); }

  @Override public char bufferFormat() { return code == TypeCode.u ? 'w' : code.code; }

  @Override public int bufferItemSize() { return code.size; }

  /** Makes room for {@code items} more items, growing by half again as CPython's over-allocation does. */
  private void reserve(long items) {
    long needed = (long) length + items;
    long bytes = needed * code.size;
    if (needed > Integer.MAX_VALUE || bytes > Integer.MAX_VALUE - 8) throw Errors.memoryError();
    if (bytes <= data.length) return;
    long grown = Math.min(Integer.MAX_VALUE - 8, Math.max(bytes, (bytes + (bytes >> 1) + 15) & ~15L));
    data = Arrays.copyOf(data, (int) grown);
  }

  /** Appends {@code v} converted; nothing changes when it cannot be. */
  private void addItem(PyObject v) {
    reserve(1);
    code.put(data, nbytes(), v);
    length++;
  }

  private void appendBytes(byte[] bytes, int count) {
    reserve(count / code.size);
    System.arraycopy(bytes, 0, data, nbytes(), count);
    length += count / code.size;
  }

  /** Removes the items [from, to), closing the gap. */
  private void removeRange(int from, int to) {
    int size = code.size;
    System.arraycopy(data, to * size, data, from * size, (length - to) * size);
    length -= to - from;
  }

  // ---- construction

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (kwargs != null && kwargs.size() > 0 && (cls == TYPE || cls.lookup("__init__") == TYPE.lookup("__init__"))) {
      throw Errors.typeError("array.array() takes no keyword arguments");
    }
    if (args.length < 1) throw Errors.typeError("array() takes at least 1 argument (0 given)");
    if (args.length > 2) throw Errors.typeError("array() takes at most 2 arguments (%d given)", args.length);
    TypeCode code = typeCode(args[0]);
    PyArray a = new PyArray(cls, code, new byte[0], 0);
    if (args.length == 2) a.initialize(args[1]);
    return a;
  }

  private static TypeCode typeCode(PyObject arg) {
    if (!(arg instanceof PyStr s) || s.length() != 1) {
      throw Errors.typeError("array() argument 1 must be a unicode character, not %s", arg.type().name());
    }
    TypeCode code = TypeCode.of(s.value.codePointAt(0));
    if (code == null) throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    return code;
  }

  private void initialize(PyObject init) {
    if (code != TypeCode.u) {
      if (init instanceof PyStr) {
        throw Errors.typeError("cannot use a str to initialize an array with typecode '%c'", code.code);
      }
      if (init instanceof PyArray other && other.code == TypeCode.u) {
        throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '%c'", code.code);
      }
    }
    if (init instanceof PyStr s) fromunicode(s);
    else if (init instanceof PyBytes || init instanceof PyByteArray) frombytes(init);
    else if (init instanceof PyArray other && other.code == code) appendBytes(other.data, other.nbytes());
    else extendItems(init);
  }

  // ---- adding

  @PyMethod public void append(PyObject v) { addItem(v); }

  @PyMethod public void extend(PyObject iterable) {
    if (iterable instanceof PyArray other) {
      if (other.code != code) throw Errors.typeError("can only extend with array of same kind");
      appendBytes(Arrays.copyOf(other.data, other.nbytes()), other.nbytes());
    } else {
      extendItems(iterable);
    }
  }

  private void extendItems(PyObject iterable) {
    PyObject it = Abstract.iter(iterable);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) addItem(x);
  }

  @PyMethod public void fromlist(PyObject list) {
    if (!(list instanceof PyList l)) throw Errors.typeError("arg must be list");
    int before = length;
    try {
      for (PyObject x : l.toArray()) addItem(x);
    } catch (RuntimeException e) {
      length = before;
      throw e;
    }
  }

  @PyMethod public void frombytes(PyObject buffer) {
    byte[] bytes = Buffers.required(buffer);
    if (bytes.length % code.size != 0) throw Errors.valueError("bytes length not a multiple of item size");
    appendBytes(bytes, bytes.length);
  }

  @PyMethod public void fromunicode(PyObject text) {
    if (!(text instanceof PyStr s)) {
      throw Errors.typeError("fromunicode() argument must be str, not %s", text.type().name());
    }
    if (code != TypeCode.u) throw Errors.valueError("fromunicode() may only be called on unicode type arrays");
    s.value.codePoints().forEach(cp -> addItem(PyStr.ofCodePoint(cp)));
  }

  @PyMethod public void fromfile(PyObject file, PyObject n) {
    long count = Abstract.indexValue(n);
    if (count < 0) throw Errors.valueError("negative count");
    long wanted = count * code.size;
    if (count > Integer.MAX_VALUE / code.size) throw Errors.memoryError();
    PyObject got = Abstract.call(Attributes.get(file, "read"), PyInt.of(wanted));
    if (!(got instanceof PyBytes)) throw Errors.typeError("read() didn't return bytes");
    byte[] bytes = Buffers.required(got);
    appendBytes(bytes, bytes.length - bytes.length % code.size);
    if (bytes.length != wanted) throw Errors.of(ExceptionTypes.EOFError, "read() didn't return enough bytes");
  }

  @PyMethod public void insert(PyObject index, PyObject v) {
    long i = Abstract.indexValue(index);
    if (i < 0) i = Math.max(0, i + length);
    if (i > length) i = length;
    addItem(v);
    int size = code.size, at = (int) i * size;
    byte[] item = Arrays.copyOfRange(data, (length - 1) * size, length * size);
    System.arraycopy(data, at, data, at + size, (length - 1) * size - at);
    System.arraycopy(item, 0, data, at, size);
  }

  // ---- reading out

  @PyMethod public PyObject tobytes() { return new PyBytes(Arrays.copyOf(data, nbytes())); }

  @PyMethod public PyObject tolist() {
    PyObject[] items = new PyObject[length];
    for (int k = 0; k < length; k++) items[k] = item(k);
    return new PyList(items);
  }

  @PyMethod public PyObject tounicode() {
    if (code != TypeCode.u) throw Errors.valueError("tounicode() may only be called on unicode type arrays");
    StringBuilder sb = new StringBuilder(length);
    for (int k = 0; k < length; k++) {
      int cp = TypeCode.codePointAt(data, k * code.size);
      if (cp < 0 || cp > Character.MAX_CODE_POINT) {
        throw Errors.valueError("character U+%x is not in range [U+0000; U+10ffff]", cp);
      }
      sb.appendCodePoint(cp);
    }
    return new PyStr(sb.toString());
  }

  @PyMethod public void tofile(PyObject file) {
    PyObject write = Attributes.get(file, "write");
    int block = 64 * 1024;
    for (int at = 0; at < nbytes(); at += block) {
      Abstract.call(write, new PyBytes(Arrays.copyOfRange(data, at, Math.min(nbytes(), at + block))));
    }
  }

  @PyMethod("buffer_info") public PyObject bufferInfo() {
    return PyTuple.of(PyInt.of(0x10000L + System.identityHashCode(data) * 16L), PyInt.of(length));
  }

  @PyGetter("typecode") PyObject typecode() { return new PyStr(String.valueOf(code.code)); }

  @PyGetter("itemsize") PyObject itemsize() { return PyInt.of(code.size); }

  // ---- searching and removing

  @PyMethod public PyObject count(PyObject v) {
    long n = 0;
    for (int k = 0; k < length; k++) if (Abstract.equals(item(k), v)) n++;
    return PyInt.of(n);
  }

  @PyMethod public PyObject index(PyObject v, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject stop) {
    int lo = bound(start, 0), hi = bound(stop, length);
    for (int k = lo; k < hi && k < length; k++) if (Abstract.equals(item(k), v)) return PyInt.of(k);
    throw Errors.valueError("array.index(x): x not in array");
  }

  /** A start or stop of {@code index()}: negative counts from the end, then clamped to [0, length]. */
  private int bound(PyObject o, int absent) {
    if (o == null) return absent;
    PyInt i = Abstract.index(o);
    long v = i.isLong() ? i.longValue() : i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    if (v < 0) v = Math.max(0, v + length);
    return (int) Math.min(v, length);
  }

  @PyMethod("__contains__") public PyObject contains(PyObject v) {
    for (int k = 0; k < length; k++) if (Abstract.equals(item(k), v)) return PyBool.TRUE;
    return PyBool.FALSE;
  }

  @PyMethod public void remove(PyObject v) {
    for (int k = 0; k < length; k++) {
      if (Abstract.equals(item(k), v)) {
        removeRange(k, k + 1);
        return;
      }
    }
    throw Errors.valueError("array.remove(x): x not in array");
  }

  @PyMethod public PyObject pop(@PyMethod.Opt PyObject index) {
    long i = index == null ? -1 : Abstract.indexValue(index);
    if (length == 0) throw Errors.indexError("pop from empty array");
    if (i < 0) i += length;
    if (i < 0 || i >= length) throw Errors.indexError("pop index out of range");
    PyObject v = item((int) i);
    removeRange((int) i, (int) i + 1);
    return v;
  }

  @PyMethod public void reverse() {
    int size = code.size;
    byte[] t = new byte[size];
    for (int x = 0, y = length - 1; x < y; x++, y--) {
      System.arraycopy(data, x * size, t, 0, size);
      System.arraycopy(data, y * size, data, x * size, size);
      System.arraycopy(t, 0, data, y * size, size);
    }
  }

  @PyMethod public void byteswap() { code.byteswap(data, nbytes()); }

  // ---- the sequence protocol

  @PyMethod("__len__") public PyObject len() { return PyInt.of(length); }

  /** The position {@code key} names, negative counting from the end; {@code what} words the IndexError. */
  private int position(PyObject key, String what) {
    long i = Abstract.indexValue(key);
    if (i < 0) i += length;
    if (i < 0 || i >= length) throw Errors.indexError("%s index out of range", what);
    return (int) i;
  }

  private static boolean isIndex(PyObject key) {
    return key instanceof PyInt || key.type().lookupSpecial(Special.INDEX) != null;
  }

  @PyMethod("__getitem__") public PyObject getItem(PyObject key) {
    if (isIndex(key)) return item(position(key, "array"));
    if (!(key instanceof PySlice s)) throw Errors.typeError("array indices must be integers");
    PySlice.Indices ix = s.indices(() -> length);
    int size = code.size, n = (int) ix.length();
    byte[] out = new byte[n * size];
    if (ix.step() == 1) System.arraycopy(data, (int) ix.start() * size, out, 0, out.length);
    else for (int k = 0; k < n; k++) System.arraycopy(data, (int) (ix.start() + k * ix.step()) * size, out, k * size, size);
    return make(out);
  }

  @PyMethod("__setitem__") public void setItem(PyObject key, PyObject value) {
    if (isIndex(key)) {
      code.put(data, position(key, "array assignment") * code.size, value);
      return;
    }
    if (!(key instanceof PySlice s)) throw Errors.typeError("array indices must be integers");
    if (!(value instanceof PyArray other)) {
      throw Errors.typeError("can only assign array (not \"%s\") to array slice", value.type().name());
    }
    if (other.code != code) throw Errors.typeError("bad argument type for built-in operation");
    assignSlice(s.indices(() -> length), Arrays.copyOf(other.data, other.nbytes()));
  }

  private void assignSlice(PySlice.Indices ix, byte[] bytes) {
    int size = code.size, needed = bytes.length / size;
    if (ix.step() == 1) {
      int lo = (int) ix.start(), hi = (int) Math.max(ix.start(), ix.stop());
      int grow = needed - (hi - lo);
      if (grow > 0) reserve(grow);
      System.arraycopy(data, hi * size, data, (lo + needed) * size, (length - hi) * size);
      System.arraycopy(bytes, 0, data, lo * size, bytes.length);
      length += grow;
    } else if (needed == 0) {
      deleteSlice(ix);
    } else if (needed != ix.length()) {
      throw Errors.valueError("attempt to assign array of size %d to extended slice of size %d", needed, ix.length());
    } else {
      for (int k = 0; k < needed; k++) System.arraycopy(bytes, k * size, data, (int) (ix.start() + k * ix.step()) * size, size);
    }
  }

  @PyMethod("__delitem__") public void delItem(PyObject key) {
    if (isIndex(key)) {
      int i = position(key, "array assignment");
      removeRange(i, i + 1);
      return;
    }
    if (!(key instanceof PySlice s)) throw Errors.typeError("array indices must be integers");
    deleteSlice(s.indices(() -> length));
  }

  private void deleteSlice(PySlice.Indices ix) {
    if (ix.length() == 0) return;
    if (ix.step() == 1) {
      removeRange((int) ix.start(), (int) ix.stop());
      return;
    }
    long lo = ix.step() > 0 ? ix.start() : ix.start() + (ix.length() - 1) * ix.step();
    long step = Math.abs(ix.step());
    int size = code.size, kept = 0;
    for (int k = 0; k < length; k++) {
      boolean deleted = k >= lo && (k - lo) % step == 0 && (k - lo) / step < ix.length();
      if (!deleted) System.arraycopy(data, k * size, data, kept++ * size, size);
    }
    length = kept;
  }

  @PyMethod("__iter__") public PyObject iter() { return new PyArrayIterator(this, 0); }

  // ---- operators

  @PyMethod("__add__") public PyObject add(PyObject other) {
    if (!(other instanceof PyArray a)) {
      throw Errors.typeError("can only append array (not \"%s\") to array", other.type().name());
    }
    if (a.code != code) throw Errors.typeError("bad argument type for built-in operation");
    byte[] out = Arrays.copyOf(data, nbytes() + a.nbytes());
    System.arraycopy(a.data, 0, out, nbytes(), a.nbytes());
    return make(out);
  }

  @PyMethod("__iadd__") public PyObject iadd(PyObject other) {
    if (!(other instanceof PyArray a)) {
      throw Errors.typeError("can only extend array with array (not \"%s\")", other.type().name());
    }
    extend(a);
    return this;
  }

  @PyMethod("__mul__") public PyObject mul(PyObject n) {
    if (!isIndex(n)) return repeatError(n);
    return make(repeated(Abstract.indexValue(n)));
  }

  @PyMethod("__rmul__") public PyObject rmul(PyObject n) { return mul(n); }

  @PyMethod("__imul__") public PyObject imul(PyObject n) {
    if (!isIndex(n)) return repeatError(n);
    byte[] out = repeated(Abstract.indexValue(n));
    data = out;
    length = out.length / code.size;
    return this;
  }

  /** A class with its own {@code __rmul__} gets its turn; anything else is no repeat count (sq_repeat's error). */
  private static PyObject repeatError(PyObject n) {
    if (n.type().hasFlag(PyType.HEAPTYPE) && n.type().lookupSpecial(Special.RMUL) != null) {
      return PyNotImplemented.VALUE;
    }
    throw Errors.typeError("can't multiply sequence by non-int of type '%s'", n.type().name());
  }

  private byte[] repeated(long times) {
    int n = nbytes();
    if (times <= 0 || n == 0) return new byte[0];
    if (times > (Integer.MAX_VALUE - 8) / n) throw Errors.memoryError();
    byte[] out = new byte[(int) (n * times)];
    for (int at = 0; at < out.length; at += n) System.arraycopy(data, 0, out, at, n);
    return out;
  }

  @PyMethod("__eq__") public PyObject eq(PyObject o) { return compare(o, CompareOps.EQ); }

  @PyMethod("__ne__") public PyObject ne(PyObject o) { return compare(o, CompareOps.NE); }

  @PyMethod("__lt__") public PyObject lt(PyObject o) { return compare(o, CompareOps.LT); }

  @PyMethod("__le__") public PyObject le(PyObject o) { return compare(o, CompareOps.LE); }

  @PyMethod("__gt__") public PyObject gt(PyObject o) { return compare(o, CompareOps.GT); }

  @PyMethod("__ge__") public PyObject ge(PyObject o) { return compare(o, CompareOps.GE); }

  /** Sequence comparison of the items as Python values: the first unequal pair decides, else the lengths. */
  private PyObject compare(PyObject other, CompareOps op) {
    if (!(other instanceof PyArray w)) return PyNotImplemented.VALUE;
    if (length != w.length && (op == CompareOps.EQ || op == CompareOps.NE)) return PyBool.of(op == CompareOps.NE);
    if (code == w.code && (op == CompareOps.EQ || op == CompareOps.NE) && !code.isFloat()) {
      boolean same = Arrays.equals(data, 0, nbytes(), w.data, 0, w.nbytes());
      return PyBool.of(same == (op == CompareOps.EQ));
    }
    int n = Math.min(length, w.length);
    for (int k = 0; k < n; k++) {
      PyObject a = item(k), b = w.item(k);
      if (!Abstract.equals(a, b)) {
        if (op == CompareOps.EQ) return PyBool.FALSE;
        if (op == CompareOps.NE) return PyBool.TRUE;
        return Abstract.richCompare(a, b, op);
      }
    }
    int c = Integer.compare(length, w.length);
    return PyBool.of(switch (op) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case EQ -> c == 0;
      case NE -> c != 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      default -> throw Errors.internal("array comparison " + op);
    });
  }

  // ---- the rest of the protocol

  @PyMethod("__repr__") public PyObject repr() {
    String name = type().name();
    if (length == 0) return new PyStr(name + "('" + code.code + "')");
    PyObject items = code == TypeCode.u ? tounicode() : tolist();
    return new PyStr(name + "('" + code.code + "', " + Abstract.repr(items).value + ")");
  }

  @PyMethod("__copy__") public PyObject copy() { return make(Arrays.copyOf(data, nbytes())); }

  @PyMethod("__deepcopy__") public PyObject deepcopy(PyObject memo) { return copy(); }

  @PyMethod("__sizeof__") public PyObject sizeOf() { return PyInt.of(64 + (long) data.length); }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  /**
   * Protocol 3 and later rebuild from the machine-independent bytes ({@code _array_reconstructor}); earlier ones from
   * the list of items.
   */
  @PyMethod("__reduce_ex__") public PyObject reduceEx(PyObject protocol) {
    long p = Abstract.indexValue(protocol);
    PyObject state = existingDict() != null ? existingDict() : PyNone.NONE;
    if (p < 3) {
      PyObject items = code == TypeCode.u ? tounicode() : tolist();
      return PyTuple.of(type(), PyTuple.of(typecode(), items), state);
    }
    PyObject reconstructor = ArrayModule.reconstructor();
    PyObject args = PyTuple.of(type(), typecode(), PyInt.of(MachineFormat.nativeOf(code).ordinal()), tobytes());
    return PyTuple.of(reconstructor, args, state);
  }
}
