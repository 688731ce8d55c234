package dev.kaa.objects;

/**
 * How deeply rich comparisons are nested on this thread (CPython counts them against its C recursion limit): two
 * lists that contain themselves compare by recursing forever, and CPython stops that with "maximum recursion depth
 * exceeded in comparison". Per thread, because nesting is a property of one thread's Java stack.
 */
final class ComparisonDepth {
  private ComparisonDepth() {}

  /**
   * CPython 3.12's C recursion limit, which bounds nested comparisons and nested reprs ({@link ReprGuard}): a
   * comparison nested 1,490 deep succeeds there, one 1,510 deep fails.
   */
  static final int C_RECURSION_LIMIT = 1500;

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  /** Counts one more level; returns the counter for {@link #leave}. Raises RecursionError beyond the limit. */
  static int[] enter() {
    int[] depth = DEPTH.get();
    if (depth[0] >= C_RECURSION_LIMIT) {
      throw Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded in comparison");
    }
    depth[0]++;
    return depth;
  }

  static void leave(int[] depth) { depth[0]--; }
}
