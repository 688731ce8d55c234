package dev.kaa.compile;

import dev.kaa.ast.Arg;
import dev.kaa.ast.Arguments;
import dev.kaa.ast.CmpOp;
import dev.kaa.ast.Comprehension;
import dev.kaa.ast.Expr;
import dev.kaa.ast.Keyword;
import dev.kaa.bytecode.Disassembler;
import dev.kaa.text.StrRepr;
import java.util.List;

/**
 * The source text of an annotation under {@code from __future__ import annotations} (PEP 563): the string CPython's
 * compiler stores, which is its C unparser's output (not {@code ast.unparse}'s): minimal parentheses by precedence,
 * a subscript's tuple without them, constants by repr with an infinity written {@code 1e309}, f-strings re-quoted
 * by repr. The tree is the parser's, not constant-folded (CPython's optimiser leaves such annotations alone).
 */
final class Annotations {
  private Annotations() {}

  // Precedence levels, loosest first.
  private static final int TUPLE = 0;
  private static final int TEST = 1;  // if-else, lambda
  private static final int OR = 2;
  private static final int AND = 3;
  private static final int NOT = 4;
  private static final int CMP = 5;
  private static final int BOR = 6;
  private static final int BXOR = 7;
  private static final int BAND = 8;
  private static final int SHIFT = 9;
  private static final int ARITH = 10;
  private static final int TERM = 11;
  private static final int FACTOR = 12;
  private static final int POWER = 13;
  private static final int AWAIT = 14;
  private static final int ATOM = 15;

  static String unparse(Expr e) {
    StringBuilder out = new StringBuilder();
    new Annotations.Writer(out).expr(e, TEST);
    return out.toString();
  }

