package dev.kaa.modules.io;

import dev.kaa.modules.posix.Errno;
import dev.kaa.modules.posix.FdTable;
import dev.kaa.modules.posix.Interruptible;
import dev.kaa.modules.posix.OpenFile;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.modules.posix.PathArg;
import dev.kaa.modules.posix.PosixState;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import dev.kaa.text.StrRepr;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code _io.FileIO}: raw bytes to and from a file descriptor of the interpreter's descriptor table (shared with
 * {@code os.open}, {@code os.pipe}, and 0/1/2), so {@code FileIO(fd)} works on whatever the number names.
 */
public final class PyFileIO extends PyRawIOBase {
  public static final PyType TYPE = new PyType("_io.FileIO", PyType.IMMUTABLE | PyType.BASETYPE, PyFileIO.class,
      PyRawIOBase.TYPE);

  private FdTable fds;
  /** With closefd: the table closes the descriptor if this object is collected still open (CPython's finalizer). */
  private FdTable.Ownership ownership;
  private int fd = -1;
  private OpenFile file;
  /** The absolute path it was opened by (normalized: only to compare), or null when made from a descriptor. */
  private String openedPath;
  private boolean readable, writable, created, appending, closefd = true;
  /** -1 unknown, else 0/1: whether seeking works. */
  private int seekable = -1;

  private PyFileIO(PyType type) { super(type); }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject construct(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyFileIO(cls);
  }

  private static PosixState posix() {
    Interpreter interp = Interpreter.current();
    if (interp == null) throw Errors.internal("FileIO without an interpreter");
    return interp.posix();
  }

  @PyMethod(value = "__init__", positionalOnly = 0)
  void init(PyObject file, @PyMethod.Opt PyObject mode, @PyMethod.Opt PyObject closefd,
            @PyMethod.Opt PyObject opener) {
    if (fd >= 0) {
      if (this.closefd) closeDescriptor();
      else fd = -1;
    }
    PosixState posix = posix();
    fds = posix.fds();
    if (mode != null && !(mode instanceof PyStr)) {
      throw Errors.typeError("FileIO() argument 'mode' must be str, not %s", mode.type().name());
    }
    FileMode m = FileMode.parse(mode == null ? "r" : ((PyStr) mode).value);
    boolean closeIt = closefd == null || Abstract.isTrue(closefd);
    PyObject name = file;
    openedPath = null;
    if (file instanceof PyInt n) {
      long v = n.isLong() ? n.longValue() : -1;
      if (v < 0) throw Errors.valueError("negative file descriptor");
      fd = (int) Math.min(v, Integer.MAX_VALUE);
    } else {
      PyObject path = PathArg.fspath(file);
      String text = path instanceof PyBytes b ? PathArg.decode(b.value) : ((PyStr) path).value;
      if (text.indexOf('\0') >= 0) throw Errors.valueError("embedded null byte");
      if (!closeIt) throw Errors.valueError("Cannot use closefd=False with file name");
      Path resolved = posix.resolve(text);
      openedPath = resolved.normalize().toString();
      if (opener == null || opener == PyNone.NONE) {
        try {
          fd = fds.open(resolved, m.flags(), 0666, posix.umask());
        } catch (IOException e) {
          throw OsErrors.of(e, file);
        }
      } else {
        PyObject got = opener.call(new PyObject[] {file, PyInt.of(m.flags())}, 0, 2, null);
        if (!(got instanceof PyInt g)) throw Errors.typeError("expected integer from opener");
        if (g.longValue() < 0) throw Errors.valueError("opener returned %d", g.longValue());
        fd = (int) g.longValue();
      }
    }
    this.file = fds.get(fd);
    this.readable = m.readable();
    this.writable = m.writable();
    this.created = m.created();
    this.appending = m.appending();
    this.closefd = closeIt;
    this.seekable = -1;
    if (this.file.kind() == OpenFile.Kind.DIRECTORY) {
      int opened = fd;
      fd = -1;
      if (closeIt && !(file instanceof PyInt)) fds.closeQuietly(opened);
      throw OsErrors.ofErrno(Errno.EISDIR, name, null);
    }
    if (closeIt) ownership = fds.own(this, fd);
    dict().put(new PyStr("name"), name);
    if (appending) {
      try {
        this.file.seek(0, 2);
      } catch (IOException e) {
        // a pipe or terminal opened for appending: there is no end to seek to
      }
    }
  }

