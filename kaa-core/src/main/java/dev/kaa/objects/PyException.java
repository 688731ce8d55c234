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
  /** The Python exception object; null until someone asks for it (lazy form). */
  private PyBaseException value;

  /** A built-in raise site: only the class and the message, the object is made on demand. */
  public PyException(PyType type, String message) {
    super(null, null, false, false);
    this.pyType = type;
    this.pyMessage = message;
  }

  /** {@code raise value}: an exception object that already exists. */
  public PyException(PyBaseException value) {
    super(null, null, false, false);
    this.pyType = value.type();
    this.pyMessage = null;
    this.value = value;
  }

  /** The Python exception's class. */
  public PyType pyType() { return pyType; }

  /** The message given at a built-in raise site, or null (also for exceptions raised as objects). */
  public String pyMessage() { return pyMessage; }

  /** The Python exception object, made now if it was raised in the lazy form. */
  public PyBaseException value() {
    if (value == null) value = PyBaseException.fromMessage(pyType, pyMessage);
    return value;
  }

  /** True when this exception is an instance of {@code type} (or a subclass), as an {@code except type:} clause asks. */
  public boolean matches(PyType type) { return pyType.isSubtypeOf(type); }

  /** The traceback's last line: {@code ValueError: message}. */
  @Override public String getMessage() {
    String m = value == null ? pyMessage : Abstract.str(value).value;
    return m == null || m.isEmpty() ? pyType.name() : pyType.name() + ": " + m;
  }
}
