package dev.kaa.runtime;

import dev.kaa.interp.Eval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@code _io} streams a program dropped open, waiting to be closed (so flushed) as CPython closes one when it is
 * freed (docs/io.md). The JVM finds them unreachable in batches, on its finalizer thread; they are closed at the next
 * safe point, oldest first, so that the last write to a file is the one that stays.
 *
 * <p>A collection's batch reaches the queue over a while, and a safe point may come in the middle of it: the streams
 * dropped early in a loop can arrive after later ones. So a dropped stream on a named file waits while a stream made
 * before it on that file is still open, dropped or not yet known to be; {@code gc.collect()}, a full descriptor table
 * and the interpreter's end have the JVM find every dropped stream first, and close them all (after a moment's wait
 * for the last the JVM hands over, {@link #awaitStragglers}). Without the wait,
 * {@code open(p, 'w').write(s)} in a loop could leave an older {@code s} in the file.
 */
final class DroppedStreams {
  /** Found dropped, not yet looked at. */
  private final ConcurrentLinkedQueue<Finalizers.DroppedStream> found = new ConcurrentLinkedQueue<>();
  /** The serials of the streams open on each named file; guarded by itself. */
  private final Map<String, TreeSet<Long>> openOnFile = new HashMap<>();
  /** Dropped, waiting for an older stream on their file; touched only under {@link #draining}. */
  private final List<Finalizers.DroppedStream> held = new ArrayList<>();
  private volatile boolean anyHeld;
  /** One drain at a time: with the GIL off, safe points come on several threads at once. */
  private final ReentrantLock draining = new ReentrantLock();
  /** The longest wait of {@link #awaitStragglers}. */
  private final long stragglerWaitNanos;

  DroppedStreams() { this(STRAGGLER_WAIT_NANOS); }

  /** With a longer straggler wait: a test that must not depend on how soon another thread runs. */
  DroppedStreams(long stragglerWaitNanos) { this.stragglerWaitNanos = stragglerWaitNanos; }

  /** A stream that may be dropped open is open on {@code file} (null: no named file, nothing to wait for). */
  void opened(long serial, String file) {
    if (file == null) return;
    synchronized (openOnFile) {
      openOnFile.computeIfAbsent(file, k -> new TreeSet<>()).add(serial);
    }
  }

  /** The stream was closed (by the program or by {@link #close}), or its being dropped no longer counts. */
  void closed(long serial, String file) {
    if (file == null) return;
    synchronized (openOnFile) {
      TreeSet<Long> open = openOnFile.get(file);
      if (open == null || !open.remove(serial)) return;
      if (open.isEmpty()) openOnFile.remove(file);
    }
    // a dropped stream may have been waiting for this one (a drain closing streams sorts them: none waits there)
    if (anyHeld && !draining.isHeldByCurrentThread()) Eval.requestSafePoint();
  }

  /** From the JVM's finalizer thread: closed at the next safe point. */
  void dropped(Finalizers.DroppedStream s) {
    found.add(s);
    Eval.requestSafePoint();
  }

  /**
   * Closes the streams found dropped, oldest first; unless {@code all}, one whose file has an older stream still
   * open waits for it. A drain already running (on this thread, from a stream's {@code close}, or on another) is
   * left to do the work: waiting for another thread's could wait for the GIL this one holds.
   */
  void close(boolean all) {
    if (found.isEmpty() && !anyHeld || draining.isHeldByCurrentThread() || !draining.tryLock()) return;
    try {
      List<Finalizers.DroppedStream> batch = new ArrayList<>(held);
      held.clear();
      takeFound(batch);
      if (all) awaitStragglers(batch);
      batch.sort(Comparator.comparingLong(Finalizers.DroppedStream::serial));
      for (Finalizers.DroppedStream s : batch) {
        if (!all && olderOpen(s)) {
          held.add(s);
        } else {
          s.closeDropped();
          closed(s.serial(), s.fileKey());
        }
      }
    } finally {
      anyHeld = !held.isEmpty();
      draining.unlock();
    }
  }

  private void takeFound(List<Finalizers.DroppedStream> into) {
    for (Finalizers.DroppedStream s = found.poll(); s != null; s = found.poll()) into.add(s);
  }

  /**
   * For a drain of everything ({@code gc.collect()}, after the JVM ran the finalization of what it found): the JVM's
   * finalizer thread may still be handing over the stream it took last ({@code System.runFinalization} returns once
   * the queue is empty, not once that thread is done). While a stream in the batch has an older one open on its file
   * that is not, wait a moment for it; if it is simply alive, the wait ends at {@link #STRAGGLER_WAIT_NANOS}.
   */
  private void awaitStragglers(List<Finalizers.DroppedStream> batch) {
    long deadline = System.nanoTime() + stragglerWaitNanos;
    while (waitsForOlder(batch) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(STRAGGLER_POLL_NANOS);
      takeFound(batch);
    }
  }

  static final long STRAGGLER_WAIT_NANOS = 20_000_000;
  private static final long STRAGGLER_POLL_NANOS = 200_000;

  /** Whether a stream in {@code batch} has one made before it open on its file, not in {@code batch}. */
  private boolean waitsForOlder(List<Finalizers.DroppedStream> batch) {
    Set<Long> inBatch = new HashSet<>();
    for (Finalizers.DroppedStream s : batch) inBatch.add(s.serial());
    synchronized (openOnFile) {
      for (Finalizers.DroppedStream s : batch) {
        TreeSet<Long> open = s.fileKey() == null ? null : openOnFile.get(s.fileKey());
        if (open == null) continue;
        for (long older : open.headSet(s.serial())) {
          if (!inBatch.contains(older)) return true;
        }
      }
    }
    return false;
  }

  private boolean olderOpen(Finalizers.DroppedStream s) {
    if (s.fileKey() == null) return false;
    synchronized (openOnFile) {
      TreeSet<Long> open = openOnFile.get(s.fileKey());
      return open != null && open.first() < s.serial();
    }
  }
}
