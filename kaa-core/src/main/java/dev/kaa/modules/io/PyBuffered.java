package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyByteArray;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * What BufferedReader, BufferedWriter and BufferedRandom share (CPython's one {@code buffered} struct behind three
 * types): a read buffer ahead of the raw stream and a write buffer behind it, never both holding data at once. The
 * raw stream is any object with {@code readinto}/{@code write}/{@code seek}/{@code tell}; an exact FileIO is driven
 * through its Java methods, anything else through Python calls.
 */
public abstract class PyBuffered extends PyBufferedIOBase {
  /** The raw stream; null before {@code __init__} and after {@code detach()}. */
  PyObject raw;
  /** The raw stream when it is exactly a FileIO: called directly. */
  private PyFileIO fileRaw;
  private boolean detached;
  boolean readable, writable;
  int bufferSize;
  private byte[] rbuf;
  private int rpos, rlen;
  private byte[] wbuf;
  private int wlen;

  /** A text wrapper over this buffer closes it: dropped together, the wrapper's close comes first and does it. */
  private boolean wrappedByText;

  /** A text wrapper was put over this buffer (or detached from it). */
  final void wrappedByText(boolean wrapped) {
    wrappedByText = wrapped;
    reportsDrop(!wrapped);
  }

  @Override String namedFile() { return fileRaw == null ? null : fileRaw.namedFile(); }

  /** The finalization of the writing classes: the text wrapper over this one, if any, closes it instead. */
  final void droppedUnlessWrapped() {
    if (!wrappedByText) dropped();
  }

  protected PyBuffered(PyType type) { super(type); }

  /** {@code __init__}'s work: {@code readable}/{@code writable} say which of the three classes this is. */
  final void setUp(PyObject raw, PyObject bufferSize, boolean readable, boolean writable) {
    if (readable && writable) checkRaw(raw, "seekable", IoErrors.notSeekable());
    if (readable) checkRaw(raw, "readable", IoErrors.notReadable());
    if (writable) checkRaw(raw, "writable", IoErrors.notWritable());
    long size = bufferSize == null ? IoModule.DEFAULT_BUFFER_SIZE : Abstract.indexValue(bufferSize);
    if (size <= 0) throw Errors.valueError("buffer size must be strictly positive");
    this.raw = raw;
    this.fileRaw = raw.type() == PyFileIO.TYPE ? (PyFileIO) raw : null;
    this.detached = false;
    this.readable = readable;
    this.writable = writable;
    this.bufferSize = (int) Math.min(size, Integer.MAX_VALUE - 8);
    this.rbuf = readable ? new byte[this.bufferSize] : null;
    this.wbuf = writable ? new byte[this.bufferSize] : null;
    this.rpos = this.rlen = this.wlen = 0;
    if (writable) IoState.current().track(this);
  }

  @Override void flushAtExit() {
    if (raw != null && wlen > 0 && !closedFlag()) flushWrites();
  }

  private static void checkRaw(PyObject raw, String what, PyException otherwise) {
    if (Attributes.get(raw, what).call0() != PyBool.TRUE) throw otherwise;
  }

  final PyObject raw() {
    if (raw == null) throw detached ? Errors.valueError("raw stream has been detached") : IoErrors.uninitialized();
    return raw;
  }

  @Override boolean closedFlag() {
    PyObject r = raw();
    return fileRaw != null ? fileRaw.closedFlag() : Abstract.isTrue(Attributes.get(r, "closed"));
  }

  private void checkOpen(String message) {
    if (closedFlag() && (rbuf == null || rpos >= rlen)) throw Errors.valueError("%s", message);
  }

  // ---- the raw stream

