package dev.kaa.compile;

import dev.kaa.testing.CPython;
import dev.kaa.testing.CPythonAst;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** CPython's symbol tables in {@link SymtableDump}'s text form, printed by {@code cpython_symtable_dump.py}. */
final class CPythonSymtable {
  private CPythonSymtable() {}

  /** One dump (or "!" + error) per file, in order. */
  static List<String> dumpFiles(List<Path> files) {
    StringBuilder requests = new StringBuilder();
    for (Path f : files) requests.append("F\t").append(f).append('\n');
    return run(requests);
  }

  /** One dump (or "!" + error) per source text, in order. */
  static List<String> dumpSources(List<String> sources) {
    StringBuilder requests = new StringBuilder();
    for (String s : sources) requests.append("S\t").append(CPythonAst.jsonString(s)).append('\n');
    return run(requests);
  }

  /** How the script reports a SyntaxError: {@code str(exc)}, which names the file by its base name. */
  static String errorLine(dev.kaa.parse.CompileError e) {
    String file = e.filename == null ? "???" : Path.of(e.filename).getFileName().toString();
    return "!SyntaxError: " + e.msg + " (" + file + ", line " + e.lineno + ")\n";
  }

  private static List<String> run(StringBuilder requests) {
    String output = CPython.run(TestResources.text("cpython_symtable_dump.py"), requests.toString());
    String[] parts = output.split("\u0000\n", -1);
    // each answer is its text followed by "\n\0\n"; the last part is what follows the final separator
    return Arrays.stream(parts, 0, parts.length - 1).map(p -> p.endsWith("\n") ? p : p + "\n").toList();
  }
}
