package dev.kaa.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.parse.CompileError;
import dev.kaa.parse.Warnings;
import dev.kaa.testing.CPython;
import dev.kaa.testing.CPythonAst;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    String[] chunks = resource().split("\n# ---\n");
    List<String> cases = new ArrayList<>(List.of(chunks).subList(1, chunks.length)); // chunk 0 is the header
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

  private static String resource() {
    try (InputStream in = SymtableCasesTest.class.getResourceAsStream("symtable_cases.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
