package dev.kaa.modules.thread;

import dev.kaa.modules.posix.Interruptible;
import dev.kaa.modules.posix.OsErrors;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Taking a lock's one permit, at once when it is free, else with the GIL released for the wait; Ctrl-C and signal
 * handlers reach the main thread while it waits, and the wait goes on when they do not raise (PEP 475).
 */
final class Waits {
  private Waits() {}

  /** Takes the permit of {@code permit}, waiting up to {@code nanos} ({@link LockTimeout#FOREVER}, 0: not at all). */
  static boolean take(Semaphore permit, long nanos) {
    if (permit.tryAcquire()) return true;
    if (nanos == 0) return false;
    try {
      return Interruptible.poll("lock.acquire", nanos,
          n -> permit.tryAcquire(n, TimeUnit.NANOSECONDS) ? Boolean.TRUE : null) != null;
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }
}
