package dev.kaa.modules.faulthandler;

import dev.kaa.interp.ThreadState;
import dev.kaa.modules.posix.Signals;

/**
 * {@code register(signum)}: the stacks are written as soon as the signal arrives, on whatever thread it arrives
 * (a stuck program must still report), then, when chaining, the signal goes on to its disposition ({@code signal}'s
 * Python handler, or the default action), as CPython's handler calls the one it replaced. A signal from outside
 * arrives on a JVM thread that runs no Python: the thread CPython's handler would interrupt, the main one, is then
 * shown as the current thread. Signals the JVM keeps for itself (SIGQUIT's thread dump, SIGUSR2) reach the handler
 * only when the program raises them itself ({@code os.kill(os.getpid(), n)}, {@code signal.raise_signal}).
 */
final class UserSignals {
  private UserSignals() {}

  private record Registration(Output output, boolean allThreads, boolean chain) implements Signals.Immediate {
    @Override public boolean handle(int signum) {
      ThreadState here = ThreadState.live().get(Thread.currentThread().threadId());
      ThreadState current = here != null && here.frame() != null ? here : TracebackDump.mainThread();
      output.write(allThreads ? TracebackDump.allThreads(current) : TracebackDump.stack(current));
      return chain;
    }
  }

  static void register(int signum, Output output, boolean allThreads, boolean chain) {
    Signals.setImmediate(signum, new Registration(output, allThreads, chain));
  }

  /** False when {@code signum} was not registered. */
  static boolean unregister(int signum) { return Signals.setImmediate(signum, null) != null; }
}
