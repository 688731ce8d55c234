package dev.kaa.modules.operator;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.CompareOps;
import dev.kaa.modules.itertools.UnpackArgs;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.util.Arrays;

/**
 * The {@code _operator} module: Python's operators as functions, each one the abstract operation the interpreter runs
 * for the operator (so {@code operator.add(a, b)} is exactly {@code a + b}), plus itemgetter, attrgetter and
 * methodcaller. {@code operator.py} adds the dunder aliases.
 */
public final class OperatorModule {
  private OperatorModule() {}

  private static final String DOC = "Operator interface.\n\nThis module exports a set of functions implemented in C "
      + "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the "
      + "expression x+y.  The function names are those\nused for special methods; variants without leading and "
      + "trailing\n'__' are also provided for convenience.";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule("_operator", new PyStr(DOC), interp);
    m.addFunctions(OperatorModule.class);
    m.put("itemgetter", PyItemGetter.TYPE);
    m.put("attrgetter", PyAttrGetter.TYPE);
    m.put("methodcaller", PyMethodCaller.TYPE);
    return m;
  }

  // ---- comparisons

  @PyMethod static PyObject lt(PyModule m, PyObject a, PyObject b) { return Abstract.richCompare(a, b, CompareOps.LT); }

  @PyMethod static PyObject le(PyModule m, PyObject a, PyObject b) { return Abstract.richCompare(a, b, CompareOps.LE); }

  @PyMethod static PyObject eq(PyModule m, PyObject a, PyObject b) { return Abstract.richCompare(a, b, CompareOps.EQ); }

  @PyMethod static PyObject ne(PyModule m, PyObject a, PyObject b) { return Abstract.richCompare(a, b, CompareOps.NE); }

  @PyMethod static PyObject gt(PyModule m, PyObject a, PyObject b) { return Abstract.richCompare(a, b, CompareOps.GT); }

  @PyMethod static PyObject ge(PyModule m, PyObject a, PyObject b) { return Abstract.richCompare(a, b, CompareOps.GE); }

  @PyMethod("not_") static PyObject not(PyModule m, PyObject a) { return PyBool.of(!Abstract.isTrue(a)); }

  @PyMethod static PyObject truth(PyModule m, PyObject a) { return PyBool.of(Abstract.isTrue(a)); }

  @PyMethod("is_") static PyObject is(PyModule m, PyObject a, PyObject b) { return PyBool.of(a == b); }

  @PyMethod("is_not") static PyObject isNot(PyModule m, PyObject a, PyObject b) { return PyBool.of(a != b); }

  // ---- arithmetic

  @PyMethod static PyObject abs(PyModule m, PyObject a) { return Abstract.absolute(a); }

  @PyMethod static PyObject index(PyModule m, PyObject a) { return Abstract.index(a); }

  @PyMethod static PyObject neg(PyModule m, PyObject a) { return Abstract.negative(a); }

  @PyMethod static PyObject pos(PyModule m, PyObject a) { return Abstract.positive(a); }

  @PyMethod static PyObject inv(PyModule m, PyObject a) { return Abstract.invert(a); }

  @PyMethod static PyObject invert(PyModule m, PyObject a) { return Abstract.invert(a); }

  @PyMethod static PyObject add(PyModule m, PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOps.ADD); }

  @PyMethod static PyObject sub(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.SUBTRACT);
  }

  @PyMethod static PyObject mul(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.MULTIPLY);
  }

  @PyMethod static PyObject matmul(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.MATRIX_MULTIPLY);
  }

  @PyMethod static PyObject floordiv(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.FLOOR_DIVIDE);
  }

  @PyMethod static PyObject truediv(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.TRUE_DIVIDE);
  }

  @PyMethod static PyObject mod(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.REMAINDER);
  }

  @PyMethod static PyObject pow(PyModule m, PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOps.POWER); }

  @PyMethod static PyObject lshift(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.LSHIFT);
  }

  @PyMethod static PyObject rshift(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.RSHIFT);
  }

  @PyMethod("and_") static PyObject and(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.AND);
  }

  @PyMethod("or_") static PyObject or(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.OR);
  }

  @PyMethod static PyObject xor(PyModule m, PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOps.XOR); }

  // ---- in place

  @PyMethod static PyObject iadd(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_ADD);
  }

  @PyMethod static PyObject isub(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_SUBTRACT);
  }

  @PyMethod static PyObject imul(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_MULTIPLY);
  }

  @PyMethod static PyObject imatmul(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_MATRIX_MULTIPLY);
  }

  @PyMethod static PyObject ifloordiv(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_FLOOR_DIVIDE);
  }

  @PyMethod static PyObject itruediv(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_TRUE_DIVIDE);
  }

  @PyMethod static PyObject imod(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_REMAINDER);
  }

  @PyMethod static PyObject ipow(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_POWER);
  }

  @PyMethod static PyObject ilshift(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_LSHIFT);
  }

  @PyMethod static PyObject irshift(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_RSHIFT);
  }

  @PyMethod static PyObject iand(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_AND);
  }

  @PyMethod static PyObject ior(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_OR);
  }

  @PyMethod static PyObject ixor(PyModule m, PyObject a, PyObject b) {
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_XOR);
  }

  // ---- sequences

  /** {@code a + b} for sequences only (CPython's PySequence_Concat): a non-sequence can't be concatenated. */
  @PyMethod static PyObject concat(PyModule m, PyObject a, PyObject b) {
    requireSequence(a);
    return Abstract.binaryOp(a, b, BinaryOps.ADD);
  }

  @PyMethod static PyObject iconcat(PyModule m, PyObject a, PyObject b) {
    requireSequence(a);
    return Abstract.binaryOp(a, b, BinaryOps.INPLACE_ADD);
  }

  private static void requireSequence(PyObject a) {
    if (a instanceof PyDict || a.type().lookupSpecial(Special.GETITEM) == null) {
      throw Errors.typeError("'%s' object can't be concatenated", a.type().name());
    }
  }

  @PyMethod static PyObject contains(PyModule m, PyObject a, PyObject b) { return PyBool.of(Abstract.contains(a, b)); }

  @PyMethod static PyObject countOf(PyModule m, PyObject a, PyObject b) {
    PyObject it = Abstract.iter(a);
    long n = 0;
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) if (x == b || Abstract.equals(x, b)) n++;
    return PyInt.of(n);
  }

  @PyMethod static PyObject indexOf(PyModule m, PyObject a, PyObject b) {
    PyObject it = Abstract.iter(a);
    long i = 0;
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), i++) {
      if (x == b || Abstract.equals(x, b)) return PyInt.of(i);
    }
    throw Errors.valueError("sequence.index(x): x not in sequence");
  }

  @PyMethod static PyObject getitem(PyModule m, PyObject a, PyObject b) { return Abstract.getItem(a, b); }

  @PyMethod static void setitem(PyModule m, PyObject a, PyObject b, PyObject c) { Abstract.setItem(a, b, c); }

  @PyMethod static void delitem(PyModule m, PyObject a, PyObject b) { Abstract.delItem(a, b); }

  /** CPython's PyObject_LengthHint: len(), else {@code __length_hint__}, else the default. */
  @PyMethod("length_hint") static PyObject lengthHint(PyModule m, PyObject obj, @PyMethod.Opt PyObject defaultValue) {
    long fallback = 0;
    if (defaultValue != null) {
      if (!(defaultValue instanceof PyInt d)) {
        throw Errors.typeError("'%s' object cannot be interpreted as an integer", defaultValue.type().name());
      }
      fallback = Abstract.indexValue(d);
    }
    PyType t = obj.type();
    if (t.lookupSpecial(Special.LEN) != null) {
      try {
        return PyInt.of(Abstract.length(obj));
      } catch (PyException e) {
        if (!e.matches(ExceptionTypes.TypeError)) throw e;
      }
    }
    if (t.lookupSpecial(Special.LENGTH_HINT) == null) return PyInt.of(fallback);
    PyObject r;
    try {
      r = Abstract.callSpecial(obj, Special.LENGTH_HINT);
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.TypeError)) return PyInt.of(fallback);
      throw e;
    }
    if (r == PyNotImplemented.VALUE) return PyInt.of(fallback);
    if (!(r instanceof PyInt n)) throw Errors.typeError("__length_hint__ must be an integer, not %s", r.type().name());
    if (n.signum() < 0) throw Errors.valueError("__length_hint__() should return >= 0");
    return n;
  }

  @PyMethod static PyObject call(PyModule m, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    UnpackArgs.check("call", args, 1, Integer.MAX_VALUE);
    return Abstract.callWithKeywords(args[0], Arrays.copyOfRange(args, 1, args.length), kwargs);
  }

  /**
   * Compares two str (ASCII only) or two bytes-like values in time that depends only on their lengths, for secrets.
   */
  @PyMethod("_compare_digest") static PyObject compareDigest(PyModule m, PyObject a, PyObject b) {
    return compareDigest(a, b);
  }

  /** {@code a == b} in a time that does not depend on where they differ (also {@code _hashlib.compare_digest}). */
  public static PyObject compareDigest(PyObject a, PyObject b) {
    byte[] x, y;
    if (a instanceof PyStr sa && b instanceof PyStr sb) {
      if (!isAscii(sa.value) || !isAscii(sb.value)) {
        throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
      }
      x = sa.value.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      y = sb.value.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    } else {
      x = bytesOrNull(a);
      y = bytesOrNull(b);
      if (x == null && y == null) {
        throw Errors.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
            a.type().name(), b.type().name());
      }
      if (x == null) x = dev.kaa.objects.Buffers.required(a);
      if (y == null) y = dev.kaa.objects.Buffers.required(b);
    }
    return PyBool.of(java.security.MessageDigest.isEqual(x, y));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
    return true;
  }

  /** The bytes of a bytes-like object; null for any other. */
  private static byte[] bytesOrNull(PyObject o) {
    try {
      return dev.kaa.objects.Buffers.required(o);
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.TypeError)) throw e;
      return null;
    }
  }
}
