package dev.kaa.modules.posix;

import static dev.kaa.modules.posix.FdFunctions.intArg;

import dev.kaa.interp.Eval;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySet;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Gil;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.util.Map;

/**
 * The {@code _signal} module, which {@code signal} wraps in enums: dispositions per interpreter
 * ({@link SignalHandlers}), handlers run between bytecodes in the interpreter's thread, {@code alarm} and
 * {@code setitimer(ITIMER_REAL)} from a timer, {@code raise_signal} delivering at once. ITIMER_VIRTUAL and ITIMER_PROF
 * from a thread watching the process's CPU time ({@link CpuTimer}).
 */
public final class SignalModule {
  private SignalModule() {}

  public static final String NAME = "_signal";

  private static final String DOC = "This module provides mechanisms to use signal handlers in Python.\n\n"
      + "Functions:\n\n"
      + "alarm() -- cause SIGALRM after a specified time [Unix only]\n"
      + "setitimer() -- cause a signal (described below) after a specified\n"
      + "               float time and the timer may restart then [Unix only]\n"
      + "getitimer() -- get current value of timer [Unix only]\n"
      + "signal() -- set the action for a given signal\n"
      + "getsignal() -- get the signal action for a given signal\n"
      + "pause() -- wait until a signal arrives [Unix only]\n"
      + "default_int_handler() -- default SIGINT handler\n\n"
      + "signal constants:\n"
      + "SIG_DFL -- used to refer to the system default handler\n"
      + "SIG_IGN -- used to ignore the signal\n"
      + "NSIG -- number of defined signals\n"
      + "SIGINT, SIGTERM, etc. -- signal numbers\n\n"
      + "itimer constants:\n"
      + "ITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n"
      + "               expiration\n"
      + "ITIMER_VIRTUAL -- decrements only when the process is executing,\n"
      + "               and delivers SIGVTALRM upon expiration\n"
      + "ITIMER_PROF -- decrements both when the process is executing and\n"
      + "               when the system is executing on behalf of the process.\n"
      + "               Coupled with ITIMER_VIRTUAL, this timer is usually\n"
      + "               used to profile the time spent by the application\n"
      + "               in user and kernel space. SIGPROF is delivered upon\n"
      + "               expiration.\n\n\n"
      + "*** IMPORTANT NOTICE ***\n"
      + "A signal handler function is called with two arguments:\n"
      + "the first is the signal number, the second is the interrupted stack frame.";

  static final PyType ITIMER_ERROR = new PyType("signal.itimer_error", ExceptionTypes.OSError);

