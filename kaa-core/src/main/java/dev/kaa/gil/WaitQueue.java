package dev.kaa.gil;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The threads waiting for the GIL, in the order their waits began: CPython's condition variable (glibc's, a futex)
 * wakes its longest waiter, and a waiter that timed out and waits again goes to the back. Kept by hand rather than
 * left to one {@link Condition} so that the GIL knows <em>which</em> thread a signal woke: a lock let go while others
 * wait is owed to that one (docs/gil.md, "Who gets it"). Each thread sleeps on a condition of its own. Used under
 * the GIL's mutex only.
 */
public final class WaitQueue {
  private final ReentrantLock mutex;
  private final ArrayDeque<ThreadRecord> queue = new ArrayDeque<>();

  public WaitQueue(ReentrantLock mutex) { this.mutex = mutex; }

  /** Puts {@code r} at the back, its wait beginning at {@code now}; a thread queued already keeps its place. */
  public void enqueue(ThreadRecord r, long now) {
    if (r.queued) return;
    if (r.wake == null) r.wake = mutex.newCondition();
    r.queued = true;
    r.signalled = false;
    r.queuedAt = now;
    queue.addLast(r);
  }

  /** Whether {@code r} is in the queue (its wait goes on). */
  public boolean queued(ThreadRecord r) { return r.queued; }

  /** When {@code r}'s place in the queue was taken ({@link System#nanoTime}); meaningful while queued. */
  public long queuedAt(ThreadRecord r) { return r.queuedAt; }

  /**
   * Waits, queued (at the back unless queued already), until signalled or {@code nanos} have passed; returns
   * whether it was signalled (then it has left the queue), a signal that came before the wait included. A thread
   * that timed out stays queued: {@link #requeue} when its next wait begins afresh.
   */
  public boolean await(ThreadRecord r, long nanos) throws InterruptedException {
    if (!r.signalled) {
      enqueue(r, System.nanoTime());
      r.wake.awaitNanos(nanos);
    }
    boolean signalled = r.signalled;
    r.signalled = false;
    return signalled;
  }

  /** A waiter whose interval ran out waits again from the back, as a new wait on a condition variable does. */
  public void requeue(ThreadRecord r, long now) {
    leave(r);
    enqueue(r, now);
  }

  /** {@code r} has stopped waiting (it has the lock): out of the queue, any signal for it forgotten. */
  public void leave(ThreadRecord r) {
    if (r.queued) {
      queue.remove(r);
      r.queued = false;
    }
    r.signalled = false;
  }

  /** Wakes the longest waiter and returns it, or null when nobody waits. */
  public ThreadRecord signal() {
    ThreadRecord r = queue.pollFirst();
    if (r != null) wake(r);
    return r;
  }

  /** Wakes every waiter (the queue empties; each takes a new place when it waits again). */
  public void signalAll() {
    for (ThreadRecord r; (r = queue.pollFirst()) != null; ) wake(r);
  }

  public boolean isEmpty() { return queue.isEmpty(); }

  private static void wake(ThreadRecord r) {
    r.queued = false;
    r.signalled = true;
    r.wake.signal();
  }
}
