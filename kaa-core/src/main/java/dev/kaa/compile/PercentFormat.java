package dev.kaa.compile;

import dev.kaa.ast.Expr;
import dev.kaa.ast.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython's AST optimiser rewrites {@code "literal" % (a, b)} into an f-string when every conversion is a plain
 * {@code %s}, {@code %r} or {@code %a} (with at most a width, a precision and the {@code -} flag, each of at most two
 * digits) and the counts agree: {@code f"{a!s}..."}, which skips building the tuple. The pieces become the code's
 * constants, so the rewrite shows in {@code co_consts}.
 */
final class PercentFormat {
  private PercentFormat() {}

  private static final int MAX_DIGITS = 3;

  /** The f-string {@code b} means, or null when CPython leaves it a {@code %} operation. */
  static Expr.JoinedStr rewrite(Expr.BinOp b) {
    if (b.op() != Operator.Mod || !(b.left() instanceof Expr.Constant k) || !(k.value() instanceof String format)
        || !(b.right() instanceof Expr.Tuple t) || t.elts().stream().anyMatch(x -> x instanceof Expr.Starred)) {
      return null;
    }
    List<Expr> args = t.elts();
    List<Expr> parts = new ArrayList<>();
    int pos = 0;
    int used = 0;
    while (true) {
      StringBuilder literal = new StringBuilder();
      while (pos < format.length()) {
        char c = format.charAt(pos);
        if (c != '%') {
          literal.append(c);
          pos++;
        } else if (pos + 1 < format.length() && format.charAt(pos + 1) == '%') {
          literal.append('%');
          pos += 2;
        } else {
          break;
        }
      }
      if (literal.length() > 0) parts.add(new Expr.Constant(literal.toString(), null, -1, -1, -1, -1));
      if (pos >= format.length()) break;
      if (used >= args.size()) return null; // more conversions than items
      Spec spec = Spec.parse(format, pos + 1);
      if (spec == null) return null;
      pos = spec.end;
      Expr arg = args.get(used++);
      Expr formatSpec = spec.text().isEmpty() ? null : new Expr.Constant(spec.text(), null, -1, -1, -1, -1);
      parts.add(new Expr.FormattedValue(arg, spec.conversion, formatSpec, arg.lineno(), arg.colOffset(),
          arg.endLineno(), arg.endColOffset()));
    }
    if (used < args.size()) return null; // more items than conversions
    return new Expr.JoinedStr(parts, b.lineno(), b.colOffset(), b.endLineno(), b.endColOffset());
  }

  /** One conversion after its {@code %}: {@code [flags][width][.precision](s|r|a)}. */
  private record Spec(int conversion, boolean leftJustify, int width, int precision, int end) {
    static Spec parse(String f, int pos) {
      boolean left = false;
      int n = f.length();
      while (pos < n && "-+ #0".indexOf(f.charAt(pos)) >= 0) {
        if (f.charAt(pos) == '-') left = true;
        pos++;
      }
      int width = -1;
      int start = pos;
      while (pos < n && Character.isDigit(f.charAt(pos)) && f.charAt(pos) < 128) pos++;
      if (pos - start >= MAX_DIGITS) return null;
      if (pos > start) width = Integer.parseInt(f.substring(start, pos));
      int precision = -1;
      if (pos < n && f.charAt(pos) == '.') {
        pos++;
        start = pos;
        while (pos < n && Character.isDigit(f.charAt(pos)) && f.charAt(pos) < 128) pos++;
        if (pos - start >= MAX_DIGITS) return null;
        precision = pos > start ? Integer.parseInt(f.substring(start, pos)) : 0;
      }
      if (pos >= n) return null;
      char c = f.charAt(pos);
      if (c != 's' && c != 'r' && c != 'a') return null;
      return new Spec(c, left, width, precision, pos + 1);
    }

    /** The f-string format spec: {@code >width} unless left-justified, then {@code .precision}. */
    String text() {
      StringBuilder sb = new StringBuilder();
      if (!leftJustify && width > 0) sb.append('>');
      if (width >= 0) sb.append(width);
      if (precision >= 0) sb.append('.').append(precision);
      return sb.toString();
    }
  }
}
