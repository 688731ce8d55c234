package dev.kaa.modules.thread;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.HeapInstance;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code _thread._local}: attributes that each thread sees its own of. A thread that first touches the object gets a
 * new {@code __dict__}, then {@code __init__} runs again with the arguments the object was made with, as CPython does
 * for subclasses.
 *
 * <p>The dicts live in the object (by thread, held weakly), not in a Java {@link ThreadLocal}: a ThreadLocal's value
 * is held by its thread, so a dict referring back to its local object (a cycle, {@code x.local.x = x}) would keep it
 * alive as long as the thread runs. As in CPython, a thread's dicts are dropped when it ends ({@link #threadEnded}).
 */
public class PyThreadLocal extends PyObject implements HeapInstance {
  public static final PyType TYPE = new PyType("_thread._local", PyType.IMMUTABLE | PyType.BASETYPE
      | PyType.WEAKREFABLE, PyThreadLocal.class, PyType.OBJECT);

  static {
    TYPE.setInstancesHaveDict();  // its own read-only __dict__ (per thread): subclasses add no other
  }

  /** The locals the calling thread has a dict in, so that its end can drop them. */
  private static final ThreadLocal<List<WeakReference<PyThreadLocal>>> TOUCHED = ThreadLocal.withInitial(ArrayList::new);

  private PyType type;
  private final PyObject[] slots;
  private final PyObject[] args;
  private final PyDict kwargs;
  /** Each thread's dict; guarded by itself. */
  private final Map<Thread, PyDict> dicts = new WeakHashMap<>();
  /** The dict the last lookup found, so a thread using the object again skips the map: most locals see one thread. */
  private volatile Last last;

  private record Last(Thread thread, PyDict dict) {}

  private PyThreadLocal(PyType type, PyObject[] args, PyDict kwargs) {
    this.type = type;
    this.slots = HeapInstance.newSlots(type);
    this.args = args;
    this.kwargs = kwargs;
    put(new PyDict());
  }

  @Override public PyType type() { return type; }

  @Override public void setType(PyType t) { type = t; }

  @Override public PyObject[] slots() { return slots; }

  @Override public void setDict(PyDict d) { put(d); }

  /** This thread's attributes; made (and {@code __init__} run) on a thread's first use. */
  @Override public PyDict dict() {
    Thread thread = Thread.currentThread();
    Last seen = last;
    if (seen != null && seen.thread == thread) return seen.dict;
    PyDict d;
    synchronized (dicts) {
      d = dicts.get(thread);
    }
    if (d != null) {
      last = new Last(thread, d);
      return d;
    }
    d = new PyDict();
    put(d);
    PyObject init = type.lookup("__init__");
    if (init != null && init != PyType.OBJECT.lookup("__init__")) {
      PyObject[] all = new PyObject[args.length + 1];
      all[0] = this;
      System.arraycopy(args, 0, all, 1, args.length);
      Abstract.callWithKeywords(init, all, kwargs);
    }
    return d;
  }

  /** Makes {@code d} the calling thread's dict. */
  private void put(PyDict d) {
    Thread thread = Thread.currentThread();
    PyDict before;
    synchronized (dicts) {
      before = dicts.put(thread, d);
    }
    if (before == null) {
      List<WeakReference<PyThreadLocal>> touched = TOUCHED.get();
      if (touched.size() >= 16 && Integer.bitCount(touched.size()) == 1) {
        touched.removeIf(r -> r.get() == null);  // at each power of two: dead locals do not pile up
      }
      touched.add(new WeakReference<>(this));
    }
    last = new Last(thread, d);
  }

  /** Drops the calling thread's dict. */
  private void drop(Thread thread) {
    synchronized (dicts) {
      dicts.remove(thread);
    }
    Last seen = last;
    if (seen != null && seen.thread == thread) last = null;
  }

  /** The calling thread ends: its dicts in every local go, and what only they kept alive with them (CPython's). */
  static void threadEnded() {
    Thread thread = Thread.currentThread();
    for (WeakReference<PyThreadLocal> r : TOUCHED.get()) {
      PyThreadLocal local = r.get();
      if (local != null) local.drop(thread);
    }
    TOUCHED.remove();
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    boolean withArgs = args.length > 0 || kwargs != null && kwargs.size() > 0;
    if (withArgs && cls.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
      throw Errors.typeError("Initialization arguments are not supported");
    }
    return new PyThreadLocal(cls, args, kwargs);
  }

  @PyGetter("__dict__") PyObject getDict() { return dict(); }
}
