package dev.kaa.objects;

import java.util.Map;

/**
 * {@code OSError} and its subclasses: {@code errno}, {@code strerror}, {@code filename}, {@code filename2}, and
 * BlockingIOError's {@code characters_written}. As in CPython, {@code OSError(errno, strerror, ...)} becomes the
 * subclass its errno names ({@code OSError(2, 'x')} is a FileNotFoundError), and the arguments are parsed in
 * {@code __new__} unless a subclass overrides {@code __init__} (then {@code __init__} parses them).
 */
public final class PyOSError extends PyBaseException {
  /** The attributes as CPython's struct holds them: null is "never set" (read as None). */
  PyObject errno, strerror, filename, filename2;
  /** BlockingIOError's characters_written; -1 when not set. */
  long written = -1;

  PyOSError(PyType type, PyTuple args) { super(type, args); }

  /** errno -> the OSError subclass it raises, as CPython builds it from the platform's errno values (Linux's here). */
  private static final Map<Long, PyType> BY_ERRNO = Map.ofEntries(
      Map.entry(1L, ExceptionTypes.PermissionError), Map.entry(13L, ExceptionTypes.PermissionError),
      Map.entry(2L, ExceptionTypes.FileNotFoundError), Map.entry(3L, ExceptionTypes.ProcessLookupError),
      Map.entry(4L, ExceptionTypes.InterruptedError), Map.entry(10L, ExceptionTypes.ChildProcessError),
      Map.entry(11L, ExceptionTypes.BlockingIOError), Map.entry(114L, ExceptionTypes.BlockingIOError),
      Map.entry(115L, ExceptionTypes.BlockingIOError), Map.entry(17L, ExceptionTypes.FileExistsError),
      Map.entry(20L, ExceptionTypes.NotADirectoryError), Map.entry(21L, ExceptionTypes.IsADirectoryError),
      Map.entry(32L, ExceptionTypes.BrokenPipeError), Map.entry(108L, ExceptionTypes.BrokenPipeError),
      Map.entry(103L, ExceptionTypes.ConnectionAbortedError), Map.entry(104L, ExceptionTypes.ConnectionResetError),
      Map.entry(110L, ExceptionTypes.TimeoutError), Map.entry(111L, ExceptionTypes.ConnectionRefusedError));

  /** The class {@code OSError(errno, ...)} makes: the errno's subclass, else OSError. */
  public static PyType classFor(long errno) { return BY_ERRNO.getOrDefault(errno, ExceptionTypes.OSError); }

  /**
   * CPython's oserror_use_init: a class that overrides {@code __init__} but keeps OSError's {@code __new__} gets its
   * arguments parsed by {@code __init__}, so the override can change them first.
   */
  private static boolean parsedByInit(PyType cls) {
    PyType os = ExceptionTypes.OSError;
    return cls.lookup("__init__") != os.lookup("__init__") && cls.lookup("__new__") == os.lookup("__new__");
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newOSError(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (parsedByInit(cls)) return new PyOSError(cls, PyTuple.EMPTY);
    if (kwargs != null && kwargs.size() > 0) throw Errors.typeError("%s() takes no keyword arguments", cls.name());
    if (cls == ExceptionTypes.OSError && args.length >= 2 && args.length <= 5 && args[0] instanceof PyInt n) {
      cls = n.isLong() ? classFor(n.longValue()) : cls;
    }
    PyOSError e = new PyOSError(cls, PyTuple.EMPTY);
    e.parse(args);
    return e;
  }

  @PyMethod("__init__") void initOSError(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (!parsedByInit(type())) return;  // __new__ did it all
    rejectKeywords(kwargs);
    parse(args);
  }

  /**
   * Two to five arguments are (errno, strerror, filename, winerror, filename2); a filename drops all but the first two
   * from args.
   */
  private void parse(PyObject[] a) {
    PyTuple all = PyTuple.of(a);
    boolean structured = a.length >= 2 && a.length <= 5;
    PyObject file = structured && a.length > 2 ? a[2] : null;
    if (file != null && file != PyNone.NONE) {
      if (type() == ExceptionTypes.BlockingIOError && isNumber(file)) {
        written = Abstract.index(file).longValue();
      } else {
        filename = file;
        if (a.length == 5 && a[4] != PyNone.NONE) filename2 = a[4];
        all = PyTuple.of(a[0], a[1]);
      }
    }
    errno = structured ? a[0] : null;
    strerror = structured ? a[1] : null;
    args = all;
  }

  /** CPython's PyNumber_Check. */
  private static boolean isNumber(PyObject o) {
    PyType t = o.type();
    return o instanceof PyInt || o instanceof PyFloat || t.lookupSpecial(Special.INDEX) != null
        || t.lookupSpecial(Special.INT) != null
        || t.lookupSpecial(Special.FLOAT) != null;
  }

  @PyMethod("__str__") PyObject strOSError() {
    String no = Abstract.str(orNone(errno)).value, text = Abstract.str(orNone(strerror)).value;
    if (filename != null) {
      String f = Abstract.repr(filename).value;
      return new PyStr(filename2 == null ? "[Errno " + no + "] " + text + ": " + f
          : "[Errno " + no + "] " + text + ": " + f + " -> " + Abstract.repr(filename2).value);
    }
    if (errno != null && strerror != null) return new PyStr("[Errno " + no + "] " + text);
    return str();
  }

  /** Pickles the filenames back into the arguments they came from. */
  @PyMethod("__reduce__") PyObject reduceOSError() {
    PyTuple a = args;
    if (a.size() == 2 && filename != null) {
      a = filename2 == null ? PyTuple.of(a.get(0), a.get(1), filename)
          : PyTuple.of(a.get(0), a.get(1), filename, PyNone.NONE, filename2);
    }
    PyDict d = dict();
    return d.size() == 0 ? PyTuple.of(type(), a) : PyTuple.of(type(), a, d);
  }

  @PyGetter("errno") PyObject getErrno() { return orNone(errno); }

  @PySetter("errno") void setErrno(PyObject v) { errno = v; }

  @PyGetter("strerror") PyObject getStrerror() { return orNone(strerror); }

  @PySetter("strerror") void setStrerror(PyObject v) { strerror = v; }

  @PyGetter("filename") PyObject getFilename() { return orNone(filename); }

  @PySetter("filename") void setFilename(PyObject v) { filename = v; }

  @PyGetter("filename2") PyObject getFilename2() { return orNone(filename2); }

  @PySetter("filename2") void setFilename2(PyObject v) { filename2 = v; }

  @PyGetter("characters_written") PyObject getWritten() {
    if (written == -1) throw Errors.attributeError("characters_written");
    return PyInt.of(written);
  }

  @PySetter("characters_written") void setWritten(PyObject v) {
    if (v == null) {
      if (written == -1) throw Errors.attributeError("characters_written");
      written = -1;
      return;
    }
    PyInt n = Abstract.index(v);
    if (!n.isLong()) throw Errors.valueError("cannot fit 'int' into an index-sized integer");
    written = n.longValue();
  }
}
