package dev.kaa.modules.thread;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyObject;

/**
 * The {@code blocking} and {@code timeout} arguments of {@code acquire}, checked as CPython checks them, as a wait in
 * nanoseconds: {@link #FOREVER}, 0 (do not block) or a positive time.
 */
final class LockTimeout {
  private LockTimeout() {}

  static final long FOREVER = -1;
  /** {@code _thread.TIMEOUT_MAX}: the longest wait in seconds, as CPython's on a 64-bit build. */
  static final double MAX_SECONDS = 9223372036.0;

  static long nanos(PyObject blocking, PyObject timeout) {
    boolean block = blocking == null || Abstract.isTrue(blocking);
    double seconds = timeout == null ? -1 : seconds(timeout);
    if (!block && seconds != -1) throw Errors.valueError("can't specify a timeout for a non-blocking call");
    if (seconds < 0 && seconds != -1) throw Errors.valueError("timeout value must be positive");
    if (!block) return 0;
    if (seconds == -1) return FOREVER;
    if (seconds > MAX_SECONDS) throw Errors.overflowError("timeout value is too large");
    return (long) Math.ceil(seconds * 1e9);
  }

  /** A number of seconds: a float, or anything with {@code __index__}. */
  private static double seconds(PyObject timeout) {
    if (timeout instanceof PyFloat f) {
      if (Double.isNaN(f.value)) throw Errors.valueError("Invalid value NaN (not a number)");
      if (Math.abs(f.value) >= 9.223372036854776E9) {
        throw Errors.overflowError("timestamp out of range for platform time_t");
      }
      return f.value;
    }
    long whole = Abstract.indexValue(timeout);
    if (Math.abs(whole) > 9223372036L) throw Errors.overflowError("timestamp out of range for platform time_t");
    return whole;
  }
}
