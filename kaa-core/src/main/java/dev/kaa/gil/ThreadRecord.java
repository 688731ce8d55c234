package dev.kaa.gil;

/**
 * One thread's dealings with one interpreter's GIL: where it stands now and since when, its time in each
 * {@link GilState} so far, the counts {@code -X gilstats} prints, and its trace events when {@code -X giltrace} is on.
 * Changed at the lock's transitions only (slow paths), under its own monitor, so a report can read it while the
 * thread runs.
 */
public final class ThreadRecord {
  final Thread thread;
  final long ident;
  /** The Python thread's name, as last seen ({@code threading}'s), or null. */
  volatile String name;
  private GilState state;
  private long since;
  /** Nanoseconds spent in each state before the current one began, by ordinal. */
  private final long[] totals = new long[GilState.values().length];
  private long acquisitions, forcedSwitches, dropRequests;
  /** The blocking call being made while {@link GilState#BLOCKED}. */
  private String blockedIn;
  /** Whether the wait now going on ends with a drop its holder made on request. */
  private boolean droppedForMe;
  /** Null when no trace is being recorded. */
  private final TraceLane lane;
  /** When it last took the lock ({@link System#nanoTime}), kept when the policy or the statistics need it. */
  public long holdStart;
  /** Whether its last blocking call came soon after it took the lock: PRIORITY serves it ahead when it returns. */
  public boolean ioBound;
  /** Its place in the lock's {@link WaitQueue}: the condition it sleeps on, whether queued or signalled, since when. */
  java.util.concurrent.locks.Condition wake;
  boolean queued, signalled;
  long queuedAt;
  /** How many times the GIL had changed hands when its current wait began (a waiter asks when the count stays). */
  public long turnsSeen;

  /** The record of a thread whose figures nobody keeps (no {@code -X gilstats} or {@code -X giltrace}). */
  public ThreadRecord(Thread thread) { this(thread, GilState.RUNNING, 0, null); }

  ThreadRecord(Thread thread, GilState state, long since, TraceLane lane) {
    this.thread = thread;
    this.ident = thread.threadId();
    this.state = state;
    this.since = since;
    this.lane = lane;
  }

  public long ident() { return ident; }

  public Thread thread() { return thread; }

  /** Notes the Python thread's name ({@code threading.Thread.name}) as it is now. */
  public void name(String pythonName) { name = pythonName; }

  /** Asks for the lock at {@code now} (a holder that let go on request goes on waiting). */
  public synchronized void waiting(long now) {
    if (state != GilState.WAITING) moveTo(GilState.WAITING, now);
  }

  /** Has the lock at {@code now}; {@code dropped}: its holder let it go because it was asked to. */
  public synchronized void running(long now, boolean dropped) {
    droppedForMe = dropped;
    acquisitions++;
    moveTo(GilState.RUNNING, now);
  }

  /** Runs Python code again at {@code now} without taking a lock (none is on): not an acquisition. */
  public synchronized void resumed(long now) { moveTo(GilState.RUNNING, now); }

  /** Starts the blocking call {@code what} at {@code now}, the lock released. */
  public synchronized void blocked(long now, String what) {
    moveTo(GilState.BLOCKED, now);
    blockedIn = what;
  }

  /** Leaves Python at {@code now} (its function returned). */
  public synchronized void outside(long now) { moveTo(GilState.OUTSIDE, now); }

  public GilState state() { return state; }

  /** Its interval ran out at {@code now}: it asked {@code holder} to let go of the lock. */
  public synchronized void askedToDrop(long now, long holder) {
    dropRequests++;
    if (lane != null) lane.instant(TraceLane.DROP_REQUEST, now, holder);
  }

  /** It let go of the lock on request at {@code now} and {@code to} took it. */
  public synchronized void forcedSwitch(long now, long to) {
    forcedSwitches++;
    if (lane != null) lane.instant(TraceLane.FORCED_SWITCH, now, to);
  }

  private void moveTo(GilState next, long now) {
    totals[state.ordinal()] += now - since;
    if (lane != null) {
      if (state == GilState.RUNNING) lane.span(TraceLane.RUNNING, since, now, 0, null);
      else if (state == GilState.WAITING) lane.span(TraceLane.WAITING, since, now, droppedForMe ? 1 : 0, null);
      else if (state == GilState.BLOCKED) lane.span(TraceLane.BLOCKED, since, now, 0, blockedIn);
    }
    state = next;
    since = now;
  }

  /** Its figures up to {@code now}, the current state's time included. */
  synchronized Totals totals(long now) {
    long[] t = totals.clone();
    t[state.ordinal()] += now - since;
    return new Totals(this, t[GilState.RUNNING.ordinal()], t[GilState.WAITING.ordinal()],
        t[GilState.BLOCKED.ordinal()], acquisitions, forcedSwitches, dropRequests);
  }

  /** Closes the span going on at {@code now} into the trace (at exit), the state unchanged. */
  synchronized void closeSpan(long now) {
    GilState current = state;
    moveTo(current, now);
  }

  TraceLane lane() { return lane; }

  /** One row of the statistics: nanoseconds and counts. */
  record Totals(ThreadRecord thread, long running, long waiting, long blocked, long acquisitions,
                long forcedSwitches, long dropRequests) {}
}