  /** Reads at most {@code len} bytes from the raw stream: the count, 0 at its end, -1 for None (would block). */
  private int rawRead(byte[] into, int off, int len) {
    if (fileRaw != null) return fileRaw.readInto(into, off, len);
    PyByteArray target = zeroed(len);
    PyObject got = Attributes.get(raw, "readinto").call1(target);
    if (got == PyNone.NONE) return -1;
    long n = Abstract.indexValue(got);
    if (n < 0 || n > len) {
      throw IoErrors.osError(String.format(
          "raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len));
    }
    System.arraycopy(target.toByteArray(), 0, into, off, (int) n);
    return (int) n;
  }

  /** Writes all of {@code data[off:off+len]} to the raw stream. */
  private void rawWriteAll(byte[] data, int off, int len) {
    while (len > 0) {
      int n;
      if (fileRaw != null) {
        n = fileRaw.writeFrom(data, off, len);
      } else {
        PyObject got = Attributes.get(raw, "write").call1(new PyBytes(Arrays.copyOfRange(data, off, off + len)));
        n = got == PyNone.NONE ? -1 : (int) Abstract.indexValue(got);
        if (n > len) {
          throw IoErrors.osError(String.format(
              "raw write() returned invalid length %d (should have been between 0 and %d)", n, len));
        }
      }
      if (n < 0) {
        throw Errors.of(ExceptionTypes.BlockingIOError, "write could not complete without blocking");
      }
      off += n;
      len -= n;
    }
  }

  private long rawSeek(long offset, int whence) {
    long pos;
    if (fileRaw != null) {
      pos = fileRaw.seekTo(offset, whence);
    } else {
      pos = Abstract.indexValue(Attributes.get(raw, "seek").call(
          new PyObject[] {PyInt.of(offset), PyInt.of(whence)}, 0, 2, null));
    }
    if (pos < 0) throw IoErrors.osError("Raw stream returned invalid position " + pos);
    return pos;
  }

  private long rawTell() {
    long pos = fileRaw != null ? fileRaw.seekTo(0, 1) : Abstract.indexValue(Attributes.get(raw, "tell").call0());
    if (pos < 0) throw IoErrors.osError("Raw stream returned invalid position " + pos);
    return pos;
  }

  /** Writes out the write buffer. */
  final void flushWrites() {
    if (wlen == 0) return;
    int n = wlen;
    wlen = 0;
    rawWriteAll(wbuf, 0, n);
  }

  /** Before writing: a read buffer ahead of the logical position is dropped, the raw stream moved back to it. */
  private void dropReadAhead() {
    if (rbuf != null && rpos < rlen) rawSeek(-(rlen - rpos), 1);
    rpos = rlen = 0;
  }

  /** Fills the empty read buffer with one raw read: what it returned (0 at the end, -1 would block). */
  private int fill() {
    flushWrites();
    int n = rawRead(rbuf, 0, bufferSize);
    rpos = 0;
    rlen = Math.max(n, 0);
    return n;
  }

  private void requireReadable() {
    if (!readable) throw IoErrors.unsupported("read");
  }

  // ---- reading

  @PyMethod("read") PyObject read(@PyMethod.Opt PyObject size) {
    raw();
    requireReadable();
    long n = size == null || size == PyNone.NONE ? -1 : Abstract.indexValue(size);
    if (n < -1) throw Errors.valueError("read length must be non-negative or -1");
    checkOpen("read of closed file");
    if (n == -1) return readAll();
    return readBytes((int) Math.min(n, Integer.MAX_VALUE - 8));
  }

  /** Up to {@code n} bytes, fewer only at the end of the stream (or when it would block): null for None. */
  final PyObject readBytes(int n) {
    int avail = rlen - rpos;
    if (n <= avail) {
      PyBytes out = new PyBytes(Arrays.copyOfRange(rbuf, rpos, rpos + n));
      rpos += n;
      return out;
    }
    flushWrites();
    byte[] out = new byte[n];
    System.arraycopy(rbuf, rpos, out, 0, avail);
    int got = avail;
    rpos = rlen = 0;
    while (got < n) {
      int remaining = n - got;
      int r;
      if (remaining >= bufferSize) {
        r = rawRead(out, got, remaining - remaining % bufferSize);
        if (r > 0) got += r;
      } else {
        r = fill();
        if (r > 0) {
          int take = Math.min(r, remaining);
          System.arraycopy(rbuf, 0, out, got, take);
          rpos = take;
          got += take;
        }
      }
      if (r == 0) break;
      if (r < 0) {
        if (got == 0) return PyNone.NONE;
        break;
      }
    }
    return new PyBytes(got == n ? out : Arrays.copyOf(out, got));
  }

  private PyObject readAll() {
    flushWrites();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(rbuf, rpos, rlen - rpos);
    rpos = rlen = 0;
    PyObject rest;
    if (fileRaw != null) {
      rest = fileRaw.readall();
    } else {
      PyObject readall = Abstract.getAttrOrNull(raw, "readall");
      rest = readall != null ? readall.call0() : readRawChunks();
    }
    if (rest == PyNone.NONE) return all.size() == 0 ? PyNone.NONE : new PyBytes(all.toByteArray());
    if (!(rest instanceof PyBytes b)) throw Errors.typeError("readall() should return bytes");
    if (all.size() == 0) return b;
    all.write(b.value, 0, b.value.length);
    return new PyBytes(all.toByteArray());
  }

  private PyObject readRawChunks() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] chunk = new byte[bufferSize];
    while (true) {
      int n = rawRead(chunk, 0, chunk.length);
      if (n < 0) return all.size() == 0 ? PyNone.NONE : new PyBytes(all.toByteArray());
      if (n == 0) return new PyBytes(all.toByteArray());
      all.write(chunk, 0, n);
    }
  }

