package dev.kaa.modules.posix;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * What {@code select} and {@code poll} wait on: a counter that pipes (and sockets) bump whenever one of them may have
 * become readable or writable, so a waiter wakes at once instead of at its next tick. Waiters check their descriptors
 * without holding this lock, then wait for the counter to move past the value they saw before checking.
 */
public final class Readiness {
  private long version;

  /** Something may have become ready. */
  public synchronized void changed() {
    version++;
    notifyAll();
  }

  public synchronized long version() { return version; }

  /** Waits at most a tick, or {@code nanos} if less, for a change after {@code seen}; then {@link Interruptible#checkpoint}. */
  public synchronized void await(long seen, long nanos) throws IOException {
    if (version != seen || nanos <= 0) return;
    try {
      wait(Math.max(1, Math.min(nanos / 1_000_000, Interruptible.TICK_MILLIS)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
    Interruptible.checkpoint();
  }
}