  static final int SIG_DFL = 0, SIG_IGN = 1, ITIMER_REAL = 0, ITIMER_VIRTUAL = 1, ITIMER_PROF = 2;

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(DOC), interp);
    m.addFunctions(SignalModule.class);
    for (Map.Entry<String, Integer> e : Signals.numbers().entrySet()) m.put(e.getKey(), PyInt.of(e.getValue()));
    m.put("NSIG", PyInt.of(Signals.NSIG));
    m.put("SIG_DFL", PyInt.of(SIG_DFL));
    m.put("SIG_IGN", PyInt.of(SIG_IGN));
    m.put("SIG_BLOCK", PyInt.of(0));
    m.put("SIG_UNBLOCK", PyInt.of(1));
    m.put("SIG_SETMASK", PyInt.of(2));
    m.put("ITIMER_REAL", PyInt.of(ITIMER_REAL));
    m.put("ITIMER_VIRTUAL", PyInt.of(ITIMER_VIRTUAL));
    m.put("ITIMER_PROF", PyInt.of(ITIMER_PROF));
    m.put("ItimerError", ITIMER_ERROR);
    SignalHandlers h = interp.posix().signals();
    if (h.get(Signals.SIGINT) == null) h.set(Signals.SIGINT, m.dict().getStr("default_int_handler"));
    return m;
  }

  private static SignalHandlers handlers(PyModule m) { return m.interpreter().posix().signals(); }

  private static int signalNumber(PyObject o) {
    int n = intArg(o);
    if (n < 1 || n >= Signals.NSIG) throw Errors.valueError("signal number out of range");
    return n;
  }

  @PyMethod("default_int_handler") static void defaultIntHandler(PyModule self, @PyMethod.Star PyObject[] args) {
    throw PyException.withArgs(ExceptionTypes.KeyboardInterrupt);
  }

  @PyMethod("signal") static PyObject signal(PyModule self, PyObject signalnum, PyObject handler) {
    requireMainThread(self, "signal");
    int n = signalNumber(signalnum);
    boolean callable = Abstract.isTrue(self.interpreter().builtins().dict().getStr("callable").call1(handler));
    boolean named = handler instanceof PyInt i && i.isLong() && (i.longValue() == SIG_DFL || i.longValue() == SIG_IGN);
    if (!callable && !named) {
      throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    if (n == Signals.SIGKILL || n == Signals.SIGSTOP || !Signals.isValid(n)) throw OsErrors.ofErrno(Errno.EINVAL);
    return orDefault(n, handlers(self).set(n, handler));
  }

  /** What getsignal reports for a disposition never set: SIG_IGN for the ignored ones, else SIG_DFL. */
  private static PyObject orDefault(int n, PyObject h) {
    if (h != null) return h;
    return PyInt.of(n == Signals.SIGPIPE || n == Signals.SIGXFSZ ? SIG_IGN : SIG_DFL);
  }

  @PyMethod("getsignal") static PyObject getsignal(PyModule self, PyObject signalnum) {
    int n = signalNumber(signalnum);
    return orDefault(n, handlers(self).get(n));
  }

  @PyMethod("raise_signal") static void raiseSignal(PyModule self, PyObject signalnum) {
    int n = signalNumber(signalnum);
    if (!Signals.isValid(n)) throw OsErrors.ofErrno(Errno.EINVAL);
    Signals.raise(self.interpreter(), n);
  }

  @PyMethod("strsignal") static PyObject strsignal(PyModule self, PyObject signalnum) {
    int n = signalNumber(signalnum);
    String text = Signals.description(n);
    return text == null ? PyNone.NONE : new PyStr(text);
  }

  @PyMethod("valid_signals") static PyObject validSignals(PyModule self) {
    PyList all = new PyList();
    for (int n : Signals.valid()) all.add(PyInt.of(n));
    return PySet.TYPE.call1(all);
  }

  @PyMethod("alarm") static PyObject alarm(PyModule self, PyObject seconds) {
    double[] old = handlers(self).setAlarm(intArg(seconds), 0);
    return PyInt.of((long) Math.ceil(old[0]));
  }

  @PyMethod("setitimer") static PyObject setitimer(PyModule self, PyObject which, PyObject seconds,
                                                   @PyMethod.Opt PyObject interval) {
    int w = intArg(which);
    double s = Abstract.floatValue(seconds), i = interval == null ? 0 : Abstract.floatValue(interval);
    SignalHandlers h = handlers(self);
    double[] old = switch (w) {
      case ITIMER_REAL -> h.setAlarm(s, i);
      case ITIMER_VIRTUAL -> h.virtualTimer.set(s, i);
      case ITIMER_PROF -> h.profTimer.set(s, i);
      default -> throw invalidTimer();
    };
    return PyTuple.of(new PyFloat(old[0]), new PyFloat(old[1]));
  }

  @PyMethod("getitimer") static PyObject getitimer(PyModule self, PyObject which) {
    SignalHandlers h = handlers(self);
    double[] left = switch (intArg(which)) {
      case ITIMER_REAL -> h.remaining();
      case ITIMER_VIRTUAL -> h.virtualTimer.remaining();
      case ITIMER_PROF -> h.profTimer.remaining();
      default -> throw invalidTimer();
    };
    return PyTuple.of(new PyFloat(left[0]), new PyFloat(left[1]));
  }

  /** A timer setitimer does not know: EINVAL, as {@code signal.itimer_error}. */
  private static PyException invalidTimer() {
    return PyException.withArgs(ITIMER_ERROR, PyInt.of(Errno.EINVAL), new PyStr(Errno.message(Errno.EINVAL)));
  }

  /** {@code pause()}: sleeps until a signal's handler runs (and raises, or returns). */
  @PyMethod("pause") static void pause(PyModule self) {
    try {
      Gil.releaseDuring("signal.pause", () -> {
        while (!Eval.pendingCallsWaiting()) Thread.sleep(Interruptible.TICK_MILLIS);
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    Eval.servicePendingCalls();
  }

  @PyMethod(value = "set_wakeup_fd", positionalOnly = 1)
  static PyObject setWakeupFd(PyModule self, PyObject fd, @PyMethod.KwOnly @PyMethod.Opt PyObject warn_on_full_buffer) {
    requireMainThread(self, "set_wakeup_fd");
    int n = intArg(fd);
    if (n != -1 && self.interpreter().posix().fds().get(n).blocking()) {
      throw Errors.valueError("the fd " + n + " must be in non-blocking mode");
    }
    return PyInt.of(handlers(self).setWakeupFd(n));
  }

  /**
   * Handlers run on the main thread (the one that runs pending calls) of an interpreter that is not a subinterpreter,
   * so CPython lets only that thread change them: {@code what} only works there.
   */
  private static void requireMainThread(PyModule self, String what) {
    if (!dev.kaa.interp.ThreadState.current().runsPendingCalls() || self.interpreter().isSubinterpreter()) {
      throw Errors.valueError(what + " only works in main thread of the main interpreter");
    }
  }

  @PyMethod("siginterrupt") static void siginterrupt(PyModule self, PyObject signalnum, PyObject flag) {
    signalNumber(signalnum);
  }
}
