package dev.kaa.objects;

import java.util.function.Supplier;

/**
 * Whether some interpreter in this process runs without a GIL ({@code -X gil=off}): built-in containers then guard
 * their own state with their monitors (docs/free-threading.md). Kept here, not beside the GIL, because the object
 * model reads it on every container operation and must not depend on the runtime above it.
 */
public final class FreeThreading {
  private FreeThreading() {}

  /** A plain static flag, set once and never cleared: one read on each container operation. */
  private static volatile boolean enabled;

  /** Whether built-in objects must guard themselves against concurrent threads. */
  public static boolean enabled() { return enabled; }

  /** Called when an interpreter starts without a GIL. */
  public static void enable() { enabled = true; }

  /**
   * Runs {@code change} holding {@code owner}'s monitor when free-threaded, else simply. The hottest operations
   * (list/deque/bytearray append) spell this out instead: a capturing lambda is an allocation in the interpreter.
   */
  public static void locked(Object owner, Runnable change) {
    if (!enabled) {
      change.run();
      return;
    }
    synchronized (owner) {
      change.run();
    }
  }

  /** {@link #locked(Object, Runnable)} for a change with a result. */
  public static <T> T locked(Object owner, Supplier<T> change) {
    if (!enabled) return change.get();
    synchronized (owner) {
      return change.get();
    }
  }
}
