package dev.kaa.modules.posix;

import static dev.kaa.modules.posix.FdFunctions.fd;
import static dev.kaa.modules.posix.FdFunctions.intArg;
import static dev.kaa.modules.posix.FdFunctions.resolve;
import static dev.kaa.modules.posix.FdFunctions.state;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.PyModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

/** The {@code posix} functions that change files: chmod, chown, utime, links, truncate, access, scandir. */
final class FileFunctions {
  private FileFunctions() {}

  private static LinkOption[] links(PyObject followSymlinks) {
    return followSymlinks == null || Abstract.isTrue(followSymlinks) ? new LinkOption[0]
        : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
  }

  /** The file a path-or-descriptor argument names. */
  private static Path target(PosixState s, PathArg p, PyObject dirFd) {
    if (!p.isFd()) return resolve(s, p, dirFd);
    Path path = s.fds().get(p.fd()).path();
    if (path == null) throw OsErrors.ofErrno(Errno.EINVAL);
    return path;
  }

  private static PyObject errorName(PathArg p) { return p.isFd() ? null : p.name(); }

  @PyMethod(value = "scandir", positionalOnly = 0) static PyObject scandir(PyModule self, @PyMethod.Opt PyObject path) {
    PathArg p = path == null || path == PyNone.NONE ? PathArg.of("scandir", "path", new PyStr("."), false)
        : PathArg.of("scandir", "path", path, true);
    PosixState s = state(self);
    Path dir = target(s, p, null);
    try {
      if (!Files.isDirectory(dir) && Files.exists(dir)) throw new ErrnoException(Errno.ENOTDIR);
      DirectoryStream<Path> stream = Files.newDirectoryStream(dir);
      return new ScandirIterator(p, stream);
    } catch (IOException e) {
      throw OsErrors.of(e, errorName(p));
    }
  }

  /** {@code access(path, mode)}: F_OK 0, X_OK 1, W_OK 2, R_OK 4, as the real user would be allowed. */
  @PyMethod(value = "access", positionalOnly = 0)
  static PyObject access(PyModule self, PyObject path, PyObject mode, @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd,
                         @PyMethod.KwOnly @PyMethod.Opt PyObject effective_ids,
                         @PyMethod.KwOnly @PyMethod.Opt PyObject follow_symlinks) {
    PathArg p = PathArg.of("access", "path", path, false);
    Path file = resolve(state(self), p, dir_fd);
    int m = intArg(mode);
    boolean ok = Files.exists(file, links(follow_symlinks))
        && ((m & 4) == 0 || Files.isReadable(file))
        && ((m & 2) == 0 || Files.isWritable(file))
        && ((m & 1) == 0 || Files.isExecutable(file));
    return PyBool.of(ok);
  }

  @PyMethod(value = "chmod", positionalOnly = 0)
  static void chmod(PyModule self, PyObject path, PyObject mode, @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd,
                    @PyMethod.KwOnly @PyMethod.Opt PyObject follow_symlinks) {
    PathArg p = PathArg.of("chmod", "path", path, true);
    Path file = target(state(self), p, dir_fd);
    try {
      FileModes.set(file, intArg(mode), links(follow_symlinks));
    } catch (UnsupportedOperationException e) {
      throw OsErrors.ofErrno(Errno.EOPNOTSUPP, errorName(p), null);
    } catch (IOException e) {
      throw OsErrors.of(e, errorName(p));
    }
  }

  @PyMethod(value = "fchmod", positionalOnly = 0) static void fchmod(PyModule self, PyObject fd, PyObject mode) {
    chmod(self, PyInt.of(fd(fd)), mode, null, null);
  }

  @PyMethod(value = "chown", positionalOnly = 0)
  static void chown(PyModule self, PyObject path, PyObject uid, PyObject gid,
                    @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd,
                    @PyMethod.KwOnly @PyMethod.Opt PyObject follow_symlinks) {
    PathArg p = PathArg.of("chown", "path", path, true);
    Path file = target(state(self), p, dir_fd);
    long u = Abstract.indexValue(uid), g = Abstract.indexValue(gid);
    try {
      if (u != -1) Files.setAttribute(file, "unix:uid", (int) u, links(follow_symlinks));
      if (g != -1) Files.setAttribute(file, "unix:gid", (int) g, links(follow_symlinks));
    } catch (IOException e) {
      throw OsErrors.of(e, errorName(p));
    }
  }

  @PyMethod(value = "lchown", positionalOnly = 0)
  static void lchown(PyModule self, PyObject path, PyObject uid, PyObject gid) {
    chown(self, path, uid, gid, null, PyBool.FALSE);
  }

  @PyMethod(value = "fchown", positionalOnly = 0)
  static void fchown(PyModule self, PyObject fd, PyObject uid, PyObject gid) {
    chown(self, PyInt.of(fd(fd)), uid, gid, null, null);
  }

