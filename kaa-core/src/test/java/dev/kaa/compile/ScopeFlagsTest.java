package dev.kaa.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.ast.Expr;
import dev.kaa.ast.Stmt;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Warnings;
import dev.kaa.testing.CPythonAst;
import dev.kaa.testing.StdlibFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scope properties the code generator will turn into code-object flags (generator, coroutine, async generator,
 * nested, *args, **kwargs) and the implicit {@code __class__}/{@code __classdict__} cells agree with the code objects
 * CPython's compile() makes, on the standard library (a sample; all with -Dkaa.full=true). {@code _symtable} does not
 * show these, so the symbol-table parity test cannot. Every code object CPython makes must have its scope; a scope may
 * lack its code object, since CPython drops code in dead branches ({@code if 0:}) and merges equal lambdas.
 */
class ScopeFlagsTest {
  @Test
  void stdlibScopeFlagsMatchCPythonCodeObjects() {
    List<Path> files = StdlibFiles.select(15);
    assumeTrue(!files.isEmpty(), "CPython 3.12 not installed");
    String[] expected = TestResources.perFile("code_flags.py", files);
    List<String> failures = new ArrayList<>();
    int[] index = {0};
    CPythonAst.parseFiles(files, false, r -> {
      String want = expected[index[0]++];
      if (r.tree() == null || want.equals("!")) return; // not compilable: nothing to compare
      List<String> lines = new ArrayList<>();
      try {
        for (Scope child : Symtable.build(r.tree(), r.name(), Warnings.IGNORE).top().children()) describe(child, lines);
      } catch (CompileError e) {
        lines.add("!" + e.msg);
      }
      List<String> missing = new ArrayList<>(want.isEmpty() ? List.of() : List.of(want.split("\n")));
      missing.removeAll(lines);
      Collections.sort(lines);
      if (!missing.isEmpty()) {
        failures.add(r.name() + "\n--- CPython's code objects without a matching scope\n" + String.join("\n", missing)
            + "\n--- Kaa\n" + String.join("\n", lines));
      }
    });
    assertEquals("", String.join("\n\n", failures));
  }

  /** One line per scope that becomes a code object: its code name, first line and flags, as the script prints. */
  private static void describe(Scope s, List<String> out) {
    StringBuilder line = new StringBuilder(codeName(s)).append('@').append(firstLine(s));
    if (s.kind.isFunctionLike()) {
      if (s.isGenerator() && !s.isCoroutine()) line.append(" generator");
      if (s.isCoroutine() && !s.isGenerator()) line.append(" coroutine");
      if (s.isCoroutine() && s.isGenerator()) line.append(" async_generator");
      if (s.nested) line.append(" nested");
      if (s.hasVarargs()) line.append(" varargs");
      if (s.hasVarkeywords()) line.append(" varkeywords");
    }
    // a class's implicit cells; a function may also have a cell of that name (a parameter named __class__)
    if (s.needsClassClosure() || s.scopeOf("__class__") == NameScope.CELL) line.append(" cell:__class__");
    if (s.needsClassdict() || s.scopeOf("__classdict__") == NameScope.CELL) line.append(" cell:__classdict__");
    out.add(line.toString());
    for (Scope child : s.children()) describe(child, out);
  }

  private static String codeName(Scope s) {
    return switch (s.kind) {
      case TYPE_PARAMS -> "<generic parameters of " + s.name + ">";
      case FUNCTION -> s.node instanceof Expr.Lambda ? "<lambda>"
          : s.node instanceof Expr.GeneratorExp ? "<genexpr>" : s.name;
      default -> s.name;
    };
  }

  /** CPython's co_firstlineno: a decorated definition starts at its first decorator. */
  private static int firstLine(Scope s) {
    Object node = switch (s.kind) {
      case TYPE_PARAMS -> s.children().get(s.children().size() - 1).node; // the generic definition itself
      case TYPE_VAR_BOUND -> ((dev.kaa.ast.TypeParam.TypeVar) s.node).bound();
      default -> s.node;
    };
    List<Expr> decorators = switch (node) {
      case Stmt.FunctionDef f -> f.decoratorList();
      case Stmt.AsyncFunctionDef f -> f.decoratorList();
      case Stmt.ClassDef c -> c.decoratorList();
      default -> List.of();
    };
    if (!decorators.isEmpty()) return decorators.get(0).lineno();
    return ((dev.kaa.ast.Located) node).lineno();
  }

}
