package dev.kaa.modules.posix;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.PyModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;

/** The {@code posix} functions on file descriptors: open, read, write, close, lseek, pipe, dup, fstat... */
final class FdFunctions {
  private FdFunctions() {}

  static PosixState state(PyModule m) { return m.interpreter().posix(); }

  static int fd(PyObject o) {
    long v = Abstract.indexValue(o);
    if (v > Integer.MAX_VALUE) throw Errors.overflowError("fd is greater than maximum");
    if (v < Integer.MIN_VALUE) throw Errors.overflowError("fd is less than minimum");
    return (int) v;
  }

  static int intArg(PyObject o) {
    long v = Abstract.indexValue(o);
    if (v > Integer.MAX_VALUE) throw Errors.overflowError("signed integer is greater than maximum");
    if (v < Integer.MIN_VALUE) throw Errors.overflowError("signed integer is less than minimum");
    return (int) v;
  }

  /** The directory {@code dir_fd} names, against which a relative path is taken; null for the current directory. */
  static Path base(PosixState s, PyObject dirFd) {
    if (dirFd == null || dirFd == PyNone.NONE) return null;
    OpenFile f = s.fds().get(fd(dirFd));
    if (f.kind() != OpenFile.Kind.DIRECTORY) throw OsErrors.ofErrno(Errno.ENOTDIR);
    return f.path();
  }

  /** {@code path} resolved against {@code dir_fd} when given, else the current directory. */
  static Path resolve(PosixState s, PathArg path, PyObject dirFd) {
    Path base = base(s, dirFd);
    return base == null ? path.resolve(s) : base.resolve(path.text());
  }

  @PyMethod(value = "open", positionalOnly = 0)
  static PyObject open(PyModule self, PyObject path, PyObject flags, @PyMethod.Opt PyObject mode,
                       @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd) {
    PathArg p = PathArg.of("open", "path", path, false);
    PosixState s = state(self);
    try {
      return PyInt.of(s.fds().open(resolve(s, p, dir_fd), intArg(flags), mode == null ? 0777 : intArg(mode),
          s.umask()));
    } catch (IOException e) {
      throw OsErrors.of(e, p.name());
    }
  }

  @PyMethod("close") static void close(PyModule self, PyObject fd) { state(self).fds().close(fd(fd)); }

  @PyMethod("closerange") static void closerange(PyModule self, PyObject fd_low, PyObject fd_high) {
    FdTable t = state(self).fds();
    int high = (int) Math.min(fd(fd_high), FdTable.LIMIT);
    for (int fd = Math.max(fd(fd_low), 0); fd < high; fd++) t.closeQuietly(fd);
  }

  @PyMethod("read") static PyObject read(PyModule self, PyObject fd, PyObject length) {
    long n = Abstract.indexValue(length);
    if (n < 0) throw OsErrors.ofErrno(Errno.EINVAL);
    OpenFile f = state(self).fds().get(fd(fd));
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(n, Integer.MAX_VALUE - 8));
    int got;
    try {
      got = Interruptible.call("os.read", () -> f.read(buffer));
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
    if (got < 0) throw OsErrors.ofErrno(Errno.EAGAIN);
    return new PyBytes(Arrays.copyOf(buffer.array(), got));
  }

