package dev.kaa.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.ast.AstDump;
import dev.kaa.ast.Expr;
import dev.kaa.ast.Mod;
import dev.kaa.ast.Stmt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loader round-trips: Kaa's {@link AstDump} of the loaded tree equals CPython's {@code ast.dump} of its own tree.
 * That checks the loader and AstDump together, on the standard library (a sample; all of it with -Dkaa.full=true).
 */
class CPythonAstTest {
  @Test
  void constantsOfEveryKindSurviveTheTrip() {
    assumeTrue(CPython.find() != null, "CPython 3.12 not installed");
    String source = "x = (1, 10**30, -0.0, 1e400, 2j, 'é\\U0001F600', '\\ud800\\udc00', '\\udfff', b'\\x00\\xff', "
        + "None, ..., True, u'k', f'{x!r:>{w}}')\n";
    Mod tree = CPythonAst.parse(source);
    Stmt.Assign assign = (Stmt.Assign) ((Mod.Module) tree).body().get(0);
    Expr.Tuple tuple = (Expr.Tuple) assign.value();
    assertEquals(new Expr.Constant.CodePoints(new int[] {0xd800, 0xdc00}), ((Expr.Constant) tuple.elts().get(6)).value());
    assertEquals(CPython.run("import ast, sys; print(ast.dump(ast.parse(sys.stdin.read()), include_attributes=True))",
        source).strip(), AstDump.dump(tree));
  }

  @Test
  void stdlibRoundTrips() {
    List<Path> files = StdlibFiles.select(40);
    assumeTrue(!files.isEmpty(), "CPython 3.12 not installed");
    List<String> failures = new ArrayList<>();
    int[] checked = {0};
    CPythonAst.parseFiles(files, true, r -> {
      if (r.tree() == null) return; // CPython cannot parse it either (bad-syntax test data)
      checked[0]++;
      if (!r.cpythonDump().equals(AstDump.dump(r.tree()))) failures.add(r.name());
    });
    assertEquals(List.of(), failures, "of " + checked[0] + " files");
  }
}
