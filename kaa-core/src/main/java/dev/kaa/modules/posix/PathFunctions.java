package dev.kaa.modules.posix;

import static dev.kaa.modules.posix.FdFunctions.intArg;
import static dev.kaa.modules.posix.FdFunctions.resolve;
import static dev.kaa.modules.posix.FdFunctions.state;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.PyModule;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The {@code posix} functions on paths: stat, listdir, mkdir, rename, unlink, getcwd, chdir... */
final class PathFunctions {
  private PathFunctions() {}

  private static boolean follow(PyObject followSymlinks) {
    return followSymlinks == null || Abstract.isTrue(followSymlinks);
  }

  @PyMethod(value = "stat", positionalOnly = 0)
  static PyObject stat(PyModule self, PyObject path, @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd,
                       @PyMethod.KwOnly @PyMethod.Opt PyObject follow_symlinks) {
    PathArg p = PathArg.of("stat", "path", path, true);
    if (p.isFd()) return FdFunctions.fstat(self, path);
    PosixState s = state(self);
    try {
      return StatResults.stat(resolve(s, p, dir_fd), follow(follow_symlinks));
    } catch (IOException e) {
      throw OsErrors.of(e, p.name());
    }
  }

  @PyMethod(value = "lstat", positionalOnly = 0)
  static PyObject lstat(PyModule self, PyObject path, @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd) {
    PathArg p = PathArg.of("lstat", "path", path, false);
    try {
      return StatResults.stat(resolve(state(self), p, dir_fd), false);
    } catch (IOException e) {
      throw OsErrors.of(e, p.name());
    }
  }

  @PyMethod("getcwd") static PyObject getcwd(PyModule self) { return new PyStr(state(self).cwd().toString()); }

  @PyMethod("getcwdb") static PyObject getcwdb(PyModule self) {
    return new PyBytes(PathArg.encode(state(self).cwd().toString()));
  }

  /** {@code chdir(path)}: the interpreter's own current directory (the JVM's cannot change). */
  @PyMethod(value = "chdir", positionalOnly = 0) static void chdir(PyModule self, PyObject path) {
    PathArg p = PathArg.of("chdir", "path", path, true);
    PosixState s = state(self);
    Path dir = p.isFd() ? s.fds().get(p.fd()).path() : p.resolve(s);
    if (dir == null || !Files.isDirectory(dir)) {
      int errno = dir != null && !Files.exists(dir) ? Errno.ENOENT : Errno.ENOTDIR;
      throw OsErrors.ofErrno(errno, p.isFd() ? null : p.name(), null);
    }
    if (!Files.isExecutable(dir)) throw OsErrors.ofErrno(Errno.EACCES, p.isFd() ? null : p.name(), null);
    s.setCwd(dir.toAbsolutePath().normalize());
  }

  @PyMethod(value = "fspath", positionalOnly = 0) static PyObject fspath(PyModule self, PyObject path) {
    return PathArg.fspath(path);
  }

  @PyMethod("strerror") static PyObject strerror(PyModule self, PyObject code) {
    return new PyStr(Errno.message(intArg(code)));
  }

