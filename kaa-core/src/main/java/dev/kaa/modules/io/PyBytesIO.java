package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyByteArray;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMemoryView;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.Arrays;

/**
 * {@code _io.BytesIO}: bytes in memory, a growable array with a size and a position (writing past the end fills the
 * gap with zeros). {@code getbuffer()} shares the array with a bytearray behind the memoryview, so writes through
 * either are seen by the other while the size stays; unlike CPython, growing the BytesIO meanwhile is allowed (the
 * view then keeps the old bytes) rather than a BufferError, since Kaa cannot tell when a view is released.
 */
public final class PyBytesIO extends PyBufferedIOBase {
  public static final PyType TYPE = new PyType("_io.BytesIO", PyType.IMMUTABLE | PyType.BASETYPE, PyBytesIO.class,
      PyBufferedIOBase.TYPE);

  private static final byte[] NONE = new byte[0];

  private byte[] buf = NONE;
  private int size;
  private int pos;
  private boolean closed;

  private PyBytesIO(PyType type) { super(type); }

  /** A BytesIO holding {@code data} (not copied), for Java callers. */
  public PyBytesIO(byte[] data) {
    super(TYPE);
    buf = data;
    size = data.length;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject construct(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyBytesIO(cls);
  }

  @PyMethod(value = "__init__", positionalOnly = 0) void init(@PyMethod.Opt PyObject initial_bytes) {
    buf = NONE;
    size = 0;
    pos = 0;
    if (initial_bytes != null && initial_bytes != PyNone.NONE) {
      byte[] data = Buffers.required(initial_bytes);
      buf = initial_bytes instanceof PyBytes ? data.clone() : data;
      size = data.length;
    }
  }

  private void checkOpen() {
    if (closed) throw IoErrors.closed();
  }

  @Override boolean closedFlag() { return closed; }

  /** The bytes written so far, for Java callers. */
  public byte[] bytes() { return Arrays.copyOf(buf, size); }

  @PyMethod("getvalue") PyObject getvalue() {
    checkOpen();
    return new PyBytes(Arrays.copyOf(buf, size));
  }

  @PyMethod("getbuffer") PyObject getbuffer() {
    checkOpen();
    if (buf.length != size) buf = Arrays.copyOf(buf, size);
    return new PyMemoryView(new PyByteArray(buf));
  }

  private PyBytes take(long n) {
    int available = Math.max(0, size - pos);
    int count = n < 0 || n > available ? available : (int) n;
    byte[] out = Arrays.copyOfRange(buf, Math.min(pos, size), Math.min(pos, size) + count);
    pos += count;
    return new PyBytes(out);
  }

  @PyMethod("read") PyObject read(@PyMethod.Opt PyObject size) {
    checkOpen();
    return take(IoErrors.optionalSize(size));
  }

  @PyMethod("read1") PyObject read1(@PyMethod.Opt PyObject size) { return read(size); }

  @PyMethod("readinto") PyObject readinto(PyObject buffer) {
    checkOpen();
    WritableBuffer target = WritableBuffer.of(buffer);
    int count = Math.max(0, Math.min(target.length(), size - pos));
    target.write(buf, pos, count);
    pos += count;
    return PyInt.of(count);
  }

  @PyMethod("readline") PyObject readline(@PyMethod.Opt PyObject size) {
    checkOpen();
    return readLine(IoErrors.optionalSize(size));
  }

  private PyBytes readLine(long limit) {
    int stop = limit < 0 || limit > size - pos ? size : pos + (int) limit;
    int end = stop;
    for (int i = pos; i < stop; i++) {
      if (buf[i] == '\n') {
        end = i + 1;
        break;
      }
    }
    return take(Math.max(0, end - pos));
  }

  @Override PyObject nextLine() {
    checkOpen();
    PyBytes line = readLine(-1);
    return line.value.length == 0 ? null : line;
  }

  @PyMethod("write") PyObject write(PyObject b) {
    checkOpen();
    byte[] data = Buffers.required(b);
    int n = data.length;
    if (n == 0) return PyInt.of(0);
    int end = pos + n;
    if (end > buf.length) buf = Arrays.copyOf(buf, Math.max(end, buf.length + (buf.length >> 1) + 16));
    if (pos > size) Arrays.fill(buf, size, pos, (byte) 0);
    System.arraycopy(data, 0, buf, pos, n);
    pos = end;
    if (end > size) size = end;
    return PyInt.of(n);
  }

  @PyMethod("writelines") PyObject writelines(PyObject lines) {
    checkOpen();
    PyObject it = Abstract.iter(lines);
    for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) write(line);
    return PyNone.NONE;
  }

