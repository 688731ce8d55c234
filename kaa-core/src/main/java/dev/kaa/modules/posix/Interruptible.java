package dev.kaa.modules.posix;

import dev.kaa.interp.Eval;
import java.io.InterruptedIOException;

/**
 * Waits that Ctrl-C and signal handlers can interrupt, as a blocking system call returns EINTR in CPython: a wait
 * lasts at most a tick, then the pending calls run (a handler may raise KeyboardInterrupt) and the caller checks
 * again whether it can go on (PEP 475's retry).
 */
public final class Interruptible {
  private Interruptible() {}

  /** How long one wait lasts before pending calls are looked at, in milliseconds. */
  static final long TICK_MILLIS = 20;

  /**
   * Waits on {@code monitor} (held by the caller) until notified or a tick passes, then runs pending calls.
   */
  // blocking: releases the GIL (issue 6)
  public static void await(Object monitor) throws InterruptedIOException {
    try {
      monitor.wait(TICK_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
    if (!Pump.isPump()) Eval.servicePendingCalls();
  }

  /** Sleeps {@code nanos} nanoseconds, running pending calls every tick ({@code time.sleep}). */
  // blocking: releases the GIL (issue 6)
  public static void sleep(long nanos) throws InterruptedIOException {
    long end = System.nanoTime() + nanos;
    for (long left = nanos; left > 0; left = end - System.nanoTime()) {
      long step = Math.min(left, TICK_MILLIS * 1_000_000);
      try {
        Thread.sleep(step / 1_000_000, (int) (step % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted");
      }
      Eval.servicePendingCalls();
    }
  }
}
