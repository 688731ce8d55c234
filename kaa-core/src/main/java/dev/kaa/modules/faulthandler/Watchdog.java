package dev.kaa.modules.faulthandler;

/**
 * {@code dump_traceback_later}: a daemon thread that, unless cancelled first, writes "Timeout (h:mm:ss)!" and every
 * thread's stack after the timeout (again each timeout when repeating), then ends the process with status 1 when
 * asked to, without flushing anything, as CPython's {@code _exit(1)}. It runs no Python code and takes no lock a
 * Python thread holds, so it reports a program that is stuck even with the GIL held.
 */
final class Watchdog {
  private final Output output;
  private final long timeoutNanos;
  private final boolean repeat, exit;
  private final String header;
  private final Thread thread;
  private boolean cancelled;

  Watchdog(Output output, long timeoutMicros, boolean repeat, boolean exit) {
    this.output = output;
    this.timeoutNanos = timeoutMicros * 1000;
    this.repeat = repeat;
    this.exit = exit;
    this.header = header(timeoutMicros);
    this.thread = new Thread(this::run, "kaa-faulthandler-watchdog");
    thread.setDaemon(true);
    thread.start();
  }

  /** "Timeout (0:00:01.500000)!\n": hours need not stop at 24, microseconds only when there are some. */
  static String header(long micros) {
    long seconds = micros / 1_000_000, us = micros % 1_000_000;
    String text = String.format("Timeout (%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    if (us != 0) text += String.format(".%06d", us);
    return text + ")!\n";
  }

  private void run() {
    while (true) {
      synchronized (this) {
        long deadline = System.nanoTime() + timeoutNanos;
        for (long left = timeoutNanos; !cancelled && left > 0; left = deadline - System.nanoTime()) {
          try {
            wait(left / 1_000_000, (int) (left % 1_000_000));
          } catch (InterruptedException e) {
            return;
          }
        }
        if (cancelled) return;
      }
      output.write(header + TracebackDump.allThreads(null));
      if (exit) Runtime.getRuntime().halt(1);
      if (!repeat) return;
    }
  }

  /** Stops the thread before it writes (again), and waits until it has. */
  void cancel() {
    synchronized (this) {
      cancelled = true;
      notifyAll();
    }
    if (thread != Thread.currentThread()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
