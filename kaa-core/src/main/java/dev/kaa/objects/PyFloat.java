package dev.kaa.objects;

import dev.kaa.format.FloatFormat;
import dev.kaa.math.ComplexMath;
import dev.kaa.math.FloatHex;
import dev.kaa.math.FloatMath;
import dev.kaa.math.FloatText;
import dev.kaa.math.IntMath;
import dev.kaa.math.NumericHash;
import dev.kaa.text.FloatRepr;
import java.util.function.DoubleBinaryOperator;

/**
 * {@code float}: a {@code double}. repr is the shortest string that round-trips ({@link FloatRepr}); arithmetic is
 * {@link FloatMath}'s. An int operand is converted to a double (OverflowError when too large), except in comparisons,
 * which are exact ({@code 2**53 + 1 > 2.0**53}).
 */
public class PyFloat extends PyObject {
  public static final PyType TYPE = new PyType("float", PyType.IMMUTABLE | PyType.BASETYPE, PyFloat.class,
      PyType.OBJECT);

  public final double value;

  public PyFloat(double value) { this.value = value; }

  @Override public PyType type() { return TYPE; }

  /** This value as an exact {@code float}: what {@code float(x)} returns. */
  public final PyFloat exact() { return getClass() == PyFloat.class ? this : new PyFloat(value); }

  // ---- construction ----

  /** {@code float(x)} (CPython's PyNumber_Float): {@code __float__}, {@code __index__}, or the text of a str. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject x) {
    PyFloat v = x == null ? new PyFloat(0.0) : toFloat(x);
    return cls == TYPE ? v : new Derived(cls, v.value);
  }

  static PyFloat toFloat(PyObject x) {
    PyType t = x.type();
    if (t == TYPE) return (PyFloat) x;
    if (t.lookupSpecial(Special.FLOAT) != null) {
      PyObject r = Abstract.callSpecial(x, Special.FLOAT);
      if (r instanceof PyFloat f) {
        if (r.type() != TYPE) DeprecatedResults.strictSubclass(t.name() + ".__float__", "float", r);
        return f.exact();
      }
      throw Errors.typeError("%s.__float__ returned non-float (type %s)", t.name(), r.type().name());
    }
    if (t.lookupSpecial(Special.INDEX) != null) return new PyFloat(IntMath.toDouble(Abstract.index(x).number()));
    if (x instanceof PyStr s) return new PyFloat(FloatText.parse(s.value));
    if (Buffers.exports(x)) {
      try {
        return new PyFloat(FloatText.parse(PyInt.asciiText(Buffers.required(x))));
      } catch (PyException e) {
        if (!e.matches(ExceptionTypes.ValueError)) throw e;
        throw Errors.valueError("could not convert string to float: %s", PyInt.reprUpTo200(x));
      }
    }
    throw Errors.typeError("float() argument must be a string or a real number, not '%s'", t.name());
  }

  /** {@code float.fromhex(s)}; a subclass gets {@code cls(value)}. */
  @PyMethod(kind = PyMethod.Kind.CLASS)
  static PyObject fromhex(PyType cls, PyObject string) {
    if (!(string instanceof PyStr s)) throw Errors.typeError("bad argument type for built-in operation");
    PyFloat v = new PyFloat(FloatHex.fromHex(s.value));
    return cls == TYPE ? v : Abstract.call(cls, v);
  }

  /** {@code float.__getformat__('double')}: how the platform stores floats, which for Java is always IEEE. */
  @PyMethod(value = "__getformat__", kind = PyMethod.Kind.CLASS)
  static PyObject getFormat(PyType cls, PyStr typestr) {
    if (!typestr.value.equals("double") && !typestr.value.equals("float")) {
      throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
    }
    return new PyStr("IEEE, little-endian");
  }

  // ---- representation, hash, truth ----

  @PyMethod("__repr__") public PyObject repr() { return new PyStr(FloatRepr.repr(value)); }

  /** NaN hashes by identity since 3.10, so distinct NaN objects land in distinct dict slots. */
  @PyMethod("__hash__") public PyObject hash() {
    return PyInt.of(Double.isNaN(value) ? NumericHash.identityHash(this) : NumericHash.hashFloat(value));
  }

  @PyMethod("__bool__") public PyObject bool() { return PyBool.of(value != 0.0); }

  @PyMethod("__format__") public PyObject format(PyStr spec) {
    if (spec.value.isEmpty()) return Abstract.str(this);
    return new PyStr(FloatFormat.format(value, spec.value, type().name()));
  }