  /** {@code listdir(path='.')}: names in the directory's order, bytes when the path was bytes. */
  @PyMethod(value = "listdir", positionalOnly = 0) static PyObject listdir(PyModule self, @PyMethod.Opt PyObject path) {
    PathArg p = path == null || path == PyNone.NONE ? PathArg.of("listdir", "path", new PyStr("."), false)
        : listdirArg(path);
    PosixState s = state(self);
    Path dir = p.isFd() ? s.fds().get(p.fd()).path() : p.resolve(s);
    PyList names = new PyList();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path e : entries) names.add(p.result(e.getFileName().toString()));
    } catch (IOException e) {
      throw OsErrors.of(e, p.isFd() ? null : p.name());
    }
    return names;
  }

  private static PathArg listdirArg(PyObject path) {
    try {
      return PathArg.of("listdir", "path", path, true);
    } catch (dev.kaa.objects.PyException e) {
      if (!e.matches(dev.kaa.objects.ExceptionTypes.TypeError) || path instanceof PyInt) throw e;
      throw dev.kaa.objects.Errors.typeError(
          "listdir: path should be string, bytes, os.PathLike, integer or None, not %s", path.type().name());
    }
  }

  @PyMethod(value = "mkdir", positionalOnly = 0)
  static void mkdir(PyModule self, PyObject path, @PyMethod.Opt PyObject mode,
                    @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd) {
    PathArg p = PathArg.of("mkdir", "path", path, false);
    PosixState s = state(self);
    Path dir = resolve(s, p, dir_fd);
    int bits = (mode == null ? 0777 : intArg(mode)) & ~s.umask() & 0777;
    try {
      Files.createDirectory(dir, FileModes.attribute(bits));
      FileModes.set(dir, bits);
    } catch (IOException e) {
      throw OsErrors.of(e, p.name());
    }
  }

  @PyMethod(value = "rmdir", positionalOnly = 0)
  static void rmdir(PyModule self, PyObject path, @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd) {
    PathArg p = PathArg.of("rmdir", "path", path, false);
    Path dir = resolve(state(self), p, dir_fd);
    try {
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        throw new ErrnoException(Errno.ENOTDIR);
      }
      Files.delete(dir);
    } catch (IOException e) {
      throw OsErrors.of(e, p.name());
    }
  }

  @PyMethod(value = "unlink", positionalOnly = 0)
  static void unlink(PyModule self, PyObject path, @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd) {
    delete("unlink", self, path, dir_fd);
  }

  @PyMethod(value = "remove", positionalOnly = 0)
  static void remove(PyModule self, PyObject path, @PyMethod.KwOnly @PyMethod.Opt PyObject dir_fd) {
    delete("remove", self, path, dir_fd);
  }

  /** unlink(2): a directory is EISDIR (the JDK's delete would remove an empty one). */
  private static void delete(String function, PyModule self, PyObject path, PyObject dirFd) {
    PathArg p = PathArg.of(function, "path", path, false);
    Path file = resolve(state(self), p, dirFd);
    try {
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) throw new ErrnoException(Errno.EISDIR);
      Files.delete(file);
    } catch (IOException e) {
      throw OsErrors.of(e, p.name());
    }
  }

  @PyMethod(value = "rename", positionalOnly = 0)
  static void rename(PyModule self, PyObject src, PyObject dst, @PyMethod.KwOnly @PyMethod.Opt PyObject src_dir_fd,
                     @PyMethod.KwOnly @PyMethod.Opt PyObject dst_dir_fd) {
    move("rename", self, src, dst, src_dir_fd, dst_dir_fd);
  }

  @PyMethod(value = "replace", positionalOnly = 0)
  static void replace(PyModule self, PyObject src, PyObject dst, @PyMethod.KwOnly @PyMethod.Opt PyObject src_dir_fd,
                      @PyMethod.KwOnly @PyMethod.Opt PyObject dst_dir_fd) {
    move("replace", self, src, dst, src_dir_fd, dst_dir_fd);
  }

  /**
   * rename(2): atomic, replacing a file, or an empty directory by a directory; a directory over a file is ENOTDIR
   * and a file over a directory EISDIR.
   */
  private static void move(String function, PyModule self, PyObject src, PyObject dst, PyObject srcDirFd,
                           PyObject dstDirFd) {
    PathArg a = PathArg.of(function, "src", src, false), b = PathArg.of(function, "dst", dst, false);
    PosixState s = state(self);
    Path from = resolve(s, a, srcDirFd), to = resolve(s, b, dstDirFd);
    try {
      boolean fromDir = Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS);
      if (Files.exists(to, LinkOption.NOFOLLOW_LINKS) && Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
        boolean toDir = Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS);
        if (fromDir && !toDir) throw new ErrnoException(Errno.ENOTDIR);
        if (!fromDir && toDir) throw new ErrnoException(Errno.EISDIR);
      }
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw OsErrors.of(e, a.name(), b.name());
    }
  }

}
