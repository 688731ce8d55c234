package dev.kaa.modules.posix;

import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.runtime.Interpreter;
import java.nio.ByteBuffer;
import java.util.Timer;
import java.util.TimerTask;
import java.util.function.IntConsumer;

/**
 * An interpreter's signal dispositions ({@code signal.signal}): a Python callable, SIG_IGN (1) or SIG_DFL (0) per
 * signal; null is the start-up disposition (SIGINT raises KeyboardInterrupt, SIGPIPE and SIGXFSZ are ignored as
 * CPython sets them, others do their default). Also the wakeup descriptor and the real-time interval timer.
 */
public final class SignalHandlers implements dev.kaa.interp.Eval.PendingOwner {
  /** Set at the end of the program these dispositions are for: signals it sent itself and has not handled are dropped. */
  private volatile boolean ended;
  private final PyObject[] handlers = new PyObject[Signals.NSIG];
  private final boolean[] caughtInJvm = new boolean[Signals.NSIG];
  /** When each disposition was last set (System.nanoTime), to tell a signal that came before the change. */
  private final long[] setAt = new long[Signals.NSIG];
  private volatile int wakeupFd = -1;
  /** What {@code faulthandler.enable()} writes before the process dies of a fatal signal; null when disabled. */
  private volatile IntConsumer faultReport;
  private Timer timer;
  /** {@code ITIMER_VIRTUAL} and {@code ITIMER_PROF}. */
  final CpuTimer virtualTimer = new CpuTimer(this, Signals.SIGVTALRM, true),
      profTimer = new CpuTimer(this, Signals.SIGPROF, false);
  private long alarmDeadline, alarmInterval;
  /** Changed by each setitimer: a firing of an earlier timer (cancelled while it ran) is no signal. */
  private int alarmGeneration;

  synchronized PyObject get(int signum) { return handlers[signum]; }

  /** A signal the program sent itself is handled on a thread running it (its own, or one of its subinterpreters). */
  @Override public boolean isCurrent() {
    Interpreter i = Interpreter.current();
    return i != null && i.posix().signals() == this;
  }

  @Override public boolean hasEnded() { return ended; }

  /** The program has ended (its exit handlers have run): what it sent itself and did not handle is dropped. */
  public void end() { ended = true; }

  /** Sets the disposition; the JVM is asked to report the signal the first time a Python handler wants it. */
  synchronized PyObject set(int signum, PyObject handler) {
    PyObject old = handlers[signum];
    handlers[signum] = handler;
    setAt[signum] = System.nanoTime();
    if (signum != Signals.SIGINT && !caughtInJvm[signum] && !(handler instanceof PyInt)) {
      caughtInJvm[signum] = Signals.catchInJvm(signum);
    }
    return old;
  }

  /** Whether {@code signum} does its default action (SIG_DFL, or never set). */
  synchronized boolean isDefault(int signum) { return isDefault(handlers[signum]); }

  /** A disposition that is the default action: never set (null), None, or SIG_DFL (0). */
  private static boolean isDefault(PyObject h) {
    return h == null || h == PyNone.NONE || h instanceof PyInt n && n.isLong() && n.longValue() == 0;
  }

  /** faulthandler's report of a fatal signal (null: none), written before the process dies of it. */
  public void setFaultReport(IntConsumer report) { faultReport = report; }

  /**
   * Death by a fatal signal: faulthandler's report first when it is enabled, then the signal, at once. Python's
   * buffered streams are not flushed, as a process killed by a fault cannot flush them.
   */
  public void dieOfFault(int signum) {
    IntConsumer report = faultReport;
    if (report != null) {
      try {
        report.accept(signum);
      } catch (RuntimeException e) {
        // the report is a last resort: the process dies of the signal all the same
      }
    }
    dieOf(signum);
  }

  int wakeupFd() { return wakeupFd; }

  int setWakeupFd(int fd) {
    int old = wakeupFd;
    wakeupFd = fd;
    return old;
  }

  /** Runs {@code signum}'s disposition in a pending call of {@code interp}'s thread. */
  /**
   * Whether a Python function handles {@code signum} (SIGINT's start-up {@code default_int_handler} among them), not
   * SIG_DFL or SIG_IGN.
   */
  synchronized boolean handledByPython(int signum) {
    PyObject h = handlers[signum];
    return h == null ? signum == Signals.SIGINT : h != PyNone.NONE && !(h instanceof PyInt);
  }

