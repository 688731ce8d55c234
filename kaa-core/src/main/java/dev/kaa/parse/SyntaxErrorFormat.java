package dev.kaa.parse;

import java.nio.charset.StandardCharsets;

/**
 * The text CPython 3.12 prints for an uncaught {@code SyntaxError} (and {@code IndentationError}, {@code TabError}):
 * <pre>
 *   File "x.py", line 1
 *     def f(:
 *           ^
 * SyntaxError: invalid syntax
 * </pre>
 * Shared by {@code kaa --dump-ast} and the runtime's exception printer.
 *
 * <p>CPython's rules, reproduced here: the source line is shown without its leading spaces, tabs and form feeds; the
 * caret line starts at {@code offset} (moved left by the stripped whitespace; no caret line when that lands left of the
 * text) and has {@code end_offset - offset} carets (one when the end is absent or not after the start); an error
 * spanning lines highlights to the end of its first line; the carets never run past one beyond the line;
 * {@code IndentationError} and {@code TabError} always get a single caret. Lengths are
 * compared in UTF-8 bytes while offsets count characters, as CPython does (visible only on non-ASCII lines).
 */
public final class SyntaxErrorFormat {
  private SyntaxErrorFormat() {}

  /** The whole report for {@code error}, ending with a newline. */
  public static String format(CompileError error) {
    return format(error.kind.name(), error.msg, error.filename, error.lineno, error.offset, error.endLineno,
        error.endOffset, error.text);
  }

  /**
   * The whole report, ending with a newline. {@code lineno} 0 means no position (then only the exception line, with
   * the file name in parentheses, is printed, as CPython does); {@code offset} 0 means no caret; {@code text} may be
   * null.
   */
  public static String format(String typeName, String msg, String filename, int lineno, int offset, int endLineno,
                              int endOffset, String text) {
    StringBuilder out = new StringBuilder(128);
    if (lineno <= 0) {
      out.append(typeName);
      String message = msg == null ? "" : msg;
      if (filename != null) message = message + " (" + filename + ")";
      if (!message.isEmpty()) out.append(": ").append(message);
      return out.append('\n').toString();
    }
    out.append("  File \"").append(filename == null ? "<string>" : filename).append("\", line ").append(lineno)
        .append('\n');
    // CPython draws a single caret for IndentationError and its subclass TabError, whatever the end offset
    boolean indentation = typeName.equals("IndentationError") || typeName.equals("TabError");
    if (text != null) appendSourceAndCarets(out, text, lineno, offset, endLineno, endOffset, indentation);
    out.append(typeName);
    if (msg != null && !msg.isEmpty()) out.append(": ").append(msg);
    return out.append('\n').toString();
  }

  private static void appendSourceAndCarets(StringBuilder out, String text, int lineno, int offset, int endLineno,
                                            int endOffset, boolean singleCaret) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int lineSize = bytes.length;
    long end = endOffset;
    // a multi-line error is highlighted to the end of its first line
    if (endLineno > lineno) end = lineSize;
    // never more carets than the line (plus one for an error at its end)
    if (end > lineSize + 1L) end = lineSize + 1L;
    long carets = (!singleCaret && end > 0 && end > offset) ? end - offset : 1;

    long col = offset - 1L;  // 0-based
    int start = 0;
    while (start < bytes.length && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\f')) {
      start++;
      col--;
    }
    int len = bytes.length - start;
    if (len > 0 && bytes[start + len - 1] == '\n') len--;
    if (col > len) col = len;
    // when the text holds several lines, show from the line the offset falls in
    while (true) {
      int newline = indexOf(bytes, (byte) '\n', start);
      if (newline < 0) break;
      int before = newline - start;
      if (before >= col) break;
      before++;
      start += before;
      len -= before;
      col -= before;
    }
    out.append("    ").append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    if (start + len >= bytes.length || bytes[start + len] != '\n') out.append('\n');
    if (col < 0) return;
    out.append("    ");
    for (long i = 0; i < col; i++) out.append(' ');
    for (long i = 0; i < carets; i++) out.append('^');
    out.append('\n');
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) if (bytes[i] == b) return i;
    return -1;
  }
}
