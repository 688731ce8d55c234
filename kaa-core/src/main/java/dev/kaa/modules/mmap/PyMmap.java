package dev.kaa.modules.mmap;

import dev.kaa.modules.posix.ChannelFile;
import dev.kaa.modules.posix.Errno;
import dev.kaa.modules.posix.ErrnoException;
import dev.kaa.modules.posix.FdTable;
import dev.kaa.modules.posix.OpenFile;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.BufferExporter;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySeqIter;
import dev.kaa.objects.PySlice;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import dev.kaa.objects.SubclassableObject;
import dev.kaa.runtime.Interpreter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.util.Arrays;

/**
 * {@code mmap.mmap}: a byte array in the heap holding a file's region (or anonymous memory), read and written by
 * index, slice, file-like methods and the buffer protocol. A shared map of a file writes through to the file's pages
 * ({@link MappedRegion}: the JDK's memory map) at each of its own writes, and what the buffer protocol wrote at
 * {@code flush()} and {@code close()}; a copy-on-write or read-only map never writes. The array is the exported
 * buffer, so {@code re}, {@code memoryview}, {@code struct.pack_into} and {@code readinto} work on the map in place.
 * As CPython's, the map keeps a descriptor of its own (a {@code dup}) until closed.
 */
final class PyMmap extends SubclassableObject implements BufferExporter {
  static final PyType TYPE = new PyType("mmap.mmap", PyType.IMMUTABLE | PyType.BASETYPE | PyType.WEAKREFABLE,
      PyMmap.class, PyType.OBJECT);

  private static final String[] ACCESS_NAMES = {"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"};

  private byte[] data;
  private int length;
  private int pos;
  private final long offset;
  private final int access;
  /** The map's own descriptor (-1: anonymous) and its file. */
  private int fd;
  private final ChannelFile file;
  /** A shared writable file map's write-through; null otherwise. */
  private MappedRegion region;
  private boolean closed;
  private final Interpreter interp = Interpreter.current();

  private PyMmap(PyType type, byte[] data, long offset, int access, int fd, ChannelFile file) {
    super(type);
    this.data = data;
    this.length = data.length;
    this.offset = offset;
    this.access = access;
    this.fd = fd;
    this.file = file;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject fileno, PyObject length, @PyMethod.Opt PyObject flags,
                       @PyMethod.Opt PyObject prot, @PyMethod.Opt PyObject access, @PyMethod.Opt PyObject offset) {
    int fdArg = intArg(fileno);
    long size = Abstract.indexValue(length);
    int flagBits = flags == null ? MmapModule.MAP_SHARED : intArg(flags);
    int protBits = prot == null ? MmapModule.PROT_READ | MmapModule.PROT_WRITE : intArg(prot);
    int mode = access == null ? MmapModule.ACCESS_DEFAULT : intArg(access);
    long off = offset == null ? 0 : Abstract.indexValue(offset);
    if (size < 0) throw Errors.overflowError("memory mapped length must be positive");
    if (off < 0) throw Errors.overflowError("memory mapped offset must be positive");
    if (mode != MmapModule.ACCESS_DEFAULT
        && (flagBits != MmapModule.MAP_SHARED || protBits != (MmapModule.PROT_READ | MmapModule.PROT_WRITE))) {
      throw Errors.valueError("mmap can't specify both access and flags, prot.");
    }
    boolean shared;
    switch (mode) {
      case MmapModule.ACCESS_READ -> shared = true;
      case MmapModule.ACCESS_WRITE -> shared = true;
      case MmapModule.ACCESS_COPY -> shared = false;
      case MmapModule.ACCESS_DEFAULT -> {
        boolean read = (protBits & MmapModule.PROT_READ) != 0, write = (protBits & MmapModule.PROT_WRITE) != 0;
        if (!(read && write)) mode = write ? MmapModule.ACCESS_WRITE : MmapModule.ACCESS_READ;
        shared = (flagBits & MmapModule.MAP_PRIVATE) == 0;
      }
      default -> throw Errors.valueError("mmap invalid access parameter.");
    }
    if (fdArg == -1) {
      if (size > Integer.MAX_VALUE - 8) throw OsErrors.ofErrno(Errno.ENOMEM);
      return new PyMmap(cls, new byte[(int) size], off, mode, -1, null);
    }
    return mapFile(cls, fdArg, size, off, mode, shared);
  }

