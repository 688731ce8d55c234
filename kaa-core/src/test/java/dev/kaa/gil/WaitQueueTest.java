package dev.kaa.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/** The GIL's queue of waiters: the longest waiter is woken, one that timed out waits again from the back. */
class WaitQueueTest {
  private final ReentrantLock mutex = new ReentrantLock();
  private final WaitQueue queue = new WaitQueue(mutex);

  private static ThreadRecord record() { return new ThreadRecord(new Thread(() -> {})); }

  @Test void wakesTheLongestWaiterFirst() {
    mutex.lock();  // signals are given holding it, as the GIL does
    try {
      ThreadRecord a = record(), b = record(), c = record();
      queue.enqueue(a, 1);
      queue.enqueue(b, 2);
      queue.enqueue(c, 3);
      queue.enqueue(a, 4);  // queued already: keeps its place and the time it took it
      assertEquals(1, queue.queuedAt(a));
      assertSame(a, queue.signal());
      assertFalse(queue.queued(a));
      assertSame(b, queue.signal());
      assertSame(c, queue.signal());
      assertNull(queue.signal());
      assertTrue(queue.isEmpty());
    } finally {
      mutex.unlock();
    }
  }

  @Test void aWaiterThatTimedOutGoesToTheBack() {
    mutex.lock();  // signals are given holding it, as the GIL does
    try {
      ThreadRecord a = record(), b = record(), c = record();
      queue.enqueue(a, 1);
      queue.enqueue(b, 2);
      queue.enqueue(c, 3);
      queue.requeue(a, 5);
      assertEquals(5, queue.queuedAt(a));
      assertSame(b, queue.signal());
      assertSame(c, queue.signal());
      assertSame(a, queue.signal());
    } finally {
      mutex.unlock();
    }
  }

  @Test void leavingForgetsThePlaceAndAnySignal() {
    mutex.lock();  // signals are given holding it, as the GIL does
    try {
      ThreadRecord a = record(), b = record();
      queue.enqueue(a, 1);
      queue.enqueue(b, 2);
      queue.leave(a);
      assertFalse(queue.queued(a));
      assertSame(b, queue.signal());
      queue.leave(b);  // signalled, then it took the lock without waiting
      assertNull(queue.signal());
    } finally {
      mutex.unlock();
    }
  }

  @Test void aSignalBeforeTheWaitEndsItAtOnce() throws InterruptedException {
    ThreadRecord a = record();
    mutex.lock();
    try {
      queue.enqueue(a, System.nanoTime());  // queued for it (a forced-off holder, at the switch), not yet waiting
      assertSame(a, queue.signal());
      long start = System.nanoTime();
      assertTrue(queue.await(a, TimeUnit.SECONDS.toNanos(10)));
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "it waited for the timeout");
      assertFalse(queue.await(a, 1_000), "a signal wakes one wait only");
      assertTrue(queue.queued(a), "a wait that timed out keeps its place");
    } finally {
      mutex.unlock();
    }
  }

  @Test void aSignalWakesTheThreadThatWaitedLongest() throws InterruptedException {
    ThreadRecord first = record(), second = record();
    AtomicBoolean firstWoken = new AtomicBoolean(), secondWoken = new AtomicBoolean();
    Thread t1 = waiter(first, firstWoken), t2;
    awaitQueued(first);
    t2 = waiter(second, secondWoken);
    awaitQueued(second);
    assertSame(first, signal());
    t1.join(10_000);
    assertTrue(firstWoken.get());
    assertFalse(secondWoken.get());
    assertSame(second, signal());
    t2.join(10_000);
    assertTrue(secondWoken.get());
  }

  private ThreadRecord signal() {
    mutex.lock();
    try {
      return queue.signal();
    } finally {
      mutex.unlock();
    }
  }

  /** A thread waiting in the queue (for a minute at most) and noting whether a signal woke it. */
  private Thread waiter(ThreadRecord r, AtomicBoolean woken) {
    Thread t = new Thread(() -> {
      mutex.lock();
      try {
        woken.set(queue.await(r, TimeUnit.MINUTES.toNanos(1)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        mutex.unlock();
      }
    });
    t.start();
    return t;
  }

  private void awaitQueued(ThreadRecord r) throws InterruptedException {
    for (int i = 0; i < 10_000; i++) {
      mutex.lock();
      try {
        if (queue.queued(r)) return;
      } finally {
        mutex.unlock();
      }
      Thread.sleep(1);
    }
    throw new AssertionError("the waiter never queued");
  }
}
