package dev.kaa.modules.posix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The child processes an interpreter started and has not yet waited for, by pid, as the kernel keeps them for
 * {@code waitpid}. A child whose start failed still gets a pid (above Linux's pid_max, so never a real one) and exits
 * with 255, as CPython's forked child does after reporting the failure through the error pipe.
 */
public final class Children {
  /**
   * One child: its process (null for a failed start, or a child spawned through {@link NativeOs}, which is waited for
   * with waitpid itself), the signal Kaa sent it, and the pumps copying its output (waited for, briefly, when the
   * child is).
   */
  static final class Child {
    final long pid;
    final Process process;
    /** For a spawned child: the calls, and its wait status once waitpid reported it (-1 before). */
    private final NativeOs spawnedBy;
    private int spawnedStatus = -1;
    final List<Pump> pumps = new ArrayList<>();
    volatile int signalSent;

    Child(long pid, Process process, NativeOs spawnedBy) {
      this.pid = pid;
      this.process = process;
      this.spawnedBy = spawnedBy;
    }

    /** Whether the child started (a failed start is a zombie from the beginning). */
    boolean started() { return process != null || spawnedBy != null; }

    boolean exited() {
      if (spawnedBy == null) return process == null || !process.isAlive();
      if (spawnedStatus < 0) {
        try {
          spawnedStatus = spawnedBy.waitpid(pid, true);
        } catch (IOException e) {
          spawnedStatus = 255 << 8;  // reaped by someone else: nothing more will be known
        }
      }
      return spawnedStatus >= 0;
    }

    /** Lets the pumps copy what the child wrote before it exited, so its output comes before what follows. */
    void finishOutput() {
      for (Pump p : pumps) {
        try {
          p.join(2000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    /**
     * The wait status: {@code code << 8} for an exit, the signal number for a death by a signal. The JDK reports a
     * death by signal N as exit status 128 + N, as a shell does; Kaa takes 129 to 159 that way (a program rarely
     * exits with those itself), and always when it sent that signal.
     */
    int status() {
      if (spawnedBy != null) return spawnedStatus;
      if (process == null) return 255 << 8;
      int code = process.exitValue();
      if (signalSent > 0 && code == 128 + signalSent) return signalSent;
      if (code > 128 && code < 160) return code - 128;
      return (code & 0xff) << 8;
    }
  }

  /** Linux's largest pid_max is 2^22: pids for failed starts are above it. */
  private long nextFailedPid = 1 << 22;
  private final Map<Long, Child> children = new LinkedHashMap<>();

  synchronized Child add(Process process) {
    Child c = new Child(process == null ? ++nextFailedPid : process.pid(), process, null);
    children.put(c.pid, c);
    if (process != null) process.onExit().thenRun(this::exited);
    return c;
  }

  /**
   * A child {@code os} spawned: waited for with waitpid. The JDK's exit notice for it (a wait that does not reap)
   * wakes waiters at once; they also look at every tick.
   */
  synchronized Child addSpawned(long pid, NativeOs os) {
    Child c = new Child(pid, null, os);
    children.put(pid, c);
    ProcessHandle.of(pid).ifPresent(h -> h.onExit().thenRun(this::exited));
    return c;
  }

  private synchronized void exited() { notifyAll(); }

  synchronized Child get(long pid) { return children.get(pid); }

  /**
   * {@code waitpid(pid, options)}: the pid and status of a child that has exited (removed from the table), or null
   * when {@code noHang} and none has; waits otherwise. {@code pid} -1 (or 0) means any child. ECHILD when there is none
   * to wait for.
   */
  /** Called with the GIL released ({@link Interruptible#call}): ECHILD comes as an {@link ErrnoException}. */
  long[] waitFor(long pid, boolean noHang) throws IOException {
    while (true) {
      synchronized (this) {
        List<Child> candidates = new ArrayList<>();
        if (pid > 0) {
          Child c = children.get(pid);
          if (c != null) candidates.add(c);
        } else {
          candidates.addAll(children.values());
        }
        if (candidates.isEmpty()) throw new ErrnoException(Errno.ECHILD);
        for (Child c : candidates) {
          if (c.exited()) {
            children.remove(c.pid);
            c.finishOutput();
            return new long[] {c.pid, c.status()};
          }
        }
        if (noHang) return null;
        Interruptible.await(this);
      }
    }
  }
}
