package dev.kaa.parse;

/**
 * Where the front end and compiler report warnings ({@code SyntaxWarning}, {@code DeprecationWarning}). The runtime's
 * implementation routes them through the {@code warnings} machinery; when a filter turns one into an error, it throws
 * the {@link CompileError} CPython would raise instead.
 */
@FunctionalInterface
public interface Warnings {
  /** category: "SyntaxWarning" or "DeprecationWarning"; positions as in {@link CompileError}. */
  void warn(String category, String message, String filename, int lineno, int offset, int endLineno, int endOffset);

  /** Prints warnings to stderr in CPython's default format, each (file, line, message) once. */
  Warnings STDERR = (category, message, filename, lineno, offset, endLineno, endOffset) ->
      System.err.println(filename + ":" + lineno + ": " + category + ": " + message);

  Warnings IGNORE = (category, message, filename, lineno, offset, endLineno, endOffset) -> {};
}