  @PyMethod("seek") PyObject seek(PyObject pos, @PyMethod.Opt PyObject whence) {
    checkOpen();
    long offset = Abstract.indexValue(pos);
    long how = whence == null ? 0 : Abstract.indexValue(whence);
    if (how < 0 || how > 2) throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", how);
    if (how == 0 && offset < 0) throw Errors.valueError("negative seek value %d", offset);
    if (how == 1) offset += this.pos;
    else if (how == 2) offset += size;
    this.pos = (int) Math.max(0, Math.min(offset, Integer.MAX_VALUE));
    return PyInt.of(this.pos);
  }

  @PyMethod("tell") PyObject tell() {
    checkOpen();
    return PyInt.of(pos);
  }

  @PyMethod("truncate") PyObject truncate(@PyMethod.Opt PyObject size) {
    checkOpen();
    long n = size == null || size == PyNone.NONE ? pos : Abstract.indexValue(size);
    if (n < 0) throw Errors.valueError("negative size value %d", n);
    if (n < this.size) this.size = (int) n;
    return PyInt.of(n);
  }

  @PyMethod("close") PyObject close() {
    closed = true;
    return PyNone.NONE;
  }

  @PyGetter("closed") PyObject closedAttr() { return PyBool.of(closed); }

  @PyMethod("readable") PyObject readable() {
    checkOpen();
    return PyBool.TRUE;
  }

  @PyMethod("writable") PyObject writable() {
    checkOpen();
    return PyBool.TRUE;
  }

  @PyMethod("seekable") PyObject seekable() {
    checkOpen();
    return PyBool.TRUE;
  }

  @PyMethod("flush") PyObject flush() {
    checkOpen();
    return PyNone.NONE;
  }

  @PyMethod("isatty") PyObject isatty() {
    checkOpen();
    return PyBool.FALSE;
  }

  @PyMethod("__getstate__") PyObject getstate() {
    checkOpen();
    PyDict d = dict();
    return PyTuple.of(getvalue(), PyInt.of(pos), d == null || d.size() == 0 ? PyNone.NONE : d.copy());
  }

  @PyMethod("__setstate__") PyObject setstate(PyObject state) {
    if (!(state instanceof PyTuple t) || t.size() < 3) {
      throw Errors.typeError("%s.__setstate__ argument should be 3-tuple, got %s", type().builtinTpName(),
          state.type().name());
    }
    init(t.get(0));
    if (!(t.get(1) instanceof PyInt p)) {
      throw Errors.typeError("second item of state must be an integer, not %s", t.get(1).type().name());
    }
    if (p.longValue() < 0) throw Errors.valueError("position value cannot be negative");
    this.pos = (int) p.longValue();
    PyObject d = t.get(2);
    if (d != PyNone.NONE) {
      if (!(d instanceof PyDict extra)) {
        throw Errors.typeError("third item of state should be a dict, got a %s", d.type().name());
      }
      dict().updateFrom(extra);
    }
    return PyNone.NONE;
  }

  @PyMethod("__sizeof__") PyObject sizeof() { return PyInt.of(88L + buf.length); }
}
