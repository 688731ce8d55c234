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
 * Small programs aimed at the corners the standard library rarely reaches (PEP 695 scopes in classes, inlined
 * comprehensions with cells, walrus targets, mangling, future annotations): Kaa's symbol table of each must print as
 * CPython's {@code _symtable} does (symtable_cases.txt, cases separated by lines "# ---").
 */
class SymtableCasesTest {
  @Test
  void everyCaseMatchesCPythonSymtable() {
    assumeTrue(CPython.find() != null, "CPython 3.12 not installed");
    List<String> cases = TestResources.cases("symtable_cases.txt");
    List<String> expected = CPythonSymtable.dumpSources(cases);
    List<String> failures = new ArrayList<>();
    int[] index = {0};
    CPythonAst.parseSources(cases, r -> {
      int i = index[0]++;
      String got;
      try {
        got = SymtableDump.dump(Symtable.build(r.tree(), "<string>", Warnings.IGNORE));
      } catch (CompileError e) {
        got = CPythonSymtable.errorLine(e);
      }
      if (!got.equals(expected.get(i))) {
        failures.add("case " + i + ":\n" + cases.get(i) + "\n--- CPython\n" + expected.get(i) + "--- Kaa\n" + got);
      }
    });
    assertEquals("", String.join("\n", failures), failures.size() + " of " + cases.size() + " cases differ");
  }

}
