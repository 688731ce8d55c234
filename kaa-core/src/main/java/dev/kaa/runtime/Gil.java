package dev.kaa.runtime;

import dev.kaa.interp.Eval;

/**
 * The global interpreter lock, minimal (issue 6 builds the real one): one per interpreter; a thread holds it to run
 * Python code. It is switched on by the first {@code _thread.start_new_thread}, so a program with one thread never
 * touches it. Switching as CPython 3.2+ does it: a thread that has waited one switch interval without the holder
 * letting go sets a drop request and the eval breaker; the holder, at its next safe point, releases the lock and
 * waits until another thread has taken it (forced switching) before queueing again. Blocking calls release it
 * through {@link #releaseDuring}. See docs/threads-basic.md.
 */
public final class Gil {
  /** A call that may block, run with the GIL released: it may throw the checked exception {@code E}. */
  @FunctionalInterface
  public interface Blocking<T, E extends Exception> {
    T call() throws E;
  }

  /** A blocking call without a result. */
  @FunctionalInterface
  public interface BlockingAction<E extends Exception> {
    void run() throws E;
  }

  /**
   * Whether some interpreter in this process runs without a GIL ({@link GilPolicy#OFF}): built-in containers then
   * guard their own state (docs/gil.md). Read on every container operation, so a plain static flag.
   */
  private static volatile boolean freeThreaded;

  /** Whether built-in objects must guard themselves against concurrent threads (some interpreter runs GIL-free). */
  public static boolean freeThreaded() { return freeThreaded; }

  /** The thread running Python code now; null when the lock is free. Guarded by {@code this}. */
  private Thread holder;
  /** Acquisitions so far: a waiter sees from it whether the lock changed hands during its wait. */
  private long acquisitions;
  /** Threads waiting in {@link #acquire}. */
  private int waiters;
  /** Set by a waiter whose interval ran out: the holder lets go at its next safe point. */
  private volatile boolean dropRequest;
  /** On once a second thread has been started; until then nobody takes the lock. */
  private volatile boolean active;
  /** {@code sys.getswitchinterval()}, in nanoseconds. */
  private volatile long intervalNanos = 5_000_000;

  /** How this interpreter's threads share it. */
  private final GilPolicy policy;

  Gil(GilPolicy policy) {
    this.policy = policy;
    if (policy == GilPolicy.OFF) freeThreaded = true;
  }

  public GilPolicy policy() { return policy; }

  /** Whether threads take turns on this lock (a second thread has been started). */
  public boolean active() { return active; }

  /** Turns the lock on, the calling thread holding it: done before the first new thread starts. */
  public synchronized void activate() {
    if (active || policy == GilPolicy.OFF) return;
    holder = Thread.currentThread();
    acquisitions++;
    active = true;
  }

  public long switchIntervalNanos() { return intervalNanos; }

  public void setSwitchIntervalNanos(long nanos) { intervalNanos = Math.max(1, nanos); }

  /** Takes the lock for the calling thread, waiting for it. */
  // blocking: waits for the GIL itself (issue 6)
  public synchronized void acquire() {
    if (!active) return;
    Thread me = Thread.currentThread();
    if (holder == me) return;
    waiters++;
    boolean interrupted = false;
    try {
      while (holder != null) {
        long seen = acquisitions;
        try {
          wait(intervalNanos / 1_000_000, (int) (intervalNanos % 1_000_000));
        } catch (InterruptedException e) {
          interrupted = true;
        }
        if (holder != null && acquisitions == seen && !dropRequest) {
          dropRequest = true;
          Eval.requestSafePoint();
        }
      }
    } finally {
      waiters--;
    }
    holder = me;
    acquisitions++;
    dropRequest = false;
    notifyAll();  // a holder that dropped the lock waits to see it taken
    if (interrupted) me.interrupt();
  }

  /** Lets go of the lock (the calling thread must hold it). */
  public synchronized void release() {
    if (holder != Thread.currentThread()) return;
    holder = null;
    notifyAll();
  }

  /** Whether the calling thread may run Python code: it holds the lock, or the lock is off. */
  synchronized boolean heldByCurrentThread() { return !active || holder == Thread.currentThread(); }

  /** At a safe point: hands the lock over when a waiter asked for it, then queues for it again. */
  void yieldIfAsked() {
    if (!dropRequest) return;
    synchronized (this) {
      if (holder != Thread.currentThread()) return;
      long seen = acquisitions;
      holder = null;
      dropRequest = false;
      notifyAll();
      // forced switching: the thread that asked gets the lock before this one can take it back
      boolean interrupted = false;
      while (holder == null && waiters > 0 && acquisitions == seen) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) Thread.currentThread().interrupt();
    }
    acquire();
  }

  /** The GIL of the interpreter running on this thread, or null when that one has no other thread. */
  private static Gil current() {
    Interpreter interp = Interpreter.current();
    return interp == null || !interp.gil.active ? null : interp.gil;
  }

  /** Runs {@code call} with the GIL released, taking it back afterwards even when the call throws. */
  public static <T, E extends Exception> T releaseDuring(Blocking<T, E> call) throws E {
    return releaseDuring("blocking", call);
  }

  /**
   * {@link #releaseDuring(Blocking)} naming the blocking section ({@code "time.sleep"}, {@code "socket.recv"}...) for
   * the GIL's statistics and trace.
   */
  public static <T, E extends Exception> T releaseDuring(String what, Blocking<T, E> call) throws E {
    Gil gil = current();
    if (gil == null) return call.call();
    gil.release();
    try {
      return call.call();
    } finally {
      gil.acquire();
    }
  }

  /** {@link #releaseDuring(Blocking)} for a call without a result. */
  public static <E extends Exception> void releaseDuring(BlockingAction<E> call) throws E {
    releaseDuring("blocking", call);
  }

  /** {@link #releaseDuring(String, Blocking)} for a call without a result. */
  public static <E extends Exception> void releaseDuring(String what, BlockingAction<E> call) throws E {
    releaseDuring(what, () -> {
      call.run();
      return null;
    });
  }
}
