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
      "For.target", "AsyncFor.target", "withitem.optional_vars", "comprehension.target", "NamedExpr.target");

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
      check(node, ctx);
      String owner = AstDump.pythonName(node.getClass());
      RecordComponent[] components = node.getClass().getRecordComponents();
      int fields = node instanceof Located ? components.length - 4 : components.length;
      List<String> names = AstClasses.fields(node.getClass());
      for (int i = 0; i < fields; i++) {
        Object v = get(components[i], node);
        String key = owner + "." + names.get(i);
        if (NON_EMPTY.contains(key) && v instanceof List<?> l && l.isEmpty()) {
          throw Errors.valueError("empty %s on %s", names.get(i), owner);
        }
        walk(v, contextOf(node, key, names.get(i), ctx));
      }
    }
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

  private static void check(Node node, ExprContext expected) {
    ExprContext actual = switch (node) {
      case Expr.Name n -> {
        if (Set.of("None", "True", "False").contains(n.id())) {
          throw Errors.valueError("identifier field can't represent '%s' constant", n.id());
        }
        yield n.ctx();
      }
      case Expr.Attribute a -> a.ctx();
      case Expr.Subscript s -> s.ctx();
      case Expr.Starred s -> s.ctx();
      case Expr.ListExpr l -> l.ctx();
      case Expr.Tuple t -> t.ctx();
      default -> null;
    };
    if (actual != null && actual != expected) {
      throw Errors.valueError("expression must have %s context but has %s instead", expected, actual);
    }
    if (actual == null && node instanceof Expr && expected != ExprContext.Load) {
      throw Errors.valueError("expression which can't be assigned to in %s context", expected);
    }
    checkArity(node);
  }

  /** The rules on counts and combinations the grammar keeps for parsed code. */
  private static void checkArity(Node node) {
    switch (node) {
      case Expr.BoolOp b when b.values().size() < 2 -> throw Errors.valueError("BoolOp with less than 2 values");
      case Expr.Compare c when c.comparators().isEmpty() -> throw Errors.valueError("Compare with no comparators");
      case Expr.Compare c when c.comparators().size() != c.ops().size() ->
          throw Errors.valueError("Compare has a different number of comparators and operands");
      case Expr.Dict d when d.keys().size() != d.values().size() ->
          throw Errors.valueError("Dict doesn't have the same number of keys as values");
      case Expr.ListComp c when c.generators().isEmpty() -> throw Errors.valueError("comprehension with no generators");
      case Expr.SetComp c when c.generators().isEmpty() -> throw Errors.valueError("comprehension with no generators");
      case Expr.DictComp c when c.generators().isEmpty() -> throw Errors.valueError("comprehension with no generators");
      case Expr.GeneratorExp c when c.generators().isEmpty() ->
          throw Errors.valueError("comprehension with no generators");
      case Stmt.ImportFrom i when i.level() < 0 -> throw Errors.valueError("Negative ImportFrom level");
      case Stmt.Raise r when r.exc() == null && r.cause() != null ->
          throw Errors.valueError("Raise with cause but no exception");
      case Stmt.Try t -> checkTry("Try", t.handlers().isEmpty(), t.orelse().isEmpty(), t.finalbody().isEmpty());
      case Stmt.TryStar t ->
          checkTry("TryStar", t.handlers().isEmpty(), t.orelse().isEmpty(), t.finalbody().isEmpty());
      case Arguments a when a.defaults().size() > a.posonlyargs().size() + a.args().size() ->
          throw Errors.valueError("more positional defaults than args on arguments");
      case Arguments a when a.kwDefaults().size() != a.kwonlyargs().size() ->
          throw Errors.valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
      default -> { }
    }
  }

  private static void checkTry(String owner, boolean noHandlers, boolean noElse, boolean noFinally) {
    if (noHandlers && noFinally) throw Errors.valueError("%s has neither except handlers nor finalbody", owner);
    if (noHandlers && !noElse) throw Errors.valueError("%s has orelse but no except handlers", owner);
  }

  private static Object get(RecordComponent c, Object node) {
    try {
      return c.getAccessor().invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
