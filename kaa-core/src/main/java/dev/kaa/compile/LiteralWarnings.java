package dev.kaa.compile;

import dev.kaa.bytecode.Code;
import dev.kaa.ast.CmpOp;
import dev.kaa.ast.Expr;
import dev.kaa.ast.Located;
import dev.kaa.ast.UnaryOpKind;
import java.math.BigInteger;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * CPython's "perhaps you missed a comma?" family of SyntaxWarnings: code that can only fail at run time because a
 * literal is compared by identity, called, or subscripted. Literals are judged after constant folding, as CPython's
 * compiler sees them.
 */
final class LiteralWarnings {
  private LiteralWarnings() {}

  /** {@code x is 1}: warns once per comparison chain, at the first {@code is}/{@code is not} with a literal side. */
  static void compare(Expr.Compare c, BiConsumer<String, Located> warn) {
    boolean left = identityComparable(c.left());
    Expr leftExpr = c.left();
    for (int i = 0; i < c.ops().size(); i++) {
      CmpOp op = c.ops().get(i);
      Expr rightExpr = c.comparators().get(i);
      boolean right = identityComparable(rightExpr);
      if ((op == CmpOp.Is || op == CmpOp.IsNot) && (!left || !right)) {
        Expr literal = !left ? leftExpr : rightExpr;
        String type = ConstantFolding.typeName(ConstantFolding.fold(literal));
        warn.accept(op == CmpOp.Is ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
            : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?", c);
        return;
      }
      left = right;
      leftExpr = rightExpr;
    }
  }

  /** Not a literal, or one of the singletons identity is meant for. */
  private static boolean identityComparable(Expr e) {
    Object v = ConstantFolding.fold(e);
    return v == ConstantFolding.NOT_CONSTANT || v instanceof Boolean || v instanceof Expr.Constant.Singleton;
  }

  /** {@code not (a is b)} as the optimizer rewrites it ({@code a is not b}), or null when it does not. */
  static Expr.Compare negatedCompare(Expr.UnaryOp u) {
    if (u.op() != UnaryOpKind.Not || !(u.operand() instanceof Expr.Compare c) || c.ops().size() != 1) return null;
    CmpOp flipped = switch (c.ops().get(0)) {
      case Is -> CmpOp.IsNot;
      case IsNot -> CmpOp.Is;
      case In -> CmpOp.NotIn;
      case NotIn -> CmpOp.In;
      default -> null;
    };
    if (flipped == null) return null;
    return new Expr.Compare(c.left(), List.of(flipped), c.comparators(), c.lineno(), c.colOffset(), c.endLineno(),
        c.endColOffset());
  }

  /** {@code (1, 2)(3)}: a display or literal called as a function. */
  static void caller(Expr func, BiConsumer<String, Located> warn) {
    String type = literalType(func);
    boolean callable;
    if (func instanceof Expr.Tuple t) {
      callable = false;
    } else if (func instanceof Expr.ListExpr l) {
      callable = false;
    } else if (func instanceof Expr.ListComp l) {
      callable = false;
    } else if (func instanceof Expr.Dict d) {
      callable = false;
    } else if (func instanceof Expr.DictComp d) {
      callable = false;
    } else if (func instanceof Expr.Set s) {
      callable = false;
    } else if (func instanceof Expr.SetComp s) {
      callable = false;
    } else if (func instanceof Expr.GeneratorExp g) {
      callable = false;
    } else if (func instanceof Expr.JoinedStr j) {
      callable = false;
    } else if (func instanceof Expr.FormattedValue f) {
      callable = false;
    } else {
      callable = ConstantFolding.fold(func) == ConstantFolding.NOT_CONSTANT;
    }
    if (!callable) warn.accept("'" + type + "' object is not callable; perhaps you missed a comma?", func);
  }

  /** {@code 5[0]}: a literal that cannot be subscripted at all. */
  static void subscripter(Expr value, BiConsumer<String, Located> warn) {
    Object v = ConstantFolding.fold(value);
    boolean warns;
    if (v != ConstantFolding.NOT_CONSTANT) {
      warns = v instanceof Expr.Constant.Singleton || v instanceof BigInteger || v instanceof Boolean
          || v instanceof Double || v instanceof Code.ConstComplex || v instanceof Expr.Constant.Imaginary;
    } else {
      warns = value instanceof Expr.Set || value instanceof Expr.SetComp || value instanceof Expr.GeneratorExp
          || value instanceof Expr.Lambda;
    }
    if (warns) {
      warn.accept("'" + literalType(value) + "' object is not subscriptable; perhaps you missed a comma?", value);
    }
  }

  /** {@code [1, 2]["a"]}: a sequence literal indexed by a literal that is not an int or slice. */
  static void index(Expr value, Expr slice, BiConsumer<String, Located> warn) {
    String indexType = literalType(slice);
    if (indexType == null || indexType.equals("int") || indexType.equals("bool")) return;
    Object v = ConstantFolding.fold(value);
    boolean warns;
    if (v != ConstantFolding.NOT_CONSTANT) {
      warns = ConstantFolding.isStr(v) || v instanceof Expr.Constant.Bytes || v instanceof Code.ConstTuple;
    } else {
      warns = value instanceof Expr.Tuple || value instanceof Expr.ListExpr || value instanceof Expr.ListComp
          || value instanceof Expr.JoinedStr || value instanceof Expr.FormattedValue;
    }
    if (warns) {
      warn.accept(literalType(value) + " indices must be integers or slices, not " + indexType
          + "; perhaps you missed a comma?", value);
    }
  }

  /** The type CPython infers for an expression from its form alone, or null (CPython's infer_type). */
  private static String literalType(Expr e) {
    Object v = ConstantFolding.fold(e);
    if (v != ConstantFolding.NOT_CONSTANT) return ConstantFolding.typeName(v);
    if (e instanceof Expr.Tuple t) {
      return "tuple";
    } else if (e instanceof Expr.ListExpr l) {
      return "list";
    } else if (e instanceof Expr.ListComp l) {
      return "list";
    } else if (e instanceof Expr.Dict d) {
      return "dict";
    } else if (e instanceof Expr.DictComp d) {
      return "dict";
    } else if (e instanceof Expr.Set s) {
      return "set";
    } else if (e instanceof Expr.SetComp s) {
      return "set";
    } else if (e instanceof Expr.GeneratorExp g) {
      return "generator";
    } else if (e instanceof Expr.Lambda l) {
      return "function";
    } else if (e instanceof Expr.JoinedStr j) {
      return "str";
    } else if (e instanceof Expr.FormattedValue f) {
      return "str";
    } else {
      return null;
    }
  }
}
