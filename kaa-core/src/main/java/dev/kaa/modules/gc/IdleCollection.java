package dev.kaa.modules.gc;

import dev.kaa.modules.weakref.WeakrefRegistry;
import dev.kaa.runtime.Finalizers;
import dev.kaa.runtime.GilPolicy;
import dev.kaa.runtime.Interpreter;

/**
 * A collection when the program waits. CPython frees an object the moment its last reference goes, so its weakref
 * callbacks and {@code __del__} run then, and programs wait for what they do: a thread pool's workers end when the
 * dropped pool's weakref callback wakes them ({@code del executor; t.join()}), a process pool's worker frees a task's
 * arguments once it has run it. Here such objects die at the JVM's next collection, and a program that waits
 * allocates nothing, so it has none: it would wait for ever.
 *
 * <p>So when the thread that runs pending calls (the main one) has been waiting {@link #IDLE_NANOS} in one blocking
 * call, no thread is running Python, the interpreter has something a collection may run (instances with
 * {@code __del__}, weakrefs with callbacks, streams dropped open), the program has allocated since the last collection
 * (the JVM's count of bytes its threads allocated: the heap's occupancy moves only when a thread takes a new
 * allocation buffer, which a little work may not need) and at least ten times that collection's length has passed,
 * the wait stops as it does for a signal, the main thread runs a collection ({@code gc.collect()}'s work, as
 * CPython's automatic collection would have, {@code gc.callbacks} included) and the wait goes on. The next one in
 * the same wait comes no sooner than twice as long after (0.1, 0.3, 0.7, 1.5 s...): what another thread lets go of
 * later is still collected, and a long wait beside threads that allocate pays a few collections, not ten a second;
 * the gap after each collection keeps them under a tenth of the time whatever the program's waits are like.
 * {@code gc.disable()} turns it off, as it turns off CPython's automatic collections. docs/weakref.md.
 */
public final class IdleCollection {
  private IdleCollection() {}

  /** How long the main thread waits before the first collection. */
  static final long IDLE_NANOS = 100_000_000L;

  /** One wait of the main thread (from the start of a blocking call to its end): when it may stop for a collection. */
  public static final class Wait {
    private long next, gap;

    /** The wait begins at {@code now} (System.nanoTime). */
    public void start(long now) {
      gap = IDLE_NANOS;
      next = now + gap;
    }

    /** At a tick of the wait: whether to collect now (the next collection then comes twice as long after). */
    public boolean due(long now) {
      if (now - next < 0 || !worthCollecting()) return false;
      gap *= 2;
      next = now + gap;
      return true;
    }
  }

  /** Whether a collection now may run code and find something: see the class comment. */
  private static boolean worthCollecting() {
    Interpreter interp = Interpreter.current();
    // free-threaded, other threads may be running Python while this one waits: a collection would stop them
    if (interp == null || interp.gil().policy() == GilPolicy.OFF) return false;
    GcState state = GcState.of(interp);
    if (!state.enabled || state.collecting || allocated() == state.allocatedAtCollection) return false;
    if (System.nanoTime() - state.collectionEnded < 10 * state.collectionLength) return false;
    Finalizers finalizers = Finalizers.current();
    boolean consequences = finalizers != null && finalizers.mayRunCode() || WeakrefRegistry.of(interp).hasCallbacks();
    return consequences && interp.gil().nobodyRunsPython();
  }

  /** The collection, run as a pending call by the main thread (the GIL held). */
  public static void collect() {
    Interpreter interp = Interpreter.current();
    if (interp != null) GcModule.collect(interp, 2);
  }

  /**
   * How much the JVM's threads have allocated so far (bytes); where the JVM does not count, the heap in use, which
   * grows only by whole allocation buffers.
   */
  static long allocated() {
    long bytes = Allocations.total();
    if (bytes >= 0) return bytes;
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** The JVM's management interface, loaded at the first idle tick: a program that never waits does not pay for it. */
  private static final class Allocations {
    private static final java.lang.management.ThreadMXBean THREADS = threads();

    private static java.lang.management.ThreadMXBean threads() {
      try {
        return java.lang.management.ManagementFactory.getThreadMXBean();
      } catch (Throwable t) {  // a runtime without java.management
        return null;
      }
    }

    static long total() {
      return THREADS instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemoryEnabled()
          ? t.getTotalThreadAllocatedBytes() : -1;
    }
  }
}
