package dev.kaa.compile;

import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.bytecode.Code;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What CPython's AST optimizer would turn an expression into, as far as the compile-time checks care: the constant
 * value it folds to, or {@link #NOT_CONSTANT}. CPython folds before it compiles, so its warnings see {@code -1},
 * {@code 2 ** -1}, {@code (1, 2)} and {@code __debug__} as literals. The limits are CPython's: a fold that would raise,
 * or build an int over 128 bits, a str or bytes over 4096 items or a tuple over 256, is left undone.
 *
 * <p>Values: {@link BigInteger} (int), {@link Boolean}, {@link Double}, {@link Code.ConstComplex}, {@link String} (or
 * {@link Expr.Constant.CodePoints}), {@link Expr.Constant.Bytes}, {@link Code.ConstTuple}, {@link Expr.Constant.Singleton}.
 */
final class ConstantFolding {
  private ConstantFolding() {}

  /** The result when the expression is not folded to a constant. */
  static final Object NOT_CONSTANT = new Object();


  private static final int MAX_INT_BITS = 128;
  private static final int MAX_COLLECTION_SIZE = 256;
  private static final int MAX_STR_SIZE = 4096;

  static Object fold(Expr e) {
    if (e instanceof Expr.Constant c) {
      return normalise(c.value());
    } else if (e instanceof Expr.Name n) {
      return n.ctx() == ExprContext.Load && n.id().equals("__debug__") ? Boolean.TRUE : NOT_CONSTANT;
    } else if (e instanceof Expr.UnaryOp u) {
      return unary(u);
    } else if (e instanceof Expr.BinOp b) {
      return binary(b.op(), fold(b.left()), fold(b.right()));
    } else if (e instanceof Expr.Tuple t) {
      return tuple(t);
    } else if (e instanceof Expr.Subscript s) {
      return s.ctx() == ExprContext.Load ? subscript(fold(s.value()), fold(s.slice())) : NOT_CONSTANT;
    } else {
      return NOT_CONSTANT;
    }
  }

  private static Object normalise(Object v) {
    return v instanceof Long l ? BigInteger.valueOf(l) : v;
  }

  private static Object tuple(Expr.Tuple t) {
    if (t.ctx() != ExprContext.Load) return NOT_CONSTANT;
    List<Object> items = new ArrayList<>();
    for (Expr elt : t.elts()) {
      Object v = fold(elt);
      if (v == NOT_CONSTANT) return NOT_CONSTANT;
      items.add(v);
    }
    return new Code.ConstTuple(items);
  }

  /** Python's type name of a folded value, as a warning prints it. */
  static String typeName(Object v) {
    if (v instanceof BigInteger b) {
      return "int";
    } else if (v instanceof Boolean b) {
      return "bool";
    } else if (v instanceof Double d) {
      return "float";
    } else if (v instanceof Code.ConstComplex c) {
      return "complex";
    } else if (v instanceof Expr.Constant.Imaginary i) {
      return "complex";
    } else if (v instanceof String s) {
      return "str";
    } else if (v instanceof Expr.Constant.CodePoints c) {
      return "str";
    } else if (v instanceof Expr.Constant.Bytes b) {
      return "bytes";
    } else if (v instanceof Code.ConstTuple t) {
      return "tuple";
    } else if (v instanceof Expr.Constant.Singleton s) {
      return s == Expr.Constant.Singleton.None ? "NoneType" : "ellipsis";
    } else {
      throw new IllegalArgumentException(String.valueOf(v));
    }
  }

  static boolean isStr(Object v) {
    return v instanceof String || v instanceof Expr.Constant.CodePoints;
  }

  // ---- numbers ----

  /** An int-like value (int or bool) as a BigInteger, else null. */
  private static BigInteger asInt(Object v) {
    if (v instanceof BigInteger b) return b;
    if (v instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
    return null;
  }

  private static Double asFloat(Object v) {
    BigInteger i = asInt(v);
    if (i != null) return i.bitLength() > 1023 ? null : i.doubleValue();
    return v instanceof Double d ? d : null;
  }

  private static Code.ConstComplex asComplex(Object v) {
    if (v instanceof Code.ConstComplex c) return c;
    if (v instanceof Expr.Constant.Imaginary i) return new Code.ConstComplex(0.0, i.imag());
    Double d = asFloat(v);
    return d == null ? null : new Code.ConstComplex(d, 0.0);
  }

  private static boolean isNumber(Object v) {
    return asInt(v) != null || v instanceof Double || v instanceof Code.ConstComplex || v instanceof Expr.Constant.Imaginary;
  }

  /** 0 int, 1 float, 2 complex: the wider of the two operands decides the result's kind. */
  private static int rank(Object v) {
    if (asInt(v) != null) return 0;
    return v instanceof Double ? 1 : 2;
  }

  static boolean truthy(Object v) {
    if (v instanceof Boolean b) {
      return b;
    } else if (v instanceof BigInteger b) {
      return b.signum() != 0;
    } else if (v instanceof Double d) {
      return d != 0.0;
    } else if (v instanceof Code.ConstComplex c) {
      return c.real() != 0.0 || c.imag() != 0.0;
    } else if (v instanceof Expr.Constant.Imaginary i) {
      return i.imag() != 0.0;
    } else if (v instanceof String s) {
      return !s.isEmpty();
    } else if (v instanceof Expr.Constant.CodePoints c) {
      return c.codePoints().length > 0;
    } else if (v instanceof Expr.Constant.Bytes b) {
      return b.data().length > 0;
    } else if (v instanceof Code.ConstTuple t) {
      return !t.items().isEmpty();
    } else if (v instanceof Expr.Constant.Singleton s) {
      return s == Expr.Constant.Singleton.Ellipsis;
    } else {
      return true;
    }
  }

  private static Object unary(Expr.UnaryOp u) {
    Object v = fold(u.operand());
    if (v == NOT_CONSTANT) return NOT_CONSTANT;
    switch (u.op()) {
      case Not:
        return !truthy(v);
      case Invert: {
        BigInteger i = asInt(v);
        return i == null ? NOT_CONSTANT : i.not();
      }
      case UAdd:
      case USub: {
        boolean neg = u.op() == dev.kaa.ast.UnaryOpKind.USub;
        BigInteger i = asInt(v);
        if (i != null) return neg ? i.negate() : i;
        if (v instanceof Double d) return neg ? -d : d;
        Code.ConstComplex c = v instanceof Code.ConstComplex || v instanceof Expr.Constant.Imaginary ? asComplex(v) : null;
        if (c != null) return neg ? new Code.ConstComplex(-c.real(), -c.imag()) : c;
        return NOT_CONSTANT;
      }
      default:
        return NOT_CONSTANT;
    }
  }

  private static Object binary(dev.kaa.ast.Operator op, Object l, Object r) {
    if (l == NOT_CONSTANT || r == NOT_CONSTANT) return NOT_CONSTANT;
    if (isNumber(l) && isNumber(r)) return numeric(op, l, r);
    return switch (op) {
      case Add -> concat(l, r);
      case Mult -> repeat(l, r);
      default -> NOT_CONSTANT; // str % x is never folded; other operators do not apply to sequences
    };
  }

  private static Object numeric(dev.kaa.ast.Operator op, Object l, Object r) {
    int rank = Math.max(rank(l), rank(r));
    if (rank == 0) return integer(op, asInt(l), asInt(r), l instanceof Boolean && r instanceof Boolean);
    if (rank == 1) {
      Double a = asFloat(l);
      Double b = asFloat(r);
      if (a == null || b == null) return NOT_CONSTANT;
      return real(op, a, b);
    }
    Code.ConstComplex a = asComplex(l);
    Code.ConstComplex b = asComplex(r);
    if (a == null || b == null) return NOT_CONSTANT;
    return switch (op) {
      case Add -> new Code.ConstComplex(a.real() + b.real(), a.imag() + b.imag());
      case Sub -> new Code.ConstComplex(a.real() - b.real(), a.imag() - b.imag());
      case Mult -> new Code.ConstComplex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
      default -> NOT_CONSTANT; // division and powers of complex numbers: left to the runtime (only the type is asked)
    };
  }

  private static Object integer(dev.kaa.ast.Operator op, BigInteger a, BigInteger b, boolean bothBool) {
    switch (op) {
      case Add: return a.add(b);
      case Sub: return a.subtract(b);
      case Mult:
        if (a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_BITS) return NOT_CONSTANT;
        return a.multiply(b);
      case Div:
        if (b.signum() == 0) return NOT_CONSTANT;
        try {
          return dev.kaa.math.IntMath.trueDiv(a, b); // correctly rounded, as CPython's int / int
        } catch (RuntimeException tooLarge) {
          return NOT_CONSTANT; // OverflowError, raised when the code runs
        }
      case FloorDiv:
        if (b.signum() == 0) return NOT_CONSTANT;
        return floorDiv(a, b);
      case Mod:
        if (b.signum() == 0) return NOT_CONSTANT;
        return a.subtract(floorDiv(a, b).multiply(b));
      case Pow:
        if (b.signum() < 0) {
          if (a.signum() == 0) return NOT_CONSTANT;
          return Math.pow(a.doubleValue(), b.doubleValue());
        }
        if (a.signum() != 0 && b.signum() > 0 && (b.bitLength() > 31 || a.bitLength() > MAX_INT_BITS / b.intValue())) {
          return NOT_CONSTANT;
        }
        return a.pow(b.intValue());
      case LShift:
        if (b.signum() < 0) return NOT_CONSTANT;
        if (a.signum() != 0 && b.signum() != 0
            && (b.bitLength() > 31 || b.intValue() > MAX_INT_BITS || a.bitLength() > MAX_INT_BITS - b.intValue())) {
          return NOT_CONSTANT;
        }
        return a.shiftLeft(b.intValue());
      case RShift:
        if (b.signum() < 0) return NOT_CONSTANT;
        return b.bitLength() > 31 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO) : a.shiftRight(b.intValue());
      case BitOr: return bothBool ? (Object) (a.or(b).signum() != 0) : a.or(b);
      case BitXor: return bothBool ? (Object) (a.xor(b).signum() != 0) : a.xor(b);
      case BitAnd: return bothBool ? (Object) (a.and(b).signum() != 0) : a.and(b);
      default: return NOT_CONSTANT;
    }
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) return qr[0].subtract(BigInteger.ONE);
    return qr[0];
  }

  private static Object real(dev.kaa.ast.Operator op, double a, double b) {
    return switch (op) {
      case Add -> a + b;
      case Sub -> a - b;
      case Mult -> a * b;
      case Div -> b == 0.0 ? NOT_CONSTANT : a / b;
      case FloorDiv -> b == 0.0 ? NOT_CONSTANT : dev.kaa.math.FloatMath.floorDiv(a, b);  // as at run time
      case Mod -> b == 0.0 ? NOT_CONSTANT : dev.kaa.math.FloatMath.mod(a, b);
      case Pow -> {
        if (a == 0.0 && b < 0) yield NOT_CONSTANT;          // ZeroDivisionError
        if (a < 0 && b != Math.rint(b)) { // a complex result
          double magnitude = Math.pow(-a, b);
          yield new Code.ConstComplex(magnitude * Math.cos(Math.PI * b), magnitude * Math.sin(Math.PI * b));
        }
        double p = Math.pow(a, b);
        yield Double.isInfinite(p) && !Double.isInfinite(a) && !Double.isInfinite(b) ? NOT_CONSTANT : p; // overflow
      }
      default -> NOT_CONSTANT;
    };
  }

  // ---- sequences ----

  private static Object concat(Object l, Object r) {
    if (l instanceof String a && r instanceof String b) return a + b;
    if (l instanceof Expr.Constant.Bytes a && r instanceof Expr.Constant.Bytes b) {
      byte[] out = java.util.Arrays.copyOf(a.data(), a.data().length + b.data().length);
      System.arraycopy(b.data(), 0, out, a.data().length, b.data().length);
      return new Expr.Constant.Bytes(out);
    }
    if (l instanceof Code.ConstTuple a && r instanceof Code.ConstTuple b) {
      List<Object> items = new ArrayList<>(a.items());
      items.addAll(b.items());
      return new Code.ConstTuple(items);
    }
    return NOT_CONSTANT;
  }

  private static Object repeat(Object l, Object r) {
    BigInteger n = asInt(l);
    Object seq = r;
    if (n == null) {
      n = asInt(r);
      seq = l;
    }
    if (n == null) return NOT_CONSTANT;
    int size;
    if (seq instanceof String s) {
      size = s.codePointCount(0, s.length());
    } else if (seq instanceof Expr.Constant.Bytes b) {
      size = b.data().length;
    } else if (seq instanceof Code.ConstTuple t) {
      size = t.items().size();
    } else {
      size = -1;
    }
    if (size < 0) return NOT_CONSTANT;
    int limit = seq instanceof Code.ConstTuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
    if (size > 0 && (n.signum() < 0 || n.compareTo(BigInteger.valueOf(limit / size)) > 0)) return NOT_CONSTANT;
    if (seq instanceof Code.ConstTuple t && size > 0 && n.signum() > 0 && complexity(t) > 1024 / n.intValue()) {
      return NOT_CONSTANT;
    }
    int times = n.signum() <= 0 ? 0 : n.intValue();
    if (seq instanceof String s) {
      return s.repeat(times);
    } else if (seq instanceof Expr.Constant.Bytes b) {
      byte[] out = new byte[b.data().length * times];
      for (int i = 0; i < times; i++) System.arraycopy(b.data(), 0, out, i * b.data().length, b.data().length);
      return new Expr.Constant.Bytes(out);
    } else {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < times; i++) items.addAll(((Code.ConstTuple) seq).items());
      return new Code.ConstTuple(items);
    }
  }

  /** Items counted through nested tuples (CPython bounds the total a folded repetition may build). */
  private static int complexity(Code.ConstTuple t) {
    int total = t.items().size();
    for (Object item : t.items()) if (item instanceof Code.ConstTuple inner) total += complexity(inner);
    return total;
  }

  private static Object subscript(Object container, Object index) {
    if (container == NOT_CONSTANT || index == NOT_CONSTANT) return NOT_CONSTANT;
    BigInteger i = asInt(index);
    if (i == null) return NOT_CONSTANT;
    int size;
    if (container instanceof String s) {
      size = s.codePointCount(0, s.length());
    } else if (container instanceof Expr.Constant.Bytes b) {
      size = b.data().length;
    } else if (container instanceof Code.ConstTuple t) {
      size = t.items().size();
    } else {
      return NOT_CONSTANT;
    }
    long at = i.signum() < 0 ? i.longValue() + size : i.longValue();
    if (i.bitLength() > 62 || at < 0 || at >= size) return NOT_CONSTANT; // IndexError: not folded
    if (container instanceof String s) {
      return new String(Character.toChars(s.codePointAt(s.offsetByCodePoints(0, (int) at))));
    } else if (container instanceof Expr.Constant.Bytes b) {
      return BigInteger.valueOf(b.data()[(int) at] & 0xff);
    } else {
      return ((Code.ConstTuple) container).items().get((int) at);
    }
  }
}
