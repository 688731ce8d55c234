package dev.kaa.runtime;

import dev.kaa.modules.warnings.Warner;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Warnings;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;

/**
 * Prints compile-time warnings as CPython's default {@code warnings} filter does for a script: each (category, message,
 * line) once, as {@code file:line: Category: message}, followed by the stripped source line when the source came from a
 * file ({@code -c} code has none to show). The running interpreter's filters ({@code -W}, {@code PYTHONWARNINGS}) may
 * ignore a warning, show it every time, or make it an error: then the compilation fails with a SyntaxError of the
 * same message and place, as CPython's compiler reports it. Once the program has imported {@code warnings}, its
 * filters decide instead ({@code _warnings}' machinery: {@code catch_warnings()} sees them).
 */
public final class WarningPrinter implements Warnings {
  private final PrintStream err;
  private final byte[] fileSource;
  /** The source, file or not, for the line a warning made an error shows; or null. */
  private final byte[] source;
  private final Set<String> shown = new HashSet<>();

  /** {@code fileSource}: the script's bytes when it was read from a file, else null. */
  public WarningPrinter(PrintStream err, byte[] fileSource) {
    this(err, fileSource, fileSource);
  }

  /** The same, also given the source when it is not a file's ({@code -c}): an error shows its line. */
  public WarningPrinter(PrintStream err, byte[] fileSource, byte[] source) {
    this.err = err;
    this.fileSource = fileSource;
    this.source = source;
  }

  @Override
  public void warn(String category, String message, String filename, int lineno, int offset, int endLineno,
                   int endOffset) {
    Interpreter interp = Interpreter.current();
    if (interp != null && interp.modules.get(new PyStr("warnings")) != null
        && interp.builtinsDict().getStr(category) instanceof PyType type) {
      // the program has the warnings module: its filters and catch_warnings() decide, as for any warning
      try {
        Warner.warnExplicit(interp, type, message, filename, lineno);
      } catch (PyException e) {
        if (!e.matches(ExceptionTypes.SyntaxWarning)) throw e;
        throw syntaxError(message, filename, lineno, offset, endLineno, endOffset);
      }
      return;
    }
    String action = interp == null ? "default"
        : interp.warningFilters.action(category, message, moduleOf(filename), lineno);
    switch (action) {
      case "ignore" -> {
        return;
      }
      case "error" -> throw syntaxError(message, filename, lineno, offset, endLineno, endOffset);
      case "always" -> { }
      default -> {
        // "module" and "once": once per message, whatever the line
        String where = action.equals("default") ? "\0" + lineno : "";
        if (!shown.add(category + '\0' + message + where)) return;
      }
    }
    err.println(filename + ":" + lineno + ": " + category + ": " + message);
    String line = fileSource == null ? null : SourceLines.line(fileSource, lineno);
    if (line != null && !line.isBlank()) err.println("  " + line.strip());
  }

  /** What a warning made an error becomes: a SyntaxError of the same message and place, as CPython's compiler. */
  private CompileError syntaxError(String message, String filename, int lineno, int offset, int endLineno,
                                   int endOffset) {
    return new CompileError(CompileError.Kind.SyntaxError, message, filename, lineno, offset, endLineno, endOffset,
        source == null ? null : SourceLines.line(source, lineno));
  }

  /** The module a compile-time warning is filed under: its file name without ".py", as CPython's warnings module. */
  private static String moduleOf(String filename) {
    return filename.toLowerCase(java.util.Locale.ROOT).endsWith(".py") ? filename.substring(0, filename.length() - 3)
        : filename;
  }
}
