package dev.kaa.modules.posix;

import dev.kaa.interp.Eval;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.runtime.Interpreter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Linux's signals (numbers, names, {@code strsignal} texts) and their delivery to Python code: a signal the JVM
 * catches (SIGINT from the {@code kaa} command's handler, others once a Python handler is set) becomes a pending
 * call, run by the eval loop at its next safe point in the interpreter running there, which calls the Python handler
 * ({@link SignalHandlers}) as CPython runs handlers in the main thread between bytecodes.
 */
public final class Signals {
  private Signals() {}

  public static final int SIGHUP = 1, SIGINT = 2, SIGILL = 4, SIGABRT = 6, SIGBUS = 7, SIGFPE = 8, SIGKILL = 9,
      SIGSEGV = 11, SIGPIPE = 13, SIGALRM = 14, SIGTERM = 15, SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19, SIGURG = 23,
      SIGXFSZ = 25, SIGVTALRM = 26, SIGPROF = 27, SIGWINCH = 28, NSIG = 65;

  /** "number NAME ALIAS...|strsignal text" for each valid signal. */
  private static final String[] TABLE = {
      "1 SIGHUP|Hangup",
      "2 SIGINT|Interrupt",
      "3 SIGQUIT|Quit",
      "4 SIGILL|Illegal instruction",
      "5 SIGTRAP|Trace/breakpoint trap",
      "6 SIGIOT SIGABRT|Aborted",
      "7 SIGBUS|Bus error",
      "8 SIGFPE|Floating point exception",
      "9 SIGKILL|Killed",
      "10 SIGUSR1|User defined signal 1",
      "11 SIGSEGV|Segmentation fault",
      "12 SIGUSR2|User defined signal 2",
      "13 SIGPIPE|Broken pipe",
      "14 SIGALRM|Alarm clock",
      "15 SIGTERM|Terminated",
      "16 SIGSTKFLT|Stack fault",
      "17 SIGCLD SIGCHLD|Child exited",
      "18 SIGCONT|Continued",
      "19 SIGSTOP|Stopped (signal)",
      "20 SIGTSTP|Stopped",
      "21 SIGTTIN|Stopped (tty input)",
      "22 SIGTTOU|Stopped (tty output)",
      "23 SIGURG|Urgent I/O condition",
      "24 SIGXCPU|CPU time limit exceeded",
      "25 SIGXFSZ|File size limit exceeded",
      "26 SIGVTALRM|Virtual timer expired",
      "27 SIGPROF|Profiling timer expired",
      "28 SIGWINCH|Window changed",
      "29 SIGIO SIGPOLL|I/O possible",
      "30 SIGPWR|Power failure",
      "31 SIGSYS|Bad system call",
      "34 SIGRTMIN|Real-time signal 0",
      "35 |Real-time signal 1",
      "36 |Real-time signal 2",
      "37 |Real-time signal 3",
      "38 |Real-time signal 4",
      "39 |Real-time signal 5",
      "40 |Real-time signal 6",
      "41 |Real-time signal 7",
      "42 |Real-time signal 8",
      "43 |Real-time signal 9",
      "44 |Real-time signal 10",
      "45 |Real-time signal 11",
      "46 |Real-time signal 12",
      "47 |Real-time signal 13",
      "48 |Real-time signal 14",
      "49 |Real-time signal 15",
      "50 |Real-time signal 16",
      "51 |Real-time signal 17",
      "52 |Real-time signal 18",
      "53 |Real-time signal 19",
      "54 |Real-time signal 20",
      "55 |Real-time signal 21",
      "56 |Real-time signal 22",
      "57 |Real-time signal 23",
      "58 |Real-time signal 24",
      "59 |Real-time signal 25",
      "60 |Real-time signal 26",
      "61 |Real-time signal 27",
      "62 |Real-time signal 28",
      "63 |Real-time signal 29",
      "64 SIGRTMAX|Real-time signal 30",  };

  private static final Map<String, Integer> NUMBERS = new LinkedHashMap<>();
  private static final Map<Integer, String> NAMES = new LinkedHashMap<>(), TEXTS = new LinkedHashMap<>();

  static {
    for (String row : TABLE) {
      int bar = row.indexOf('|');
      String[] w = row.substring(0, bar).split(" ");
      int n = Integer.parseInt(w[0]);
      for (int i = 1; i < w.length; i++) NUMBERS.put(w[i], n);
      if (w.length > 1) NAMES.put(n, w[1]);
      TEXTS.put(n, row.substring(bar + 1));
    }
  }

  /** Every signal name (aliases too) with its number. */
  static Map<String, Integer> numbers() { return NUMBERS; }

  /** The valid signal numbers, ascending. */
  static Iterable<Integer> valid() { return TEXTS.keySet(); }

  public static boolean isValid(int n) { return TEXTS.containsKey(n); }

  /** The primary name of {@code n} ("SIGINT"), or null. */
  public static String name(int n) { return NAMES.get(n); }

  /** glibc's {@code strsignal}, or null for a number that names no signal. */
  public static String description(int n) { return TEXTS.get(n); }

  /**
   * What runs at once on the thread the signal arrives on, before the signal's disposition is scheduled
   * ({@code faulthandler.register}: a stuck program must still report); false stops the signal there.
   */
  public interface Immediate {
    boolean handle(int signum);
  }

  private static final Map<Integer, Immediate> IMMEDIATE = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Sets (null: removes) the immediate handler of {@code signum}, and has the JVM report the signal from now on;
   * returns the one it replaces, or null.
   */
  public static Immediate setImmediate(int signum, Immediate handler) {
    if (handler == null) return IMMEDIATE.remove(signum);
    catchInJvm(signum);
    return IMMEDIATE.put(signum, handler);
  }

  /**
   * Delivers {@code signum} to the Python code running now, from any thread (a JVM signal handler, a timer): the
   * handler runs at the next safe point; with no interpreter there, SIGINT is a KeyboardInterrupt.
   */
  public static void deliver(int signum) { deliver(signum, System.nanoTime(), null); }

  /**
   * The same for a signal that arrived at {@code arrivedAt} (System.nanoTime), sent by the program whose dispositions
   * are {@code to} (null: from outside, for whichever program runs). A signal the program sent itself is handled by a
   * thread running that program, and dropped once it has ended: several interpreters share a JVM (tests, embeddings),
   * one after another or at once, and another's thread must neither take it nor handle it.
   */
  static void deliver(int signum, long arrivedAt, SignalHandlers to) {
    Immediate first = IMMEDIATE.get(signum);
    if (first != null && !first.handle(signum)) return;
    Eval.addPendingCall(() -> {
      Interpreter interp = Interpreter.current();
      if (interp != null) {
        interp.posix().signals().handle(interp, signum, arrivedAt);
      } else if (signum == SIGINT && to == null) {
        throw PyException.withArgs(ExceptionTypes.KeyboardInterrupt);
      }
    }, to);
  }

  /**
   * {@code _thread.interrupt_main(signum)}: the main thread runs {@code signum}'s Python handler at its next safe point
   * (or as soon as its blocking call notices), as if the signal had arrived; nothing when Python does not handle it.
   */
  public static void simulate(Interpreter interp, int signum) {
    if (signum < 1 || signum >= NSIG) throw Errors.valueError("signal number out of range");
    if (!interp.posix().signals().handledByPython(signum)) return;
    deliver(signum, System.nanoTime(), interp.posix().signals());
    Eval.servicePendingCalls();  // on the main thread the handler runs before the call returns, as after CPython's CALL
  }

  /**
   * The signals of a fault (a bad address, a bad instruction, a division by zero, {@code abort()}), which
   * {@code faulthandler.enable()} reports before the process dies of them.
   */
  public static boolean isFatal(int signum) {
    return signum == SIGSEGV || signum == SIGFPE || signum == SIGABRT || signum == SIGBUS || signum == SIGILL;
  }

  /**
   * {@code raise_signal} and {@code kill(getpid(), sig)}: delivered, and its handler run before returning. A fatal
   * signal left to its default action kills the process here, on the thread that raised it, as C's {@code raise}
   * delivers it to the calling thread: it does not return to the program even for a moment.
   */
  public static void raise(Interpreter interp, int signum) {
    SignalHandlers handlers = interp.posix().signals();
    if (isFatal(signum) && handlers.isDefault(signum)) handlers.dieOfFault(signum);
    deliver(signum, System.nanoTime(), handlers);
    Eval.servicePendingCalls();
  }

  /** Sends a signal the JDK has no call for with {@code kill(1)}. */
  static void sendWithKillCommand(long pid, int signum) {
    try {
      Process p = new ProcessBuilder("kill", "-" + signum, Long.toString(pid)).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() != 0) throw OsErrors.ofErrno(Errno.ESRCH);
    } catch (IOException e) {
      throw OsErrors.of(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw OsErrors.ofErrno(Errno.EINTR);
    }
  }

  /** Makes the JVM tell Kaa about {@code signum} (beyond SIGINT, which the command line catches); false if it cannot. */
  static boolean catchInJvm(int signum) {
    String name = name(signum);
    if (name == null) return false;  // the real-time signals: the JVM knows them by no name
    try {
      sun.misc.Signal.handle(new sun.misc.Signal(name.substring(3)), s -> deliver(signum));
      return true;
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return false;  // the JVM keeps this one (SIGQUIT, SIGSEGV...)
    }
  }
}
