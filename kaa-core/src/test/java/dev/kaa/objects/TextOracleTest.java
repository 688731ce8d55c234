package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.ast.CmpOp;
import dev.kaa.ast.Expr;
import dev.kaa.ast.Keyword;
import dev.kaa.ast.Mod;
import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.CompareOps;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Parser;
import dev.kaa.parse.Warnings;
import dev.kaa.testing.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * str, bytes, bytearray and memoryview against CPython: each line of {@code text-cases.txt} is a Python expression
 * over literals and these types' methods, evaluated by python3.12 and by a small evaluator over Kaa's objects (no
 * interpreter needed), the results' reprs or the exceptions' type and message compared.
 */
class TextOracleTest {
  private static final String PYTHON = """
      import sys
      typename = lambda x: type(x).__name__
      def show(v):
          return repr(v)
      for line in sys.stdin.read().split('\\n'):
          if not line.strip() or line.startswith('#'): continue
          try:
              r = show(eval(line))
          except Exception as e:
              r = '!! %s: %s' % (type(e).__name__, e)
          print(r.encode('unicode_escape').decode('ascii'))
      """;

  @Test void matchesCPython() throws IOException {
    String python = CPython.find();
    assumeTrue(python != null, "python3.12 not found");
    List<String> cases = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/text-cases.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) cases.add(line);
      }
    }
    String[] expected = CPython.run(PYTHON, String.join("\n", cases)).split("\n");
    assertEquals(cases.size(), expected.length, "python3.12's answers");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String actual = escape(evaluate(cases.get(i)));
      if (!actual.equals(expected[i])) failures.add(cases.get(i) + "\n   expected " + expected[i] + "\n   got      " + actual);
    }
    assertEquals("", String.join("\n", failures), failures.size() + " of " + cases.size() + " cases differ");
  }

  /** As Python's {@code unicode_escape} then ASCII: keeps the comparison free of encoding trouble. */
  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\\') out.append("\\\\");
      else if (cp == '\t') out.append("\\t");
      else if (cp == '\n') out.append("\\n");
      else if (cp == '\r') out.append("\\r");
      else if (cp >= 0x20 && cp < 0x7f) out.append((char) cp);
      else if (cp < 0x100) out.append(String.format("\\x%02x", cp));
      else if (cp < 0x10000) out.append(String.format("\\u%04x", cp));
      else out.append(String.format("\\U%08x", cp));
    }
    return out.toString();
  }

  static String evaluate(String source) {
    try {
      Mod.Expression tree = (Mod.Expression) Parser.parseString(source, "<case>", Mode.EVAL, Warnings.IGNORE);
      return show(new Eval().eval(tree.body()));
    } catch (PyException e) {
      String message = e.pyMessage();
      if (message == null) {
        PyTuple args = e.value().args;
        message = e.matches(ExceptionTypes.KeyError) && args.size() == 1 ? show(args.get(0))
            : Abstract.str(e.value()).value;
      }
      return "!! " + e.pyType().name() + ": " + message;
    } catch (RuntimeException e) {
      return "JAVA " + e;
    }
  }

  /** repr, with the containers spelled out here (their own repr belongs to another part of Kaa). */
  static String show(PyObject v) {
    if (v instanceof PyList l) return "[" + join(l.toArray()) + "]";
    if (v instanceof PyTuple t) return t.size() == 1 ? "(" + show(t.get(0)) + ",)" : "(" + join(t.toArray()) + ")";
    if (v instanceof PyDict d) {
      List<String> items = new ArrayList<>();
      d.forEach((k, x) -> items.add(show(k) + ": " + show(x)));
      return "{" + String.join(", ", items) + "}";
    }
    if (v == PyNone.NONE) return "None";
    if (v == PyNotImplemented.VALUE) return "NotImplemented";
    return Abstract.repr(v).value;
  }

  private static String join(PyObject[] items) {
    List<String> parts = new ArrayList<>();
    for (PyObject x : items) parts.add(show(x));
    return String.join(", ", parts);
  }

  /** Evaluates the expression forms the cases use. */
  static final class Eval {
    private final Map<String, PyObject> names = new HashMap<>();

    Eval() {
      names.put("str", PyStr.TYPE);
      names.put("bytes", PyBytes.TYPE);
      names.put("bytearray", PyByteArray.TYPE);
      names.put("memoryview", PyMemoryView.TYPE);
      names.put("None", PyNone.NONE);
      names.put("int", PyInt.TYPE);
      for (PyType t : ExceptionTypes.ALL) names.put(t.name(), t);
    }

    PyObject eval(Expr e) {
      return switch (e) {
        case Expr.Constant c -> constant(c.value());
        case Expr.Name n -> name(n.id());
        case Expr.NamedExpr n -> {
          PyObject v = eval(n.value());
          names.put(((Expr.Name) n.target()).id(), v);
          yield v;
        }
        case Expr.Tuple t -> PyTuple.wrap(evalAll(t.elts()));
        case Expr.ListExpr l -> new PyList(evalAll(l.elts()));
        case Expr.Dict d -> {
          PyDict out = new PyDict();
          for (int i = 0; i < d.keys().size(); i++) out.put(eval(d.keys().get(i)), eval(d.values().get(i)));
          yield out;
        }
        case Expr.Attribute a -> attribute(eval(a.value()), a.attr());
        case Expr.Subscript s -> Abstract.getItem(eval(s.value()), eval(s.slice()));
        case Expr.Slice s -> new PySlice(optional(s.lower()), optional(s.upper()), optional(s.step()));
        case Expr.UnaryOp u -> switch (u.op()) {
          case USub -> eval(u.operand()) instanceof PyInt i ? PyInt.of(i.bigValue().negate()) : null;
          case Not -> PyBool.of(!Abstract.isTrue(eval(u.operand())));
          default -> throw new IllegalArgumentException(u.op().toString());
        };
        case Expr.BinOp b when b.op() == dev.kaa.ast.Operator.Pow ->  // int powers: folded here, not int's part
            PyInt.of(((PyInt) eval(b.left())).bigValue().pow((int) ((PyInt) eval(b.right())).longValue()));
        case Expr.BinOp b -> Abstract.binaryOp(eval(b.left()), eval(b.right()), binary(b.op()));
        case Expr.Compare c -> compare(c);
        case Expr.Call c -> call(c);
        default -> throw new IllegalArgumentException("unsupported in text cases: " + e);
      };
    }

    /** Attribute access, with class attributes of the built-in types looked up directly. */
    private static PyObject attribute(PyObject o, String name) {
      if (!(o instanceof PyType t)) return Attributes.get(o, name);
      PyObject d = t.lookup(name);
      if (d == null) throw Errors.attributeError("type object '%s' has no attribute '%s'", t.name(), name);
      return d instanceof PyClassMethodDescriptor c ? c.bind(t) : d;
    }

    private PyObject optional(Expr e) { return e == null ? PyNone.NONE : eval(e); }

    private PyObject[] evalAll(List<Expr> es) {
      PyObject[] out = new PyObject[es.size()];
      for (int i = 0; i < out.length; i++) out[i] = eval(es.get(i));
      return out;
    }

    private static PyObject constant(Object v) {
      return switch (v) {
        case String s -> new PyStr(s);
        case Long l -> PyInt.of(l);
        case BigInteger b -> PyInt.of(b);
        case Boolean b -> PyBool.of(b);
        case Double d -> new PyFloat(d);
        case Expr.Constant.Bytes b -> new PyBytes(b.data());
        case Expr.Constant.Singleton s when s == Expr.Constant.Singleton.None -> PyNone.NONE;
        default -> throw new IllegalArgumentException("constant " + v);
      };
    }

    private PyObject name(String id) {
      PyObject v = names.get(id);
      if (v != null) return v;
      return switch (id) {
        case "True" -> PyBool.TRUE;
        case "False" -> PyBool.FALSE;
        default -> throw new IllegalArgumentException("name " + id);
      };
    }

    private static BinaryOps binary(dev.kaa.ast.Operator op) {
      return switch (op) {
        case Add -> BinaryOps.ADD;
        case Mult -> BinaryOps.MULTIPLY;
        case Mod -> BinaryOps.REMAINDER;
        default -> throw new IllegalArgumentException(op.toString());
      };
    }

    private PyObject compare(Expr.Compare c) {
      PyObject left = eval(c.left());
      PyObject right = eval(c.comparators().get(0));
      CmpOp op = c.ops().get(0);
      return switch (op) {
        case Eq -> Abstract.richCompare(left, right, CompareOps.EQ);
        case NotEq -> Abstract.richCompare(left, right, CompareOps.NE);
        case Lt -> Abstract.richCompare(left, right, CompareOps.LT);
        case LtE -> Abstract.richCompare(left, right, CompareOps.LE);
        case Gt -> Abstract.richCompare(left, right, CompareOps.GT);
        case GtE -> Abstract.richCompare(left, right, CompareOps.GE);
        case In -> PyBool.of(Abstract.contains(right, left));
        case NotIn -> PyBool.of(!Abstract.contains(right, left));
        case Is -> PyBool.of(left == right);
        case IsNot -> PyBool.of(left != right);
      };
    }

    private PyObject call(Expr.Call c) {
      List<PyObject> args = new ArrayList<>();
      for (Expr a : c.args()) args.add(eval(a));
      String[] kwnames = c.keywords().isEmpty() ? null : new String[c.keywords().size()];
      for (int i = 0; i < c.keywords().size(); i++) {
        Keyword k = c.keywords().get(i);
        kwnames[i] = k.arg();
        args.add(eval(k.value()));
      }
      int npos = c.args().size();
      if (c.func() instanceof Expr.Name n && !names.containsKey(n.id())) return builtin(n.id(), args);
      PyObject f = eval(c.func());
      PyObject[] argv = args.toArray(new PyObject[0]);
      return f.call(argv, 0, npos, kwnames);
    }

    private static PyObject builtin(String name, List<PyObject> args) {
      PyObject a = args.get(0);
      return switch (name) {
        case "len" -> PyInt.of(Abstract.len(a));
        case "slice" -> new PySlice(a, args.size() > 1 ? args.get(1) : PyNone.NONE,
            args.size() > 2 ? args.get(2) : PyNone.NONE);
        case "repr" -> Abstract.repr(a);
        case "ascii" -> new PyStr(PyStr.asciiEscape(Abstract.repr(a).value));
        case "hash" -> PyInt.of(Abstract.hash(a));
        case "typename" -> new PyStr(a.type().name());
        case "type" -> args.size() == 1 ? a.type() : Abstract.call(PyType.TYPE, args.toArray(new PyObject[0]));
        case "format" -> {
          PyObject spec = args.size() > 1 ? args.get(1) : PyStr.EMPTY;
          if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("format() argument 2 must be str, not %s", spec.type().name());
          }
          yield Abstract.format(a, s);
        }
        case "iter" -> Abstract.iter(a);
        case "next" -> {
          PyObject v = Abstract.next(a);
          if (v == null) throw new PyException(ExceptionTypes.StopIteration, null);
          yield v;
        }
        case "list" -> {
          PyList out = new PyList();
          PyObject it = Abstract.iter(a);
          for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) out.add(x);
          yield out;
        }
        default -> throw new IllegalArgumentException("builtin " + name);
      };
    }
  }
}
