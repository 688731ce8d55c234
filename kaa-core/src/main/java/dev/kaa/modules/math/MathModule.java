package dev.kaa.modules.math;

import dev.kaa.math.SpecialFunctions;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module: CPython's functions over floats with its error rule — a NaN from a non-NaN argument is
 * {@code ValueError("math domain error")}; an infinity from a finite argument is {@code OverflowError("math range
 * error")} where the function can overflow and a domain error where it cannot. Integer functions are in
 * {@link MathIntegers}, sums and norms in {@link MathSums}, logarithms in {@link MathLogs}, float bits in
 * {@link MathFloatBits}.
 */
public final class MathModule {
  private MathModule() {}

  public static final String NAME = "math";

  private static final String DOC = "This module provides access to the mathematical functions\n"
      + "defined by the C standard.";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(DOC), interp);
    m.addFunctions(MathModule.class);
    m.addFunctions(MathIntegers.class);
    m.addFunctions(MathSums.class);
    m.addFunctions(MathLogs.class);
    m.addFunctions(MathFloatBits.class);
    m.put("pi", new PyFloat(Math.PI));
    m.put("e", new PyFloat(Math.E));
    m.put("tau", new PyFloat(2 * Math.PI));
    m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
    m.put("nan", new PyFloat(Double.NaN));
    return m;
  }

  static PyException domainError() { return Errors.valueError("math domain error"); }

  static PyException rangeError() { return Errors.overflowError("math range error"); }

  /** CPython's rule for a one-argument function's result r of x. */
  static double checked(double x, double r, boolean canOverflow) {
    if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError();
    if (Double.isInfinite(r) && Double.isFinite(x)) throw canOverflow ? rangeError() : domainError();
    return r;
  }

  /** The same rule for a function of two arguments. */
  static double checked(double x, double y, double r) {
    if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domainError();
    if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) throw rangeError();
    return r;
  }

  private static PyObject apply(PyObject x, DoubleUnaryOperator f, boolean canOverflow) {
    double v = Abstract.floatValue(x);
    return new PyFloat(checked(v, f.applyAsDouble(v), canOverflow));
  }

  @PyMethod static PyObject acos(PyModule self, PyObject x) { return apply(x, Math::acos, false); }

  @PyMethod static PyObject acosh(PyModule self, PyObject x) { return apply(x, SpecialFunctions::acosh, false); }

  @PyMethod static PyObject asin(PyModule self, PyObject x) { return apply(x, Math::asin, false); }

  @PyMethod static PyObject asinh(PyModule self, PyObject x) { return apply(x, SpecialFunctions::asinh, false); }

  @PyMethod static PyObject atan(PyModule self, PyObject x) { return apply(x, Math::atan, false); }

  @PyMethod static PyObject atanh(PyModule self, PyObject x) { return apply(x, SpecialFunctions::atanh, false); }

  @PyMethod static PyObject cbrt(PyModule self, PyObject x) { return apply(x, Math::cbrt, false); }

  @PyMethod static PyObject cos(PyModule self, PyObject x) { return apply(x, Math::cos, false); }

  @PyMethod static PyObject cosh(PyModule self, PyObject x) { return apply(x, Math::cosh, true); }

  @PyMethod static PyObject erf(PyModule self, PyObject x) { return apply(x, SpecialFunctions::erf, false); }

  @PyMethod static PyObject erfc(PyModule self, PyObject x) { return apply(x, SpecialFunctions::erfc, false); }

  @PyMethod static PyObject exp(PyModule self, PyObject x) { return apply(x, Math::exp, true); }

  @PyMethod static PyObject exp2(PyModule self, PyObject x) { return apply(x, v -> Math.pow(2.0, v), true); }

  @PyMethod static PyObject expm1(PyModule self, PyObject x) { return apply(x, Math::expm1, true); }

  @PyMethod static PyObject fabs(PyModule self, PyObject x) { return apply(x, Math::abs, false); }

  @PyMethod static PyObject gamma(PyModule self, PyObject x) {
    double v = Abstract.floatValue(x);
    if (Double.isFinite(v) && (v == Math.floor(v) && v <= 0)) throw domainError();
    return new PyFloat(checked(v, SpecialFunctions.gamma(v), true));
  }

  @PyMethod static PyObject lgamma(PyModule self, PyObject x) {
    double v = Abstract.floatValue(x);
    if (Double.isFinite(v) && (v == Math.floor(v) && v <= 0)) throw domainError();
    return new PyFloat(checked(v, SpecialFunctions.lgamma(v), true));
  }

  @PyMethod static PyObject sin(PyModule self, PyObject x) { return apply(x, Math::sin, false); }

  @PyMethod static PyObject sinh(PyModule self, PyObject x) { return apply(x, Math::sinh, true); }

  @PyMethod static PyObject sqrt(PyModule self, PyObject x) { return apply(x, Math::sqrt, false); }

  @PyMethod static PyObject tan(PyModule self, PyObject x) { return apply(x, Math::tan, false); }

  @PyMethod static PyObject tanh(PyModule self, PyObject x) { return apply(x, Math::tanh, false); }

  @PyMethod static PyObject degrees(PyModule self, PyObject x) {
    return new PyFloat(Abstract.floatValue(x) * (180.0 / Math.PI));
  }

  @PyMethod static PyObject radians(PyModule self, PyObject x) {
    return new PyFloat(Abstract.floatValue(x) * (Math.PI / 180.0));
  }

  @PyMethod static PyObject atan2(PyModule self, PyObject y, PyObject x) {
    return new PyFloat(Math.atan2(Abstract.floatValue(y), Abstract.floatValue(x)));
  }

  @PyMethod static PyObject fmod(PyModule self, PyObject x, PyObject y) {
    double a = Abstract.floatValue(x), b = Abstract.floatValue(y);
    // fmod(x, ±inf) is x for finite x
    if (Double.isInfinite(b) && Double.isFinite(a)) return new PyFloat(a);
    return new PyFloat(checked(a, b, a % b));
  }

  @PyMethod static PyObject remainder(PyModule self, PyObject x, PyObject y) {
    double a = Abstract.floatValue(x), b = Abstract.floatValue(y);
    return new PyFloat(checked(a, b, Math.IEEEremainder(a, b)));
  }

  @PyMethod static PyObject pow(PyModule self, PyObject x, PyObject y) {
    return new PyFloat(power(Abstract.floatValue(x), Abstract.floatValue(y)));
  }

  /** C99's pow: 1 ** nan and (-1) ** ±inf are 1, unlike Java's; 0 ** negative is a domain error. */
  private static double power(double x, double y) {
    if (Double.isNaN(x)) return y == 0 ? 1.0 : x;
    if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
    if (Double.isInfinite(y) && Math.abs(x) == 1.0) return 1.0;
    if (!Double.isFinite(x) || !Double.isFinite(y)) return Math.pow(x, y);
    double r = Math.pow(x, y);
    if (Double.isNaN(r)) throw domainError();
    if (Double.isInfinite(r)) throw x == 0.0 ? domainError() : rangeError();
    return r;
  }

  @PyMethod(positionalOnly = 0) static PyObject isclose(PyModule self, PyObject a, PyObject b,
      @PyMethod.KwOnly @PyMethod.Opt PyObject rel_tol, @PyMethod.KwOnly @PyMethod.Opt PyObject abs_tol) {
    double x = Abstract.floatValue(a), y = Abstract.floatValue(b);
    double rel = rel_tol == null ? 1e-09 : Abstract.floatValue(rel_tol);
    double abs = abs_tol == null ? 0.0 : Abstract.floatValue(abs_tol);
    if (rel < 0.0 || abs < 0.0) throw Errors.valueError("tolerances must be non-negative");
    if (x == y) return PyBool.TRUE;
    if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
    double diff = Math.abs(y - x);
    return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
  }

  @PyMethod static PyObject isfinite(PyModule self, PyObject x) {
    return PyBool.of(Double.isFinite(Abstract.floatValue(x)));
  }

  @PyMethod static PyObject isinf(PyModule self, PyObject x) {
    return PyBool.of(Double.isInfinite(Abstract.floatValue(x)));
  }

  @PyMethod static PyObject isnan(PyModule self, PyObject x) {
    return PyBool.of(Double.isNaN(Abstract.floatValue(x)));
  }
}
