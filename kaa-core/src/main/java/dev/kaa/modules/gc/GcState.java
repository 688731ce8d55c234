package dev.kaa.modules.gc;

import dev.kaa.objects.PyList;
import dev.kaa.runtime.Interpreter;

/** What {@code gc} remembers per interpreter: switches, thresholds, counts and its two lists. */
final class GcState {
  final PyList garbage = new PyList();
  final PyList callbacks = new PyList();
  boolean enabled = true;
  /** A collection is running (its __del__ calls among it): faulthandler's report says so. */
  volatile boolean collecting;
  /** {@link IdleCollection#allocated} when the last collection ended: an idle one needs the program to have allocated. */
  volatile long allocatedAtCollection = -1;
  /** When the last collection ended (System.nanoTime) and how long it took, in nanoseconds. */
  volatile long collectionEnded, collectionLength;
  int debug;
  final int[] thresholds = {700, 10, 10};
  final long[] collections = new long[3];
  final long[] collectedCounts = new long[3];

  static GcState of(Interpreter interp) { return interp.moduleState(GcState.class, i -> new GcState()); }

  void collected(int generation, int count) {
    collections[generation]++;
    collectedCounts[generation] += count;
  }
}