  @PyMethod("read1") PyObject read1(@PyMethod.Opt PyObject size) {
    raw();
    requireReadable();
    long n = size == null || size == PyNone.NONE ? -1 : Abstract.indexValue(size);
    if (n < 0) n = bufferSize;
    checkOpen("read of closed file");
    if (n == 0) return PyBytes.EMPTY;
    if (rpos < rlen) {
      int take = (int) Math.min(n, rlen - rpos);
      PyBytes out = new PyBytes(Arrays.copyOfRange(rbuf, rpos, rpos + take));
      rpos += take;
      return out;
    }
    if (n > bufferSize) {
      flushWrites();
      byte[] out = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
      int r = rawRead(out, 0, out.length);
      return r < 0 ? PyNone.NONE : new PyBytes(Arrays.copyOf(out, r));
    }
    int r = fill();
    if (r < 0) return PyNone.NONE;
    int take = (int) Math.min(n, rlen);
    rpos = take;
    return new PyBytes(Arrays.copyOf(rbuf, take));
  }

  @PyMethod("peek") PyObject peek(@PyMethod.Opt PyObject size) {
    raw();
    requireReadable();
    checkOpen("peek of closed file");
    if (rpos >= rlen) fill();
    return new PyBytes(Arrays.copyOfRange(rbuf, rpos, rlen));
  }

  @PyMethod("readinto") PyObject readinto(PyObject buffer) { return readIntoBuffer(buffer, false); }

  @PyMethod("readinto1") PyObject readinto1(PyObject buffer) { return readIntoBuffer(buffer, true); }

  private PyObject readIntoBuffer(PyObject buffer, boolean once) {
    raw();
    requireReadable();
    WritableBuffer target = WritableBuffer.of(buffer);
    checkOpen("readinto of closed file");
    PyObject data = once ? read1(PyInt.of(target.length())) : readBytes(target.length());
    if (data == PyNone.NONE) return data;
    byte[] b = ((PyBytes) data).value;
    target.write(b, 0, b.length);
    return PyInt.of(b.length);
  }

  @PyMethod("readline") PyObject readline(@PyMethod.Opt PyObject size) {
    raw();
    requireReadable();
    long limit = IoErrors.optionalSize(size);
    checkOpen("readline of closed file");
    return readLine(limit);
  }

