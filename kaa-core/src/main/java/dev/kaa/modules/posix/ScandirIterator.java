package dev.kaa.modules.posix;

import dev.kaa.objects.Errors;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Iterator;

/** {@code os.scandir()}'s iterator: DirEntry objects in the directory's order; a context manager that closes it. */
final class ScandirIterator extends PyObject implements IterNext {
  static final PyType TYPE = new PyType("posix.ScandirIterator", PyType.IMMUTABLE, ScandirIterator.class,
      PyType.OBJECT);

  private final PathArg arg;
  private DirectoryStream<Path> stream;
  private final Iterator<Path> entries;

  ScandirIterator(PathArg arg, DirectoryStream<Path> stream) {
    this.arg = arg;
    this.stream = stream;
    this.entries = stream.iterator();
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW) static PyObject make(PyType cls,
      @PyMethod.Star PyObject[] args) {
    throw Errors.typeError("cannot create 'posix.ScandirIterator' instances");
  }

  @Override public PyObject iterNext() {
    if (stream == null) return null;
    try {
      if (!entries.hasNext()) {
        close();
        return null;
      }
      Path p = entries.next();
      String name = p.getFileName().toString();
      return new DirEntry(arg.result(name), arg.result(joined(name)), p);
    } catch (DirectoryIteratorException e) {
      throw OsErrors.of(e.getCause(), arg.isFd() ? null : arg.name());
    }
  }

  /** The entry's {@code path}: the scandir argument joined with the name as os.path.join would. */
  private String joined(String name) {
    if (arg.isFd()) return name;
    String dir = arg.text();
    return dir.isEmpty() || dir.endsWith("/") ? dir + name : dir + "/" + name;
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  @PyMethod("close") void close() {
    if (stream == null) return;
    try {
      stream.close();
    } catch (IOException e) {
      // closing a directory stream that has been read cannot usefully fail
    }
    stream = null;
  }

  @PyMethod("__enter__") PyObject enter() { return this; }

  @PyMethod("__exit__") PyObject exit(@PyMethod.Star PyObject[] excInfo) {
    close();
    return PyNone.NONE;
  }
}
