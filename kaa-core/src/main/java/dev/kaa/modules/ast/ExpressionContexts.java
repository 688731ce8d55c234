package dev.kaa.modules.ast;

import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.Node;
import dev.kaa.objects.Errors;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;

/**
 * The check CPython's AST validator makes of a program-built tree before compiling it: every name, attribute,
 * subscript, starred, list and tuple has the context its place asks (Store for assignment targets, Del for del's,
 * Load elsewhere), and nothing that cannot be assigned stands where a target belongs. The code generator trusts the
 * contexts, so a wrong one would make wrong code rather than an error.
 */
final class ExpressionContexts {
  private ExpressionContexts() {}

  /** The fields ("Record.component") that hold assignment targets. */
  private static final Set<String> STORE = Set.of("Assign.targets", "AugAssign.target", "AnnAssign.target",
      "For.target", "AsyncFor.target", "Comprehension.target", "NamedExpr.target", "WithItem.optionalVars");

  static void check(Node tree) { walk(tree, ExprContext.Load); }

  private static void walk(Object value, ExprContext expected) {
    if (value instanceof List<?> list) {
      for (Object item : list) walk(item, expected);
      return;
    }
    if (!(value instanceof Node node)) return;
    ExprContext own = contextOf(node);
    if (node instanceof Expr && own == null && expected != ExprContext.Load) {
      throw Errors.valueError("expression which can't be assigned to in %s context", expected.name());
    }
    if (own != null && own != expected) {
      throw Errors.valueError("expression must have %s context but has %s instead", expected.name(), own.name());
    }
    boolean nested = node instanceof Expr.Starred || node instanceof Expr.ListExpr || node instanceof Expr.Tuple;
    String record = node.getClass().getSimpleName();
    for (RecordComponent c : node.getClass().getRecordComponents()) {
      Object child = get(c, node);
      if (!(child instanceof Node || child instanceof List<?>)) continue;
      ExprContext inner = nested ? own
          : STORE.contains(record + "." + c.getName()) ? ExprContext.Store
          : node instanceof dev.kaa.ast.Stmt.Delete ? ExprContext.Del
          : ExprContext.Load;
      walk(child, inner);
    }
  }

  private static ExprContext contextOf(Node node) {
    return switch (node) {
      case Expr.Name n -> n.ctx();
      case Expr.Attribute a -> a.ctx();
      case Expr.Subscript s -> s.ctx();
      case Expr.Starred s -> s.ctx();
      case Expr.ListExpr l -> l.ctx();
      case Expr.Tuple t -> t.ctx();
      default -> null;
    };
  }

  private static Object get(RecordComponent c, Object node) {
    try {
      return c.getAccessor().invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