  private static PyMmap mapFile(PyType cls, int fdArg, long size, long off, int mode, boolean shared) {
    FdTable fds = Interpreter.current().posix().fds();
    OpenFile open = fds.get(fdArg);
    if (!(open instanceof ChannelFile c) || c.kind() != OpenFile.Kind.FILE) throw OsErrors.ofErrno(19);  // ENODEV
    try {
      FileChannel channel = c.channel();
      long fileSize = channel.size();
      if (size == 0) {
        if (fileSize == 0) throw Errors.valueError("cannot mmap an empty file");
        if (off >= fileSize) throw Errors.valueError("mmap offset is greater than file size");
        size = fileSize - off;
      } else if (off > fileSize || fileSize - off < size) {
        throw Errors.valueError("mmap length is greater than file size");
      }
      if (off % MmapModule.PAGESIZE != 0) throw new ErrnoException(Errno.EINVAL);
      if (size > Integer.MAX_VALUE - 8) throw new ErrnoException(Errno.ENOMEM);
      boolean writable = mode != MmapModule.ACCESS_READ;
      // mmap's own checks: a readable descriptor always, a writable one for a shared writable map
      if (!c.readable() || (shared && writable && !c.writable())) throw new ErrnoException(Errno.EACCES);
      byte[] bytes = new byte[(int) size];
      ByteBuffer into = ByteBuffer.wrap(bytes);
      while (into.hasRemaining()) {
        if (channel.read(into, off + into.position()) < 0) break;
      }
      int own = fds.dup(fdArg);
      PyMmap m = new PyMmap(cls, bytes, off, mode, own, c);
      if (shared && writable) m.region = new MappedRegion(channel, off, bytes, bytes.length);
      return m;
    } catch (IOException | NonReadableChannelException | NonWritableChannelException e) {
      throw e instanceof IOException io ? OsErrors.of(io) : OsErrors.ofErrno(Errno.EACCES);
    }
  }

  private static int intArg(PyObject v) {
    long n = Abstract.indexValue(v);
    if (n != (int) n) throw Errors.overflowError("Python int too large to convert to C int");
    return (int) n;
  }

  // ---- state checks, with CPython's messages

  private void checkValid() {
    if (closed) throw Errors.valueError("mmap closed or invalid");
  }

  private void checkWritable() {
    if (access == MmapModule.ACCESS_READ) throw Errors.typeError("mmap can't modify a readonly memory map.");
  }

  private void wrote(int from, int count) {
    if (region != null && count > 0) region.written(data, from, count);
  }

  // ---- the buffer protocol

  @Override public byte[] bufferBytes() {
    checkValid();
    return data;
  }

  @Override public int bufferLength() { return closed ? 0 : length; }

  // ---- the sequence and mapping protocols

  @PyMethod("__len__") PyObject len() {
    checkValid();
    return PyInt.of(length);
  }

  private static boolean isIndex(PyObject key) {
    return key instanceof PyInt || key.type().lookupSpecial(Special.INDEX) != null;
  }

  private int position(long i) {
    if (i < 0) i += length;
    if (i < 0 || i >= length) throw Errors.indexError("mmap index out of range");
    return (int) i;
  }

  // Arguments are converted before the map is checked, and positions checked after: an __index__ may close the map.

  @PyMethod("__getitem__") PyObject getItem(PyObject key) {
    checkValid();
    if (isIndex(key)) {
      long i = Abstract.indexValue(key);
      checkValid();
      return PyInt.of(data[position(i)] & 0xff);
    }
    if (!(key instanceof PySlice s)) throw Errors.typeError("mmap indices must be integers");
    PySlice.Indices ix = s.indices(length);
    checkValid();
    int n = (int) ix.length();
    if (ix.step() == 1) return new PyBytes(Arrays.copyOfRange(data, (int) ix.start(), (int) ix.start() + n));
    byte[] out = new byte[n];
    for (int k = 0; k < n; k++) out[k] = data[(int) (ix.start() + k * ix.step())];
    return new PyBytes(out);
  }

  @PyMethod("__setitem__") void setItem(PyObject key, PyObject value) {
    checkValid();
    checkWritable();
    if (isIndex(key)) {
      long at = Abstract.indexValue(key);
      checkValid();
      int i = position(at);
      if (!isIndex(value)) throw Errors.typeError("mmap item value must be an int");
      long v = Abstract.indexValue(value);
      if (v < 0 || v > 255) throw Errors.valueError("mmap item value must be in range(0, 256)");
      data[i] = (byte) v;
      wrote(i, 1);
      return;
    }
    if (!(key instanceof PySlice s)) throw Errors.typeError("mmap indices must be integer");
    PySlice.Indices ix = s.indices(length);
    checkValid();
    byte[] bytes = Buffers.bytesOrNull(value);
    if (bytes == null) throw Errors.typeError("a bytes-like object is required, not '%s'", value.type().name());
    int n = (int) ix.length();
    if (bytes.length != n) throw Errors.indexError("mmap slice assignment is wrong size");
    if (ix.step() == 1) {
      System.arraycopy(bytes, 0, data, (int) ix.start(), n);
      wrote((int) ix.start(), n);
    } else {
      for (int k = 0; k < n; k++) {
        int at = (int) (ix.start() + k * ix.step());
        data[at] = bytes[k];
        wrote(at, 1);
      }
    }
  }

