package dev.kaa.objects;

import java.util.function.Supplier;

/**
 * An instance of a class that has {@code __del__} ({@link PyInstance#of}): the JVM tells when it dies, and its
 * interpreter calls {@code __del__} on it, once (PEP 442), at a safe point holding the GIL.
 *
 * <p>Only Java's own finalization hands back the object itself once it is unreachable: a {@code Cleaner} or a
 * phantom reference cannot, and {@code __del__} needs {@code self}. The cost (the JVM registers each such object
 * when it is made) is paid by the classes that have {@code __del__} only. docs/weakref.md, "Finalizers".
 */
public final class FinalizableInstance extends PyInstance {
  /** What an instance made now reports to: the current interpreter's (installed by the runtime), or null. */
  private static volatile Supplier<Finalization> current = () -> null;

  /** Where an interpreter keeps its instances that have {@code __del__}. */
  public interface Finalization {
    /** {@code o} was made: finalize it at the interpreter's end if it is still alive then. */
    void born(FinalizableInstance o);

    /** The JVM found {@code o} unreachable (on its finalizer thread): keep it until {@link #schedule}. */
    void dying(FinalizableInstance o);

    /** An instance is being made: the {@code __del__} of those found dead run at the next safe point. */
    void schedule();
  }

  public static void install(Supplier<Finalization> finalization) { current = finalization; }

  /**
   * Whether instances found dead wait for {@link Finalization#schedule}. CPython 3.12 runs its collector from the
   * eval breaker after an allocation asked for it, so {@code __del__} of garbage runs at a point the program's own
   * allocations decide, not between any two instructions; the JVM finds garbage at its own times, so the dead wait
   * until the program makes an instance ({@link PyInstance#of}), a collection or the end.
   */
  private static volatile boolean dyingWait;

  /** At an allocation: has the current interpreter run the {@code __del__} of the instances found dead soon. */
  static void scheduleIfDying() {
    if (!dyingWait) return;
    dyingWait = false;
    Finalization f = current.get();
    if (f != null) f.schedule();
  }

  private final Finalization finalization;
  /** Whether {@code __del__} has been called ({@code gc.is_finalized}); guarded by this. */
  private boolean finalized;

  FinalizableInstance(PyType type) {
    super(type);
    finalization = current.get();
    if (finalization != null) finalization.born(this);
  }

  /** Marks the instance finalized: true the first time only, when its {@code __del__} is to be called. */
  public synchronized boolean startFinalizing() {
    if (finalized) return false;
    finalized = true;
    return true;
  }

  public synchronized boolean finalized() { return finalized; }

  @SuppressWarnings({"deprecation", "removal"})  // the one JVM mechanism that gives the dead object back
  @Override protected void finalize() {
    if (finalization == null) return;
    finalization.dying(this);
    dyingWait = true;
  }
}
