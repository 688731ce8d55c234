package dev.kaa.objects;

import dev.kaa.ast.CmpOp;
import dev.kaa.ast.Expr;
import dev.kaa.ast.Keyword;
import dev.kaa.ast.Mod;
import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.CompareOps;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Parser;
import dev.kaa.parse.Warnings;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Evaluates the small expressions the number tests write (literals, operators, one comparison, calls of the number
 * types, their methods and attributes, and the builtins {@code pow divmod round abs hash repr str format}) directly
 * through the object protocol, so the same text can be given to CPython and compared. Until the eval loop exists this
 * is how a Python expression reaches {@code int}, {@code float} and {@code complex}; it does what CPython's builtins do
 * for the functions it knows and nothing more.
 */
final class NumberExpressions {
  private NumberExpressions() {}

  /** The repr of the expression's value, or {@code !Type: message}, as the oracle script prints it. */
  static String show(String source) {
    try {
      return repr(eval(source));
    } catch (PyException e) {
      return "!" + e.pyType().name() + ": " + (e.pyMessage() == null ? "" : e.pyMessage());
    }
  }

  static PyObject eval(String source) {
    Mod.Expression m = (Mod.Expression) Parser.parseString(source, "<test>", Mode.EVAL, Warnings.IGNORE);
    return eval(m.body());
  }

  /** repr, with tuples spelled out (tuple's own repr belongs to the containers). */
  static String repr(PyObject v) {
    if (v instanceof PyTuple t) {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < t.size(); i++) sb.append(i > 0 ? ", " : "").append(repr(t.get(i)));
      return sb.append(t.size() == 1 ? ",)" : ")").toString();
    }
    if (v instanceof PyType t) return "<class '" + t.name() + "'>";
    if (v == PyNotImplemented.VALUE) return "NotImplemented";
    return Abstract.repr(v).value;
  }

  private record Builtin(String name, Function<PyObject[], PyObject> f) {}

  private static final Map<String, Object> NAMES = Map.ofEntries(
      Map.entry("int", PyInt.TYPE), Map.entry("float", PyFloat.TYPE), Map.entry("complex", PyComplex.TYPE),
      Map.entry("bool", PyBool.TYPE), Map.entry("bytearray", PyByteArray.TYPE), Map.entry("None", PyNone.NONE),
      Map.entry("inf", new PyFloat(Double.POSITIVE_INFINITY)), Map.entry("nan", new PyFloat(Double.NaN)),
      Map.entry("pow", new Builtin("pow", a -> Abstract.power(a[0], a[1], a.length > 2 ? a[2] : null))),
      Map.entry("divmod", new Builtin("divmod", a -> Abstract.divmod(a[0], a[1]))),
      Map.entry("abs", new Builtin("abs", a -> Abstract.absolute(a[0]))),
      Map.entry("hash", new Builtin("hash", a -> PyInt.of(Abstract.hash(a[0])))),
      Map.entry("repr", new Builtin("repr", a -> Abstract.repr(a[0]))),
      Map.entry("str", new Builtin("str", a -> Abstract.str(a[0]))),
      Map.entry("format", new Builtin("format", a -> Abstract.format(a[0], (PyStr) a[1]))),
      Map.entry("type", new Builtin("type", a -> a[0].type())),
      Map.entry("round", new Builtin("round", NumberExpressions::round)));

  /** {@code round(x[, n])} as the builtin: {@code __round__()} or {@code __round__(n)}; None is "omitted". */
  private static PyObject round(PyObject[] a) {
    PyObject f = a[0].type().lookupSpecial(Special.ROUND);
    if (f == null) throw Errors.typeError("type %s doesn't define __round__ method", a[0].type().name());
    return a.length == 1 || a[1] == PyNone.NONE ? Abstract.callSpecial(a[0], Special.ROUND)
        : Abstract.callSpecial(a[0], Special.ROUND, a[1]);
  }

  private static PyObject eval(Expr e) {
    return switch (e) {
      case Expr.Constant c -> constant(c.value());
      case Expr.Name n -> {
        Object v = NAMES.get(n.id());
        if (v == null) throw new IllegalArgumentException("unknown name " + n.id());
        yield v instanceof Builtin b ? new PyStr("<builtin " + b.name() + ">") : (PyObject) v;
      }
      case Expr.BinOp b -> Abstract.binaryOp(eval(b.left()), eval(b.right()), binary(b.op()));
      case Expr.UnaryOp u -> switch (u.op()) {
        case USub -> Abstract.negative(eval(u.operand()));
        case UAdd -> Abstract.positive(eval(u.operand()));
        case Invert -> Abstract.invert(eval(u.operand()));
        case Not -> PyBool.of(!Abstract.isTrue(eval(u.operand())));
      };
      case Expr.Compare c when c.ops().size() == 1 ->
          Abstract.richCompare(eval(c.left()), eval(c.comparators().get(0)), compare(c.ops().get(0)));
      case Expr.Tuple t -> PyTuple.wrap(t.elts().stream().map(NumberExpressions::eval).toArray(PyObject[]::new));
      case Expr.ListExpr l -> new PyList(l.elts().stream().map(NumberExpressions::eval).toArray(PyObject[]::new));
      case Expr.Attribute a -> Attributes.get(eval(a.value()), a.attr());
      case Expr.Call c -> call(c);
      default -> throw new IllegalArgumentException("not supported here: " + e);
    };
  }

  private static PyObject call(Expr.Call c) {
    PyObject[] args = new PyObject[c.args().size() + c.keywords().size()];
    String[] kwnames = c.keywords().isEmpty() ? null : new String[c.keywords().size()];
    for (int i = 0; i < c.args().size(); i++) args[i] = eval(c.args().get(i));
    for (int k = 0; k < c.keywords().size(); k++) {
      Keyword kw = c.keywords().get(k);
      kwnames[k] = kw.arg();
      args[c.args().size() + k] = eval(kw.value());
    }
    int npos = c.args().size();
    if (c.func() instanceof Expr.Name n && NAMES.get(n.id()) instanceof Builtin b) return b.f().apply(args);
    PyObject f = eval(c.func());
    return f.call(args, 0, npos, kwnames);
  }

  private static PyObject constant(Object v) {
    return switch (v) {
      case Boolean b -> PyBool.of(b);
      case Long l -> PyInt.of(l);
      case BigInteger b -> PyInt.of(b);
      case Double d -> new PyFloat(d);
      case Expr.Constant.Imaginary i -> new PyComplex(0.0, i.imag());
      case String s -> new PyStr(s);
      case Expr.Constant.Bytes b -> new PyBytes(b.data());
      case Expr.Constant.Singleton s when s == Expr.Constant.Singleton.None -> PyNone.NONE;
      default -> throw new IllegalArgumentException("constant " + v);
    };
  }

  private static BinaryOps binary(dev.kaa.ast.Operator op) { return BinaryOps.forOperator(op, false); }

  private static CompareOps compare(CmpOp op) {
    return switch (op) {
      case Eq -> CompareOps.EQ;
      case NotEq -> CompareOps.NE;
      case Lt -> CompareOps.LT;
      case LtE -> CompareOps.LE;
      case Gt -> CompareOps.GT;
      case GtE -> CompareOps.GE;
      default -> throw new IllegalArgumentException("comparison " + op);
    };
  }

  /** The expressions of a text block: one a line, blank lines and {@code #} comments left out. */
  static List<String> cases(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }
}