  @PyMethod("__delitem__") void delItem(PyObject key) {
    checkValid();
    throw Errors.typeError("mmap doesn't support item deletion");
  }

  /** Iteration gives one-byte bytes objects, as CPython's sequence item does (indexing gives ints). */
  @PyMethod("__iter__") PyObject iter() {
    checkValid();
    return PySeqIter.over(this, i -> {
      checkValid();
      return i < length ? new PyBytes(new byte[] {data[(int) i]}) : null;
    });
  }

  // ---- file-like methods

  @PyMethod PyObject read(@PyMethod.Opt PyObject n) {
    checkValid();
    long want = n == null || n == PyNone.NONE ? -1 : optionalSize(n);
    checkValid();
    int left = Math.max(0, length - pos);
    int count = want < 0 || want > left ? left : (int) want;
    if (count == 0) return new PyBytes(new byte[0]);
    byte[] out = Arrays.copyOfRange(data, pos, pos + count);
    pos += count;
    return new PyBytes(out);
  }

  private static long optionalSize(PyObject n) {
    if (!isIndex(n)) throw Errors.typeError("argument should be integer or None, not '%s'", n.type().name());
    return Abstract.indexValue(n);
  }

  @PyMethod("read_byte") PyObject readByte() {
    checkValid();
    if (pos >= length) throw Errors.valueError("read byte out of range");
    return PyInt.of(data[pos++] & 0xff);
  }

  @PyMethod PyObject readline() {
    checkValid();
    int end = pos;
    while (end < length && data[end] != '\n') end++;
    if (end < length) end++;
    int start = Math.min(pos, length);
    byte[] out = Arrays.copyOfRange(data, start, Math.max(start, end));
    pos = Math.max(pos, end);
    return new PyBytes(out);
  }

  @PyMethod PyObject write(PyObject bytes) {
    checkValid();
    byte[] b = Buffers.required(bytes);
    checkWritable();
    if (pos > length || length - pos < b.length) throw Errors.valueError("data out of range");
    System.arraycopy(b, 0, data, pos, b.length);
    wrote(pos, b.length);
    pos += b.length;
    return PyInt.of(b.length);
  }

  @PyMethod("write_byte") void writeByte(PyObject b) {
    checkValid();
    long v = Abstract.indexValue(b);
    checkValid();
    if (v < -128 || v > 255) {
      throw Errors.overflowError(v < 0 ? "byte is less than minimum" : "byte is greater than maximum");
    }
    checkWritable();
    if (pos >= length) throw Errors.valueError("write byte out of range");
    data[pos] = (byte) v;
    wrote(pos, 1);
    pos++;
  }

  @PyMethod void seek(PyObject dist, @PyMethod.Opt PyObject how) {
    checkValid();
    long d = Abstract.indexValue(dist);
    int whence = how == null ? 0 : intArg(how);
    long where = switch (whence) {
      case 0 -> d;
      case 1 -> pos + d;
      case 2 -> length + d;
      default -> throw Errors.valueError("unknown seek type");
    };
    if (where < 0 || where > length) throw Errors.valueError("seek out of range");
    pos = (int) where;
  }

  @PyMethod PyObject tell() {
    checkValid();
    return PyInt.of(pos);
  }

