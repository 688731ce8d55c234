package dev.kaa.ast;

import java.util.List;

/** Expressions. Nullable components are CPython's optional ({@code ?}) fields. */
public sealed interface Expr extends Node, Located {
  record BoolOp(BoolOpKind op, List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {}

  record NamedExpr(Expr target, Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {}

  record BinOp(Expr left, Operator op, Expr right, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {}

  record UnaryOp(UnaryOpKind op, Expr operand, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {}

  record Lambda(Arguments args, Expr body, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {}

  record IfExp(Expr test, Expr body, Expr orelse, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {}

  /** A key is null for a {@code **mapping} entry. */
  record Dict(List<Expr> keys, List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {}

  record Set(List<Expr> elts, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  record ListComp(Expr elt, List<Comprehension> generators,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  record SetComp(Expr elt, List<Comprehension> generators,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  record DictComp(Expr key, Expr value, List<Comprehension> generators,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  record GeneratorExp(Expr elt, List<Comprehension> generators,
                      int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  record Await(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  record Yield(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  record YieldFrom(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  record Call(Expr func, List<Expr> args, List<Keyword> keywords,
              int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  /** {@code conversion} is -1 (none) or the code point of 's', 'r' or 'a'. */
  record FormattedValue(Expr value, int conversion, Expr formatSpec,
                        int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  record JoinedStr(List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  /**
   * A literal. {@code value} is one of: {@link Boolean}, {@link Long} (ints that fit), {@link java.math.BigInteger}
   * (larger ints), {@link Double}, {@link Constant.Imaginary}, {@link String} (may hold lone surrogates),
   * {@link Constant.CodePoints} (only for a str a Java String cannot hold: see there), {@link Constant.Bytes},
   * {@link Constant.Singleton#None} or {@link Constant.Singleton#Ellipsis}.
   * {@code kind} is "u" for a u-prefixed string, else null.
   */
  record Constant(Object value, String kind, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {
    public enum Singleton { None, Ellipsis }

    /** An imaginary literal such as {@code 2j}: the complex number {@code 0 + imag*j}. */
    public record Imaginary(double imag) {}

    /**
     * A str whose code points include a lone high surrogate directly followed by a lone low surrogate (from escapes
     * such as {@code "\\ud800\\udc00"}): as a Java String the two would read as one astral character, so such a value
     * keeps its code points. Every other str is a {@link String}. Equality is by content.
     */
    public record CodePoints(int[] codePoints) {
      @Override public boolean equals(Object o) {
        return o instanceof CodePoints c && java.util.Arrays.equals(codePoints, c.codePoints);
      }
      @Override public int hashCode() { return java.util.Arrays.hashCode(codePoints); }
      @Override public String toString() { return "CodePoints" + java.util.Arrays.toString(codePoints); }
    }

    /** A bytes literal; equality is by content. */
    public record Bytes(byte[] data) {
      @Override public boolean equals(Object o) {
        return o instanceof Bytes b && java.util.Arrays.equals(data, b.data);
      }
      @Override public int hashCode() { return java.util.Arrays.hashCode(data); }
      @Override public String toString() { return "Bytes" + java.util.Arrays.toString(data); }
    }
  }

  record Attribute(Expr value, String attr, ExprContext ctx,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  record Subscript(Expr value, Expr slice, ExprContext ctx,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

  record Starred(Expr value, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {}

  record Name(String id, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {}

  /** A list display (CPython's {@code List} node). */
  record ListExpr(List<Expr> elts, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {}

  record Tuple(List<Expr> elts, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {}

  record Slice(Expr lower, Expr upper, Expr step, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Expr {}
}
