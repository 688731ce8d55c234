package dev.kaa.modules.posix.time;

import dev.kaa.modules.posix.Interruptible;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import dev.kaa.runtime.PySimpleNamespace;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;

/**
 * The {@code time} module: clocks, sleeping, and conversions between seconds since the epoch and broken-down time
 * ({@link StructTimes}) in UTC or in the local zone. The local zone is this interpreter's: read from {@code TZ} in its
 * environment at start and by {@code tzset()} ({@link TimeZoneRules}); the JVM's default zone is never changed.
 */
public final class TimeModule extends PyModule {
  public static final String NAME = "time";

  private static final String DOC = "This module provides various functions to manipulate time values.\n\n"
      + "There are two standard representations of time.  One is the number\n"
      + "of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\n"
      + "or a floating point number (to represent fractions of seconds).\n"
      + "The epoch is the point where the time starts, the return value of time.gmtime(0).\n"
      + "It is January 1, 1970, 00:00:00 (UTC) on all platforms.\n\n"
      + "The other representation is a tuple of 9 integers giving local time.\n"
      + "The tuple items are:\n"
      + "  year (including century, e.g. 1998)\n"
      + "  month (1-12)\n"
      + "  day (1-31)\n"
      + "  hours (0-23)\n"
      + "  minutes (0-59)\n"
      + "  seconds (0-59)\n"
      + "  weekday (0-6, Monday is 0)\n"
      + "  Julian day (day in the year, 1-366)\n"
      + "  DST (Daylight Savings Time) flag (-1, 0 or 1)\n"
      + "If the DST flag is 0, the time is given in the regular time zone;\n"
      + "if it is 1, the time is given in the DST time zone;\n"
      + "if it is -1, mktime() should guess based on the date and time.\n";

  /** clock_gettime's clock ids, as Linux numbers them. */
  static final int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2,
      CLOCK_THREAD_CPUTIME_ID = 3, CLOCK_MONOTONIC_RAW = 4, CLOCK_BOOTTIME = 7, CLOCK_TAI = 11;

  /** The local zone: set from TZ at start and by tzset. */
  private volatile TimeZoneRules zone;

  private TimeModule(Interpreter interp) {
    super(NAME, new PyStr(DOC), interp);
  }

  public static PyModule create(Interpreter interp) {
    TimeModule m = new TimeModule(interp);
    m.addFunctions(TimeModule.class);
    m.put("struct_time", StructTimes.TYPE);
    m.put("_STRUCT_TM_ITEMS", PyInt.of(11));
    m.put("CLOCK_REALTIME", PyInt.of(CLOCK_REALTIME));
    m.put("CLOCK_MONOTONIC", PyInt.of(CLOCK_MONOTONIC));
    m.put("CLOCK_PROCESS_CPUTIME_ID", PyInt.of(CLOCK_PROCESS_CPUTIME_ID));
    m.put("CLOCK_THREAD_CPUTIME_ID", PyInt.of(CLOCK_THREAD_CPUTIME_ID));
    m.put("CLOCK_MONOTONIC_RAW", PyInt.of(CLOCK_MONOTONIC_RAW));
    m.put("CLOCK_BOOTTIME", PyInt.of(CLOCK_BOOTTIME));
    m.put("CLOCK_TAI", PyInt.of(CLOCK_TAI));
    m.readZone();
    return m;
  }

  private static TimeModule state(PyModule m) { return (TimeModule) m; }

  private static long yearSeconds(int year) { return (leap(year) ? 366 : 365) * 86_400L; }

