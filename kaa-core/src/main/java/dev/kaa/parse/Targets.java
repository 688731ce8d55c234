package dev.kaa.parse;

import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignment and deletion targets. The parser reads a target as an ordinary expression and then rebuilds it with a Store
 * or Del context; an expression that cannot be a target is named as CPython names it in "cannot assign to ...".
 */
final class Targets {
  private Targets() {}

  /** The expression with {@code ctx} on it and its sub-targets, or null if it cannot be a target. */
  static Expr withContext(Expr e, ExprContext ctx) {
    if (e instanceof Expr.Name n) {
      return new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
    } else if (e instanceof Expr.Attribute a) {
      return new Expr.Attribute(a.value(), a.attr(), ctx,
          a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
    } else if (e instanceof Expr.Subscript s) {
      return new Expr.Subscript(s.value(), s.slice(), ctx,
          s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
    } else if (e instanceof Expr.Starred s) {
      Expr inner = withContext(s.value(), ctx);
      return inner == null ? null
          : new Expr.Starred(inner, ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
    } else if (e instanceof Expr.Tuple t) {
      List<Expr> elts = all(t.elts(), ctx);
      return elts == null ? null
          : new Expr.Tuple(elts, ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    } else if (e instanceof Expr.ListExpr l) {
      List<Expr> elts = all(l.elts(), ctx);
      return elts == null ? null
          : new Expr.ListExpr(elts, ctx, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
    } else {
      return null;
    }
  }

  private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
    List<Expr> out = new ArrayList<>(elts.size());
    for (Expr e : elts) {
      Expr c = withContext(e, ctx);
      if (c == null) return null;
      out.add(c);
    }
    return out;
  }

  /** Where a target list is: for {@link #invalid}'s rules. */
  enum Kind { STAR, DEL, FOR }

  /**
   * The first sub-expression of {@code e} that cannot be a target, or null if there is none: containers are searched,
   * a starred target's value too (except in del), and in a for loop the comparison {@code x in y} stands for target
   * {@code x}.
   */
  static Expr invalid(Expr e, Kind kind) {
    if (e instanceof Expr.ListExpr l) {
      return firstInvalid(l.elts(), kind);
    } else if (e instanceof Expr.Tuple t) {
      return firstInvalid(t.elts(), kind);
    } else if (e instanceof Expr.Starred s) {
      return kind == Kind.DEL ? e : invalid(s.value(), kind);
    } else if (e instanceof Expr.Compare c) {
      if (kind != Kind.FOR) return e;
      return c.ops().get(0) == dev.kaa.ast.CmpOp.In ? invalid(c.left(), kind) : null;
    } else if (e instanceof Expr.Name n) {
      return null;
    } else if (e instanceof Expr.Subscript s) {
      return null;
    } else if (e instanceof Expr.Attribute a) {
      return null;
    } else {
      return e;
    }
  }

  private static Expr firstInvalid(List<Expr> elts, Kind kind) {
    for (Expr x : elts) {
      Expr bad = invalid(x, kind);
      if (bad != null) return bad;
    }
    return null;
  }

  /** CPython's name for an expression kind in error messages. */
  static String describe(Expr e) {
    if (e instanceof Expr.Attribute a) {
      return "attribute";
    } else if (e instanceof Expr.Subscript s) {
      return "subscript";
    } else if (e instanceof Expr.Starred s) {
      return "starred";
    } else if (e instanceof Expr.Name n) {
      return "name";
    } else if (e instanceof Expr.ListExpr l) {
      return "list";
    } else if (e instanceof Expr.Tuple t) {
      return "tuple";
    } else if (e instanceof Expr.Lambda l) {
      return "lambda";
    } else if (e instanceof Expr.Call c) {
      return "function call";
    } else if (e instanceof Expr.BoolOp b) {
      return "expression";
    } else if (e instanceof Expr.BinOp b) {
      return "expression";
    } else if (e instanceof Expr.UnaryOp u) {
      return "expression";
    } else if (e instanceof Expr.GeneratorExp g) {
      return "generator expression";
    } else if (e instanceof Expr.Yield y) {
      return "yield expression";
    } else if (e instanceof Expr.YieldFrom y) {
      return "yield expression";
    } else if (e instanceof Expr.Await a) {
      return "await expression";
    } else if (e instanceof Expr.ListComp l) {
      return "list comprehension";
    } else if (e instanceof Expr.SetComp s) {
      return "set comprehension";
    } else if (e instanceof Expr.DictComp d) {
      return "dict comprehension";
    } else if (e instanceof Expr.Dict d) {
      return "dict literal";
    } else if (e instanceof Expr.Set s) {
      return "set display";
    } else if (e instanceof Expr.JoinedStr j) {
      return "f-string expression";
    } else if (e instanceof Expr.FormattedValue f) {
      return "f-string expression";
    } else if (e instanceof Expr.Constant c) {
      return describeConstant(c.value());
    } else if (e instanceof Expr.Compare c) {
      return "comparison";
    } else if (e instanceof Expr.IfExp i) {
      return "conditional expression";
    } else if (e instanceof Expr.NamedExpr n) {
      return "named expression";
    } else if (e instanceof Expr.Slice s) {
      return "slice";
    } else {
      throw new IllegalStateException("unexpected " + e);
    }
  }

  private static String describeConstant(Object v) {
    if (v == Expr.Constant.Singleton.None) return "None";
    if (v == Expr.Constant.Singleton.Ellipsis) return "ellipsis";
    if (Boolean.TRUE.equals(v)) return "True";
    if (Boolean.FALSE.equals(v)) return "False";
    return "literal";
  }
}
