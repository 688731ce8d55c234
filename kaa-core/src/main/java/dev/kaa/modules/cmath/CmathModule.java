package dev.kaa.modules.cmath;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyComplex;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.Special;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code cmath} module: the elementary functions of a complex argument, on the principal branches with the
 * branch cuts CPython documents (Kahan's formulas for the inverse functions, which keep the sign of a zero imaginary
 * part on the cut). A result that is infinite for finite arguments raises {@code OverflowError('math range error')};
 * one that is NaN for arguments without NaN raises {@code ValueError('math domain error')}, as CPython's do.
 */
public final class CmathModule {
  private CmathModule() {}

  public static final String NAME = "cmath";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("This module provides access to mathematical functions for complex\n"
        + "numbers."), interp);
    m.addFunctions(CmathModule.class);
    m.put("pi", new PyFloat(Math.PI));
    m.put("e", new PyFloat(Math.E));
    m.put("tau", new PyFloat(2 * Math.PI));
    m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
    m.put("infj", new PyComplex(0, Double.POSITIVE_INFINITY));
    m.put("nan", new PyFloat(Double.NaN));
    m.put("nanj", new PyComplex(0, Double.NaN));
    return m;
  }

  /** A complex argument: a complex, {@code __complex__}'s result, or a real number ({@code __float__}, {@code __index__}). */
  static Complex arg(PyObject o) {
    if (o instanceof PyComplex c) return new Complex(c.real, c.imag);
    if (o.type().lookupSpecial(Special.COMPLEX) != null) {
      PyObject c = Abstract.callSpecial(o, Special.COMPLEX);
      if (c instanceof PyComplex z) return new Complex(z.real, z.imag);
      throw Errors.typeError("__complex__ returned non-complex (type %s)", c.type().name());
    }
    return new Complex(Abstract.floatValue(o), 0.0);
  }

  private static PyObject result(Complex z) { return new PyComplex(z.re(), z.im()); }

  /** {@code f(z)} with CPython's errors: range for an infinite result of finite z, domain for a NaN one without NaN in z. */
  private static PyObject apply(PyObject x, java.util.function.UnaryOperator<Complex> f) {
    Complex z = arg(x);
    return result(Complex.checked(z, f.apply(z)));
  }

  @PyMethod static PyObject sqrt(PyModule self, PyObject z) { return apply(z, Complex::sqrt); }

  @PyMethod static PyObject exp(PyModule self, PyObject z) { return apply(z, Complex::exp); }

  @PyMethod static PyObject log(PyModule self, PyObject z, @PyMethod.Opt PyObject base) {
    Complex value = arg(z);
    Complex r = Complex.checked(value, value.log());
    if (base == null) return result(r);
    Complex b = arg(base);
    Complex lb = Complex.checked(b, b.log());
    return result(Complex.checked(value, r.divide(lb)));
  }

  @PyMethod static PyObject log10(PyModule self, PyObject z) {
    return apply(z, v -> {
      Complex l = v.log();
      return new Complex(l.re() / Math.log(10), l.im() / Math.log(10));
    });
  }

  @PyMethod static PyObject sin(PyModule self, PyObject z) { return apply(z, Complex::sin); }

  @PyMethod static PyObject cos(PyModule self, PyObject z) { return apply(z, Complex::cos); }

  @PyMethod static PyObject tan(PyModule self, PyObject z) { return apply(z, Complex::tan); }

  @PyMethod static PyObject asin(PyModule self, PyObject z) { return apply(z, Complex::asin); }

  @PyMethod static PyObject acos(PyModule self, PyObject z) { return apply(z, Complex::acos); }

  @PyMethod static PyObject atan(PyModule self, PyObject z) { return apply(z, Complex::atan); }

  @PyMethod static PyObject sinh(PyModule self, PyObject z) { return apply(z, Complex::sinh); }

  @PyMethod static PyObject cosh(PyModule self, PyObject z) { return apply(z, Complex::cosh); }

  @PyMethod static PyObject tanh(PyModule self, PyObject z) { return apply(z, Complex::tanh); }

  @PyMethod static PyObject asinh(PyModule self, PyObject z) { return apply(z, Complex::asinh); }

  @PyMethod static PyObject acosh(PyModule self, PyObject z) { return apply(z, Complex::acosh); }

  @PyMethod static PyObject atanh(PyModule self, PyObject z) { return apply(z, Complex::atanh); }

  @PyMethod static PyObject phase(PyModule self, PyObject z) {
    Complex v = arg(z);
    return new PyFloat(Math.atan2(v.im(), v.re()));
  }

  @PyMethod static PyObject polar(PyModule self, PyObject z) {
    Complex v = arg(z);
    double r = Math.hypot(v.re(), v.im());
    if (Double.isInfinite(r) && v.isFinite()) throw Errors.overflowError("math range error");
    return PyTuple.of(new PyFloat(r), new PyFloat(Math.atan2(v.im(), v.re())));
  }

  @PyMethod static PyObject rect(PyModule self, PyObject r, PyObject phi) {
    double m = Abstract.floatValue(r), a = Abstract.floatValue(phi);
    if (Double.isInfinite(m) && a == 0) return new PyComplex(m, m > 0 ? a : -a);
    if (Double.isInfinite(a) && Double.isFinite(m) && m != 0) throw Errors.valueError("math domain error");
    Complex z = new Complex(m * Math.cos(a), m * Math.sin(a));
    if (Double.isFinite(m) && Double.isFinite(a) && !z.isFinite()) throw Errors.overflowError("math range error");
    return result(z);
  }

  @PyMethod static PyObject isfinite(PyModule self, PyObject z) { return PyBool.of(arg(z).isFinite()); }

  @PyMethod static PyObject isinf(PyModule self, PyObject z) {
    Complex v = arg(z);
    return PyBool.of(Double.isInfinite(v.re()) || Double.isInfinite(v.im()));
  }

  @PyMethod static PyObject isnan(PyModule self, PyObject z) { return PyBool.of(arg(z).hasNaN()); }

  @PyMethod(positionalOnly = 2) static PyObject isclose(PyModule self, PyObject a, PyObject b,
      @PyMethod.KwOnly @PyMethod.Opt PyObject rel_tol, @PyMethod.KwOnly @PyMethod.Opt PyObject abs_tol) {
    Complex x = arg(a), y = arg(b);
    double rel = rel_tol == null ? 1e-9 : Abstract.floatValue(rel_tol);
    double abs = abs_tol == null ? 0.0 : Abstract.floatValue(abs_tol);
    if (rel < 0 || abs < 0) throw Errors.valueError("tolerances must be non-negative");
    if (x.re() == y.re() && x.im() == y.im()) return PyBool.TRUE;
    if (Double.isInfinite(x.re()) || Double.isInfinite(x.im()) || Double.isInfinite(y.re())
        || Double.isInfinite(y.im())) {
      return PyBool.FALSE;
    }
    double diff = Math.hypot(x.re() - y.re(), x.im() - y.im());
    double ax = Math.hypot(x.re(), x.im()), ay = Math.hypot(y.re(), y.im());
    return PyBool.of(diff <= rel * ay || diff <= rel * ax || diff <= abs);
  }
}
