package dev.kaa.modules.warnings;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A warning printed without {@code warnings.py} (not imported yet), as CPython's C fallback prints it:
 * {@code file:line: Category: message}, then the source line, stripped and indented by two, when the file can be
 * read.
 */
final class WarningText {
  private WarningText() {}

  static void print(Interpreter interp, PyType category, PyObject text, PyObject filename, int lineno,
                    PyObject sourceLine) {
    StringBuilder out = new StringBuilder();
    out.append(Abstract.str(filename).value).append(':').append(lineno).append(": ").append(category.name())
        .append(": ").append(Abstract.str(text).value).append('\n');
    if (sourceLine instanceof PyStr s) {
      out.append(s.value.stripLeading()).append('\n');
    } else if (filename instanceof PyStr f) {
      String line = fileLine(f.value, lineno);
      if (line != null) out.append("  ").append(line.strip()).append('\n');
    }
    interp.writeStderr(out.toString());
  }

  /** Line {@code lineno} of the file, or null when it cannot be read. */
  private static String fileLine(String filename, int lineno) {
    try {
      List<String> lines = Files.readAllLines(Path.of(filename), StandardCharsets.UTF_8);
      return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
