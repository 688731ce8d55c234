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
 * Kaa's symbol table of CPython's tree equals CPython's symbol table, scope for scope and flag for flag, over the
 * standard library (a sample by default; every file with -Dkaa.full=true, as scripts/compare-symtable runs it).
 */
class SymtableParityTest {
  @Test
  void stdlibSymbolTablesMatchCPython() {
    List<Path> files = StdlibFiles.select(15);
    assumeTrue(!files.isEmpty(), "CPython 3.12 not installed");
    List<String> expected = CPythonSymtable.dumpFiles(files);
    List<String> failures = new ArrayList<>();
    int[] index = {0};
    int[] compared = {0};
    CPythonAst.parseFiles(files, false, r -> {
      String want = expected.get(index[0]++);
      if (r.tree() == null) return; // CPython cannot parse it either
      compared[0]++;
      String got;
      try {
        got = SymtableDump.dump(Symtable.build(r.tree(), r.name(), Warnings.IGNORE));
      } catch (CompileError e) {
        got = CPythonSymtable.errorLine(e);
      }
      if (!got.equals(want)) {
        failures.add(r.name());
        if (failures.size() <= 3) System.err.println(r.name() + "\n--- CPython\n" + want + "--- Kaa\n" + got);
      }
    });
    System.err.println("symtable parity: " + (compared[0] - failures.size()) + " of " + compared[0] + " files");
    assertEquals(List.of(), failures, "of " + compared[0] + " files");
  }
}