  /**
   * Runs {@code signum}'s disposition for a signal that arrived at {@code arrivedAt} (System.nanoTime). A signal that
   * arrived while a Python handler was set and finds SIG_DFL or SIG_IGN set since is dropped, as CPython's check of
   * its tripped signals drops it (only a signal arriving under SIG_DFL does the default action).
   */
  void handle(Interpreter interp, int signum, long arrivedAt) {
    int fd = wakeupFd;
    if (fd >= 0) {
      OpenFile f = interp.posix().fds().lookup(fd);
      try {
        if (f != null) f.write(ByteBuffer.wrap(new byte[] {(byte) signum}));
      } catch (java.io.IOException e) {
        // CPython reports a full or closed wakeup descriptor as a warning; the handler still runs
      }
    }
    PyObject h;
    long changed;
    synchronized (this) {
      h = handlers[signum];
      changed = setAt[signum];
    }
    if (h instanceof PyInt && changed - arrivedAt > 0) return;
    if (isDefault(h)) {
      defaultAction(interp, signum, h == null);
    } else if (!(h instanceof PyInt)) {
      h.call(new PyObject[] {PyInt.of(signum), interruptedFrame(interp)}, 0, 2, null);
    }
  }

  /** The frame the signal interrupted, as {@code sys._getframe(0)} sees it from the pending call; else None. */
  private static PyObject interruptedFrame(Interpreter interp) {
    PyObject getframe = interp.sys().dict().getStr("_getframe");
    try {
      return getframe == null ? PyNone.NONE : getframe.call1(PyInt.of(0));
    } catch (PyException e) {
      return PyNone.NONE;
    }
  }

  /** SIG_DFL: SIGINT's default_int_handler at start; ignoring for the signals that are; else the process ends. */
  private void defaultAction(Interpreter interp, int signum, boolean startup) {
    switch (signum) {
      case Signals.SIGINT -> throw PyException.withArgs(ExceptionTypes.KeyboardInterrupt);
      case Signals.SIGCHLD, Signals.SIGCONT, Signals.SIGURG, Signals.SIGWINCH -> { }
      case Signals.SIGPIPE, Signals.SIGXFSZ -> {
        if (!startup) end(interp, signum);
      }
      default -> {
        if (Signals.isFatal(signum)) dieOfFault(signum);
        end(interp, signum);
      }
    }
  }

  /**
   * Death by a signal: by the signal itself where native calls can be made (a parent's waitpid sees it), else status
   * 128 + the signal, as a shell reports such a death.
   */
  private static void end(Interpreter interp, int signum) {
    interp.flushStreams();
    dieOf(signum);
  }

  /** Ends the process as {@code signum}'s default action does, at once (CPython's streams are not flushed either). */
  public static void dieOf(int signum) {
    NativeOs os = NativeOs.get();
    if (os != null) os.dieBySignal(signum);
    Runtime.getRuntime().halt(128 + signum);
  }

  /**
   * {@code setitimer(ITIMER_REAL, seconds, interval)} and {@code alarm}: SIGALRM after {@code seconds}, then every
   * {@code interval} if not zero; 0 cancels. Returns what was left of the previous timer: (seconds, interval).
   */
  synchronized double[] setAlarm(double seconds, double interval) {
    double[] old = remaining();
    int generation = ++alarmGeneration;
    if (timer != null) timer.cancel();
    timer = null;
    alarmDeadline = 0;
    if (seconds > 0) {
      timer = new Timer("kaa-itimer", true);
      long delay = Math.max(1, Math.round(seconds * 1000));
      alarmDeadline = System.nanoTime() + delay * 1_000_000L;
      alarmInterval = Math.round(interval * 1000);
      TimerTask fire = new TimerTask() {
        @Override public void run() {
          long at;
          synchronized (SignalHandlers.this) {
            if (generation != alarmGeneration) return;
            at = System.nanoTime();  // before a later setitimer or signal() can be seen to have come first
          }
          Signals.deliver(Signals.SIGALRM, at, SignalHandlers.this);
        }
      };
      if (alarmInterval > 0) timer.scheduleAtFixedRate(fire, delay, alarmInterval);
      else timer.schedule(fire, delay);
    }
    return old;
  }

  /** The timer's (seconds left, interval), zeros when none is set. */
  synchronized double[] remaining() {
    if (alarmDeadline == 0) return new double[] {0, 0};
    long left = alarmDeadline - System.nanoTime();
    if (left <= 0 && alarmInterval <= 0) return new double[] {0, 0};
    if (left <= 0) left = alarmInterval * 1_000_000L - Math.floorMod(-left, alarmInterval * 1_000_000L);
    return new double[] {left / 1e9, alarmInterval / 1e3};
  }
}
