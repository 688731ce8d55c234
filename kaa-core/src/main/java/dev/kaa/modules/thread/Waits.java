package dev.kaa.modules.thread;

import dev.kaa.runtime.Gil;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Taking a lock's one permit, at once when it is free, else with the GIL released for the wait. */
final class Waits {
  private Waits() {}

  /** Takes the permit of {@code permit}, waiting up to {@code nanos} ({@link LockTimeout#FOREVER}, 0: not at all). */
  static boolean take(Semaphore permit, long nanos) {
    if (permit.tryAcquire()) return true;
    if (nanos == 0) return false;
    return Gil.releaseDuring(() -> waitFor(permit, nanos));
  }

  // blocking: releases the GIL (issue 6)
  private static boolean waitFor(Semaphore permit, long nanos) {
    boolean interrupted = false;
    try {
      long deadline = System.nanoTime() + nanos;
      while (true) {
        try {
          if (nanos < 0) {
            permit.acquire();
            return true;
          }
          return permit.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }
}