  private OpenFile open() {
    if (fd < 0) throw Errors.valueError("I/O operation on closed file");
    return file;
  }

  @Override boolean closedFlag() { return fd < 0; }

  @Override String namedFile() { return openedPath; }

  private static PyException notOpenFor(String what) { return IoErrors.unsupported("File not open for " + what); }

  // ---- the Java entry points the buffered classes use

  /**
   * Reads at most {@code len} bytes into {@code into}: the count, 0 at end of file, -1 when non-blocking and
   * nothing is there yet.
   */
  int readInto(byte[] into, int off, int len) {
    OpenFile f = open();
    if (!readable) throw notOpenFor("reading");
    try {
      return blockingRead(f, ByteBuffer.wrap(into, off, len));
    } catch (IOException e) {
      throw OsErrors.of(e);
    } finally {
      Reference.reachabilityFence(this);  // not collected mid-call: the table would close its descriptor (FdTable.own)
    }
  }

  private static int blockingRead(OpenFile f, ByteBuffer into) throws IOException {
    return Interruptible.call("FileIO.read", () -> f.read(into));
  }

  /** Writes {@code len} bytes: the count written, -1 when non-blocking and full. */
  int writeFrom(byte[] from, int off, int len) {
    OpenFile f = open();
    if (!writable) throw notOpenFor("writing");
    try {
      return blockingWrite(f, ByteBuffer.wrap(from, off, len));
    } catch (IOException e) {
      throw OsErrors.of(e);
    } finally {
      Reference.reachabilityFence(this);  // not collected mid-call: the table would close its descriptor (FdTable.own)
    }
  }

  private static int blockingWrite(OpenFile f, ByteBuffer from) throws IOException {
    return Interruptible.call("FileIO.write", () -> f.write(from));
  }

  long seekTo(long offset, int whence) {
    OpenFile f = open();
    try {
      return f.seek(offset, whence);
    } catch (IOException e) {
      throw OsErrors.of(e);
    } finally {
      Reference.reachabilityFence(this);  // not collected mid-call: the table would close its descriptor (FdTable.own)
    }
  }

  // ---- Python methods

  @PyMethod("read") PyObject read(@PyMethod.Opt PyObject size) {
    open();
    if (!readable) throw notOpenFor("reading");
    long n = IoErrors.optionalSize(size);
    if (n < 0) return readall();
    byte[] data = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
    int got = readInto(data, 0, data.length);
    if (got < 0) return PyNone.NONE;
    return new PyBytes(got == data.length ? data : Arrays.copyOf(data, got));
  }

