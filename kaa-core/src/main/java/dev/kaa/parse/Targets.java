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
    return switch (e) {
      case Expr.Name n -> new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
      case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx,
          a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
      case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx,
          s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
      case Expr.Starred s -> {
        Expr inner = withContext(s.value(), ctx);
        yield inner == null ? null
            : new Expr.Starred(inner, ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
      }
      case Expr.Tuple t -> {
        List<Expr> elts = all(t.elts(), ctx);
        yield elts == null ? null
            : new Expr.Tuple(elts, ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
      }
      case Expr.ListExpr l -> {
        List<Expr> elts = all(l.elts(), ctx);
        yield elts == null ? null
            : new Expr.ListExpr(elts, ctx, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
      }
      default -> null;
    };
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
    switch (e) {
      case Expr.ListExpr l -> {
        return firstInvalid(l.elts(), kind);
      }
      case Expr.Tuple t -> {
        return firstInvalid(t.elts(), kind);
      }
      case Expr.Starred s -> {
        return kind == Kind.DEL ? e : invalid(s.value(), kind);
      }
      case Expr.Compare c -> {
        if (kind != Kind.FOR) return e;
        return c.ops().get(0) == dev.kaa.ast.CmpOp.In ? invalid(c.left(), kind) : null;
      }
      case Expr.Name n -> {
        return null;
      }
      case Expr.Subscript s -> {
        return null;
      }
      case Expr.Attribute a -> {
        return null;
      }
      default -> {
        return e;
      }
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
    return switch (e) {
      case Expr.Attribute a -> "attribute";
      case Expr.Subscript s -> "subscript";
      case Expr.Starred s -> "starred";
      case Expr.Name n -> "name";
      case Expr.ListExpr l -> "list";
      case Expr.Tuple t -> "tuple";
      case Expr.Lambda l -> "lambda";
      case Expr.Call c -> "function call";
      case Expr.BoolOp b -> "expression";
      case Expr.BinOp b -> "expression";
      case Expr.UnaryOp u -> "expression";
      case Expr.GeneratorExp g -> "generator expression";
      case Expr.Yield y -> "yield expression";
      case Expr.YieldFrom y -> "yield expression";
      case Expr.Await a -> "await expression";
      case Expr.ListComp l -> "list comprehension";
      case Expr.SetComp s -> "set comprehension";
      case Expr.DictComp d -> "dict comprehension";
      case Expr.Dict d -> "dict literal";
      case Expr.Set s -> "set display";
      case Expr.JoinedStr j -> "f-string expression";
      case Expr.FormattedValue f -> "f-string expression";
      case Expr.Constant c -> describeConstant(c.value());
      case Expr.Compare c -> "comparison";
      case Expr.IfExp i -> "conditional expression";
      case Expr.NamedExpr n -> "named expression";
      case Expr.Slice s -> "slice";
    };
  }

  private static String describeConstant(Object v) {
    if (v == Expr.Constant.Singleton.None) return "None";
    if (v == Expr.Constant.Singleton.Ellipsis) return "ellipsis";
    if (Boolean.TRUE.equals(v)) return "True";
    if (Boolean.FALSE.equals(v)) return "False";
    return "literal";
  }
}
