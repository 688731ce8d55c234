package dev.kaa.modules.ast;

import dev.kaa.ast.Arguments;
import dev.kaa.ast.AstDump;
import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.Located;
import dev.kaa.ast.Node;
import dev.kaa.ast.Stmt;
import dev.kaa.objects.Errors;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;

/**
 * The checks CPython makes on a tree a program built before compiling it (its {@code validate_*} pass, ValueError):
 * every expression has the context its place needs, statements that own a body have one, names are not the
 * constants' names, and the arity rules the parser would have kept. A parsed tree always passes.
 */
final class AstValidator {
  private AstValidator() {}

  /** The fields that assign to their expression (Store), per node name; Delete's targets are Del. */
  private static final Set<String> STORE = Set.of("Assign.targets", "AugAssign.target", "AnnAssign.target",
      "For.target", "AsyncFor.target", "withitem.optional_vars", "comprehension.target", "NamedExpr.target", "TypeAlias.name");

  /** The list fields that must not be empty, as CPython names them in "empty X on Y". */
  private static final Set<String> NON_EMPTY = Set.of("FunctionDef.body", "AsyncFunctionDef.body", "ClassDef.body",
      "For.body", "AsyncFor.body", "While.body", "If.body", "With.body", "AsyncWith.body", "Try.body", "TryStar.body",
      "ExceptHandler.body", "match_case.body", "With.items", "AsyncWith.items", "Match.cases", "Import.names",
      "ImportFrom.names", "Global.names", "Nonlocal.names", "Delete.targets", "Assign.targets");

  static void validate(Node tree) { walk(tree, ExprContext.Load); }

  private static void walk(Object value, ExprContext ctx) {
    if (value instanceof List<?> list) {
      for (Object item : list) walk(item, ctx);
    } else if (value instanceof Node node) {
      checkContext(node, ctx);
      String owner = AstDump.pythonName(node.getClass());
      RecordComponent[] components = node.getClass().getRecordComponents();
      int fields = node instanceof Located ? components.length - 4 : components.length;
      List<String> names = AstClasses.fields(node.getClass());
      // a comprehension's generators are checked before its element, as CPython's validator does
      int first = names.indexOf("generators");
      if (first >= 0) walkField(node, owner, components[first], names.get(first), ctx);
      for (int i = 0; i < fields; i++) {
        if (i != first) walkField(node, owner, components[i], names.get(i), ctx);
      }
      String problem = arityProblem(node);
      if (problem != null) throw Errors.valueError(problem);
    }
  }

  private static void walkField(Node node, String owner, RecordComponent component, String name, ExprContext ctx) {
    Object v = get(component, node);
    String key = owner + "." + name;
    if (NON_EMPTY.contains(key) && v instanceof List<?> l && l.isEmpty()) {
      throw Errors.valueError("empty %s on %s", name, owner);
    }
    walk(v, contextOf(node, key, name, ctx));
  }

  /** The context the field's expressions need: a target's own, the elements of a target list the list's, else Load. */
  private static ExprContext contextOf(Node node, String key, String field, ExprContext ctx) {
    if (STORE.contains(key)) return ExprContext.Store;
    if (key.equals("Delete.targets")) return ExprContext.Del;
    if ((node instanceof Expr.ListExpr || node instanceof Expr.Tuple || node instanceof Expr.Starred)
        && (field.equals("elts") || field.equals("value"))) {
      return ctx;
    }
    return ExprContext.Load;
  }

  private static void checkContext(Node node, ExprContext expected) {
    ExprContext actual = contextOf(node);
    if (node instanceof Expr.Name n && CONSTANT_NAMES.contains(n.id())) {
      throw Errors.valueError("identifier field can't represent '%s' constant", n.id());
    }
    if (actual != null && actual != expected) {
      throw Errors.valueError("expression must have %s context but has %s instead", expected, actual);
    }
    if (actual == null && node instanceof Expr && expected != ExprContext.Load) {
      throw Errors.valueError("expression which can't be assigned to in %s context", expected);
    }
  }

  private static final Set<String> CONSTANT_NAMES = Set.of("None", "True", "False");

  // if-chains, not pattern switches: StartupPathTest keeps typeSwitch bootstraps out of Kaa's classes

  /** The context an expression node carries, or null for one without ({@code Call}, {@code Constant}...). */
  private static ExprContext contextOf(Node node) {
    if (node instanceof Expr.Name n) return n.ctx();
    if (node instanceof Expr.Attribute a) return a.ctx();
    if (node instanceof Expr.Subscript s) return s.ctx();
    if (node instanceof Expr.Starred s) return s.ctx();
    if (node instanceof Expr.ListExpr l) return l.ctx();
    if (node instanceof Expr.Tuple t) return t.ctx();
    return null;
  }

  /** What breaks the rules on counts and combinations the grammar keeps for parsed code, or null. */
  private static String arityProblem(Node node) {
    if (node instanceof Expr.BoolOp b && b.values().size() < 2) return "BoolOp with less than 2 values";
    if (node instanceof Expr.Compare c) {
      if (c.comparators().isEmpty()) return "Compare with no comparators";
      if (c.comparators().size() != c.ops().size()) return "Compare has a different number of comparators and operands";
    }
    if (node instanceof Expr.Dict d && d.keys().size() != d.values().size()) {
      return "Dict doesn't have the same number of keys as values";
    }
    List<?> generators = node instanceof Expr.ListComp c ? c.generators()
        : node instanceof Expr.SetComp c ? c.generators()
        : node instanceof Expr.DictComp c ? c.generators()
        : node instanceof Expr.GeneratorExp c ? c.generators() : null;
    if (generators != null && generators.isEmpty()) return "comprehension with no generators";
    if (node instanceof Stmt.ImportFrom i && i.level() < 0) return "Negative ImportFrom level";
    if (node instanceof Stmt.Raise r && r.exc() == null && r.cause() != null) {
      return "Raise with cause but no exception";
    }
    if (node instanceof Stmt.Try t) {
      return tryProblem("Try", t.handlers().isEmpty(), t.orelse().isEmpty(), t.finalbody().isEmpty());
    }
    if (node instanceof Stmt.TryStar t) {
      return tryProblem("TryStar", t.handlers().isEmpty(), t.orelse().isEmpty(), t.finalbody().isEmpty());
    }
    if (node instanceof Arguments a) {
      if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
        return "more positional defaults than args on arguments";
      }
      if (a.kwDefaults().size() != a.kwonlyargs().size()) {
        return "length of kwonlyargs is not the same as kw_defaults on arguments";
      }
    }
    return null;
  }

  private static String tryProblem(String owner, boolean noHandlers, boolean noElse, boolean noFinally) {
    if (noHandlers && noFinally) return owner + " has neither except handlers nor finalbody";
    if (noHandlers && !noElse) return owner + " has orelse but no except handlers";
    return null;
  }

  private static Object get(RecordComponent c, Object node) {
    try {
      return c.getAccessor().invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
