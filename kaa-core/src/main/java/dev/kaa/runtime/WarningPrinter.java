package dev.kaa.runtime;

import dev.kaa.parse.Warnings;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;

/**
 * Prints compile-time warnings as CPython's default {@code warnings} filter does for a script: each (category, message,
 * line) once, as {@code file:line: Category: message}, followed by the stripped source line when the source came from a
 * file ({@code -c} code has none to show).
 */
public final class WarningPrinter implements Warnings {
  private final PrintStream err;
  private final byte[] fileSource;
  private final Set<String> shown = new HashSet<>();

  /** {@code fileSource}: the script's bytes when it was read from a file, else null. */
  public WarningPrinter(PrintStream err, byte[] fileSource) {
    this.err = err;
    this.fileSource = fileSource;
  }

  @Override
  public void warn(String category, String message, String filename, int lineno, int offset, int endLineno,
                   int endOffset) {
    if (!shown.add(category + '\0' + message + '\0' + lineno)) return;
    err.println(filename + ":" + lineno + ": " + category + ": " + message);
    String line = fileSource == null ? null : SourceLines.line(fileSource, lineno);
    if (line != null && !line.isBlank()) err.println("  " + line.strip());
  }
}
