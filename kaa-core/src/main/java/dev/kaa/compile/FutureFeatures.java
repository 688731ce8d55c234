package dev.kaa.compile;

import dev.kaa.ast.Alias;
import dev.kaa.ast.Expr;
import dev.kaa.ast.Mod;
import dev.kaa.ast.Stmt;
import dev.kaa.parse.CompileError;
import java.util.List;
import java.util.Set;

/**
 * The {@code from __future__ import ...} statements at the top of a module (after an optional docstring): which
 * features they turn on, and where the last one is, since a later one is an error the compiler reports.
 */
public record FutureFeatures(boolean annotations, boolean barryAsBdfl, int lastLineno, int lastColOffset) {
  /** Features that are always on in 3.12 but may still be named. */
  private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division", "absolute_import",
      "with_statement", "print_function", "unicode_literals", "generator_stop", "annotations", "barry_as_FLUFL");

  public static final FutureFeatures NONE = new FutureFeatures(false, false, -1, -1);

  /** Reads the leading future imports; an unknown feature is a SyntaxError at its statement. */
  public static FutureFeatures of(Mod module, String filename) {
    List<Stmt> body;
    if (module instanceof Mod.Module m) {
      body = m.body();
    } else if (module instanceof Mod.Interactive i) {
      body = i.body();
    } else {
      body = List.of();
    }
    boolean annotations = false;
    boolean barry = false;
    int lastLine = -1;
    int lastCol = -1;
    int i = hasDocstring(body) ? 1 : 0;
    for (; i < body.size(); i++) {
      if (!(body.get(i) instanceof Stmt.ImportFrom from) || !"__future__".equals(from.module())) break;
      for (Alias alias : from.names()) {
        String feature = alias.name();
        if (feature.equals("braces")) throw startOnly("not a chance", filename, from);
        if (!KNOWN.contains(feature)) {
          throw startOnly("future feature " + feature + " is not defined", filename, from);
        }
        annotations |= feature.equals("annotations");
        barry |= feature.equals("barry_as_FLUFL");
      }
      lastLine = from.lineno();
      lastCol = from.colOffset();
    }
    return new FutureFeatures(annotations, barry, lastLine, lastCol);
  }

  /** These errors carry only a start: CPython leaves {@code end_offset} None (and end_lineno = lineno). */
  private static CompileError startOnly(String msg, String filename, Stmt at) {
    return new CompileError(CompileError.Kind.SyntaxError, msg, filename, at.lineno(), at.colOffset() + 1, at.lineno(),
        0, null);
  }

  static boolean hasDocstring(List<Stmt> body) {
    return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
        && (c.value() instanceof String || c.value() instanceof Expr.Constant.CodePoints);
  }
}
