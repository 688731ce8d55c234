package dev.kaa.modules.math;

import dev.kaa.math.SpecialFunctions;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.runtime.PyModule;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code math}'s logarithms. An int too large for a float is split as m * 2**e first, so {@code log(10**1000)} works
 * as in CPython; zero and negative arguments are domain errors.
 */
final class MathLogs {
  private MathLogs() {}

  private static final double LN2 = Math.log(2.0);

  /** log(x) in {@code f}'s base, for any real x (including ints beyond the float range). */
  private static double log(PyObject x, DoubleUnaryOperator f, double logOfTwo) {
    if (x instanceof PyInt i) {
      if (i.signum() <= 0) throw MathModule.domainError();
      if (!i.isLong()) {
        BigInteger v = i.bigValue();
        int shift = Math.max(0, (int) v.bitLength() - 64);
        // the top 64 bits, with a sticky bit for the rest, as a double in [2**63, 2**64)
        long top = v.shiftRight(shift).longValue();
        double m = top < 0 ? (top >>> 1 | (top & 1)) * 2.0 : top;
        return f.applyAsDouble(m) + logOfTwo * shift;
      }
    }
    double v = Abstract.floatValue(x);
    if (v <= 0.0) throw MathModule.domainError();
    return f.applyAsDouble(v);
  }

  @PyMethod static PyObject log(PyModule self, PyObject x, @PyMethod.Opt PyObject base) {
    double num = log(x, Math::log, LN2);
    if (base == null) return new PyFloat(num);
    double den = log(base, Math::log, LN2);
    if (den == 0.0) throw Errors.zeroDivisionError("float division by zero");
    return new PyFloat(num / den);
  }

  @PyMethod static PyObject log2(PyModule self, PyObject x) {
    return new PyFloat(log(x, SpecialFunctions::log2, 1.0));
  }

  @PyMethod static PyObject log10(PyModule self, PyObject x) {
    return new PyFloat(log(x, Math::log10, Math.log10(2.0)));
  }

  @PyMethod static PyObject log1p(PyModule self, PyObject x) {
    double v = Abstract.floatValue(x);
    return new PyFloat(MathModule.checked(v, Math.log1p(v), false));
  }
}
