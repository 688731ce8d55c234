package dev.kaa.modules.faulthandler;

import dev.kaa.interp.ThreadState;
import dev.kaa.modules.posix.Errno;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.modules.posix.Signals;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.ArgSpec;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * {@code faulthandler}: Python stacks written straight to a file descriptor, on demand, after a timeout, or on a
 * signal. The fatal signals {@code enable()} catches in CPython (SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL) belong to
 * the JVM, which uses them itself: {@code enable} reports the ones the program raises at itself ({@code raise_signal},
 * {@code os.kill(os.getpid(), ...)}, {@code os.abort()}, the {@code _sigsegv}-style crash helpers) before the process
 * dies of them; a crash of the JVM itself is reported by the JVM. docs/faulthandler.md.
 */
public final class FaulthandlerModule {
  private FaulthandlerModule() {}

  public static final String NAME = "faulthandler";

  /** What the interpreter's faulthandler is set to: {@code enable}'s target (null when disabled) and the watchdog. */
  static final class State {
    Output fatalOutput;
    Watchdog watchdog;
  }

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("faulthandler module."), interp);
    m.addFunctions(FaulthandlerModule.class);
    return m;
  }

  private static State state(PyModule self) { return state(self.interpreter()); }

  private static State state(Interpreter interp) { return interp.moduleState(State.class, i -> new State()); }

  /**
   * The descriptor {@code file} names: an int is one; None means {@code sys.stderr}; an object gives its
   * {@code fileno()} and is flushed first, so that what it buffered comes before the dump.
   */
  private static Output output(PyModule self, PyObject file) {
    Interpreter interp = self.interpreter();
    if (file == null || file == PyNone.NONE) {
      file = interp.sys().dict().getStr("stderr");
      if (file == null) throw Errors.of(ExceptionTypes.RuntimeError, "unable to get sys.stderr");
      if (file == PyNone.NONE) throw Errors.of(ExceptionTypes.RuntimeError, "sys.stderr is None");
    }
    if (file instanceof PyInt) {
      int fd = cInt(file);
      if (fd < 0) throw Errors.valueError("file is not a valid file descriptor");
      return new Output(interp, fd, file);
    }
    PyObject result = Abstract.callMethod(file, dev.kaa.objects.Attributes.get(file, "fileno"));
    long fd = result instanceof PyInt i && i.isLong() ? i.longValue() : -1;
    if (fd < 0 || fd > Integer.MAX_VALUE) {
      throw Errors.of(ExceptionTypes.RuntimeError, "file.fileno() is not a valid file descriptor");
    }
    try {
      PyObject flush = Abstract.getAttrOrNull(file, "flush");
      if (flush != null) flush.call0();
    } catch (PyException e) {
      // CPython ignores a failing flush: the dump still goes to the descriptor
    }
    return new Output(interp, (int) fd, file);
  }

  /** A C {@code int} argument, with CPython's overflow message. */
  private static int cInt(PyObject o) {
    long v = Abstract.indexValue(o);
    if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) throw Errors.overflowError("Python int too large to convert to C int");
    return (int) v;
  }

  private static boolean flag(PyObject o, boolean dflt) { return o == null ? dflt : Abstract.isTrue(o); }

  @PyMethod(value = "enable", positionalOnly = 0, style = ArgSpec.Style.LEGACY,
      doc = "enable(file=sys.stderr, all_threads=True): enable the fault handler")
  static void enable(PyModule self, @PyMethod.Opt PyObject file, @PyMethod.Opt PyObject all_threads) {
    enable(self.interpreter(), output(self, file), flag(all_threads, true));
  }

  private static void enable(Interpreter interp, Output out, boolean allThreads) {
    state(interp).fatalOutput = out;
    interp.posix().signals().setFaultReport(signum -> out.write(FatalReport.ofSignal(interp, signum, allThreads)));
  }

  /**
   * Whether the handler is enabled at start-up: {@code -X faulthandler}, {@code PYTHONFAULTHANDLER} (unless
   * {@code -E}) or the development mode, as CPython's start-up reads them.
   */
  public static boolean askedAtStartup(dev.kaa.runtime.Startup startup) {
    if (startup.xoptions().containsKey("faulthandler") || startup.flags().devMode()) return true;
    String variable = startup.flags().ignoreEnvironment() == 0 ? System.getenv("PYTHONFAULTHANDLER") : null;
    return variable != null && !variable.isEmpty();
  }

  /** Enables the handler on the standard error descriptor, as start-up does (the module imported first). */
  public static void enableAtStartup(Interpreter interp) { enable(interp, new Output(interp, 2, null), true); }

  @PyMethod(value = "disable", doc = "disable(): disable the fault handler")
  static PyObject disable(PyModule self) {
    State s = state(self);
    boolean was = s.fatalOutput != null;
    s.fatalOutput = null;
    self.interpreter().posix().signals().setFaultReport(null);
    return PyBool.of(was);
  }

  @PyMethod(value = "is_enabled", doc = "is_enabled()->bool: check if the handler is enabled")
  static PyObject isEnabled(PyModule self) { return PyBool.of(state(self).fatalOutput != null); }

  @PyMethod(value = "dump_traceback", positionalOnly = 0, style = ArgSpec.Style.LEGACY,
      doc = "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all "
          + "threads if all_threads is True, into file")
  static void dumpTraceback(PyModule self, @PyMethod.Opt PyObject file, @PyMethod.Opt PyObject all_threads) {
    Output out = output(self, file);
    ThreadState current = ThreadState.current();
    out.write(flag(all_threads, true) ? TracebackDump.allThreads(current) : TracebackDump.stack(current));
  }

  @PyMethod(value = "dump_traceback_later", positionalOnly = 0, style = ArgSpec.Style.LEGACY,
      doc = "dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):\ndump the traceback of all "
          + "threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call _exit(1) "
          + "which is not safe.")
  static void dumpTracebackLater(PyModule self, PyObject timeout, @PyMethod.Opt PyObject repeat,
                                 @PyMethod.Opt PyObject file, @PyMethod.Opt PyObject exit) {
    long micros = timeoutMicros(timeout);
    if (micros <= 0) throw Errors.valueError("timeout must be greater than 0");
    boolean rep = flag(repeat, false);
    Output out = output(self, file);
    boolean ex = flag(exit, false);
    State s = state(self);
    synchronized (s) {
      if (s.watchdog != null) s.watchdog.cancel();
      s.watchdog = new Watchdog(out, micros, rep, ex);
    }
  }

  /** Seconds (an int or a float) as whole microseconds rounded up, with CPython's conversion errors. */
  private static long timeoutMicros(PyObject timeout) {
    double seconds;
    if (timeout instanceof PyFloat f) {
      seconds = f.value;
      if (Double.isNaN(seconds)) throw Errors.valueError("Invalid value NaN (not a number)");
      if (Math.abs(seconds) >= 9.2233720368547758e9) {
        throw Errors.overflowError("timestamp out of range for platform time_t");
      }
      return (long) Math.ceil(seconds * 1e6);
    }
    PyInt n = Abstract.index(timeout);
    if (!n.isLong() || Math.abs(n.longValue()) > Long.MAX_VALUE / 1_000_000_000L) {
      throw Errors.overflowError("timestamp too large to convert to C _PyTime_t");
    }
    return n.longValue() * 1_000_000L;
  }

  @PyMethod(value = "cancel_dump_traceback_later",
      doc = "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later().")
  static void cancelDumpTracebackLater(PyModule self) {
    State s = state(self);
    synchronized (s) {
      if (s.watchdog != null) s.watchdog.cancel();
      s.watchdog = null;
    }
  }

  // CPython's helpers for testing the handler: each one kills the process with a fatal signal, as its C code does
  // by reading address 0, raising the signal, or calling abort(); the handler, if enabled, reports it first

  @PyMethod(value = "_read_null", doc = "Read from NULL, raise a SIGSEGV or SIGBUS signal depending on the platform.")
  static void readNull(PyModule self) { Signals.raise(self.interpreter(), Signals.SIGSEGV); }

  /** {@code release_gil}: CPython raises the signal without the GIL; the process dies all the same, reported the same. */
  @PyMethod(value = "_sigsegv", positionalOnly = 0, doc = "Raise a SIGSEGV signal.")
  static void sigsegv(PyModule self, @PyMethod.Opt PyObject release_gil) {
    flag(release_gil, false);
    Signals.raise(self.interpreter(), Signals.SIGSEGV);
  }

  @PyMethod(value = "_sigabrt", doc = "Raise a SIGABRT signal.")
  static void sigabrt(PyModule self) { self.interpreter().posix().signals().dieOfFault(Signals.SIGABRT); }

  @PyMethod(value = "_sigfpe", doc = "Raise a SIGFPE signal.")
  static void sigfpe(PyModule self) { Signals.raise(self.interpreter(), Signals.SIGFPE); }

  /** A fatal error in a thread that runs no Python: its report has no current thread. */
  @PyMethod(value = "_fatal_error_c_thread", doc = "Call Py_FatalError() in a new C thread.")
  static void fatalErrorInNewThread(PyModule self) throws InterruptedException {
    Interpreter interp = self.interpreter();
    Thread t = new Thread(() -> FatalReport.pyFatalError(interp, "faulthandler_fatal_error_thread", "in new thread", null),
        "faulthandler_fatal_error_thread");
    t.start();
    dev.kaa.runtime.Gil.<InterruptedException>releaseDuring("join", () -> t.join());
  }

  /** A signal number {@code register} may take, with CPython's refusals. */
  private static int userSignal(PyObject signum) {
    int n = signalNumber(signum);
    if (Signals.isFatal(n)) {
      throw Errors.of(ExceptionTypes.RuntimeError, "signal %d cannot be registered, use enable() instead", n);
    }
    if (n == Signals.SIGKILL || n == Signals.SIGSTOP || !Signals.isValid(n)) throw OsErrors.ofErrno(Errno.EINVAL);
    return n;
  }

  private static int signalNumber(PyObject signum) {
    int n = cInt(signum);
    if (n < 1 || n >= Signals.NSIG) throw Errors.valueError("signal number out of range");
    return n;
  }

  @PyMethod(value = "register", positionalOnly = 0, style = ArgSpec.Style.LEGACY,
      doc = "register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal "
          + "'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file")
  static void register(PyModule self, PyObject signum, @PyMethod.Opt PyObject file, @PyMethod.Opt PyObject all_threads,
                       @PyMethod.Opt PyObject chain) {
    int n = userSignal(signum);
    Output out = output(self, file);
    UserSignals.register(n, out, flag(all_threads, true), flag(chain, false));
  }

  @PyMethod(value = "unregister",
      doc = "unregister(signum): unregister the handler of the signal 'signum' registered by register()")
  static PyObject unregister(PyModule self, PyObject signum) {
    int n = signalNumber(signum);
    return PyBool.of(UserSignals.unregister(n));
  }
}