  /** The size of the file (of the memory, for an anonymous map). */
  @PyMethod PyObject size() {
    checkValid();
    if (file == null) throw OsErrors.ofErrno(Errno.EBADF);  // CPython's fstat of descriptor -1
    try {
      return PyInt.of(file.channel().size());
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod PyObject find(PyObject sub, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return search(sub, start, end, false);
  }

  @PyMethod PyObject rfind(PyObject sub, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return search(sub, start, end, true);
  }

  private PyObject search(PyObject sub, PyObject start, PyObject end, boolean reverse) {
    checkValid();
    byte[] needle = Buffers.required(sub);
    long from = start == null || start == PyNone.NONE ? pos : optionalSize(start);
    long to = end == null || end == PyNone.NONE ? length : optionalSize(end);
    checkValid();
    if (from < 0) from = Math.max(0, from + length);
    else if (from > length) from = length;
    if (to < 0) to = Math.max(0, to + length);
    else if (to > length) to = length;
    int lo = (int) from, hi = (int) to;
    if (reverse) {
      for (int i = hi - needle.length; i >= lo; i--) if (matches(needle, i)) return PyInt.of(i);
    } else {
      for (int i = lo; i + needle.length <= hi; i++) if (matches(needle, i)) return PyInt.of(i);
    }
    return PyInt.of(-1);
  }

  private boolean matches(byte[] needle, int at) {
    for (int k = 0; k < needle.length; k++) if (data[at + k] != needle[k]) return false;
    return true;
  }

  @PyMethod void flush(@PyMethod.Opt PyObject offset, @PyMethod.Opt PyObject size) {
    checkValid();
    long off = offset == null ? 0 : Abstract.indexValue(offset);
    long n = size == null ? length : Abstract.indexValue(size);
    if (n < 0 || off < 0 || length - off < n) throw Errors.valueError("flush values out of range");
    if (off % MmapModule.PAGESIZE != 0) throw OsErrors.ofErrno(Errno.EINVAL);  // msync wants a page boundary
    if (region != null) region.sync(data, length, true);
  }

  @PyMethod void move(PyObject dest, PyObject src, PyObject count) {
    checkValid();
    long d = Abstract.indexValue(dest), s = Abstract.indexValue(src), n = Abstract.indexValue(count);
    checkValid();
    checkWritable();
    if (d < 0 || s < 0 || n < 0 || length - d < n || length - s < n) {
      throw Errors.valueError("source, destination, or count out of range");
    }
    System.arraycopy(data, (int) s, data, (int) d, (int) n);
    wrote((int) d, (int) n);
  }

  @PyMethod void madvise(PyObject option, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject len) {
    checkValid();
    int advice = intArg(option);
    long from = start == null ? 0 : Abstract.indexValue(start);
    if (from < 0 || from >= length) throw Errors.valueError("madvise start out of bounds");
    long n = len == null ? length - from : Abstract.indexValue(len);
    if (n < 0) throw Errors.valueError("madvise length invalid");
    if (Long.MAX_VALUE - from < n) throw Errors.overflowError("madvise length too large");
    if (from % MmapModule.PAGESIZE != 0 || Arrays.stream(MmapModule.MADVISE).noneMatch(a -> a == advice)) {
      throw OsErrors.ofErrno(Errno.EINVAL);
    }
    // advice about paging: the heap copy has no pages of its own to advise on, so there is nothing to do
  }

  @PyMethod void resize(PyObject newsize) {
    checkValid();
    long n = Abstract.indexValue(newsize);
    if (access != MmapModule.ACCESS_WRITE && access != MmapModule.ACCESS_DEFAULT) {
      throw Errors.typeError("mmap can't resize a readonly or copy-on-write memory map.");
    }
    if (n < 0 || n > Integer.MAX_VALUE - 8) throw Errors.valueError("new size out of range");
    try {
      if (file == null) {
        // anonymous memory, as mremap: bytes cut off by shrinking are still there when it grows back
        if (n > data.length) data = Arrays.copyOf(data, (int) n);
        length = (int) n;
        return;
      }
      if (region == null) throw OsErrors.ofErrno(Errno.EINVAL);  // a private file map has no file to grow
      region.sync(data, length, false);
      byte[] grown = Arrays.copyOf(data, (int) n);
      long fileSize = file.channel().size();
      // the bytes the file already has beyond the old map come into the new one, as a new mapping reads them
      if (n > length && fileSize > offset + length) {
        ByteBuffer into = ByteBuffer.wrap(grown, length, (int) Math.min(n - length, fileSize - offset - length));
        while (into.hasRemaining()) {
          if (file.channel().read(into, offset + into.position()) < 0) break;
        }
      }
      region.resized(grown, (int) n);
      data = grown;
      length = (int) n;
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod void close() {
    if (closed) return;
    try {
      if (region != null) region.sync(data, length, false);
    } finally {
      closed = true;
      region = null;
      data = new byte[0];
      length = 0;
      if (fd >= 0) {
        interp.posix().fds().closeQuietly(fd);
        fd = -1;
      }
    }
  }

  @PyGetter("closed") PyObject closedFlag() { return PyBool.of(closed); }

  @PyMethod("__enter__") PyObject enter() {
    checkValid();
    return this;
  }

  @PyMethod("__exit__") void exit(@PyMethod.Star PyObject[] excInfo) { close(); }

  @PyMethod("__repr__") PyObject repr() {
    String name = type().builtinTpName();
    if (closed) return new PyStr("<" + name + " closed=True>");
    return new PyStr("<" + name + " closed=False, access=" + ACCESS_NAMES[access] + ", length=" + length + ", pos="
        + pos + ", offset=" + offset + ">");
  }

  @PyMethod("__sizeof__") PyObject sizeOf() { return PyInt.of(48 + (long) data.length); }

  @PyMethod("__reduce__") PyObject reduce() {
    throw Errors.typeError("cannot pickle '%s' object", type().name());
  }

}
