package dev.kaa.runtime;

import dev.kaa.interp.Eval;
import dev.kaa.objects.FinalizableInstance;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.Special;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An interpreter's {@code __del__} calls. The JVM reports an instance that has {@code __del__} once it is unreachable
 * ({@link FinalizableInstance}), on its own finalizer thread; the object waits here until the program next makes an
 * instance, which schedules its {@code __del__} for the next safe point (as CPython 3.12's allocations schedule its
 * collector on the eval breaker), or until {@code gc.collect()} or the interpreter's end. It runs on a thread of
 * this interpreter holding the GIL, once per object; what it raises is reported as unraisable, as CPython's. At the
 * end those still alive are finalized too, as CPython's finalization clears the modules that keep them. The
 * {@code _io} streams that may hold written data and are dropped open come here too ({@link DroppedStream}), to be
 * closed at the next safe point (docs/io.md). docs/weakref.md, "Finalizers".
 */
public final class Finalizers implements FinalizableInstance.Finalization {
  private final Interpreter interp;
  /** Instances the JVM found dead, waiting for an allocation to schedule their {@code __del__}. */
  private final ConcurrentLinkedQueue<FinalizableInstance> dying = new ConcurrentLinkedQueue<>();
  /** Instances whose {@code __del__} runs at the next safe point. */
  private final ConcurrentLinkedQueue<FinalizableInstance> ready = new ConcurrentLinkedQueue<>();
  /**
   * A loop over {@link #ready} is calling {@code __del__} methods: the safe points inside them leave the rest to it,
   * which calls them one after another, as CPython's collection does, rather than each inside the previous.
   */
  private final AtomicBoolean running = new AtomicBoolean();
  /** Every instance made, for the end; guarded by itself. Dead entries leave at each doubling. */
  private final List<WeakReference<FinalizableInstance>> made = new ArrayList<>();
  private int purgeAt = 64;
  /** Whether an instance with {@code __del__} or a writing stream was ever made here: if not, nothing to wait for. */
  private volatile boolean used;
  /** The streams the program dropped open. */
  private final DroppedStreams droppedStreams = new DroppedStreams();

  /**
   * An {@code _io} stream that may hold written data: dropped while open, it is closed (so flushed) as CPython's
   * {@code iobase_finalize} closes one when it is freed, instead of losing its data with its buffer.
   */
  public interface DroppedStream {
    /** Its place among the streams made: a batch closes oldest first, so the last write to a file is the last. */
    long serial();

    /** The file it writes to, when it was opened by name (else null): see {@link DroppedStreams}. */
    String fileKey();

    /** Closes it, on a thread of the interpreter holding the GIL; what closing raises is dropped, as CPython's. */
    void closeDropped();
  }

  private Finalizers(Interpreter interp) {
    this.interp = interp;
    interp.onSafePoint(this::runReady);
  }

  static Finalizers of(Interpreter interp) { return interp.moduleState(Finalizers.class, Finalizers::new); }

  /** The calling thread's interpreter's, or null when no interpreter runs on it. */
  public static Finalizers current() {
    Interpreter interp = Interpreter.current();
    return interp == null ? null : of(interp);
  }

  /** Whether an instance with {@code __del__} or a stream that may be dropped open was ever made: a collection may then run code. */
  public boolean mayRunCode() { return used; }

  /** A stream that may be dropped open was made: collections must look for it from now on. */
  public void streamMade() { used = true; }

  /** A stream that may be dropped open is open on {@code fileKey} (null: no named file). */
  public void streamOpen(long serial, String fileKey) { droppedStreams.opened(serial, fileKey); }

  /** The stream was closed by the program, or its being dropped no longer counts. */
  public void streamClosed(long serial, String fileKey) { droppedStreams.closed(serial, fileKey); }

  /** The JVM found an open stream unreachable (on its finalizer thread): closed at the next safe point. */
  public void streamDropped(DroppedStream s) { droppedStreams.dropped(s); }

