package dev.kaa.objects;

/**
 * The one Java exception that carries a Python exception through Java frames (DESIGN §1.4).
 *
 * <p>It is created lazily, as CPython's "unnormalized" exceptions are: a built-in raise site records only the class and
 * the message, and the exception object is built when Python code first looks at it. Internal raise-and-catch paths
 * (StopIteration ending a loop, AttributeError inside getattr with a default) then cost no Python object. No Java stack
 * trace is filled in: the Python traceback is kept separately, so throwing is cheap.
 */
public final class PyException extends RuntimeException {
  private final PyType pyType;
  private final String pyMessage;
  /** The arguments given at a raise site that keeps objects ({@link #withArgs}); else null. */
  private final PyObject[] pyArgs;
  /** The keyword names of the last {@code pyArgs} values, or null. */
  private final String[] pyKwnames;
  /** The Python exception object; null until someone asks for it (lazy form). */
  private PyBaseException value;

  /** A built-in raise site: only the class and the message (null: no argument), the object is made on demand. */
  public PyException(PyType type, String message) {
    this(type, message, null, null);
  }

  private PyException(PyType type, String message, PyObject[] args, String[] kwnames) {
    super(null, null, false, false);
    this.pyType = type;
    this.pyMessage = message;
    this.pyArgs = args;
    this.pyKwnames = kwnames;
  }

  /**
   * A built-in raise site whose arguments are objects ({@code KeyError(key)}, {@code StopIteration(value)},
   * {@code OSError(errno, strerror)}): still lazy, the object is {@code type(*args)} made on demand.
   */
  public static PyException withArgs(PyType type, PyObject... args) {
    return new PyException(type, null, args.clone(), null);
  }

  /**
   * As {@link #withArgs}, with keyword arguments: the last {@code kwnames.length} values of {@code args}
   * ({@code AttributeError(msg, name=..., obj=...)}).
   */
  public static PyException withKeywords(PyType type, PyObject[] args, String... kwnames) {
    return new PyException(type, null, args.clone(), kwnames);
  }

  /** {@code raise value}: an exception object that already exists. */
  public PyException(PyBaseException value) {
    super(null, null, false, false);
    this.pyType = value.type();
    this.pyMessage = null;
    this.pyArgs = null;
    this.pyKwnames = null;
    this.value = value;
  }

  /** The Python exception's class. */
  public PyType pyType() { return pyType; }

  /**
   * The message given at a built-in raise site; for one that gave argument objects or raised an object, the str of
   * the exception.
   */
  public String pyMessage() { return pyMessage != null || pyArgs == null && value == null ? pyMessage : strValue(); }

  /** The Python exception object, made now if it was raised in the lazy form: {@code type(*args)}. */
  public PyBaseException value() {
    if (value == null) {
      PyObject[] args = pyArgs != null ? pyArgs : pyMessage == null ? NO_ARGS : new PyObject[] {new PyStr(pyMessage)};
      value = PyBaseException.create(pyType, args, pyKwnames);
    }
    return value;
  }

  private static final PyObject[] NO_ARGS = new PyObject[0];

  private String strValue() { return Abstract.str(value()).value; }

  /** True when this exception is an instance of {@code type} (or a subclass), as an {@code except type:} clause asks. */
  public boolean matches(PyType type) { return pyType.isSubtypeOf(type); }

  /** The traceback's last line: {@code ValueError: message}. */
  @Override public String getMessage() {
    String m = value == null && pyArgs == null ? pyMessage : strValue();
    return m == null || m.isEmpty() ? pyType.name() : pyType.name() + ": " + m;
  }
}
