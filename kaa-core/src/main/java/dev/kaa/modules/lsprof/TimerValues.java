package dev.kaa.modules.lsprof;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import java.math.BigInteger;

/** A profiler timer's answer as CPython converts it to its time type: a count of units, or seconds to nanoseconds. */
final class TimerValues {
  private TimerValues() {}

  private static final String TOO_LARGE = "timestamp too large to convert to C _PyTime_t";

  /** An integer timer with a time unit: the int itself. */
  static long units(PyObject t) {
    if (!(t instanceof PyInt i)) throw Errors.typeError("expect int, got %s", t.type().name());
    if (!i.isLong()) throw Errors.overflowError(TOO_LARGE);
    return i.longValue();
  }

  /** A timer in seconds (a float, or anything with {@code __index__}), floored to whole nanoseconds. */
  static long secondsAsNanos(PyObject t) {
    if (t instanceof PyFloat f) {
      double d = f.value;
      if (Double.isNaN(d)) throw Errors.valueError("Invalid value NaN (not a number)");
      double ns = Math.floor(d * 1e9);
      if (!(ns >= -9.223372036854775808e18 && ns < 9.223372036854775808e18)) throw Errors.overflowError(TOO_LARGE);
      return (long) ns;
    }
    BigInteger ns = Abstract.index(t).bigValue().multiply(BigInteger.valueOf(1_000_000_000));
    if (ns.bitLength() > 63) throw Errors.overflowError(TOO_LARGE);
    return ns.longValue();
  }
}
