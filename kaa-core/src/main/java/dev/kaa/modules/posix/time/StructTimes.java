package dev.kaa.modules.posix.time;

import dev.kaa.modules.posix.OsErrors;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.PyStructSeq;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** {@code time.struct_time} and the conversions between it, seconds since the epoch and C's broken-down time. */
final class StructTimes {
  private StructTimes() {}

  static final PyStructSeq.Type TYPE = PyStructSeq.newType("time.struct_time", Arrays.asList("tm_year", "tm_mon",
      "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"), 9);

  private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
  private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
      "Oct", "Nov", "Dec");

  /** Seconds since the epoch as C's time_t: now for None, a float rounded down, an int exactly. */
  static long epochSeconds(PyObject seconds) {
    if (seconds == null || seconds == PyNone.NONE) return Math.floorDiv(TimeModule.nowNanos(), 1_000_000_000L);
    if (seconds instanceof PyFloat f) {
      if (Double.isNaN(f.value)) throw Errors.valueError("Invalid value NaN (not a number)");
      double floor = Math.floor(f.value);
      if (!(floor >= -9.223372036854776E18 && floor < 9.223372036854776E18)) {
        throw Errors.overflowError("timestamp out of range for platform time_t");
      }
      return (long) floor;
    }
    PyInt n = Abstract.index(seconds);
    if (!n.isLong()) throw Errors.overflowError("timestamp out of range for platform time_t");
    return n.longValue();
  }

  /** The broken-down time of {@code seconds} in {@code zone}, or in UTC (named "GMT", as glibc's gmtime) for null. */
  static Tm tm(long seconds, TimeZoneRules zone) {
    try {
      Instant t = Instant.ofEpochSecond(seconds);
      ZoneOffset offset = zone == null ? ZoneOffset.UTC : zone.offset(t);
      LocalDateTime d = LocalDateTime.ofEpochSecond(seconds, 0, offset);
      boolean dst = zone != null && zone.isDaylight(t);
      return new Tm(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), d.getHour(), d.getMinute(), d.getSecond(),
          d.getDayOfWeek().getValue() - 1, d.getDayOfYear(), dst ? 1 : 0,
          zone == null ? "GMT" : zone.abbreviation(t), (long) offset.getTotalSeconds());
    } catch (DateTimeException e) {
      throw OsErrors.ofErrno(75);  // EOVERFLOW: the year does not fit
    }
  }

  static PyObject of(long seconds, TimeZoneRules zone) {
    Tm tm = tm(seconds, zone);
    return PyStructSeq.of(TYPE, PyInt.of(tm.year()), PyInt.of(tm.mon()), PyInt.of(tm.mday()), PyInt.of(tm.hour()),
        PyInt.of(tm.min()), PyInt.of(tm.sec()), PyInt.of(tm.wday()), PyInt.of(tm.yday()), PyInt.of(tm.isdst()),
        new PyStr(tm.zone()), PyInt.of(tm.gmtoff()));
  }

  /**
   * A time tuple or struct_time as CPython's gettmarg reads it: nine ints; a struct_time also brings its zone and
   * offset. {@code function} names the caller in the message for a tuple of the wrong size.
   */
  static Tm fromTuple(PyObject t, String function) {
    if (!(t instanceof PyTuple tuple)) throw Errors.typeError("Tuple or struct_time argument required");
    if (tuple.size() != 9 && !(t instanceof PyStructSeq && t.type() == TYPE)) {
      throw Errors.typeError("%s(): illegal time tuple argument", function);
    }
    long[] f = new long[9];
    for (int i = 0; i < 9; i++) f[i] = i == 0 ? Abstract.indexValue(tuple.get(i)) : intItem(tuple.get(i));
    String zone = null;
    Long gmtoff = null;
    if (t instanceof PyStructSeq s && t.type() == TYPE) {
      if (s.field(9) instanceof PyStr z) zone = z.value;
      if (s.field(10) != PyNone.NONE) gmtoff = Abstract.indexValue(s.field(10));
    }
    return new Tm(f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], (int) f[5], (int) f[6], (int) f[7],
        (int) Math.max(-1, Math.min(1, f[8])), zone, gmtoff);
  }

  private static long intItem(PyObject o) {
    long v = Abstract.indexValue(o);
    if (v > Integer.MAX_VALUE) throw Errors.overflowError("signed integer is greater than maximum");
    if (v < Integer.MIN_VALUE) throw Errors.overflowError("signed integer is less than minimum");
    return v;
  }

  /** strftime's leniency: a zero month, day or day of the year means the first; then the ranges are checked. */
  static Tm normalized(Tm t) {
    Tm n = new Tm(t.year(), t.mon() == 0 ? 1 : t.mon(), t.mday() == 0 ? 1 : t.mday(), t.hour(), t.min(), t.sec(),
        t.wday() < 0 && t.wday() >= -1 ? 6 : t.wday(), t.yday() == 0 ? 1 : t.yday(), t.isdst(), t.zone(),
        t.gmtoff());
    check(n);
    return n;
  }

  /** CPython's checktm: each field in its range. */
  static void check(Tm t) {
    if (t.mon() < 1 || t.mon() > 12) throw Errors.valueError("month out of range");
    if (t.mday() < 1 || t.mday() > 31) throw Errors.valueError("day of month out of range");
    if (t.hour() < 0 || t.hour() > 23) throw Errors.valueError("hour out of range");
    if (t.min() < 0 || t.min() > 59) throw Errors.valueError("minute out of range");
    if (t.sec() < 0 || t.sec() > 61) throw Errors.valueError("seconds out of range");
    if (t.wday() < 0 || t.wday() > 6) throw Errors.valueError("day of week out of range");
    if (t.yday() < 1 || t.yday() > 366) throw Errors.valueError("day of year out of range");
  }

  /** "Sun Sep  9 01:46:40 2001", as asctime writes it. */
  static String asctime(Tm t) {
    return String.format("%s %s%3d %02d:%02d:%02d %d", DAYS.get(t.wday()), MONTHS.get(t.mon() - 1), t.mday(),
        t.hour(), t.min(), t.sec(), t.year());
  }

  /**
   * mktime: the local time's seconds since the epoch, fields out of range carried over (day 32 is the next month's
   * first); a known daylight flag picks the offset, -1 lets the zone decide.
   */
  static double mktime(Tm t, TimeZoneRules zone) {
    LocalDateTime local;
    try {
      local = LocalDateTime.of((int) t.year(), 1, 1, 0, 0).plusMonths(t.mon() - 1L).plusDays(t.mday() - 1L)
          .plusHours(t.hour()).plusMinutes(t.min()).plusSeconds(t.sec());
    } catch (DateTimeException | ArithmeticException e) {
      throw Errors.overflowError("mktime argument out of range");
    }
    Instant guess = local.toInstant(zone.offset(local.toInstant(ZoneOffset.UTC)));
    List<ZoneOffset> valid = zone.rules().getValidOffsets(local);
    ZoneOffset offset = valid.isEmpty() ? zone.offset(guess) : valid.get(0);
    if (t.isdst() >= 0) {
      // glibc takes the flag at its word, even in a zone without daylight time
      ZoneOffset standard = zone.rules().getStandardOffset(guess);
      offset = t.isdst() == 0 ? standard
          : ZoneOffset.ofTotalSeconds(standard.getTotalSeconds() + dstSaving(zone, guess));
    }
    return local.toEpochSecond(offset);
  }

  /** How much daylight time adds in {@code zone} around {@code t} (an hour where it cannot tell). */
  private static int dstSaving(TimeZoneRules zone, Instant t) {
    int now = (int) zone.rules().getDaylightSavings(t).getSeconds();
    if (now != 0) return now;
    var next = zone.rules().nextTransition(t);
    if (next != null) {
      int d = next.getOffsetAfter().getTotalSeconds() - next.getOffsetBefore().getTotalSeconds();
      if (d > 0) return d;
    }
    var prev = zone.rules().previousTransition(t);
    if (prev != null) {
      int d = prev.getOffsetBefore().getTotalSeconds() - prev.getOffsetAfter().getTotalSeconds();
      if (d > 0) return d;
    }
    return 3600;
  }
}
