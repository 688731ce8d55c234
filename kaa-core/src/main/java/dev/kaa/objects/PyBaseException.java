package dev.kaa.objects;

/**
 * An instance of {@code BaseException} or any subclass (built-in or Python): its {@code args}, the chaining fields
 * ({@code __cause__}, {@code __context__}, {@code __suppress_context__}), {@code __traceback__}, and a {@code __dict__}
 * for everything else ({@code __notes__}, attributes set by subclasses). The Java exception that carries it through
 * Java frames is {@link PyException}.
 */
public class PyBaseException extends PyObject implements HasDict {
  private final PyType type;
  public PyTuple args;
  /** {@code __cause__}, {@code __context__}, {@code __traceback__}: null when None. */
  public PyObject cause, context, traceback;
  public boolean suppressContext;
  private PyDict dict;

  public PyBaseException(PyType type, PyTuple args) {
    this.type = type;
    this.args = args;
  }

  /** What a built-in raise site's (class, message) becomes when Python code first looks at the exception. */
  public static PyBaseException fromMessage(PyType type, String message) {
    return new PyBaseException(type, message == null ? PyTuple.EMPTY : PyTuple.of(new PyStr(message)));
  }

  @Override public PyType type() { return type; }

  @Override public PyDict dict() {
    if (dict == null) dict = new PyDict();
    return dict;
  }
}
