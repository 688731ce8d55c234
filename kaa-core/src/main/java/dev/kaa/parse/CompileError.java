package dev.kaa.parse;

/**
 * A {@code SyntaxError} (or {@code IndentationError}, {@code TabError}) found while tokenizing, parsing or compiling,
 * carrying what the Python exception carries. The runtime turns it into the Python exception object; before that exists
 * (the front end depends on no runtime) it travels as this Java exception.
 *
 * <p>Positions follow CPython's {@code SyntaxError}: {@code lineno}/{@code endLineno} 1-based; {@code offset}/{@code
 * endOffset} 1-based and counted in characters (code points) of {@code text}; 0 where CPython gives none.
 */
public final class CompileError extends RuntimeException {
  /** The Python exception class. */
  public enum Kind {
    SyntaxError, IndentationError, TabError,
    /** compile() of source with a NUL byte raises ValueError, not SyntaxError. */
    ValueError
  }

  public final Kind kind;
  public final String msg;
  public final String filename;
  public final int lineno;
  public final int offset;
  public final int endLineno;
  public final int endOffset;
  /** The source line the error is on (with its newline, as CPython keeps it), or null. */
  public final String text;

  public CompileError(Kind kind, String msg, String filename, int lineno, int offset, int endLineno, int endOffset,
                      String text) {
    super(msg, null, false, false);
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.endLineno = endLineno;
    this.endOffset = endOffset;
    this.text = text;
  }

  /** {@code str(exc)} of the Python exception: {@code msg (filename, line N)}. */
  @Override public String getMessage() {
    if (filename == null && lineno == 0) return msg;
    return msg + " (" + (filename == null ? "???" : filename) + ", line " + lineno + ")";
  }
}
