package dev.kaa.runtime;

import java.lang.management.ManagementFactory;

/**
 * Where a start's time goes, phase by phase, for whoever works on start-up (docs/performance.md):
 * {@code KAA_JAVA_OPTS=-Dkaa.startup.trace=true ./kaa -c pass} prints, at exit, the JVM's uptime when {@code main}
 * began, then each phase's end in ms since then, and the program thread's CPU time. Off, a mark is one test of a
 * constant; on, it is a clock read into an array: what the management beans cost is paid only at the end.
 */
public final class StartupTrace {
  private StartupTrace() {}

  private static final boolean ON = Boolean.getBoolean("kaa.startup.trace");
  private static final String[] WHAT = new String[64];
  private static final long[] WHEN = new long[64];
  private static int marks;
  private static long programCpu = -1;

  /** Notes that phase {@code what} ended now. */
  public static synchronized void mark(String what) {
    if (!ON || marks == WHAT.length) return;
    WHEN[marks] = System.nanoTime();
    WHAT[marks++] = what;
  }

  /** On the thread that ran the program, at its end: the CPU time it took. */
  public static void programThreadDone() {
    if (ON) programCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** Prints the marks to stderr (at the end of {@code main}). */
  public static synchronized void print() {
    if (!ON || marks == 0) return;
    long first = System.currentTimeMillis() - (System.nanoTime() - WHEN[0]) / 1_000_000;
    StringBuilder b = new StringBuilder("kaa.startup.trace: JVM uptime at " + WHAT[0] + " "
        + (first - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms; then (ms)");
    for (int i = 1; i < marks; i++) {
      b.append(String.format(" %s %.1f", WHAT[i], (WHEN[i] - WHEN[0]) / 1e6));
    }
    if (programCpu >= 0) b.append(String.format("; program thread CPU %.1f ms", programCpu / 1e6));
    System.err.println(b);
  }
}