  private record Writer(StringBuilder out) {
    void expr(Expr e, int level) {
      if (e instanceof Expr.BoolOp b) {
        int pr = b.op() == dev.kaa.ast.BoolOpKind.And ? AND : OR;
        open(level > pr);
        String op = pr == AND ? " and " : " or ";
        for (int i = 0; i < b.values().size(); i++) {
          if (i > 0) out.append(op);
          expr(b.values().get(i), pr + 1);
        }
        close(level > pr);
      } else if (e instanceof Expr.BinOp b) {
        binOp(b, level);
      } else if (e instanceof Expr.UnaryOp u) {
        int pr = u.op() == dev.kaa.ast.UnaryOpKind.Not ? NOT : FACTOR;
        open(level > pr);
        out.append(switch (u.op()) {
          case Invert -> "~";
          case Not -> "not ";
          case UAdd -> "+";
          case USub -> "-";
        });
        expr(u.operand(), pr);
        close(level > pr);
      } else if (e instanceof Expr.Lambda l) {
        open(level > TEST);
        int positional = l.args().args().size() + l.args().posonlyargs().size();
        out.append(positional > 0 ? "lambda " : "lambda");
        arguments(l.args());
        out.append(": ");
        expr(l.body(), TEST);
        close(level > TEST);
      } else if (e instanceof Expr.IfExp i) {
        open(level > TEST);
        expr(i.body(), TEST + 1);
        out.append(" if ");
        expr(i.test(), TEST + 1);
        out.append(" else ");
        expr(i.orelse(), TEST);
        close(level > TEST);
      } else if (e instanceof Expr.Dict d) {
        out.append('{');
        for (int i = 0; i < d.values().size(); i++) {
          if (i > 0) out.append(", ");
          Expr key = d.keys().get(i);
          if (key != null) {
            expr(key, TEST);
            out.append(": ");
            expr(d.values().get(i), TEST);
          } else {
            out.append("**");
            expr(d.values().get(i), BOR);
          }
        }
        out.append('}');
      } else if (e instanceof Expr.Set s) {
        if (s.elts().isEmpty()) {
          out.append("{*()}");
        } else {
          out.append('{');
          items(s.elts());
          out.append('}');
        }
      } else if (e instanceof Expr.ListComp c) {
        comprehension("[", c.elt(), null, c.generators(), "]");
      } else if (e instanceof Expr.SetComp c) {
        comprehension("{", c.elt(), null, c.generators(), "}");
      } else if (e instanceof Expr.DictComp c) {
        comprehension("{", c.key(), c.value(), c.generators(), "}");
      } else if (e instanceof Expr.GeneratorExp c) {
        comprehension("(", c.elt(), null, c.generators(), ")");
      } else if (e instanceof Expr.Await a) {
        open(level > AWAIT);
        out.append("await ");
        expr(a.value(), ATOM);
        close(level > AWAIT);
      } else if (e instanceof Expr.Yield y) {
        if (y.value() == null) {
          out.append("(yield)");
        } else {
          out.append("(yield ");
          expr(y.value(), TEST);
          out.append(')');
        }
      } else if (e instanceof Expr.YieldFrom y) {
        out.append("(yield from ");
        expr(y.value(), TEST);
        out.append(')');
      } else if (e instanceof Expr.Compare c) {
        open(level > CMP);
        expr(c.left(), CMP + 1);
        for (int i = 0; i < c.ops().size(); i++) {
          out.append(' ').append(compareOp(c.ops().get(i))).append(' ');
          expr(c.comparators().get(i), CMP + 1);
        }
        close(level > CMP);
      } else if (e instanceof Expr.Call c) {
        call(c);
      } else if (e instanceof Expr.Constant k) {
        if (k.value() == Expr.Constant.Singleton.Ellipsis) {
          out.append("...");
          return;
        }
        if (k.kind() != null) out.append(k.kind());
        constant(k.value());
      } else if (e instanceof Expr.JoinedStr j) {
        out.append('f');
        StrRepr.appendRepr(out, fstringBody(j.values()));
      } else if (e instanceof Expr.FormattedValue f) {
        out.append('f');
        StrRepr.appendRepr(out, fstringBody(List.of(f)));
      } else if (e instanceof Expr.Attribute a) {
        expr(a.value(), ATOM);
        // "1 .real": an int needs a space before the dot to stay unambiguous.
        boolean integer = a.value() instanceof Expr.Constant k
            && (k.value() instanceof Long || k.value() instanceof java.math.BigInteger);
        out.append(integer ? " ." : ".").append(a.attr());
      } else if (e instanceof Expr.Subscript s) {
        expr(s.value(), ATOM);
        out.append('[');
        expr(s.slice(), TUPLE);
        out.append(']');
      } else if (e instanceof Expr.Starred s) {
        out.append('*');
        expr(s.value(), BOR);
      } else if (e instanceof Expr.Name n) {
        out.append(n.id());
      } else if (e instanceof Expr.ListExpr l) {
        out.append('[');
        items(l.elts());
        out.append(']');
      } else if (e instanceof Expr.Tuple t) {
        if (t.elts().isEmpty()) {
          out.append("()");
          return;
        }
        open(level > TUPLE);
        items(t.elts());
        if (t.elts().size() == 1) out.append(',');
        close(level > TUPLE);
      } else if (e instanceof Expr.Slice s) {
        if (s.lower() != null) expr(s.lower(), TEST);
        out.append(':');
        if (s.upper() != null) expr(s.upper(), TEST);
        if (s.step() != null) {
          out.append(':');
          expr(s.step(), TEST);
        }
      } else if (e instanceof Expr.NamedExpr n) {
        open(level > TUPLE);
        expr(n.target(), ATOM);
        out.append(" := ");
        expr(n.value(), ATOM);
        close(level > TUPLE);
      }
    }

    private void open(boolean parenthesise) {
      if (parenthesise) out.append('(');
    }

    private void close(boolean parenthesise) {
      if (parenthesise) out.append(')');
    }

    private void items(List<Expr> elts) {
      for (int i = 0; i < elts.size(); i++) {
        if (i > 0) out.append(", ");
        expr(elts.get(i), TEST);
      }
    }

    private void binOp(Expr.BinOp b, int level) {
      int pr;
      String op;
      switch (b.op()) {
        case Add -> { pr = ARITH; op = " + "; }
        case Sub -> { pr = ARITH; op = " - "; }
        case Mult -> { pr = TERM; op = " * "; }
        case MatMult -> { pr = TERM; op = " @ "; }
        case Div -> { pr = TERM; op = " / "; }
        case Mod -> { pr = TERM; op = " % "; }
        case FloorDiv -> { pr = TERM; op = " // "; }
        case LShift -> { pr = SHIFT; op = " << "; }
        case RShift -> { pr = SHIFT; op = " >> "; }
        case BitOr -> { pr = BOR; op = " | "; }
        case BitXor -> { pr = BXOR; op = " ^ "; }
        case BitAnd -> { pr = BAND; op = " & "; }
        case Pow -> { pr = POWER; op = " ** "; }
        default -> throw new IllegalStateException();
      }
      boolean rightAssociative = b.op() == dev.kaa.ast.Operator.Pow;
      open(level > pr);
      expr(b.left(), pr + (rightAssociative ? 1 : 0));
      out.append(op);
      expr(b.right(), pr + (rightAssociative ? 0 : 1));
      close(level > pr);
    }