  /** One line of at most {@code limit} bytes (no limit when negative), with its newline. */
  final PyBytes readLine(long limit) {
    int avail = rlen - rpos;
    int scan = limit < 0 || limit > avail ? avail : (int) limit;
    for (int i = rpos, end = rpos + scan; i < end; i++) {
      if (rbuf[i] == '\n') {
        PyBytes line = new PyBytes(Arrays.copyOfRange(rbuf, rpos, i + 1));
        rpos = i + 1;
        return line;
      }
    }
    if (limit >= 0 && limit <= avail) {
      PyBytes line = new PyBytes(Arrays.copyOfRange(rbuf, rpos, rpos + (int) limit));
      rpos += (int) limit;
      return line;
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream(Math.max(avail * 2, 80));
    line.write(rbuf, rpos, avail);
    rpos = rlen = 0;
    while (limit < 0 || line.size() < limit) {
      if (fill() <= 0) break;
      int room = limit < 0 ? rlen : (int) Math.min(rlen, limit - line.size());
      int end = -1;
      for (int i = 0; i < room; i++) {
        if (rbuf[i] == '\n') {
          end = i + 1;
          break;
        }
      }
      int take = end < 0 ? room : end;
      line.write(rbuf, 0, take);
      rpos = take;
      if (end >= 0) break;
    }
    return new PyBytes(line.toByteArray());
  }

  @Override PyObject nextLine() {
    raw();
    requireReadable();
    checkOpen("readline of closed file");
    PyBytes line = readLine(-1);
    return line.value.length == 0 ? null : line;
  }

  // ---- writing

  @PyMethod("write") PyObject write(PyObject b) {
    raw();
    if (!writable) throw IoErrors.unsupported("write");
    if (closedFlag()) throw Errors.valueError("write to closed file");
    byte[] data = Buffers.required(b);
    writeBytes(data, 0, data.length);
    return PyInt.of(data.length);
  }

  /** Buffers (or, when large, writes through) {@code data[off:off+len]}. */
  final void writeBytes(byte[] data, int off, int len) {
    if (rbuf != null) dropReadAhead();
    if (wlen + len <= bufferSize) {
      System.arraycopy(data, off, wbuf, wlen, len);
      wlen += len;
      return;
    }
    flushWrites();
    if (len >= bufferSize) {
      rawWriteAll(data, off, len);
    } else {
      System.arraycopy(data, off, wbuf, 0, len);
      wlen = len;
    }
  }

  @PyMethod("flush") PyObject flush() {
    PyObject r = raw();
    if (!writable) return Attributes.get(r, "flush").call0();
    if (closedFlag()) throw Errors.valueError("flush of closed file");
    flushWrites();
    if (readable) dropReadAhead();
    return PyNone.NONE;
  }

  // ---- position

  @PyMethod("seek") PyObject seek(PyObject target, @PyMethod.Opt PyObject whence) {
    raw();
    long how = whence == null ? 0 : Abstract.indexValue(whence);
    if (how < 0 || how > 4) throw Errors.valueError("whence value %d unsupported", how);
    checkOpen("seek of closed file");
    if (Attributes.get(raw, "seekable").call0() != PyBool.TRUE) throw IoErrors.notSeekable();
    long offset = Abstract.indexValue(target);
    if ((how == 0 || how == 1) && wlen == 0 && rbuf != null && rlen > 0) {
      long current = how == 0 ? rawTell() - (rlen - rpos) : 0;
      long delta = how == 0 ? offset - current : offset;
      if (delta >= -rpos && delta <= rlen - rpos) {
        rpos += (int) delta;
        return PyInt.of(how == 0 ? offset : rawTell() - (rlen - rpos));
      }
    }
    flushWrites();
    if (how == 1) offset -= rlen - rpos;
    rpos = rlen = 0;
    return PyInt.of(rawSeek(offset, (int) how));
  }

  @PyMethod("tell") PyObject tell() {
    raw();
    long pos = rawTell() - (rlen - rpos) + wlen;
    if (pos < 0) throw IoErrors.osError("Raw stream returned invalid position " + pos);
    return PyInt.of(pos);
  }

  @PyMethod("truncate") PyObject truncate(@PyMethod.Opt PyObject pos) {
    PyObject r = raw();
    checkOpen("truncate of closed file");
    if (!writable) throw IoErrors.unsupported("truncate");
    flushWrites();
    if (readable) dropReadAhead();
    PyObject result = Attributes.get(r, "truncate").call1(pos == null ? PyNone.NONE : pos);
    rawTell();
    return result;
  }

  // ---- the rest, the raw stream's

  @PyMethod("close") PyObject close() {
    PyObject r = raw();
    if (closedFlag()) return PyNone.NONE;
    PyException failure = null;
    try {
      if (writable) flush();
    } catch (PyException e) {
      failure = e;
    }
    rpos = rlen = 0;
    if (writable) IoState.current().untrack(this);
    Attributes.get(r, "close").call0();
    if (failure != null) throw failure;
    return PyNone.NONE;
  }

  @PyMethod("detach") PyObject detach() {
    PyObject r = raw();
    flush();
    raw = null;
    fileRaw = null;
    detached = true;
    return r;
  }

  @PyGetter("raw") PyObject rawAttr() { return raw(); }

  @PyGetter("closed") PyObject closedAttr() { return Attributes.get(raw(), "closed"); }

  @PyGetter("name") PyObject name() { return Attributes.get(raw(), "name"); }

  @PyGetter("mode") PyObject mode() { return Attributes.get(raw(), "mode"); }

  @PyMethod("fileno") PyObject fileno() { return Attributes.get(raw(), "fileno").call0(); }

  @PyMethod("isatty") PyObject isatty() { return Attributes.get(raw(), "isatty").call0(); }

  /** A BufferedWriter is not readable whatever its raw stream is (CPython's has no readable() of its own). */
  @PyMethod("readable") PyObject readableMethod() {
    PyObject r = raw();
    return readable ? Attributes.get(r, "readable").call0() : PyBool.FALSE;
  }

  @PyMethod("writable") PyObject writableMethod() {
    PyObject r = raw();
    return writable ? Attributes.get(r, "writable").call0() : PyBool.FALSE;
  }

  @PyMethod("seekable") PyObject seekableMethod() { return Attributes.get(raw(), "seekable").call0(); }

  @PyMethod("__getstate__") PyObject getstate() {
    throw Errors.typeError("cannot pickle '%s' object", type().builtinTpName());
  }

  @PyMethod("_dealloc_warn") PyObject deallocWarn(PyObject source) { return PyNone.NONE; }

  @PyMethod("__repr__") PyObject repr() {
    String tp = type().builtinTpName();
    PyObject name;
    try {
      name = Attributes.get(this, "name");
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.ValueError) || e.matches(ExceptionTypes.AttributeError)) {
        return new PyStr("<" + tp + ">");
      }
      throw e;
    }
    return new PyStr("<" + tp + " name=" + Abstract.repr(name).value + ">");
  }
}