  @PyMethod("readall") PyObject readall() {
    OpenFile f = open();
    if (!readable) throw notOpenFor("reading");
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] chunk = new byte[chunkSize(f)];
    while (true) {
      int got = readInto(chunk, 0, chunk.length);
      if (got < 0) {
        if (all.size() == 0) return PyNone.NONE;
        break;
      }
      if (got == 0) break;
      all.write(chunk, 0, got);
      if (got == chunk.length && chunk.length < (1 << 20)) chunk = new byte[chunk.length * 2];
    }
    return new PyBytes(all.toByteArray());
  }

  /** A first read size for readall: the rest of a regular file, else the default buffer size. */
  private static int chunkSize(OpenFile f) {
    if (f.kind() == OpenFile.Kind.FILE && f.path() != null) {
      try {
        long size = java.nio.file.Files.size(f.path()), pos = f.seek(0, 1);
        if (size > pos) return (int) Math.min(size - pos + 1, 1 << 24);
      } catch (IOException | RuntimeException e) {
        // fall back to the default size
      }
    }
    return IoModule.DEFAULT_BUFFER_SIZE;
  }

  @PyMethod("readinto") PyObject readinto(PyObject buffer) {
    open();
    if (!readable) throw notOpenFor("reading");
    WritableBuffer target = WritableBuffer.of(buffer);
    byte[] data = new byte[target.length()];
    int got = readInto(data, 0, data.length);
    if (got < 0) return PyNone.NONE;
    target.write(data, 0, got);
    return PyInt.of(got);
  }

  @PyMethod("write") PyObject write(PyObject b) {
    open();
    if (!writable) throw notOpenFor("writing");
    byte[] data = Buffers.required(b);
    int n = writeFrom(data, 0, data.length);
    return n < 0 ? PyNone.NONE : PyInt.of(n);
  }

  @PyMethod("seek") PyObject seek(PyObject pos, @PyMethod.Opt PyObject whence) {
    open();
    if (pos instanceof dev.kaa.objects.PyFloat) throw Errors.typeError("an integer is required");
    long offset = Abstract.indexValue(pos);
    long how = whence == null ? 0 : Abstract.indexValue(whence);
    return PyInt.of(seekTo(offset, (int) how));
  }

  @PyMethod("tell") PyObject tell() {
    open();
    return PyInt.of(seekTo(0, 1));
  }

  @PyMethod("truncate") PyObject truncate(@PyMethod.Opt PyObject size) {
    OpenFile f = open();
    if (!writable) throw notOpenFor("writing");
    long n = size == null || size == PyNone.NONE ? seekTo(0, 1) : Abstract.indexValue(size);
    try {
      f.truncate(n);
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
    return PyInt.of(n);
  }

  private void closeDescriptor() {
    int was = fd;
    fd = -1;
    fds.disown(ownership);
    ownership = null;
    fds.close(was);
  }

  @PyMethod("close") PyObject close() {
    PyException failure = null;
    try {
      iobaseClose();
    } catch (PyException e) {
      failure = e;
    }
    if (fd >= 0) {
      if (closefd) closeDescriptor();
      else fd = -1;
    }
    if (failure != null) throw failure;
    return PyNone.NONE;
  }

  @PyGetter(value = "closed", doc = "True if the file is closed") PyObject closedAttr() { return PyBool.of(fd < 0); }

  @PyGetter("closefd") PyObject closefdAttr() { return PyBool.of(closefd); }

  @PyGetter("mode") PyObject modeAttr() {
    return new PyStr(new FileMode(readable, writable, created, appending, 0).reported());
  }

  @PyGetter("_blksize") PyObject blksize() { return PyInt.of(4096); }

  @PyMethod("fileno") PyObject fileno() {
    open();
    return PyInt.of(fd);
  }

  /** The descriptor, for Java callers (-1 when closed). */
  public int fd() { return fd; }

  @PyMethod("isatty") PyObject isatty() { return PyBool.of(open().isatty()); }

  @PyMethod("readable") PyObject readableMethod() {
    open();
    return PyBool.of(readable);
  }

  @PyMethod("writable") PyObject writableMethod() {
    open();
    return PyBool.of(writable);
  }

  @PyMethod("seekable") PyObject seekableMethod() {
    OpenFile f = open();
    if (seekable < 0) {
      try {
        f.seek(0, 1);
        seekable = 1;
      } catch (IOException e) {
        seekable = 0;
      }
    }
    return PyBool.of(seekable == 1);
  }

  /** Whether the descriptor can seek, for open()'s choice of buffered class. */
  boolean canSeek() { return seekableMethod() == PyBool.TRUE; }

  boolean isReadable() { return readable; }

  boolean isWritable() { return writable; }

  @PyMethod("__getstate__") PyObject getstate() {
    throw Errors.typeError("cannot pickle '%s' object", type().builtinTpName());
  }

  @PyMethod("_dealloc_warn") PyObject deallocWarn(PyObject source) { return PyNone.NONE; }

  @PyMethod("__repr__") PyObject repr() {
    String tp = type().builtinTpName();
    if (fd < 0) return new PyStr("<" + tp + " [closed]>");
    PyObject name = dict().getStr("name");
    String mode = ((PyStr) modeAttr()).value;
    String what = name == null ? "fd=" + fd : "name=" + Abstract.repr(name).value;
    return new PyStr("<" + tp + " " + what + " mode=" + StrRepr.repr(mode) + " closefd="
        + (closefd ? "True" : "False") + ">");
  }
}
