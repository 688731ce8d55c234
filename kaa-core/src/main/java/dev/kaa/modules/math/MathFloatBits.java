package dev.kaa.modules.math;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.PyModule;
import java.math.BigInteger;

/** {@code math}'s functions on a float's representation: sign, exponent and neighbours. */
final class MathFloatBits {
  private MathFloatBits() {}

  /** The sign of a NaN counts too, as C's copysign. */
  @PyMethod static PyObject copysign(PyModule self, PyObject x, PyObject y) {
    double a = Abstract.floatValue(x), b = Abstract.floatValue(y);
    long sign = Double.doubleToRawLongBits(b) & Long.MIN_VALUE;
    return new PyFloat(Double.longBitsToDouble(Double.doubleToRawLongBits(a) & Long.MAX_VALUE | sign));
  }

  @PyMethod static PyObject frexp(PyModule self, PyObject x) {
    double v = Abstract.floatValue(x);
    if (v == 0.0 || !Double.isFinite(v)) return PyTuple.of(new PyFloat(v), PyInt.of(0));
    int shift = 0;
    if (Math.getExponent(v) < Double.MIN_EXPONENT) {  // subnormal: make it normal first
      v *= 0x1p54;
      shift = 54;
    }
    int e = Math.getExponent(v) + 1;
    return PyTuple.of(new PyFloat(Math.scalb(v, -e)), PyInt.of(e - shift));
  }

  @PyMethod static PyObject ldexp(PyModule self, PyObject x, PyObject i) {
    double v = Abstract.floatValue(x);
    if (!(i instanceof PyInt n)) throw Errors.typeError("Expected an int as second argument to ldexp.");
    if (v == 0.0 || !Double.isFinite(v)) return new PyFloat(v);
    // beyond ±2**12 every finite nonzero float overflows or underflows
    long e = n.isLong() ? Math.max(-5000, Math.min(5000, n.longValue())) : n.signum() * 5000L;
    double r = Math.scalb(v, (int) e);
    if (Double.isInfinite(r)) throw MathModule.rangeError();
    return new PyFloat(r);
  }

  @PyMethod static PyObject modf(PyModule self, PyObject x) {
    double v = Abstract.floatValue(x);
    if (Double.isInfinite(v)) return PyTuple.of(new PyFloat(Math.copySign(0.0, v)), new PyFloat(v));
    if (Double.isNaN(v)) return PyTuple.of(new PyFloat(v), new PyFloat(v));
    double whole = v < 0 ? Math.ceil(v) : Math.floor(v);
    return PyTuple.of(new PyFloat(Math.copySign(v - whole, v)), new PyFloat(whole));
  }

  @PyMethod static PyObject ulp(PyModule self, PyObject x) {
    double v = Math.abs(Abstract.floatValue(x));
    if (!Double.isFinite(v)) return new PyFloat(v);
    double up = Math.nextUp(v);
    return new PyFloat(Double.isInfinite(up) ? v - Math.nextDown(v) : up - v);
  }

  @PyMethod static PyObject nextafter(PyModule self, PyObject x, PyObject y,
      @PyMethod.KwOnly @PyMethod.Opt PyObject steps) {
    double from = Abstract.floatValue(x), to = Abstract.floatValue(y);
    if (steps == null || steps == PyNone.NONE) return new PyFloat(Math.nextAfter(from, to));
    PyInt count = Abstract.index(steps);
    if (count.signum() < 0) throw Errors.valueError("steps must be a non-negative integer");
    if (Double.isNaN(from) || count.signum() == 0) return new PyFloat(from);
    if (Double.isNaN(to)) return new PyFloat(to);
    long a = ordered(from), b = ordered(to);
    BigInteger distance = BigInteger.valueOf(b).subtract(BigInteger.valueOf(a));
    if (distance.abs().compareTo(count.bigValue()) <= 0) return new PyFloat(to);
    long move = count.longValue();
    return new PyFloat(fromOrdered(distance.signum() > 0 ? a + move : a - move));
  }

  /** The float's position on a line where neighbours differ by one (-0.0 and 0.0 share 0). */
  private static long ordered(double v) {
    long bits = Double.doubleToRawLongBits(v);
    return bits < 0 ? -(bits & Long.MAX_VALUE) : bits;
  }

  private static double fromOrdered(long n) {
    return n < 0 ? Double.longBitsToDouble(-n | Long.MIN_VALUE) : Double.longBitsToDouble(n);
  }
}