    private static String compareOp(CmpOp op) {
      return switch (op) {
        case Eq -> "==";
        case NotEq -> "!=";
        case Lt -> "<";
        case LtE -> "<=";
        case Gt -> ">";
        case GtE -> ">=";
        case Is -> "is";
        case IsNot -> "is not";
        case In -> "in";
        case NotIn -> "not in";
      };
    }

    private void comprehension(String open, Expr elt, Expr value, List<Comprehension> generators, String close) {
      out.append(open);
      expr(elt, TEST);
      if (value != null) {
        out.append(": ");
        expr(value, TEST);
      }
      for (Comprehension c : generators) {
        out.append(c.isAsync() != 0 ? " async for " : " for ");
        expr(c.target(), TUPLE);
        out.append(" in ");
        expr(c.iter(), TEST + 1);
        for (Expr cond : c.ifs()) {
          out.append(" if ");
          expr(cond, TEST + 1);
        }
      }
      out.append(close);
    }

    private void call(Expr.Call c) {
      expr(c.func(), ATOM);
      if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
        expr(g, TEST); // f(x for x in y): the generator's own parentheses
        return;
      }
      out.append('(');
      boolean first = true;
      for (Expr a : c.args()) {
        if (!first) out.append(", ");
        first = false;
        expr(a, TEST);
      }
      for (Keyword k : c.keywords()) {
        if (!first) out.append(", ");
        first = false;
        if (k.arg() == null) {
          out.append("**");
        } else {
          out.append(k.arg()).append('=');
        }
        expr(k.value(), TEST);
      }
      out.append(')');
    }

    private void arguments(Arguments a) {
      int posonly = a.posonlyargs().size();
      int positional = posonly + a.args().size();
      int defaults = a.defaults().size();
      boolean first = true;
      for (int i = 0; i < positional; i++) {
        if (!first) out.append(", ");
        first = false;
        arg(i < posonly ? a.posonlyargs().get(i) : a.args().get(i - posonly));
        int d = i - positional + defaults;
        if (d >= 0) {
          out.append('=');
          expr(a.defaults().get(d), TEST);
        }
        if (posonly > 0 && i + 1 == posonly) out.append(", /");
      }
      if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
        if (!first) out.append(", ");
        first = false;
        out.append('*');
        if (a.vararg() != null) arg(a.vararg());
      }
      for (int i = 0; i < a.kwonlyargs().size(); i++) {
        out.append(", ");
        arg(a.kwonlyargs().get(i));
        Expr d = a.kwDefaults().get(i);
        if (d != null) {
          out.append('=');
          expr(d, TEST);
        }
      }
      if (a.kwarg() != null) {
        if (!first) out.append(", ");
        out.append("**");
        arg(a.kwarg());
      }
    }

    private void arg(Arg a) {
      out.append(a.arg());
      if (a.annotation() != null) {
        out.append(": ");
        expr(a.annotation(), TEST);
      }
    }

    /** A constant by repr; an infinite float is written 1e309 so that the text evaluates back to it. */
    private void constant(Object value) {
      String repr = Disassembler.constRepr(value);
      if (value instanceof Double || value instanceof Expr.Constant.Imaginary) repr = repr.replace("inf", "1e309");
      out.append(repr);
    }

    /** The text between an f-string's quotes: literal braces doubled, replacement fields unparsed. */
    private static String fstringBody(List<Expr> values) {
      StringBuilder body = new StringBuilder();
      Writer w = new Writer(body);
      for (Expr v : values) w.fstringElement(v);
      return body.toString();
    }

    private void fstringElement(Expr v) {
      if (v instanceof Expr.Constant k) {
        out.append(((String) k.value()).replace("{", "{{").replace("}", "}}"));
      } else if (v instanceof Expr.JoinedStr j) {
        j.values().forEach(this::fstringElement);
      } else if (v instanceof Expr.FormattedValue f) {
        StringBuilder inner = new StringBuilder();
        new Writer(inner).expr(f.value(), TEST + 1);
        // A field starting with a brace is set off from the outer one by a space.
        out.append(inner.length() > 0 && inner.charAt(0) == '{' ? "{ " : "{").append(inner);
        if (f.conversion() > 0) out.append('!').append((char) f.conversion());
        if (f.formatSpec() != null) {
          out.append(':');
          fstringElement(f.formatSpec());
        }
        out.append('}');
      } else {
        throw new IllegalStateException("unexpected f-string part " + v.getClass().getSimpleName());
      }
    }
  }
}