  @PyMethod("__getnewargs__") public PyObject getNewArgs() { return PyTuple.of(exact()); }

  /** CPython's layout: the object header and a double. */
  @PyMethod("__sizeof__") public PyObject sizeOf() { return PyInt.of(24); }

  @PyMethod public PyObject hex() { return new PyStr(FloatHex.hex(value)); }

  // ---- comparisons: exact against ints, NaN unordered ----

  private static final int UNORDERED = 2, NOT_A_NUMBER = 3;

  /** The order of this and {@code other}: -1, 0, 1, {@link #UNORDERED} or {@link #NOT_A_NUMBER}. */
  private int order(PyObject other) {
    if (other instanceof PyFloat f) {
      return Double.isNaN(value) || Double.isNaN(f.value) ? UNORDERED : Double.compare(value + 0.0, f.value + 0.0);
    } else if (other instanceof PyInt i) {
      return Double.isNaN(value) ? UNORDERED : -IntMath.compareToFloat(i.number(), value);
    } else {
      return NOT_A_NUMBER;
    }
  }

  @PyMethod("__eq__") public PyObject eq(PyObject other) {
    int c = order(other);
    return c == NOT_A_NUMBER ? PyNotImplemented.VALUE : PyBool.of(c == 0);
  }

  @PyMethod("__ne__") public PyObject ne(PyObject other) {
    int c = order(other);
    return c == NOT_A_NUMBER ? PyNotImplemented.VALUE : PyBool.of(c != 0);
  }

  @PyMethod("__lt__") public PyObject lt(PyObject other) {
    int c = order(other);
    return c == NOT_A_NUMBER ? PyNotImplemented.VALUE : PyBool.of(c == -1);
  }

  @PyMethod("__le__") public PyObject le(PyObject other) {
    int c = order(other);
    return c == NOT_A_NUMBER ? PyNotImplemented.VALUE : PyBool.of(c == -1 || c == 0);
  }

  @PyMethod("__gt__") public PyObject gt(PyObject other) {
    int c = order(other);
    return c == NOT_A_NUMBER ? PyNotImplemented.VALUE : PyBool.of(c == 1);
  }

  @PyMethod("__ge__") public PyObject ge(PyObject other) {
    int c = order(other);
    return c == NOT_A_NUMBER ? PyNotImplemented.VALUE : PyBool.of(c == 1 || c == 0);
  }

  // ---- arithmetic ----

  /** True for the operands float arithmetic takes: floats and ints. */
  static boolean isOperand(PyObject o) { return o instanceof PyFloat || o instanceof PyInt; }

  /** A float or int operand as a double: OverflowError "int too large to convert to float" for a huge int. */
  static double toDouble(PyObject o) {
    return o instanceof PyFloat f ? f.value : IntMath.toDouble(((PyInt) o).number());
  }

  private PyObject forward(PyObject other, DoubleBinaryOperator f) {
    return isOperand(other) ? new PyFloat(f.applyAsDouble(value, toDouble(other))) : PyNotImplemented.VALUE;
  }

  private PyObject reflected(PyObject other, DoubleBinaryOperator f) {
    return isOperand(other) ? new PyFloat(f.applyAsDouble(toDouble(other), value)) : PyNotImplemented.VALUE;
  }

  @PyMethod("__add__") public PyObject add(PyObject other) { return forward(other, Double::sum); }

  @PyMethod("__radd__") public PyObject radd(PyObject other) { return reflected(other, Double::sum); }

  @PyMethod("__sub__") public PyObject sub(PyObject other) { return forward(other, (a, b) -> a - b); }

  @PyMethod("__rsub__") public PyObject rsub(PyObject other) { return reflected(other, (a, b) -> a - b); }

  @PyMethod("__mul__") public PyObject mul(PyObject other) { return forward(other, (a, b) -> a * b); }

  @PyMethod("__rmul__") public PyObject rmul(PyObject other) { return reflected(other, (a, b) -> a * b); }

  @PyMethod("__truediv__") public PyObject trueDiv(PyObject other) { return forward(other, FloatMath::trueDiv); }

  @PyMethod("__rtruediv__") public PyObject rtrueDiv(PyObject other) { return reflected(other, FloatMath::trueDiv); }

  @PyMethod("__floordiv__") public PyObject floorDiv(PyObject other) { return forward(other, FloatMath::floorDiv); }

