package dev.kaa.interp;

/**
 * What a thread does for its interpreter at a safe point (a loop's backward jump, a frame's start) once the eval
 * breaker is set ({@link Eval#requestSafePoint}): hand the GIL to a thread that asked for it, run the callbacks of
 * weak references whose objects died. Set per thread with {@link ThreadState#setSafePoint}.
 */
public interface SafePoint {
  void reached();
}
