package dev.kaa.modules.fcntl;

import dev.kaa.modules.posix.ChannelFile;
import dev.kaa.modules.posix.Errno;
import dev.kaa.modules.posix.ErrnoException;
import dev.kaa.modules.posix.FdTable;
import dev.kaa.modules.posix.OpenFile;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.modules.posix.PipeEnd;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.PyModule;
import dev.kaa.runtime.Interpreter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * {@code fcntl} over Kaa's descriptor table (docs/io.md): descriptor flags (close-on-exec is the table's inheritable
 * bit), file status flags (access mode, O_APPEND and O_NONBLOCK as the open file knows them), F_DUPFD, and locks
 * ({@code flock}, {@code lockf}, F_SETLK with a {@code struct flock}) as the JDK's file locks ({@link FileLocks}).
 * Linux's constants; commands the JVM cannot carry out are EINVAL, ioctl requests other than FIONREAD are ENOTTY.
 */
public final class FcntlModule {
  private FcntlModule() {}

  public static final String NAME = "fcntl";

  static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_GETLK = 5, F_SETLK = 6,
      F_SETLKW = 7, F_OFD_GETLK = 36, F_OFD_SETLK = 37, F_OFD_SETLKW = 38, F_DUPFD_CLOEXEC = 1030;
  static final int F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2;
  static final int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;
  static final int O_ACCMODE = 3, O_APPEND = 0x400, O_NONBLOCK = 0x800, O_LARGEFILE = 0x8000;
  static final long FIONREAD = 0x541B;
  /** Linux's "Bad address": what a C call given an int where it reads a struct reports. */
  static final int EFAULT = 14;
  /** C's {@code sizeof buf} in CPython's fcntl and ioctl: the longest bytes argument. */
  private static final int ARG_MAX = 1024;

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("This module performs file control and I/O control on file\n"
        + "descriptors.  It is an interface to the fcntl() and ioctl() Unix\n"
        + "routines.  File descriptors can be obtained with the fileno() method of\n"
        + "a file or socket object."), interp);
    m.addFunctions(FcntlModule.class);
    // Linux x86-64's values. Missing on purpose: F_NOTIFY/DN_* (directory notification) and F_GETPIPE_SZ/
    // F_SETPIPE_SZ (Kaa's pipes have a fixed capacity), which programs look for with hasattr.
    Object[][] constants = {
        {"FASYNC", 8192}, {"FD_CLOEXEC", 1}, {"FICLONE", 1074041865}, {"FICLONERANGE", 1075876877},
        {"F_ADD_SEALS", 1033}, {"F_DUPFD", F_DUPFD}, {"F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC}, {"F_EXLCK", 4},
        {"F_GETFD", F_GETFD}, {"F_GETFL", F_GETFL}, {"F_GETLEASE", 1025}, {"F_GETLK", F_GETLK},
        {"F_GETLK64", F_GETLK}, {"F_GETOWN", 9}, {"F_GETSIG", 11}, {"F_GET_SEALS", 1034},
        {"F_OFD_GETLK", F_OFD_GETLK}, {"F_OFD_SETLK", F_OFD_SETLK}, {"F_OFD_SETLKW", F_OFD_SETLKW},
        {"F_RDLCK", F_RDLCK}, {"F_SEAL_GROW", 4}, {"F_SEAL_SEAL", 1}, {"F_SEAL_SHRINK", 2}, {"F_SEAL_WRITE", 8},
        {"F_SETFD", F_SETFD}, {"F_SETFL", F_SETFL}, {"F_SETLEASE", 1024}, {"F_SETLK", F_SETLK},
        {"F_SETLK64", F_SETLK}, {"F_SETLKW", F_SETLKW}, {"F_SETLKW64", F_SETLKW}, {"F_SETOWN", 8},
        {"F_SETSIG", 10}, {"F_SHLCK", 8}, {"F_UNLCK", F_UNLCK}, {"F_WRLCK", F_WRLCK}, {"LOCK_EX", LOCK_EX},
        {"LOCK_MAND", 32}, {"LOCK_NB", LOCK_NB}, {"LOCK_READ", 64}, {"LOCK_RW", 192}, {"LOCK_SH", LOCK_SH},
        {"LOCK_UN", LOCK_UN}, {"LOCK_WRITE", 128}};
    for (Object[] c : constants) m.put((String) c[0], PyInt.of((Integer) c[1]));
    return m;
  }

  private static FdTable table(PyModule m) { return m.interpreter().posix().fds(); }

  @PyMethod(positionalOnly = -1)
  static PyObject fcntl(PyModule self, PyObject fd, PyObject cmd, @PyMethod.Opt PyObject arg) {
    int d = Descriptors.of(fd);
    int code = (int) Abstract.indexValue(cmd);
    byte[] struct = null;
    long intArg = 0;
    if (arg != null) {
      struct = argBytes(arg);
      if (struct != null) {
        if (struct.length > ARG_MAX) throw Errors.valueError("fcntl string arg too long");
      } else {
        intArg = Abstract.index(arg).bigValue().longValue() & 0xffffffffL;  // C's I: the low 32 bits
      }
    }
    try {
      if (code == F_GETLK || code == F_SETLK || code == F_SETLKW || code == F_OFD_GETLK || code == F_OFD_SETLK
          || code == F_OFD_SETLKW) {
        if (struct == null) throw new ErrnoException(EFAULT);
        return new PyBytes(RecordLocks.apply(self.interpreter(), table(self).get(d), code, struct));
      }
      int result = control(self, d, code, (int) intArg);
      return struct != null ? new PyBytes(struct) : PyInt.of(result);
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  /** The int commands on descriptor {@code d}. */
  private static int control(PyModule self, int d, int code, int arg) throws IOException {
    FdTable fds = table(self);
    OpenFile file = fds.get(d);
    switch (code) {
      case F_DUPFD, F_DUPFD_CLOEXEC -> {
        if (arg < 0 || arg >= FdTable.LIMIT) throw new ErrnoException(Errno.EINVAL);
        for (int n = arg; n < FdTable.LIMIT; n++) {
          if (fds.lookup(n) == null) return fds.dup2(d, n, code == F_DUPFD);
        }
        throw new ErrnoException(Errno.EMFILE);
      }
      case F_GETFD -> { return fds.inheritable(d) ? 0 : 1; }
      case F_SETFD -> {
        fds.setInheritable(d, (arg & 1) == 0);
        return 0;
      }
      case F_GETFL -> { return statusFlags(file); }
      case F_SETFL -> {
        file.setBlocking((arg & O_NONBLOCK) == 0);
        if (file instanceof ChannelFile c && c.kind() == OpenFile.Kind.FILE) c.setAppend((arg & O_APPEND) != 0);
        return 0;
      }
      default -> throw new ErrnoException(Errno.EINVAL);
    }
  }

  /** F_GETFL: the access mode and the flags the open file keeps, as Linux reports them. */
  private static int statusFlags(OpenFile file) {
    int flags = file.readable() && file.writable() ? 2 : file.writable() ? 1 : 0;
    if (file instanceof ChannelFile c) {
      flags |= O_LARGEFILE;
      if (c.append()) flags |= O_APPEND;
    }
    if (!file.blocking()) flags |= O_NONBLOCK;
    return flags;
  }

  /** A bytes-like or str third argument (C's {@code s#}), or null for one to be read as an int. */
  private static byte[] argBytes(PyObject arg) {
    if (arg instanceof PyStr s) return s.value.getBytes(StandardCharsets.UTF_8);
    byte[] b = Buffers.bytesOrNull(arg);
    return b == null ? null : b.clone();
  }

  @PyMethod static void flock(PyModule self, PyObject fd, PyObject operation) {
    int d = Descriptors.of(fd);
    int op = (int) Abstract.indexValue(operation);
    try {
      OpenFile file = table(self).get(d);
      FileLocks locks = FileLocks.of(self.interpreter());
      int kind = op & ~LOCK_NB;
      if (kind == LOCK_UN) locks.unlock(file, 0, FileLocks.TO_END);
      else if (kind == LOCK_SH || kind == LOCK_EX) locks.lock(file, 0, FileLocks.TO_END, kind == LOCK_SH, (op & LOCK_NB) == 0);
      else throw new ErrnoException(Errno.EINVAL);
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod(positionalOnly = -1)
  static PyObject lockf(PyModule self, PyObject fd, PyObject cmd, @PyMethod.Opt PyObject len,
                        @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject whence) {
    int d = Descriptors.of(fd);
    int code = (int) Abstract.indexValue(cmd);
    long length = len == null ? 0 : Abstract.indexValue(len);
    long from = start == null ? 0 : Abstract.indexValue(start);
    int base = whence == null ? 0 : (int) Abstract.indexValue(whence);
    int type;
    if (code == LOCK_UN) type = F_UNLCK;
    else if ((code & LOCK_SH) != 0) type = F_RDLCK;
    else if ((code & LOCK_EX) != 0) type = F_WRLCK;
    else throw Errors.valueError("unrecognized lockf argument");
    try {
      RecordLocks.set(self.interpreter(), table(self).get(d), type, base, from, length, (code & LOCK_NB) == 0);
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
    return dev.kaa.objects.PyNone.NONE;
  }

  @PyMethod(positionalOnly = -1)
  static PyObject ioctl(PyModule self, PyObject fd, PyObject request, @PyMethod.Opt PyObject arg,
                        @PyMethod.Opt PyObject mutate_flag) {
    int d = Descriptors.of(fd);
    long code = Abstract.index(request).bigValue().longValue() & 0xffffffffL;
    boolean mutate = mutate_flag == null || Abstract.isTrue(mutate_flag);
    try {
      OpenFile file = table(self).get(d);
      if (code != FIONREAD) throw new ErrnoException(Errno.ENOTTY);
      int available = bytesReadable(file);
      byte[] out = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(available).array();
      if (arg == null || arg instanceof PyInt) throw new ErrnoException(EFAULT);  // C passes the int as a pointer
      int writable = Buffers.writableLength(arg);
      if (writable >= 0 && mutate) {
        if (writable < 4) throw new ErrnoException(EFAULT);
        Buffers.writeInto(arg, 0, out, 4);
        return PyInt.of(0);
      }
      byte[] given = argBytes(arg);
      if (given == null) throw Errors.typeError("ioctl requires a file or file descriptor, an integer and optionally "
          + "an integer or buffer argument");
      if (given.length > ARG_MAX) throw Errors.valueError("ioctl string arg too long");
      if (given.length < 4) throw new ErrnoException(EFAULT);
      System.arraycopy(out, 0, given, 0, 4);
      if (writable >= 0) Buffers.writeInto(arg, 0, given, given.length);
      return new PyBytes(given);
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  /** FIONREAD: what a read could return now without waiting. */
  private static int bytesReadable(OpenFile file) throws IOException {
    if (file instanceof ChannelFile c && c.kind() == OpenFile.Kind.FILE) {
      long left = c.channel().size() - c.channel().position();
      return (int) Math.max(0, Math.min(Integer.MAX_VALUE, left));
    }
    if (file instanceof PipeEnd p && p.readable()) return p.available();
    throw new ErrnoException(Errno.ENOTTY);
  }
}
