package dev.kaa.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.parse.CompileError;
import dev.kaa.parse.Warnings;
import dev.kaa.testing.CPythonAst;
import dev.kaa.testing.StdlibFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the standard library, Kaa's compile-stage checks agree with CPython's compile(): the same files fail with the same
 * SyntaxError, and the same compile-stage SyntaxWarnings come out in the same order (a sample; all with -Dkaa.full=true).
 */
class CompileChecksStdlibTest {
  @Test
  void stdlibCompilesAsCPythonCompilesIt() {
    List<Path> files = StdlibFiles.select(15);
    assumeTrue(!files.isEmpty(), "CPython 3.12 not installed");
    String[] expected = TestResources.perFile("compile_files_oracle.py", files);
    List<String> failures = new ArrayList<>();
    int[] index = {0};
    int[] compared = {0};
    CPythonAst.parseFiles(files, false, r -> {
      String want = expected[index[0]++];
      if (r.tree() == null) return; // CPython cannot parse it either
      compared[0]++;
      String got = kaa(r.tree(), r.name());
      if (!got.equals(want)) failures.add(r.name() + "\n--- CPython\n" + want + "\n--- Kaa\n" + got);
    });
    System.err.println("compile checks: " + (compared[0] - failures.size()) + " of " + compared[0] + " files agree");
    assertEquals("", String.join("\n\n", failures));
  }

  private static String kaa(dev.kaa.ast.Mod tree, String filename) {
    List<String> lines = new ArrayList<>();
    lines.add("OK");
    Warnings w = (category, message, file, lineno, offset, endLineno, endOffset) ->
        lines.add("W " + message + " @ " + lineno);
    try {
      CompileChecks.check(tree, Symtable.build(tree, filename, w), filename, w);
    } catch (CompileError e) {
      lines.set(0, e.kind + ": " + e.msg + " @ " + e.lineno + "," + e.offset + "-" + e.endLineno + "," + e.endOffset);
    }
    return String.join("\n", lines);
  }

}