  private static boolean leap(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

  TimeZoneRules zone() { return zone; }

  /**
   * Reads TZ from the interpreter's environment and sets {@code timezone}, {@code altzone}, {@code daylight} and
   * {@code tzname} as CPython's init_timezone does: from the offsets of January and July this year, the southern
   * hemisphere's the other way round.
   */
  private void readZone() {
    zone = TimeZoneRules.of(interpreter().posix().environment().get("TZ"));
    // this UTC year's 1 January and 1 July by counting years from 1970: LocalDateTime's calendar machinery, cold,
    // cost every start ~1% of its main thread (zipimport imports time)
    long now = System.currentTimeMillis() / 1000, janSecond = 0;
    int year = 1970;
    for (; janSecond + yearSeconds(year) <= now; year++) janSecond += yearSeconds(year);
    Instant jan = Instant.ofEpochSecond(janSecond);
    Instant jul = Instant.ofEpochSecond(janSecond + (leap(year) ? 182 : 181) * 86_400L);
    int janZone = -zone.offset(jan).getTotalSeconds(), julZone = -zone.offset(jul).getTotalSeconds();
    String janName = zone.abbreviation(jan), julName = zone.abbreviation(jul);
    boolean south = janZone < julZone;
    put("timezone", PyInt.of(south ? julZone : janZone));
    put("altzone", PyInt.of(south ? janZone : julZone));
    put("daylight", PyInt.of(janZone != julZone ? 1 : 0));
    put("tzname", PyTuple.of(new PyStr(south ? julName : janName), new PyStr(south ? janName : julName)));
  }

  /** {@code tzname[isdst]} as the module has it now (a program may have replaced it). */
  String tzname(boolean dst) {
    PyObject names = dict().getStr("tzname");
    if (names instanceof PyTuple t && t.size() == 2 && t.get(dst ? 1 : 0) instanceof PyStr s) return s.value;
    return zone.abbreviation(Instant.now());
  }

  // ---- clocks

  static long nowNanos() {
    Instant t = Instant.now();
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  static PyFloat seconds(long nanos) { return new PyFloat(nanos / 1e9); }

  @PyMethod("time") static PyObject time(PyModule self) { return seconds(nowNanos()); }

  @PyMethod("time_ns") static PyObject timeNs(PyModule self) { return PyInt.of(nowNanos()); }

  @PyMethod("monotonic") static PyObject monotonic(PyModule self) { return seconds(System.nanoTime()); }

  @PyMethod("monotonic_ns") static PyObject monotonicNs(PyModule self) { return PyInt.of(System.nanoTime()); }

  @PyMethod("perf_counter") static PyObject perfCounter(PyModule self) { return seconds(System.nanoTime()); }

  @PyMethod("perf_counter_ns") static PyObject perfCounterNs(PyModule self) { return PyInt.of(System.nanoTime()); }

  static long processNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static long threadNanos() { return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); }

  @PyMethod("process_time") static PyObject processTime(PyModule self) { return seconds(processNanos()); }

  @PyMethod("process_time_ns") static PyObject processTimeNs(PyModule self) { return PyInt.of(processNanos()); }

  @PyMethod("thread_time") static PyObject threadTime(PyModule self) { return seconds(threadNanos()); }

  @PyMethod("thread_time_ns") static PyObject threadTimeNs(PyModule self) { return PyInt.of(threadNanos()); }

  private static long clockNanos(PyObject clockId) {
    long id = Abstract.indexValue(clockId);
    return switch ((int) id) {
      case CLOCK_REALTIME, CLOCK_TAI -> nowNanos();
      case CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME -> System.nanoTime();
      case CLOCK_PROCESS_CPUTIME_ID -> processNanos();
      case CLOCK_THREAD_CPUTIME_ID -> threadNanos();
      default -> throw OsErrors.ofErrno(dev.kaa.modules.posix.Errno.EINVAL);
    };
  }

  @PyMethod("clock_gettime") static PyObject clockGettime(PyModule self, PyObject clk_id) {
    return seconds(clockNanos(clk_id));
  }

  @PyMethod("clock_gettime_ns") static PyObject clockGettimeNs(PyModule self, PyObject clk_id) {
    return PyInt.of(clockNanos(clk_id));
  }

  @PyMethod("clock_getres") static PyObject clockGetres(PyModule self, PyObject clk_id) {
    clockNanos(clk_id);
    return new PyFloat(1e-9);
  }

  /** Setting the system clock needs privileges the JVM does not take: EPERM, as for an ordinary user. */
  @PyMethod("clock_settime") static void clockSettime(PyModule self, PyObject clk_id, PyObject time) {
    clockNanos(clk_id);
    throw OsErrors.ofErrno(dev.kaa.modules.posix.Errno.EPERM);
  }

  @PyMethod("clock_settime_ns") static void clockSettimeNs(PyModule self, PyObject clk_id, PyObject time) {
    clockSettime(self, clk_id, time);
  }

  @PyMethod("get_clock_info") static PyObject getClockInfo(PyModule self, PyStr name) {
    String impl;
    boolean monotonic = true, adjustable = false;
    switch (name.value) {
      case "time" -> {
        impl = "clock_gettime(CLOCK_REALTIME)";
        monotonic = false;
        adjustable = true;
      }
      case "monotonic", "perf_counter" -> impl = "clock_gettime(CLOCK_MONOTONIC)";
      case "process_time" -> impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
      case "thread_time" -> impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
      default -> throw Errors.valueError("unknown clock");
    }
    return new PySimpleNamespace().with("implementation", new PyStr(impl))
        .with("monotonic", PyBool.of(monotonic)).with("adjustable", PyBool.of(adjustable))
        .with("resolution", new PyFloat(1e-9));
  }

  /** {@code sleep(secs)}: at least that long (rounded up to the nanosecond); Ctrl-C ends it. */
  @PyMethod("sleep") static void sleep(PyModule self, PyObject secs) {
    long nanos;
    if (secs instanceof PyFloat f) {
      if (Double.isNaN(f.value)) throw Errors.valueError("Invalid value NaN (not a number)");
      if (f.value < 0) throw Errors.valueError("sleep length must be non-negative");
      double ns = Math.ceil(f.value * 1e9);
      if (ns >= 9.2e18) throw Errors.overflowError("timestamp too large to convert to C _PyTime_t");
      nanos = (long) ns;
    } else {
      PyInt n = Abstract.index(secs);
      if (n.signum() < 0) throw Errors.valueError("sleep length must be non-negative");
      if (!n.isLong() || n.longValue() > 9_223_372_036L) {
        throw Errors.overflowError("timestamp too large to convert to C _PyTime_t");
      }
      nanos = n.longValue() * 1_000_000_000L;
    }
    try {
      Interruptible.sleep(nanos);
    } catch (InterruptedIOException e) {
      throw Errors.of(ExceptionTypes.KeyboardInterrupt, "");
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  // ---- broken-down time

  @PyMethod("gmtime") static PyObject gmtime(PyModule self, @PyMethod.Opt PyObject seconds) {
    return StructTimes.of(StructTimes.epochSeconds(seconds), null);
  }

  @PyMethod("localtime") static PyObject localtime(PyModule self, @PyMethod.Opt PyObject seconds) {
    return StructTimes.of(StructTimes.epochSeconds(seconds), state(self).zone);
  }

  @PyMethod("mktime") static PyObject mktime(PyModule self, PyObject t) {
    Tm tm = StructTimes.fromTuple(t, "mktime");
    return new PyFloat(StructTimes.mktime(tm, state(self).zone));
  }

  @PyMethod("asctime") static PyObject asctime(PyModule self, @PyMethod.Opt PyObject t) {
    Tm tm = t == null ? StructTimes.tm(StructTimes.epochSeconds(null), state(self).zone)
        : StructTimes.fromTuple(t, "asctime");
    StructTimes.check(tm);
    return new PyStr(StructTimes.asctime(tm));
  }

  @PyMethod("ctime") static PyObject ctime(PyModule self, @PyMethod.Opt PyObject seconds) {
    return new PyStr(StructTimes.asctime(StructTimes.tm(StructTimes.epochSeconds(seconds), state(self).zone)));
  }

  @PyMethod("strftime") static PyObject strftime(PyModule self, PyStr format, @PyMethod.Opt PyObject t) {
    TimeModule m = state(self);
    Tm tm = t == null ? StructTimes.tm(StructTimes.epochSeconds(null), m.zone)
        : StructTimes.normalized(StructTimes.fromTuple(t, "strftime"));
    if (format.value.indexOf('\0') >= 0) throw Errors.valueError("embedded null character");
    String zoneName = tm.zone() != null ? tm.zone() : tm.isdst() < 0 ? null : m.tzname(tm.isdst() > 0);
    Long gmtoff = tm.gmtoff() != null ? tm.gmtoff() : tm.isdst() < 0 ? null : Long.valueOf(0);
    return new PyStr(Strftime.format(format.value, tm, zoneName, gmtoff,
        () -> (long) StructTimes.mktime(tm, m.zone)));
  }

  /** {@code strptime(string, format)}: CPython's own {@code _strptime} module does the parsing. */
  @PyMethod("strptime") static PyObject strptime(PyModule self, PyObject string, @PyMethod.Opt PyObject format) {
    PyObject module = self.interpreter().builtins().dict().getStr("__import__").call1(new PyStr("_strptime"));
    PyObject f = format == null ? new PyStr("%a %b %d %H:%M:%S %Y") : format;
    return Abstract.getAttrOrNull(module, "_strptime_time").call(new PyObject[] {string, f}, 0, 2, null);
  }

  @PyMethod("tzset") static void tzset(PyModule self) { state(self).readZone(); }
}
