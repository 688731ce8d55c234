package dev.kaa.modules.resource;

import dev.kaa.modules.posix.Errno;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import dev.kaa.runtime.PyStructSeq;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * {@code resource}: limits from {@code /proc/self/limits} (the open-file limit is Kaa's descriptor table's), usage
 * from {@code /proc/self/stat} and {@code status} for the process and its children and from the JVM's thread CPU
 * clocks for a thread. The JVM cannot change a process's limits: {@code setrlimit} accepts the limits in force and
 * refuses any change with ValueError, as CPython refuses one the kernel does not allow, rather than pretend a limit
 * it would not enforce.
 */
public final class ResourceModule {
  private ResourceModule() {}

  public static final String NAME = "resource";

  static final int RUSAGE_SELF = 0, RUSAGE_CHILDREN = -1, RUSAGE_THREAD = 1;
  private static final String[] LIMIT_NAMES = {"CPU", "FSIZE", "DATA", "STACK", "CORE", "RSS", "NPROC", "NOFILE",
      "MEMLOCK", "AS", "LOCKS", "SIGPENDING", "MSGQUEUE", "NICE", "RTPRIO", "RTTIME"};

  static final PyStructSeq.Type STRUCT_RUSAGE = PyStructSeq.newType("resource.struct_rusage",
      List.of("ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
          "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"),
      16);

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, null, interp);
    m.addFunctions(ResourceModule.class);
    m.put("error", ExceptionTypes.OSError);
    m.put("struct_rusage", STRUCT_RUSAGE);
    for (int i = 0; i < LIMIT_NAMES.length; i++) {
      if (LIMIT_NAMES[i].equals("LOCKS")) continue;  // CPython's module does not export RLIMIT_LOCKS
      m.put("RLIMIT_" + LIMIT_NAMES[i], PyInt.of(i));
    }
    m.put("RLIMIT_OFILE", PyInt.of(Limits.RLIMIT_NOFILE));
    m.put("RLIM_INFINITY", PyInt.of(Limits.INFINITY));
    m.put("RUSAGE_SELF", PyInt.of(RUSAGE_SELF));
    m.put("RUSAGE_CHILDREN", PyInt.of(RUSAGE_CHILDREN));
    m.put("RUSAGE_THREAD", PyInt.of(RUSAGE_THREAD));
    return m;
  }

  private static int resource(PyObject r) {
    long n = Abstract.indexValue(r);
    if (n != (int) n) throw Errors.overflowError("Python int too large to convert to C int");
    if (n < 0 || n >= Limits.NLIMITS) throw Errors.valueError("invalid resource specified");
    return (int) n;
  }

  private static PyObject limits(String pid, int resource) {
    long[] l = Limits.of(pid, resource);
    if (l == null) throw OsErrors.ofErrno(pid.equals("self") ? Errno.ENOSYS : Errno.ESRCH);
    return PyTuple.of(PyInt.of(l[0]), PyInt.of(l[1]));
  }

  @PyMethod static PyObject getrlimit(PyModule self, PyObject resource) { return limits("self", resource(resource)); }

  @PyMethod static void setrlimit(PyModule self, PyObject resource, PyObject limits) {
    int r = resource(resource);
    change(r, limits);
  }

  /** Checks {@code limits} for {@code r} as the kernel would; only the limits in force are accepted. */
  private static void change(int r, PyObject limits) {
    PyTuple pair = (PyTuple) Abstract.call(PyTuple.TYPE, limits);  // PySequence_Tuple
    if (pair.size() != 2) throw Errors.valueError("expected a tuple of 2 integers");
    long soft = rlim(pair.get(0)), hard = rlim(pair.get(1));
    long[] now = Limits.of("self", r);
    if (now == null) throw OsErrors.ofErrno(Errno.ENOSYS);
    if (Long.compareUnsigned(soft, hard) > 0) throw Errors.valueError("current limit exceeds maximum limit");
    if (Long.compareUnsigned(hard, now[1]) > 0) throw Errors.valueError("not allowed to raise maximum limit");
    if (soft != now[0] || hard != now[1]) {
      throw Errors.valueError("cannot change RLIMIT_%s: the JVM's limits are fixed (%d, %d)", LIMIT_NAMES[r], now[0],
          now[1]);
    }
  }

  /** An rlim_t from Python: a C long long (negative values wrap, -1 is RLIM_INFINITY). */
  private static long rlim(PyObject v) {
    PyInt i = Abstract.index(v);
    if (!i.isLong()) throw Errors.overflowError("Python int too large to convert to C long");
    return i.longValue();
  }

  @PyMethod(positionalOnly = -1)
  static PyObject prlimit(PyModule self, PyObject pid, PyObject resource, @PyMethod.Opt PyObject limits) {
    long p = Abstract.indexValue(pid);
    int r = resource(resource);
    boolean own = p == 0 || p == ProcessHandle.current().pid();
    if (own) {
      PyObject old = limits("self", r);
      if (limits != null) change(r, limits);
      return old;
    }
    if (p < 0 || ProcessHandle.of(p).isEmpty()) throw OsErrors.ofErrno(Errno.ESRCH);
    PyObject old = limits(Long.toString(p), r);
    if (limits != null) throw OsErrors.ofErrno(Errno.EPERM);  // Kaa changes no other process's limits
    return old;
  }

  @PyMethod static PyObject getrusage(PyModule self, PyObject who) {
    long w = Abstract.indexValue(who);
    if (w != (int) w) throw Errors.overflowError("Python int too large to convert to C int");
    return switch ((int) w) {
      case RUSAGE_SELF -> usage(false);
      case RUSAGE_CHILDREN -> usage(true);
      case RUSAGE_THREAD -> threadUsage();
      default -> throw Errors.valueError("invalid who parameter");
    };
  }

  /**
   * The process's (or its waited-for children's) usage from /proc: times in clock ticks, faults, the peak resident
   * set (VmHWM, kB) and context switches summed over its threads.
   */
  private static PyObject usage(boolean children) {
    String[] stat = ProcFiles.stat("self");
    double utime = 0, stime = 0;
    long minflt = 0, majflt = 0, maxrss = 0, nvcsw = 0, nivcsw = 0, inblock = 0, oublock = 0;
    if (stat != null) {
      utime = Long.parseLong(stat[children ? 16 : 14]) / ProcFiles.CLOCK_TICKS;
      stime = Long.parseLong(stat[children ? 17 : 15]) / ProcFiles.CLOCK_TICKS;
      minflt = Long.parseLong(stat[children ? 11 : 10]);
      majflt = Long.parseLong(stat[children ? 13 : 12]);
    } else if (!children) {
      utime = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime() / 1e9;
    }
    if (!children) {
      maxrss = Math.max(0, ProcFiles.field(ProcFiles.lines("/proc/self/status"), "VmHWM"));
      java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
      if (tasks != null) {
        for (java.io.File t : tasks) {
          List<String> st = ProcFiles.lines(t.getPath() + "/status");
          nvcsw += Math.max(0, ProcFiles.field(st, "voluntary_ctxt_switches"));
          nivcsw += Math.max(0, ProcFiles.field(st, "nonvoluntary_ctxt_switches"));
        }
      }
      List<String> io = ProcFiles.lines("/proc/self/io");
      inblock = Math.max(0, ProcFiles.field(io, "read_bytes")) / 512;
      oublock = Math.max(0, ProcFiles.field(io, "write_bytes")) / 512;
    }
    return rusage(utime, stime, maxrss, minflt, majflt, inblock, oublock, nvcsw, nivcsw);
  }

  /** This thread's CPU times from the JVM's thread clocks (nanoseconds; system time is total minus user). */
  private static PyObject threadUsage() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = Math.max(0, threads.getCurrentThreadCpuTime()), user = Math.max(0, threads.getCurrentThreadUserTime());
    return rusage(user / 1e9, Math.max(0, cpu - user) / 1e9, 0, 0, 0, 0, 0, 0, 0);
  }

  private static PyObject rusage(double utime, double stime, long maxrss, long minflt, long majflt, long inblock,
                                 long oublock, long nvcsw, long nivcsw) {
    PyInt zero = PyInt.ZERO;
    return PyStructSeq.of(STRUCT_RUSAGE, new PyFloat(utime), new PyFloat(stime), PyInt.of(maxrss), zero, zero, zero,
        PyInt.of(minflt), PyInt.of(majflt), zero, PyInt.of(inblock), PyInt.of(oublock), zero, zero, zero,
        PyInt.of(nvcsw), PyInt.of(nivcsw));
  }

  @PyMethod static PyObject getpagesize(PyModule self) { return PyInt.of(PageSize.BYTES); }
}
