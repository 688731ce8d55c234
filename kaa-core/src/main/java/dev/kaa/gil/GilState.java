package dev.kaa.gil;

/** Where a thread stands with its interpreter's GIL; the first three are the lanes of a trace. */
public enum GilState {
  /** Holding the lock, running Python code (or, without a lock, simply running it). */
  RUNNING,
  /** Asking for the lock: from the request until it has it. */
  WAITING,
  /** In a blocking call run with the lock released ({@link dev.kaa.runtime.Gil#releaseDuring}). */
  BLOCKED,
  /** Not running Python: before its first request, after its function returned. */
  OUTSIDE
}