  /**
   * The descriptor table is full: has the JVM find the streams the program dropped open and closes them now (the
   * caller then takes the descriptors they gave back), as CPython would have closed each when it was freed.
   */
  @SuppressWarnings({"deprecation", "removal"})  // the JVM's wait for its finalizer thread
  public static void closeDroppedStreams(Interpreter interp) {
    if (interp == null) return;
    Finalizers f = of(interp);
    if (!f.used) return;
    fullCollection();
    System.runFinalization();
    System.runFinalization();
    f.droppedStreams.close(true);
  }

  @Override public void born(FinalizableInstance o) {
    used = true;
    synchronized (made) {
      if (made.size() >= purgeAt) {
        made.removeIf(r -> r.get() == null);
        purgeAt = Math.max(64, made.size() * 2);
      }
      made.add(new WeakReference<>(o));
    }
  }

  @Override public void dying(FinalizableInstance o) { dying.add(o); }

  @Override public void schedule() {
    boolean any = false;
    for (FinalizableInstance o = dying.poll(); o != null; o = dying.poll()) {
      ready.add(o);
      any = true;
    }
    if (any) Eval.requestSafePoint();
  }

  /** At a safe point: the {@code __del__} of the instances scheduled. */
  private void runReady() {
    if (!running.compareAndSet(false, true)) return;  // the loop running now takes these up after its own
    try {
      droppedStreams.close(false);
      for (FinalizableInstance o = ready.poll(); o != null; o = ready.poll()) finalize(o);
    } finally {
      doneRunning();
    }
  }

  /** The {@code __del__} of every instance found dead. Returns how many ran. */
  private int runAll() {
    droppedStreams.close(true);
    schedule();
    boolean outer = running.compareAndSet(false, true);
    int n = 0;
    try {
      for (FinalizableInstance o = ready.poll(); o != null; o = ready.poll()) {
        if (finalize(o)) n++;
      }
    } finally {
      if (outer) doneRunning();
    }
    return n;
  }

  /** Ends a run; what was scheduled after its last look waits for the next safe point. */
  private void doneRunning() {
    running.set(false);
    if (!ready.isEmpty()) Eval.requestSafePoint();
  }

  /** Calls {@code o.__del__()} unless it was called before; true if it was called now. */
  private boolean finalize(FinalizableInstance o) {
    if (!o.startFinalizing()) return false;
    PyObject del = o.type().lookupSpecial(Special.DEL);
    if (del == null) return false;  // the class lost its __del__ (or the object its class) since
    try {
      dev.kaa.objects.Abstract.callMethod(o, del, new PyObject[0], 0, 0, null);
    } catch (PyException e) {
      interp.printUnraisable("Exception ignored in", del, e.value());
    }
    return true;
  }

  /**
   * A full JVM collection that returns once the JVM's reference handler has taken up what it found dead: a
   * reference to an object that nobody holds, made before, has then been queued (the handler walks the whole list
   * the collection found at once).
   */
  public static void fullCollection() {
    ReferenceQueue<Object> queue = new ReferenceQueue<>();
    WeakReference<Object> sentinel = new WeakReference<>(new Object(), queue);
    System.gc();
    try {
      queue.remove(SENTINEL_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Reference.reachabilityFence(sentinel);
  }

  /** The longest wait for the reference handler after a collection. */
  static final long SENTINEL_WAIT_MILLIS = 1000;

  /**
   * {@code gc.collect()}'s part, after {@link #fullCollection}: has the JVM run the finalization of what it found
   * dead (twice: the handler may still have been queueing the end of its list the first time), and calls the
   * {@code __del__} of those instances. Returns how many ran.
   */
  @SuppressWarnings({"deprecation", "removal"})  // the JVM's wait for its finalizer thread
  public static int collect(Interpreter interp) {
    Finalizers f = of(interp);
    if (!f.used) return 0;
    System.runFinalization();
    System.runFinalization();
    return f.runAll();
  }

  /** The interpreter's end: the instances still alive are finalized, oldest first, after those already dead. */
  static void atExit(Interpreter interp) {
    Finalizers f = of(interp);
    if (!f.used) return;
    fullCollection();
    collect(interp);
    List<WeakReference<FinalizableInstance>> alive;
    synchronized (f.made) {
      alive = new ArrayList<>(f.made);
      f.made.clear();
    }
    for (WeakReference<FinalizableInstance> r : alive) {
      FinalizableInstance o = r.get();
      if (o != null) f.finalize(o);
    }
  }
}
