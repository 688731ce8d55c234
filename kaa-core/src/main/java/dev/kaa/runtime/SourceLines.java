package dev.kaa.runtime;

import dev.kaa.parse.CompileError;
import java.nio.charset.StandardCharsets;

/** Lines of a script's source, read back as CPython reads them from the file when an error or warning shows one. */
public final class SourceLines {
  private SourceLines() {}

  /** Line {@code lineno} (1-based) with its newline, decoded as UTF-8, or null past the end. */
  public static String line(byte[] source, int lineno) {
    if (lineno < 1) return null;
    int start = 0;
    for (int line = 1; line < lineno; line++) {
      int newline = indexOf(source, start);
      if (newline < 0) return null;
      start = newline + 1;
    }
    if (start >= source.length) return null;
    int newline = indexOf(source, start);
    int end = newline < 0 ? source.length : newline + 1;
    return new String(source, start, end - start, StandardCharsets.UTF_8);
  }

  /**
   * {@code error} as CPython shows it for a script file. CPython's compiler reports errors without text and the
   * exception printer reads the line back from the file (code given with -c has no file to read); an error of the
   * file reader itself (an encoding problem) has neither line nor file name.
   */
  public static CompileError asShownForFile(CompileError error, byte[] source) {
    if (error.lineno < 1) {
      return new CompileError(error.kind, error.msg, null, 0, 0, 0, 0, null);
    }
    String text = error.text != null ? null : line(source, error.lineno);
    if (text == null) return error;
    return new CompileError(error.kind, error.msg, error.filename, error.lineno, error.offset, error.endLineno,
        error.endOffset, text);
  }

  private static int indexOf(byte[] source, int from) {
    for (int i = from; i < source.length; i++) if (source[i] == '\n') return i;
    return -1;
  }
}
