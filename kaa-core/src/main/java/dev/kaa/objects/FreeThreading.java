package dev.kaa.objects;

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
}
