package dev.kaa.modules.gc;

import dev.kaa.interp.Frame;
import dev.kaa.interp.ThreadState;
import dev.kaa.modules.weakref.WeakrefRegistry;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.FinalizableInstance;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.Finalizers;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code gc} module over the JVM's collector. {@code collect()} asks the JVM for a full collection
 * ({@link System#gc}) and then runs, at once, the weakref callbacks of the objects it found dead; it returns how
 * many such objects (those weakly referenced) died, since the JVM does not count the rest. The generations,
 * thresholds and counts are CPython's numbers, kept for programs that read or set them. docs/weakref.md.
 */
public final class GcModule {
  private GcModule() {}

  public static final String NAME = "gc";

  static final int DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32;

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("This module provides access to the garbage collector for reference "
        + "cycles.\n\nKaa runs on the JVM's collector: see docs/weakref.md for what each function can tell."), interp);
    m.addFunctions(GcModule.class);
    GcState state = GcState.of(interp);
    m.put("garbage", state.garbage);
    m.put("callbacks", state.callbacks);
    m.put("DEBUG_STATS", PyInt.of(DEBUG_STATS));
    m.put("DEBUG_COLLECTABLE", PyInt.of(DEBUG_COLLECTABLE));
    m.put("DEBUG_UNCOLLECTABLE", PyInt.of(DEBUG_UNCOLLECTABLE));
    m.put("DEBUG_SAVEALL", PyInt.of(DEBUG_SAVEALL));
    m.put("DEBUG_LEAK", PyInt.of(DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL));
    return m;
  }

  private static GcState state(PyModule self) { return GcState.of(self.interpreter()); }

  @PyMethod(value = "collect", positionalOnly = 0,
      doc = "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\n"
          + "may be an integer specifying which generation to collect.  A ValueError\n"
          + "is raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.")
  static PyObject collect(PyModule self, @PyMethod.Opt PyObject generation) {
    long g = generation == null ? 2 : Abstract.indexValue(generation);
    if (g < 0 || g > 2) throw Errors.valueError("invalid generation");
    return PyInt.of(collect(self.interpreter(), (int) g));
  }

  /** How many times a collection goes on while {@code __del__} calls let go of objects that have one too. */
  static final int MAX_FINALIZER_ROUNDS = 4;

  /**
   * A collection of {@code generation}, with the callbacks of {@code gc.callbacks} around it; none (0 collected)
   * while one is already running, from a {@code __del__} or another thread, as CPython's.
   */
  public static int collect(Interpreter interp, int generation) {
    GcState state = GcState.of(interp);
    synchronized (state) {
      if (state.collecting) return 0;
      state.collecting = true;
    }
    int collected;
    long started = System.nanoTime();
    try {
      callbacks(interp, state, "start", generation, 0);
      collected = collectGarbage(interp);
      state.collected(generation, collected);
      callbacks(interp, state, "stop", generation, collected);
    } finally {
      state.collectionEnded = System.nanoTime();
      state.collectionLength = state.collectionEnded - started;
      state.allocatedAtCollection = IdleCollection.allocated();
      state.collecting = false;
    }
    return collected;
  }

  /** Whether {@code interp} is in the middle of a collection. */
  public static boolean collecting(Interpreter interp) { return GcState.of(interp).collecting; }

  private static int collectGarbage(Interpreter interp) {
    // the stale copies the eval loop leaves above its stacks would keep deleted objects alive: this thread's, and
    // those of this interpreter's threads waiting in a call (with a GIL none of them runs Python meanwhile; without
    // one they may, and another interpreter's threads run under their own GIL)
    ThreadState me = ThreadState.current();
    boolean others = interp.gil().policy() != dev.kaa.runtime.GilPolicy.OFF;
    for (ThreadState t : ThreadState.live().values()) {
      if (t != me && !(others && interp.runsOn(t))) continue;
      for (Frame f = t.frame(); f != null; f = f.back()) f.clearPoppedValues();
    }
    Finalizers.fullCollection();
    int collected = WeakrefRegistry.of(interp).collect();  // CPython too calls back before it finalizes
    for (int round = 0; round < MAX_FINALIZER_ROUNDS; round++) {
      int finalized = Finalizers.collect(interp);
      if (finalized == 0) break;
      collected += finalized;
      Finalizers.fullCollection();  // what the __del__ calls let go of, as CPython's one pass frees it
      collected += WeakrefRegistry.of(interp).collect();
    }
    return collected;
  }

  private static void callbacks(Interpreter interp, GcState state, String phase, int generation, int collected) {
    if (state.callbacks.size() == 0) return;
    PyDict info = new PyDict();
    info.put(new PyStr("generation"), PyInt.of(generation));
    info.put(new PyStr("collected"), PyInt.of(collected));
    info.put(new PyStr("uncollectable"), PyInt.of(0));
    for (PyObject cb : state.callbacks.toArray()) {
      try {
        Abstract.call(cb, new PyStr(phase), info);
      } catch (PyException e) {
        interp.printUnraisable("Exception ignored in", cb, e.value());
      }
    }
  }

  @PyMethod("enable") static void enable(PyModule self) { state(self).enabled = true; }

  @PyMethod("disable") static void disable(PyModule self) { state(self).enabled = false; }

  @PyMethod("isenabled") static PyObject isenabled(PyModule self) { return PyBool.of(state(self).enabled); }

  @PyMethod("set_debug") static void setDebug(PyModule self, PyObject flags) {
    state(self).debug = (int) Abstract.indexValue(flags);
  }

  @PyMethod("get_debug") static PyObject getDebug(PyModule self) { return PyInt.of(state(self).debug); }

  @PyMethod("get_count") static PyObject getCount(PyModule self) {
    return PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0));
  }

  @PyMethod("get_threshold") static PyObject getThreshold(PyModule self) {
    int[] t = state(self).thresholds;
    return PyTuple.of(PyInt.of(t[0]), PyInt.of(t[1]), PyInt.of(t[2]));
  }

  @PyMethod("set_threshold") static void setThreshold(PyModule self, PyObject threshold0,
                                                      @PyMethod.Opt PyObject threshold1,
                                                      @PyMethod.Opt PyObject threshold2) {
    int[] t = state(self).thresholds;
    t[0] = (int) Abstract.indexValue(threshold0);
    if (threshold1 != null) t[1] = (int) Abstract.indexValue(threshold1);
    if (threshold2 != null) t[2] = (int) Abstract.indexValue(threshold2);
  }

  @PyMethod("get_stats") static PyObject getStats(PyModule self) {
    GcState state = state(self);
    PyList out = new PyList();
    for (int g = 0; g < 3; g++) {
      PyDict d = new PyDict();
      d.put(new PyStr("collections"), PyInt.of(state.collections[g]));
      d.put(new PyStr("collected"), PyInt.of(state.collectedCounts[g]));
      d.put(new PyStr("uncollectable"), PyInt.of(0));
      out.add(d);
    }
    return out;
  }

  /** Whether the collector tracks {@code obj}: as CPython, atoms and containers of atoms only are not. */
  @PyMethod("is_tracked") static PyObject isTracked(PyModule self, PyObject obj) {
    return PyBool.of(References.tracked(obj));
  }

  /** Whether {@code obj.__del__} has been called: only instances of classes with {@code __del__} ever are. */
  @PyMethod("is_finalized") static PyObject isFinalized(PyModule self, PyObject obj) {
    return PyBool.of(obj instanceof FinalizableInstance f && f.finalized());
  }

  /** The JVM gives no list of live objects: always empty (docs/weakref.md). */
  @PyMethod(value = "get_objects", positionalOnly = 0)
  static PyObject getObjects(PyModule self, @PyMethod.Opt PyObject generation) {
    if (generation != null && generation != dev.kaa.objects.PyNone.NONE) {
      long g = Abstract.indexValue(generation);
      if (g >= 3) throw Errors.valueError("generation parameter must be less than the number of available "
          + "generations (3)");
      if (g < 0) throw Errors.valueError("generation parameter cannot be negative");
    }
    return new PyList();
  }

  /** The JVM cannot find who refers to an object: always empty (docs/weakref.md). */
  @PyMethod("get_referrers") static PyObject getReferrers(PyModule self, @PyMethod.Star PyObject[] objs) {
    return new PyList();
  }

  @PyMethod("get_referents") static PyObject getReferents(PyModule self, @PyMethod.Star PyObject[] objs) {
    PyList out = new PyList();
    for (PyObject o : objs) References.referents(o, out);
    return out;
  }

  @PyMethod("freeze") static void freeze(PyModule self) {}

  @PyMethod("unfreeze") static void unfreeze(PyModule self) {}

  @PyMethod("get_freeze_count") static PyObject getFreezeCount(PyModule self) { return PyInt.of(0); }
}
