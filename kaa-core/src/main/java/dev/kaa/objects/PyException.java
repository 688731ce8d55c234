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

  public PyException(PyType type, String message) {
    super(null, null, false, false);
    this.pyType = type;
    this.pyMessage = message;
  }

  /** The Python exception's class. */
  public PyType pyType() { return pyType; }

  /** The message given at the raise site ({@code str(exc)} for a one-argument exception), or null for none. */
  public String pyMessage() { return pyMessage; }

  /** True when this exception is an instance of {@code type} (or a subclass), as an {@code except type:} clause asks. */
  public boolean matches(PyType type) { return pyType.isSubtypeOf(type); }

  /** The traceback's last line: {@code ValueError: message}. */
  @Override public String getMessage() {
    return pyMessage == null || pyMessage.isEmpty() ? pyType.name() : pyType.name() + ": " + pyMessage;
  }
}