  @PyMethod("write") static PyObject write(PyModule self, PyObject fd, PyObject data) {
    OpenFile f = state(self).fds().get(fd(fd));
    byte[] bytes = Buffers.required(data);
    int n;
    try {
      n = Interruptible.call("os.write", () -> f.write(ByteBuffer.wrap(bytes)));
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
    if (n < 0) throw OsErrors.ofErrno(Errno.EAGAIN);
    return PyInt.of(n);
  }

  @PyMethod("lseek") static PyObject lseek(PyModule self, PyObject fd, PyObject position, PyObject whence) {
    OpenFile f = state(self).fds().get(fd(fd));
    try {
      return PyInt.of(f.seek(Abstract.indexValue(position), intArg(whence)));
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod("ftruncate") static void ftruncate(PyModule self, PyObject fd, PyObject length) {
    OpenFile f = state(self).fds().get(fd(fd));
    try {
      f.truncate(Abstract.indexValue(length));
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod("fsync") static void fsync(PyModule self, PyObject fd) { sync(self, fd); }

  @PyMethod("fdatasync") static void fdatasync(PyModule self, PyObject fd) { sync(self, fd); }

  private static void sync(PyModule self, PyObject fd) {
    OpenFile f = state(self).fds().get(fileno(fd));
    try {
      f.sync();
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  /** A descriptor, or an object with {@code fileno()} ({@code os.fsync(file)}). */
  private static int fileno(PyObject o) {
    if (o instanceof PyInt) return fd(o);
    PyObject method = Abstract.getAttrOrNull(o, "fileno");
    if (method == null) {
      throw Errors.typeError("argument must be an int, or have a fileno() method.");
    }
    return fd(method.call0());
  }

  @PyMethod("fstat") static PyObject fstat(PyModule self, PyObject fd) {
    OpenFile f = state(self).fds().get(fd(fd));
    try {
      return StatResults.fstat(f);
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod("isatty") static PyObject isatty(PyModule self, PyObject fd) {
    OpenFile f = state(self).fds().lookup(fd(fd));
    return PyBool.of(f != null && f.isatty());
  }

  /** {@code pipe()}: (read end, write end), neither inheritable. */
  @PyMethod("pipe") static PyObject pipe(PyModule self) {
    FdTable t = state(self).fds();
    PipeEnd[] ends = PipeEnd.newPipe(t.readiness());
    int r = t.add(ends[0], false);
    return PyTuple.of(PyInt.of(r), PyInt.of(t.add(ends[1], false)));
  }

  /** {@code pipe2(flags)}: O_NONBLOCK and O_CLOEXEC as Linux has them. */
  @PyMethod("pipe2") static PyObject pipe2(PyModule self, PyObject flags) {
    int f = intArg(flags);
    FdTable t = state(self).fds();
    PipeEnd[] ends = PipeEnd.newPipe(t.readiness());
    boolean inheritable = (f & OpenFlags.O_CLOEXEC) == 0;
    for (PipeEnd e : ends) e.setBlocking((f & OpenFlags.O_NONBLOCK) == 0);
    int r = t.add(ends[0], inheritable);
    return PyTuple.of(PyInt.of(r), PyInt.of(t.add(ends[1], inheritable)));
  }

  @PyMethod("dup") static PyObject dup(PyModule self, PyObject fd) { return PyInt.of(state(self).fds().dup(fd(fd))); }

  @PyMethod(value = "dup2", positionalOnly = 0)
  static PyObject dup2(PyModule self, PyObject fd, PyObject fd2, @PyMethod.Opt PyObject inheritable) {
    boolean inherit = inheritable == null || Abstract.isTrue(inheritable);
    return PyInt.of(state(self).fds().dup2(fd(fd), fd(fd2), inherit));
  }

  @PyMethod("get_inheritable") static PyObject getInheritable(PyModule self, PyObject fd) {
    return PyBool.of(state(self).fds().inheritable(fd(fd)));
  }

  @PyMethod("set_inheritable") static void setInheritable(PyModule self, PyObject fd, PyObject inheritable) {
    state(self).fds().setInheritable(fd(fd), Abstract.isTrue(inheritable));
  }

  @PyMethod("get_blocking") static PyObject getBlocking(PyModule self, PyObject fd) {
    return PyBool.of(state(self).fds().get(fd(fd)).blocking());
  }

  @PyMethod("set_blocking") static void setBlocking(PyModule self, PyObject fd, PyObject blocking) {
    try {
      state(self).fds().get(fd(fd)).setBlocking(Abstract.isTrue(blocking));
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  /** {@code device_encoding(fd)}: UTF-8 for a terminal (Kaa's locale encoding), else None. */
  @PyMethod(value = "device_encoding", positionalOnly = 0) static PyObject deviceEncoding(PyModule self, PyObject fd) {
    OpenFile f = state(self).fds().lookup(fd(fd));
    return f != null && f.isatty() ? new PyStr("UTF-8") : PyNone.NONE;
  }
}
