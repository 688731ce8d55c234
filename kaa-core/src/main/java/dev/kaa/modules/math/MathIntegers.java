package dev.kaa.modules.math;

import dev.kaa.math.IntMath;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.Special;
import dev.kaa.math.FloatMath;
import dev.kaa.runtime.PyModule;

/**
 * {@code math}'s functions with integer results: rounding through {@code __floor__}/{@code __ceil__}/{@code __trunc__},
 * and the exact integer functions of {@link IntMath} on {@code __index__} values.
 */
final class MathIntegers {
  private MathIntegers() {}

  @PyMethod static PyObject floor(PyModule self, PyObject x) {
    if (x.type() == PyFloat.TYPE) return PyInt.of(FloatMath.floor(((PyFloat) x).value));
    if (x.type().lookupSpecial(Special.FLOOR) != null) return Abstract.callSpecial(x, Special.FLOOR);
    return PyInt.of(FloatMath.floor(Abstract.floatValue(x)));
  }

  @PyMethod static PyObject ceil(PyModule self, PyObject x) {
    if (x.type() == PyFloat.TYPE) return PyInt.of(FloatMath.ceil(((PyFloat) x).value));
    if (x.type().lookupSpecial(Special.CEIL) != null) return Abstract.callSpecial(x, Special.CEIL);
    return PyInt.of(FloatMath.ceil(Abstract.floatValue(x)));
  }

  @PyMethod static PyObject trunc(PyModule self, PyObject x) {
    if (x.type() == PyFloat.TYPE) return PyInt.of(FloatMath.trunc(((PyFloat) x).value));
    if (x.type().lookupSpecial(Special.TRUNC) == null) {
      throw Errors.typeError("type %s doesn't define __trunc__ method", x.type().name());
    }
    return Abstract.callSpecial(x, Special.TRUNC);
  }

  private static Number[] indexes(PyObject[] args) {
    Number[] values = new Number[args.length];
    for (int i = 0; i < args.length; i++) values[i] = Abstract.index(args[i]).number();
    return values;
  }

  @PyMethod static PyObject gcd(PyModule self, @PyMethod.Star PyObject[] integers) {
    return PyInt.of(IntMath.gcd(indexes(integers)));
  }

  @PyMethod static PyObject lcm(PyModule self, @PyMethod.Star PyObject[] integers) {
    return PyInt.of(IntMath.lcm(indexes(integers)));
  }

  @PyMethod static PyObject isqrt(PyModule self, PyObject n) {
    return PyInt.of(IntMath.isqrt(Abstract.index(n).number()));
  }

  @PyMethod static PyObject factorial(PyModule self, PyObject n) {
    return PyInt.of(IntMath.factorial(Abstract.index(n).number()));
  }

  @PyMethod static PyObject comb(PyModule self, PyObject n, PyObject k) {
    return PyInt.of(IntMath.comb(Abstract.index(n).number(), Abstract.index(k).number()));
  }

  @PyMethod static PyObject perm(PyModule self, PyObject n, @PyMethod.Opt PyObject k) {
    Number count = Abstract.index(n).number();
    if (k == null || k == PyNone.NONE) return PyInt.of(IntMath.perm(count, count));
    return PyInt.of(IntMath.perm(count, Abstract.index(k).number()));
  }
}
