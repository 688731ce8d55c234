package dev.kaa.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.parse.CompileError;
import dev.kaa.parse.Warnings;
import dev.kaa.testing.CPython;
import dev.kaa.testing.CPythonAst;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small programs (compile_errors.txt, cases separated by lines "# ---"; top_level_await_cases.txt compiled with
 * PyCF_ALLOW_TOP_LEVEL_AWAIT) each checked against CPython 3.12's compile():
 * CPython parses, Kaa's {@link Symtable} and {@link CompileChecks} must then raise the same SyntaxError (message and
 * positions) or none, and report the same SyntaxWarnings (message and line), in the same order.
 */
class CompileErrorsTest {
  /** compile()'s PyCF_ALLOW_TOP_LEVEL_AWAIT. */
  private static final int ALLOW_TOP_LEVEL_AWAIT = 0x2000;

  @Test
  void everyCaseMatchesCPythonCompile() {
    compareWithCPython("compile_errors.txt", false);
  }

  @Test
  void topLevelAwaitCasesMatchCPythonCompileWithTheFlag() {
    compareWithCPython("top_level_await_cases.txt", true);
  }

  private static void compareWithCPython(String caseFile, boolean topLevelAwait) {
    assumeTrue(CPython.find() != null, "CPython 3.12 not installed");
    List<String> cases = TestResources.cases(caseFile);
    StringBuilder requests = new StringBuilder().append(topLevelAwait ? ALLOW_TOP_LEVEL_AWAIT : 0).append('\n');
    for (String c : cases) requests.append(CPythonAst.jsonString(c)).append('\n');
    String[] expected = CPython.run(TestResources.text("compile_oracle.py"), requests.toString()).split("\n\n", -1);
    List<String> failures = new ArrayList<>();
    int[] index = {0};
    int[] compared = {0};
    CPythonAst.parseSources(cases, r -> {
      int i = index[0]++;
      String want = expected[i].strip();
      if (r.tree() == null || want.startsWith("PARSER")) {
        failures.add("case " + i + " is not a compile-stage case: " + want + "\n" + cases.get(i));
        return;
      }
      compared[0]++;
      String got = kaa(r.tree(), topLevelAwait);
      if (!got.equals(want)) failures.add("case " + i + ":\n" + cases.get(i) + "\n--- CPython\n" + want + "\n--- Kaa\n" + got);
    });
    assertEquals("", String.join("\n\n", failures), failures.size() + " of " + cases.size() + " cases differ");
    assertEquals(cases.size(), compared[0]);
  }

  private static String kaa(dev.kaa.ast.Mod tree, boolean topLevelAwait) {
    List<String> warnings = new ArrayList<>();
    Warnings w = (category, message, filename, lineno, offset, endLineno, endOffset) ->
        warnings.add("W " + category + ": " + message + " @ " + lineno);
    String result;
    try {
      Symtable st = Symtable.build(tree, "<test>", w);
      CompileChecks.check(tree, st, "<test>", w, topLevelAwait);
      result = "OK";
    } catch (CompileError e) {
      result = e.kind + ": " + e.msg + " @ " + e.lineno + "," + e.offset + "-" + e.endLineno + "," + e.endOffset;
    }
    List<String> lines = new ArrayList<>();
    lines.add(result);
    lines.addAll(warnings);
    return String.join("\n", lines);
  }


}