  /**
   * {@code utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)}: access and modification times,
   * now when neither {@code times} nor {@code ns} is given.
   */
  @PyMethod(value = "utime", positionalOnly = 0)
  static void utime(PyModule self, PyObject path, @PyMethod.Opt PyObject times,
                    @PyMethod.KwOnly @PyMethod.Opt PyObject ns, @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd,
                    @PyMethod.KwOnly @PyMethod.Opt PyObject follow_symlinks) {
    PathArg p = PathArg.of("utime", "path", path, true);
    boolean haveTimes = times != null && times != PyNone.NONE;
    if (haveTimes && ns != null) {
      throw Errors.valueError("utime: you may specify either 'times' or 'ns' but not both");
    }
    long atime, mtime;
    if (haveTimes) {
      if (!(times instanceof PyTuple t) || t.size() != 2) {
        throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
      }
      atime = secondsToNanos(t.get(0));
      mtime = secondsToNanos(t.get(1));
    } else if (ns != null) {
      if (!(ns instanceof PyTuple t) || t.size() != 2) throw Errors.typeError("utime: 'ns' must be a tuple of two ints");
      atime = Abstract.indexValue(t.get(0));
      mtime = Abstract.indexValue(t.get(1));
    } else {
      atime = mtime = System.currentTimeMillis() * 1_000_000L;
    }
    Path file = target(state(self), p, dir_fd);
    try {
      Files.getFileAttributeView(file, BasicFileAttributeView.class, links(follow_symlinks))
          .setTimes(FileTime.from(mtime, TimeUnit.NANOSECONDS), FileTime.from(atime, TimeUnit.NANOSECONDS), null);
    } catch (IOException e) {
      throw OsErrors.of(e);  // CPython's utime names no file
    }
  }

  /** A time in seconds (int or float) as nanoseconds, rounded half to even as CPython's _PyTime does. */
  private static long secondsToNanos(PyObject t) {
    if (t instanceof PyFloat f) {
      return new BigDecimal(f.value).movePointRight(9).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
    return Math.multiplyExact(Abstract.indexValue(t), 1_000_000_000L);
  }

  @PyMethod(value = "link", positionalOnly = 0)
  static void link(PyModule self, PyObject src, PyObject dst, @PyMethod.KwOnly @PyMethod.Opt PyObject src_dir_fd,
                   @PyMethod.KwOnly @PyMethod.Opt PyObject dst_dir_fd,
                   @PyMethod.KwOnly @PyMethod.Opt PyObject follow_symlinks) {
    PathArg a = PathArg.of("link", "src", src, false), b = PathArg.of("link", "dst", dst, false);
    PosixState s = state(self);
    try {
      Files.createLink(resolve(s, b, dst_dir_fd), resolve(s, a, src_dir_fd));
    } catch (IOException e) {
      throw OsErrors.of(e, a.name(), b.name());
    }
  }

  /** {@code symlink(src, dst)}: a link at {@code dst} whose text is {@code src}, unresolved. */
  @PyMethod(value = "symlink", positionalOnly = 0)
  static void symlink(PyModule self, PyObject src, PyObject dst, @PyMethod.Opt PyObject target_is_directory,
                      @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd) {
    PathArg a = PathArg.of("symlink", "src", src, false), b = PathArg.of("symlink", "dst", dst, false);
    try {
      Files.createSymbolicLink(resolve(state(self), b, dir_fd), Path.of(a.text()));
    } catch (IOException e) {
      throw OsErrors.of(e, a.name(), b.name());
    }
  }

  @PyMethod(value = "readlink", positionalOnly = 0)
  static PyObject readlink(PyModule self, PyObject path, @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd) {
    PathArg p = PathArg.of("readlink", "path", path, false);
    try {
      return p.result(Files.readSymbolicLink(resolve(state(self), p, dir_fd)).toString());
    } catch (IOException e) {
      throw OsErrors.of(e, p.name());
    }
  }

  @PyMethod(value = "truncate", positionalOnly = 0) static void truncate(PyModule self, PyObject path, PyObject length) {
    PathArg p = PathArg.of("truncate", "path", path, true);
    if (p.isFd()) {
      FdFunctions.ftruncate(self, path, length);
      return;
    }
    long n = Abstract.indexValue(length);
    try (FileChannel c = FileChannel.open(p.resolve(state(self)), StandardOpenOption.WRITE)) {
      if (n < 0) throw new ErrnoException(Errno.EINVAL);
      if (n < c.size()) c.truncate(n);
      else if (n > c.size()) c.write(ByteBuffer.allocate(1), n - 1);
    } catch (IOException e) {
      throw OsErrors.of(e, p.name());
    }
  }
}
