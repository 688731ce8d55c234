package dev.kaa.modules.posix;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGenericAlias;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code os.DirEntry}: one name {@code scandir} found, with its stat results cached as CPython caches them (the
 * {@code lstat} on first need, the {@code stat} of a symbolic link's target separately).
 */
final class DirEntry extends PyObject {
  static final PyType TYPE = new PyType("posix.DirEntry", PyType.IMMUTABLE, DirEntry.class, PyType.OBJECT);

  private final PyObject name, path;
  private final Path file;
  private Map<String, Object> lstat, stat;

  DirEntry(PyObject name, PyObject path, Path file) {
    this.name = name;
    this.path = path;
    this.file = file;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW) static PyObject make(PyType cls,
      @PyMethod.Star PyObject[] args) {
    throw Errors.typeError("cannot create 'posix.DirEntry' instances");
  }

  @PyGetter("name") PyObject name() { return name; }

  @PyGetter("path") PyObject path() { return path; }

  @PyMethod("__fspath__") PyObject fspath() { return path; }

  @PyMethod("__repr__") PyObject repr() { return new PyStr("<DirEntry " + Abstract.repr(name).value + ">"); }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  private Map<String, Object> attributes(boolean follow) {
    try {
      if (lstat == null) lstat = StatResults.attributes(file, false);
      if (!follow || !isLink(lstat)) return lstat;
      if (stat == null) stat = StatResults.attributes(file, true);
      return stat;
    } catch (IOException e) {
      throw OsErrors.of(e, path);
    }
  }

  private static boolean isLink(Map<String, Object> a) {
    return ((Integer) a.get("mode") & 0170000) == StatResults.S_IFLNK;
  }

  /** Whether the entry is of file type {@code type}; false when it has gone or a link's target is missing. */
  private boolean isType(int type, PyObject followSymlinks) {
    boolean follow = followSymlinks == null || Abstract.isTrue(followSymlinks);
    try {
      return ((Integer) attributes(follow).get("mode") & 0170000) == type;
    } catch (PyException e) {
      if (e.matches(dev.kaa.objects.ExceptionTypes.FileNotFoundError)) return false;
      throw e;
    }
  }

  @PyMethod(value = "is_dir", positionalOnly = 0)
  PyObject isDir(@PyMethod.KwOnly @PyMethod.Opt PyObject follow_symlinks) {
    return PyBool.of(isType(StatResults.S_IFDIR, follow_symlinks));
  }

  @PyMethod(value = "is_file", positionalOnly = 0)
  PyObject isFile(@PyMethod.KwOnly @PyMethod.Opt PyObject follow_symlinks) {
    return PyBool.of(isType(StatResults.S_IFREG, follow_symlinks));
  }

  @PyMethod("is_symlink") PyObject isSymlink() { return PyBool.of(isType(StatResults.S_IFLNK, PyBool.FALSE)); }

  @PyMethod("is_junction") PyObject isJunction() { return PyBool.FALSE; }

  @PyMethod(value = "stat", positionalOnly = 0)
  PyObject stat(@PyMethod.KwOnly @PyMethod.Opt PyObject follow_symlinks) {
    return StatResults.of(attributes(follow_symlinks == null || Abstract.isTrue(follow_symlinks)));
  }

  @PyMethod("inode") PyObject inode() { return PyInt.of((Long) attributes(false).get("ino")); }
}