  @PyMethod("__rfloordiv__") public PyObject rfloorDiv(PyObject other) {
    return reflected(other, FloatMath::floorDiv);
  }

  @PyMethod("__mod__") public PyObject mod(PyObject other) { return forward(other, FloatMath::mod); }

  @PyMethod("__rmod__") public PyObject rmod(PyObject other) { return reflected(other, FloatMath::mod); }

  @PyMethod("__divmod__") public PyObject divmod(PyObject other) {
    return isOperand(other) ? pair(FloatMath.divmod(value, toDouble(other))) : PyNotImplemented.VALUE;
  }

  @PyMethod("__rdivmod__") public PyObject rdivmod(PyObject other) {
    return isOperand(other) ? pair(FloatMath.divmod(toDouble(other), value)) : PyNotImplemented.VALUE;
  }

  private static PyTuple pair(double[] qr) { return PyTuple.of(new PyFloat(qr[0]), new PyFloat(qr[1])); }

  /** {@code x ** y}: a negative base to a non-integral power is the complex power, as in Python 3. */
  @PyMethod("__pow__") public PyObject pow(PyObject other, @PyMethod.Opt PyObject mod) {
    return isOperand(other) ? power(value, toDouble(other), mod) : PyNotImplemented.VALUE;
  }

  @PyMethod("__rpow__") public PyObject rpow(PyObject other, @PyMethod.Opt PyObject mod) {
    return isOperand(other) ? power(toDouble(other), value, mod) : PyNotImplemented.VALUE;
  }

  private static PyObject power(double x, double y, PyObject mod) {
    if (mod != null && mod != PyNone.NONE) {
      throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    if (FloatMath.powIsComplex(x, y)) {
      double[] z = ComplexMath.pow(x, 0.0, y, 0.0);
      return new PyComplex(z[0], z[1]);
    }
    return new PyFloat(FloatMath.pow(x, y));
  }

  // ---- unary and conversions ----

  @PyMethod("__neg__") public PyObject neg() { return new PyFloat(-value); }

  @PyMethod("__pos__") public PyObject pos() { return exact(); }

  @PyMethod("__abs__") public PyObject abs() { return new PyFloat(Math.abs(value)); }

  @PyMethod("__float__") public PyObject asFloat() { return exact(); }

  @PyMethod("__int__") public PyObject asInt() { return PyInt.of(FloatMath.trunc(value)); }

  @PyMethod("__trunc__") public PyObject trunc() { return PyInt.of(FloatMath.trunc(value)); }

  @PyMethod("__floor__") public PyObject floor() { return PyInt.of(FloatMath.floor(value)); }

  @PyMethod("__ceil__") public PyObject ceil() { return PyInt.of(FloatMath.ceil(value)); }

  /** {@code round(x)} is an int (ties to even); {@code round(x, n)} a float, correctly rounded. */
  @PyMethod("__round__") public PyObject round(@PyMethod.Opt PyObject ndigits) {
    if (ndigits == null || ndigits == PyNone.NONE) return PyInt.of(FloatMath.round(value));
    PyInt n = Abstract.index(ndigits);
    long places = n.isLong() ? n.longValue() : n.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    return new PyFloat(FloatMath.round(value, places));
  }

  @PyMethod("is_integer") public PyObject isInteger() { return PyBool.of(FloatMath.isInteger(value)); }

  @PyMethod("as_integer_ratio") public PyObject asIntegerRatio() {
    Number[] ratio = FloatMath.asIntegerRatio(value);
    return PyTuple.of(PyInt.of(ratio[0]), PyInt.of(ratio[1]));
  }

  @PyMethod public PyObject conjugate() { return exact(); }

  @PyGetter("real") public PyObject real() { return exact(); }

  @PyGetter("imag") public PyObject imag() { return new PyFloat(0.0); }

  @Override public String toString() { return FloatRepr.repr(value); }

  /** An instance of a Python subclass of float (docs/classes.md): the value plus the class, __dict__ and __slots__. */
  static final class Derived extends PyFloat implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type, double value) {
      super(value);
      this.type = type;
      this.dict = HeapInstance.newDict(type);
      this.slots = HeapInstance.newSlots(type);
    }

    @Override public PyType type() { return type; }

    @Override public void setType(PyType t) { type = t; }

    @Override public PyDict dict() { return dict; }

    @Override public void setDict(PyDict d) { dict = d; }

    @Override public PyObject[] slots() { return slots; }
  }
}
