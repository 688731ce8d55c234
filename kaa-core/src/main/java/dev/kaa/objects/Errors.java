package dev.kaa.objects;

import java.util.Locale;

/**
 * Raise sites for built-in errors: {@code throw Errors.typeError("'%s' object is not subscriptable", name)}.
 * Messages are worded exactly as CPython 3.12 words them at the corresponding raise site; format with {@code %s}/{@code %d}.
 */
public final class Errors {
  private Errors() {}

  public static PyException of(PyType type, String format, Object... args) {
    return new PyException(type, args.length == 0 ? format : String.format(Locale.ROOT, format, args));
  }

  public static PyException typeError(String format, Object... args) {
    return of(ExceptionTypes.TypeError, format, args);
  }

  public static PyException valueError(String format, Object... args) {
    return of(ExceptionTypes.ValueError, format, args);
  }

  public static PyException overflowError(String format, Object... args) {
    return of(ExceptionTypes.OverflowError, format, args);
  }

  public static PyException zeroDivisionError(String format, Object... args) {
    return of(ExceptionTypes.ZeroDivisionError, format, args);
  }

  /**
   * The OverflowError of a float operation whose C library call set errno to ERANGE ({@code 2.0 ** 10000}). CPython
   * raises it with the arguments {@code (34, 'Numerical result out of range')}, so its str is the tuple's repr.
   */
  public static PyException floatRangeError() {
    return PyException.withArgs(ExceptionTypes.OverflowError, PyInt.of(34), new PyStr("Numerical result out of range"));
  }

  public static PyException indexError(String format, Object... args) {
    return of(ExceptionTypes.IndexError, format, args);
  }

  public static PyException keyError(String format, Object... args) {
    return of(ExceptionTypes.KeyError, format, args);
  }

  /** {@code KeyError(key)}: the key object itself, so {@code e.args[0] is key} and the str is its repr. */
  public static PyException keyError(PyObject key) {
    return PyException.withArgs(ExceptionTypes.KeyError, key);
  }

  /** {@code StopIteration(value)}: how a generator's return value travels. */
  public static PyException stopIteration(PyObject value) {
    return PyException.withArgs(ExceptionTypes.StopIteration, value);
  }

  /** An error of the front end as Python sees it: a SyntaxError (or subclass) object, or a ValueError. */
  public static PyException compileError(dev.kaa.parse.CompileError error) {
    if (error.kind == dev.kaa.parse.CompileError.Kind.ValueError) return valueError("%s", error.msg);
    return new PyException(PySyntaxError.of(error));
  }

  /**
   * {@code OSError(errno, strerror[, filename])}, raised as the subclass the errno names ({@code FileNotFoundError}
   * for 2), as CPython's {@code PyErr_SetFromErrnoWithFilenameObject}.
   */
  public static PyException osError(int errno, String strerror, PyObject filename) {
    PyObject[] args = filename == null ? new PyObject[] {PyInt.of(errno), new PyStr(strerror)}
        : new PyObject[] {PyInt.of(errno), new PyStr(strerror), filename};
    return PyException.withArgs(PyOSError.classFor(errno), args);
  }

  /**
   * An AttributeError that records the object and the name ({@code e.obj}, {@code e.name}), which the traceback's
   * "Did you mean" reads: {@code attributeError(o, name, "'%s' object has no attribute '%s'", type, name)}.
   */
  public static PyException attributeError(PyObject obj, String name, String format, Object... args) {
    return PyException.withKeywords(ExceptionTypes.AttributeError,
        new PyObject[] {new PyStr(String.format(Locale.ROOT, format, args)), new PyStr(name), obj}, "name", "obj");
  }

  /** {@code NameError: name 'x' is not defined}, recording the name ({@code e.name}) for the "Did you mean". */
  public static PyException nameError(String name) {
    return PyException.withKeywords(ExceptionTypes.NameError,
        new PyObject[] {new PyStr("name '" + name + "' is not defined"), new PyStr(name)}, "name");
  }

  /** {@code ModuleNotFoundError: No module named 'x'}, recording the name ({@code e.name}) as imports do. */
  public static PyException moduleNotFoundError(String name) {
    return PyException.withKeywords(ExceptionTypes.ModuleNotFoundError,
        new PyObject[] {new PyStr("No module named '" + name + "'"), new PyStr(name)}, "name");
  }

  public static PyException attributeError(String format, Object... args) {
    return of(ExceptionTypes.AttributeError, format, args);
  }

  public static PyException memoryError() {
    return new PyException(ExceptionTypes.MemoryError, null);
  }

  /** A bug of Kaa's, not of the program: reported as SystemError with the Java cause's description. */
  public static PyException internal(String what) {
    return of(ExceptionTypes.SystemError, "Kaa internal error: %s", what);
  }
}
