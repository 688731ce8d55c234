package dev.kaa.objects;

import dev.kaa.format.ComplexFormat;
import dev.kaa.math.ComplexMath;
import dev.kaa.math.ComplexText;
import dev.kaa.math.IntMath;
import dev.kaa.math.NumericHash;
import dev.kaa.text.FloatRepr;

/**
 * {@code complex}: two doubles. Arithmetic is {@link ComplexMath}'s; an int or float operand is the complex number with
 * a zero imaginary part (an int too large for a float is an OverflowError). Complex numbers are not ordered:
 * {@code < <= > >=} answer NotImplemented, so Python reports the TypeError.
 */
public class PyComplex extends PyObject {
  public static final PyType TYPE = new PyType("complex", PyType.IMMUTABLE | PyType.BASETYPE, PyComplex.class,
      PyType.OBJECT);

  public final double real, imag;

  public PyComplex(double real, double imag) {
    this.real = real;
    this.imag = imag;
  }

  @Override public PyType type() { return TYPE; }

  /** This value as an exact {@code complex}. */
  public final PyComplex exact() { return getClass() == PyComplex.class ? this : new PyComplex(real, imag); }

  // ---- construction ----

  /**
   * {@code complex(real=0, imag=0)}: a string alone is parsed; otherwise each argument is a number ({@code __complex__},
   * {@code __float__} or {@code __index__}) and the result is {@code real + imag*1j} computed part by part, as CPython
   * does, so {@code complex(1j, 1j)} is {@code (-1+1j)}.
   */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject real, @PyMethod.Opt PyObject imag) {
    PyComplex v = construct(real == null ? PyInt.ZERO : real, imag);
    return cls == TYPE ? v : new Derived(cls, v.real, v.imag);
  }

  private static PyComplex construct(PyObject r, PyObject i) {
    if (r instanceof PyStr s) {
      if (i != null) throw Errors.typeError("complex() can't take second arg if first is a string");
      double[] z = ComplexText.parse(s.value);
      return new PyComplex(z[0], z[1]);
    }
    if (i instanceof PyStr) throw Errors.typeError("complex() second arg can't be a string");
    if (r.type() == TYPE && i == null) return (PyComplex) r;
    PyObject special = r.type().lookupSpecial(Special.COMPLEX);
    if (special != null) {
      PyObject c = Abstract.callSpecial(r, Special.COMPLEX);
      if (!(c instanceof PyComplex)) {
        throw Errors.typeError("__complex__ returned non-complex (type %s)", c.type().name());
      }
      if (c.type() != TYPE) DeprecatedResults.strictSubclass("__complex__", "complex", c);
      r = c;
    }
    if (!isNumber(r)) {
      throw Errors.typeError("complex() first argument must be a string or a number, not '%s'", r.type().name());
    }
    if (i != null && !isNumber(i)) {
      throw Errors.typeError("complex() second argument must be a number, not '%s'", i.type().name());
    }
    double re, im;
    if (r instanceof PyComplex c) {
      re = c.real;
      im = c.imag;
    } else {
      re = PyFloat.toFloat(r).value;
      im = 0.0;
    }
    if (i == null) return new PyComplex(re, im);
    if (i instanceof PyComplex c) return new PyComplex(re - c.imag, r instanceof PyComplex ? c.real + im : c.real);
    double ir = PyFloat.toFloat(i).value;
    return new PyComplex(re, r instanceof PyComplex ? ir + im : ir);
  }

  /** What complex() takes as a number: a complex, or anything with {@code __float__} or {@code __index__}. */
  private static boolean isNumber(PyObject o) {
    return o instanceof PyComplex || o.type().lookupSpecial(Special.FLOAT) != null
        || o.type().lookupSpecial(Special.INDEX) != null;
  }

  // ---- representation, hash, truth ----

  @PyMethod("__repr__") public PyObject repr() { return new PyStr(FloatRepr.complexRepr(real, imag)); }

  /** A NaN part hashes by the complex object's identity, as in CPython. */
  @PyMethod("__hash__") public PyObject hash() {
    long hr = Double.isNaN(real) ? NumericHash.identityHash(this) : NumericHash.hashFloat(real);
    long hi = Double.isNaN(imag) ? NumericHash.identityHash(this) : NumericHash.hashFloat(imag);
    return PyInt.of(NumericHash.combineComplex(hr, hi));
  }

  @PyMethod("__bool__") public PyObject bool() { return PyBool.of(real != 0.0 || imag != 0.0); }

  @PyMethod("__format__") public PyObject format(PyStr spec) {
    if (spec.value.isEmpty()) return Abstract.str(this);
    return new PyStr(ComplexFormat.format(real, imag, spec.value, type().name()));
  }

  /** CPython's layout: the object header and two doubles. */
  @PyMethod("__sizeof__") public PyObject sizeOf() { return PyInt.of(32); }

  @PyMethod("__getnewargs__") public PyObject getNewArgs() {
    return PyTuple.of(new PyFloat(real), new PyFloat(imag));
  }

  // ---- comparisons: equality only ----

  private PyObject equal(PyObject other) {
    if (other instanceof PyComplex c) {
      return PyBool.of(real == c.real && imag == c.imag);
    } else if (other instanceof PyFloat f) {
      return PyBool.of(imag == 0.0 && real == f.value);
    } else if (other instanceof PyInt i) {
      return PyBool.of(imag == 0.0 && !Double.isNaN(real) && IntMath.compareToFloat(i.number(), real) == 0);
    } else {
      return PyNotImplemented.VALUE;
    }
  }

  @PyMethod("__eq__") public PyObject eq(PyObject other) { return equal(other); }

  @PyMethod("__ne__") public PyObject ne(PyObject other) {
    PyObject r = equal(other);
    return r == PyNotImplemented.VALUE ? r : PyBool.of(r == PyBool.FALSE);
  }

  @PyMethod("__lt__") public PyObject lt(PyObject other) { return PyNotImplemented.VALUE; }

  @PyMethod("__le__") public PyObject le(PyObject other) { return PyNotImplemented.VALUE; }

  @PyMethod("__gt__") public PyObject gt(PyObject other) { return PyNotImplemented.VALUE; }

  @PyMethod("__ge__") public PyObject ge(PyObject other) { return PyNotImplemented.VALUE; }

  // ---- arithmetic ----

  /** An int, float or complex operand as {re, im}; null for anything else (the operator answers NotImplemented). */
  private static double[] operand(PyObject o) {
    if (o instanceof PyComplex c) {
      return new double[] {c.real, c.imag};
    } else if (o instanceof PyFloat f) {
      return new double[] {f.value, 0.0};
    } else if (o instanceof PyInt i) {
      return new double[] {IntMath.toDouble(i.number()), 0.0};
    } else {
      return null;
    }
  }

  private interface Op {
    double[] apply(double ar, double ai, double br, double bi);
  }

  private PyObject forward(PyObject other, Op f) {
    double[] b = operand(other);
    return b == null ? PyNotImplemented.VALUE : of(f.apply(real, imag, b[0], b[1]));
  }

  private PyObject reflected(PyObject other, Op f) {
    double[] a = operand(other);
    return a == null ? PyNotImplemented.VALUE : of(f.apply(a[0], a[1], real, imag));
  }

  private static PyComplex of(double[] z) { return new PyComplex(z[0], z[1]); }

  @PyMethod("__add__") public PyObject add(PyObject other) { return forward(other, ComplexMath::add); }

  @PyMethod("__radd__") public PyObject radd(PyObject other) { return reflected(other, ComplexMath::add); }

  @PyMethod("__sub__") public PyObject sub(PyObject other) { return forward(other, ComplexMath::sub); }

  @PyMethod("__rsub__") public PyObject rsub(PyObject other) { return reflected(other, ComplexMath::sub); }

  @PyMethod("__mul__") public PyObject mul(PyObject other) { return forward(other, ComplexMath::mul); }

  @PyMethod("__rmul__") public PyObject rmul(PyObject other) { return reflected(other, ComplexMath::mul); }

  @PyMethod("__truediv__") public PyObject trueDiv(PyObject other) { return forward(other, ComplexMath::trueDiv); }

  @PyMethod("__rtruediv__") public PyObject rtrueDiv(PyObject other) {
    return reflected(other, ComplexMath::trueDiv);
  }

  @PyMethod("__pow__") public PyObject pow(PyObject other, @PyMethod.Opt PyObject mod) {
    if (mod != null && mod != PyNone.NONE) throw Errors.valueError("complex modulo");
    return forward(other, ComplexMath::pow);
  }

  @PyMethod("__rpow__") public PyObject rpow(PyObject other, @PyMethod.Opt PyObject mod) {
    if (mod != null && mod != PyNone.NONE) throw Errors.valueError("complex modulo");
    return reflected(other, ComplexMath::pow);
  }

  // ---- unary and the rest ----

  @PyMethod("__neg__") public PyObject neg() { return new PyComplex(-real, -imag); }

  @PyMethod("__pos__") public PyObject pos() { return exact(); }

  @PyMethod("__abs__") public PyObject abs() { return new PyFloat(ComplexMath.abs(real, imag)); }

  @PyMethod("__complex__") public PyObject asComplex() { return exact(); }

  @PyMethod public PyObject conjugate() { return new PyComplex(real, -imag); }

  @PyGetter(value = "real", doc = "the real part of a complex number")
  public PyObject realPart() { return new PyFloat(real); }

  @PyGetter(value = "imag", doc = "the imaginary part of a complex number")
  public PyObject imagPart() { return new PyFloat(imag); }

  @Override public String toString() { return FloatRepr.complexRepr(real, imag); }

  /** An instance of a Python subclass of complex (docs/classes.md): the value plus the class, __dict__ and __slots__. */
  static final class Derived extends PyComplex implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type, double real, double imag) {
      super(real, imag);
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
