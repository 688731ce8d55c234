package dev.kaa.modules.weakref;

import dev.kaa.interp.Eval;
import dev.kaa.objects.InstanceAttributes;
import dev.kaa.objects.PyObject;
import dev.kaa.runtime.Interpreter;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An interpreter's weak references, by the object they refer to: one Java {@link WeakReference} per object
 * ({@link Referent}) holds, in CPython's order, the Python weakrefs to it (themselves held weakly, so that a weakref
 * nobody keeps dies without calling its callback, as in CPython). When the JVM's collector finds an object dead, its
 * referent is queued; a watcher thread hands it to the interpreter, whose next safe point runs the callbacks holding
 * the GIL. {@code gc.collect()} runs a collection and then the callbacks of every object found dead at once.
 * See docs/weakref.md.
 */
public final class WeakrefRegistry {
  private final Interpreter interp;
  private final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
  /** Referents by object identity; guarded by this registry's monitor (threads may run without a GIL). */
  private final Map<Object, Referent> table = new HashMap<>();
  /** Referents the watcher found dead, waiting for a safe point. */
  private final ConcurrentLinkedQueue<Referent> dead = new ConcurrentLinkedQueue<>();
  private volatile boolean watching;

  static {
    InstanceAttributes.installWeakrefLookup(o -> {
      Interpreter interp = Interpreter.current();
      if (interp == null) return null;
      List<WeakLink> links = of(interp).refs(o);
      return links.isEmpty() ? null : (PyObject) links.get(0);
    });
  }

  private WeakrefRegistry(Interpreter interp) {
    this.interp = interp;
    interp.onSafePoint(this::runPendingCallbacks);
  }

  /** Whether a weakref with a callback (or of a subclass) was ever made here: a collection may then run code. */
  public boolean hasCallbacks() { return watching; }

  public static WeakrefRegistry of(Interpreter interp) {
    return interp.moduleState(WeakrefRegistry.class, WeakrefRegistry::new);
  }

  /** The weak references to one object: basic ref and proxy first, then those with callbacks, newest first. */
  static final class Referent extends WeakReference<PyObject> {
    final int hash;
    final List<WeakReference<WeakLink>> refs = new ArrayList<>();

    Referent(PyObject o, ReferenceQueue<PyObject> queue) {
      super(o, queue);
      hash = System.identityHashCode(o);
    }

    @Override public int hashCode() { return hash; }

    @Override public boolean equals(Object other) {
      return this == other || other instanceof Probe p && p.target == get();
    }

    /** The live weakrefs, in order; forgets the dead ones. */
    List<WeakLink> live() {
      List<WeakLink> out = new ArrayList<>(refs.size());
      refs.removeIf(w -> {
        WeakLink r = w.get();
        if (r != null) out.add(r);
        return r == null;
      });
      return out;
    }
  }

  /** Looks a referent up by its object. */
  private record Probe(PyObject target) {
    @Override public int hashCode() { return System.identityHashCode(target); }

    @Override public boolean equals(Object other) { return other instanceof Referent r && r.get() == target; }
  }

  /** The referent of {@code o}, or null when nothing refers to it weakly. */
  synchronized Referent find(PyObject o) { return table.get(new Probe(o)); }

  /** The referent of {@code o}, made when it has none. */
  synchronized Referent referent(PyObject o) {
    Referent r = find(o);
    if (r == null) {
      r = new Referent(o, queue);
      table.put(r, r);
    }
    return r;
  }

  /**
   * Adds {@code link} to {@code r}'s list at CPython's place: the basic ref first, then the basic proxy, then those
   * with callbacks, newest first.
   */
  synchronized void add(Referent r, WeakLink link) {
    int at = 0;
    if (link.isBasicProxy()) {
      at = firstIsBasicRef(r) ? 1 : 0;
    } else if (!link.isBasicRef()) {
      for (WeakReference<WeakLink> w : r.refs) {
        WeakLink e = w.get();
        if (e == null || !e.isBasicRef() && !e.isBasicProxy()) break;
        at++;
      }
    }
    r.refs.add(at, new WeakReference<>(link));
    if (!link.isBasicRef() && !link.isBasicProxy() && !watching) startWatcher();
  }

  private static boolean firstIsBasicRef(Referent r) {
    WeakLink first = r.refs.isEmpty() ? null : r.refs.get(0).get();
    return first != null && first.isBasicRef();
  }

  /** The basic ref or basic proxy of {@code r} ({@code proxy}: which), or null. */
  synchronized WeakLink basic(Referent r, boolean proxy) {
    for (WeakLink l : r.live()) if (proxy ? l.isBasicProxy() : l.isBasicRef()) return l;
    return null;
  }

  /**
   * A daemon thread waiting on the queue for objects the collector found dead. It holds this registry only weakly
   * and ends soon after the interpreter is gone.
   */
  private void startWatcher() {
    watching = true;
    WeakReference<WeakrefRegistry> self = new WeakReference<>(this);
    ReferenceQueue<PyObject> q = queue;
    Thread t = new Thread(() -> watch(self, q), "kaa-weakref-watcher");
    t.setDaemon(true);
    t.start();
  }

  // blocking: a thread of Kaa's own, not a Python thread (holds no GIL)
  private static void watch(WeakReference<WeakrefRegistry> self, ReferenceQueue<PyObject> q) {
    try {
      while (true) {
        Reference<? extends PyObject> died = q.remove(1000);
        WeakrefRegistry registry = self.get();
        if (registry == null) return;
        if (died instanceof Referent r) {
          registry.dead.add(r);
          Eval.requestSafePoint();
        }
      }
    } catch (InterruptedException e) {
      // the JVM is ending
    }
  }

  /** At a safe point: the callbacks of objects the watcher found dead. */
  private void runPendingCallbacks() {
    for (Referent r = dead.poll(); r != null; r = dead.poll()) cleared(r);
  }

  /**
   * {@code gc.collect()}'s part: every object found dead by the collection just run has its callbacks called now.
   * Returns how many objects died.
   */
  public int collect() {
    List<Referent> gone = new ArrayList<>();
    synchronized (this) {
      for (Referent r : table.values()) if (r.get() == null) gone.add(r);
    }
    for (Referent r : gone) cleared(r);
    runPendingCallbacks();
    return gone.size();
  }

  /** An object died: its weakrefs lose it, and their callbacks run in CPython's order. */
  private void cleared(Referent r) {
    List<WeakLink> links;
    synchronized (this) {
      if (table.remove(r) == null) return;
      links = r.live();
    }
    for (WeakLink link : links) link.died(interp);  // Python code: not under the monitor
  }

  /** {@code getweakrefcount(o)}. */
  synchronized int count(PyObject o) {
    Referent r = find(o);
    return r == null ? 0 : r.live().size();
  }

  /** {@code getweakrefs(o)}. */
  synchronized List<WeakLink> refs(PyObject o) {
    Referent r = find(o);
    return r == null ? List.of() : r.live();
  }
}
