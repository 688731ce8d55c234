package dev.kaa.gil;

/**
 * PRIORITY's bound on serving I/O-bound threads ahead (docs/gil.md, "The budget"): they may keep CPU-bound threads
 * that want the GIL from it at most two fifths of the time. Kept as a debt: the time CPU-bound threads were kept
 * waiting (the lock free or held by a thread served ahead) adds to it, and two fifths of all the time passing is
 * taken off it, so it grows while they wait and shrinks while they run. When it reaches half a switch interval,
 * I/O-bound threads are no longer served ahead until it is repaid in full: the two sides then take turns in
 * stretches of about an interval, not at every I/O call, and neither loses much of its time to the switches. Not
 * thread-safe: the GIL uses it under its mutex.
 */
public final class IoBudget {
  /**
   * The I/O-bound threads' share of the time, as a fraction {@code IO_SHARE / SHARE_OF}: under half, because a
   * CPU-bound thread runs Python only while it holds the lock, and must keep at least half its progress alone.
   */
  private static final long IO_SHARE = 2, SHARE_OF = 5;
  /** The time CPU-bound threads were kept from the lock beyond their due, in nanoseconds, and when it was counted. */
  private long debt, countedAt;
  private boolean open = true;

  /**
   * Counts the time from the last call to {@code now}, during which CPU-bound threads were kept waiting or not
   * ({@code keptWaiting}); the debt may reach half of {@code intervalNanos} (the switch interval).
   */
  public void advance(long now, boolean keptWaiting, long intervalNanos) {
    long elapsed = Math.max(0, now - countedAt);
    countedAt = now;
    debt = Math.max(0, debt + (keptWaiting ? elapsed : 0) - elapsed * IO_SHARE / SHARE_OF);
    if (debt >= intervalNanos / 2) open = false;
    else if (debt == 0) open = true;
  }

  /** Whether I/O-bound threads are served ahead now. */
  public boolean open() { return open; }

  /** While closed: how long CPU-bound threads must run undisturbed before it opens again. */
  public long nanosUntilOpen() { return debt * SHARE_OF / IO_SHARE; }

  /** While open: how long CPU-bound threads may still be kept waiting before it closes. */
  public long nanosUntilClosed(long intervalNanos) {
    return Math.max(0, (intervalNanos / 2 - debt) * SHARE_OF / (SHARE_OF - IO_SHARE));
  }
}
