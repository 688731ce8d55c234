package dev.kaa.modules.posix;

/**
 * {@code setitimer(ITIMER_VIRTUAL)} and {@code setitimer(ITIMER_PROF)}: SIGVTALRM or SIGPROF once the process has used
 * {@code seconds} more CPU time (user time only, or user and system time), then every {@code interval} of it. The
 * kernel keeps these clocks per process, but the JVM cannot ask it to signal; so a daemon thread watches the
 * process's clock instead (Linux's {@code /proc/self/stat}, in its 10 ms ticks, as coarse as the kernel's own timers;
 * else the JVM's process CPU time), sleeping for the time left divided by the cores, since CPU time cannot pass
 * faster than that, and delivers the signal as the program's own (docs/os.md).
 */
final class CpuTimer {
  private final SignalHandlers owner;
  private final int signum;
  private final boolean userOnly;
  /** The clock's reading (ns) when the timer fires next; 0 when disarmed. */
  private long deadline;
  private long interval;
  /** Changed by each {@link #set}: the watcher of an earlier setting stops. */
  private int generation;

  CpuTimer(SignalHandlers owner, int signum, boolean userOnly) {
    this.owner = owner;
    this.signum = signum;
    this.userOnly = userOnly;
  }

  /** Arms the timer ({@code seconds} 0 disarms it); returns what was left of the previous setting. */
  synchronized double[] set(double seconds, double interval) {
    double[] old = remaining();
    int g = ++generation;
    deadline = 0;
    this.interval = 0;
    if (seconds > 0) {
      deadline = Math.max(1, now() + Math.round(seconds * 1e9));
      this.interval = Math.round(Math.max(0, interval) * 1e9);
      Thread.ofPlatform().daemon().name(signum == Signals.SIGPROF ? "kaa-itimer-prof" : "kaa-itimer-virtual")
          .start(() -> watch(g));
    }
    return old;
  }

  /** (seconds left, interval) of the CPU time to come; zeros when disarmed. */
  synchronized double[] remaining() {
    if (deadline == 0) return new double[] {0, 0};
    return new double[] {Math.max(0, deadline - now()) / 1e9, interval / 1e9};
  }

  private void watch(int g) {
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    while (true) {
      long left;
      synchronized (this) {
        if (g != generation || deadline == 0 || owner.hasEnded()) return;
        long now = now();
        left = deadline - now;
        if (left <= 0) {
          if (interval > 0) {
            deadline += interval * (1 + (now - deadline) / interval);  // the next one still to come
          } else {
            deadline = 0;
          }
          Signals.deliver(signum, System.nanoTime(), owner);
          if (deadline == 0) return;
          left = deadline - now;
        }
      }
      try {
        Thread.sleep(Math.max(1, left / cores / 1_000_000));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The process's CPU time (ns) as this timer counts it. */
  private long now() {
    String[] stat = dev.kaa.modules.resource.ProcFiles.stat("self");
    if (stat != null) {
      long ticks = Long.parseLong(stat[14]) + (userOnly ? 0 : Long.parseLong(stat[15]));  // utime, stime
      return Math.round(ticks * 1e9 / dev.kaa.modules.resource.ProcFiles.CLOCK_TICKS);
    }
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
