package dev.kaa.gil;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many trace events a run may keep in memory, all threads together (about 40 bytes each): past it, events are
 * counted instead of kept, so a long run's trace is its beginning and the file says how many were left out.
 */
final class TraceBudget {
  /** About 40 MB of events: minutes of a busy convoy (a few thousand switches a second). */
  static final long DEFAULT_EVENTS = 1_000_000;

  private final AtomicLong left;
  private final AtomicLong refused = new AtomicLong();

  TraceBudget(long events) { left = new AtomicLong(events); }

  /** Whether one more event may be kept. */
  boolean spend() {
    if (left.get() > 0 && left.decrementAndGet() >= 0) return true;
    refused.incrementAndGet();
    return false;
  }

  /** The events not kept. */
  long refused() { return refused.get(); }
}
