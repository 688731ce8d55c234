package dev.kaa.modules.thread;

import java.lang.ref.WeakReference;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A JVM collection soon after Python threads end. CPython frees a finished thread's function, arguments and frames
 * at once (reference counting), so weakref callbacks on them run without {@code gc.collect()}; programs and tests
 * wait for that ("the only reliable way to be sure that the thread ended"). Here they die at the next collection,
 * which an idle program may never have: one is asked for {@link #DELAY_MILLIS} after a thread ends, and at most one
 * per {@link #GAP_MILLIS}, so a pool ending many threads pays one collection per second, not one per thread. The
 * weakref watcher then hands the dead objects to the interpreter's next safe point (docs/weakref.md).
 *
 * <p>Only when no collection ran meanwhile: a program still allocating has its young collections anyway, and the
 * JVM's full collection ({@code System.gc()}) walks all of eden, 15-75 ms with a free-threaded run's 512 MB young
 * generation: a pause of every thread each second in a program whose threads come and go (docs/free-threading.md).
 */
final class ThreadEndCollector {
  private ThreadEndCollector() {}

  /** How long after a thread's end the collection runs: ends meanwhile share it. */
  static final long DELAY_MILLIS = 100;
  /** The shortest time between two such collections. */
  static final long GAP_MILLIS = 1000;

  /** Whether a collection is scheduled; guarded by the class. */
  private static boolean due;
  /** When the last one ran ({@link System#nanoTime}); guarded by the class. */
  private static long lastNanos = System.nanoTime() - GAP_MILLIS * 1_000_000;
  private static ScheduledExecutorService timer;
  /** Cleared by the first collection after the ends the scheduled one is for; guarded by the class. */
  private static WeakReference<Object> sinceEnd;

  /** A Python thread has ended: a collection will run soon, unless one is already due. */
  static synchronized void threadEnded() {
    if (due) return;
    due = true;
    sinceEnd = new WeakReference<>(new Object());
    long sinceLast = (System.nanoTime() - lastNanos) / 1_000_000;
    if (timer == null) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kaa-thread-end-gc");
        thread.setDaemon(true);
        return thread;
      });
    }
    timer.schedule(ThreadEndCollector::collect, Math.max(DELAY_MILLIS, GAP_MILLIS - sinceLast), TimeUnit.MILLISECONDS);
  }

  private static void collect() {
    synchronized (ThreadEndCollector.class) {
      due = false;
      if (sinceEnd.get() == null) return;  // a collection ran since the threads ended
      lastNanos = System.nanoTime();
    }
    System.gc();
  }
}
