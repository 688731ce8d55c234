package dev.kaa.modules.thread;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Addresses;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.HeapInstance;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.concurrent.Semaphore;

/**
 * {@code _thread.RLock}: a lock its owner may take again, released when the owner has released it as many times;
 * the methods {@code threading.Condition} uses ({@code _is_owned}, {@code _release_save}, {@code _acquire_restore}).
 */
public class PyRLock extends PyObject {
  public static final PyType TYPE = new PyType("_thread.RLock", PyType.IMMUTABLE | PyType.BASETYPE
      | PyType.WEAKREFABLE, PyRLock.class, PyType.OBJECT);

  private Semaphore permit = new Semaphore(1);
  /** The owner's {@code get_ident()}, 0 when none. Written only by the owner. */
  private volatile long owner;
  private long count;

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return cls == TYPE ? new PyRLock() : new Derived(cls);
  }

  private boolean ownedByMe() { return count > 0 && owner == ThreadModule.ident(); }

  @PyMethod(value = "acquire", positionalOnly = 0)
  PyObject acquire(@PyMethod.Opt PyObject blocking, @PyMethod.Opt PyObject timeout) {
    long nanos = LockTimeout.nanos(blocking, timeout);
    long me = ThreadModule.ident();
    if (count > 0 && owner == me) {
      if (count == Integer.MAX_VALUE * 2L + 1) throw Errors.overflowError("Internal lock count overflowed");
      count++;
      return PyBool.TRUE;
    }
    if (!Waits.take(permit, nanos)) return PyBool.FALSE;
    owner = me;
    count = 1;
    return PyBool.TRUE;
  }

  @PyMethod("__enter__") PyObject enter() { return acquire(null, null); }

  @PyMethod("release") void release() {
    if (!ownedByMe()) throw Errors.of(ExceptionTypes.RuntimeError, "cannot release un-acquired lock");
    if (--count == 0) {
      owner = 0;
      permit.release();
    }
  }

  @PyMethod("__exit__") void exit(@PyMethod.Star PyObject[] args) { release(); }

  @PyMethod("_is_owned") PyObject isOwned() { return PyBool.of(ownedByMe()); }

  @PyMethod("_recursion_count") PyObject recursionCount() { return PyInt.of(ownedByMe() ? count : 0); }

  /** Releases the lock completely; returns {@code (count, owner)} for {@link #acquireRestore}. */
  @PyMethod("_release_save") PyObject releaseSave() {
    if (count == 0) throw Errors.of(ExceptionTypes.RuntimeError, "cannot release un-acquired lock");
    PyObject state = PyTuple.wrap(new PyObject[] {PyInt.of(count), PyInt.of(owner)});
    count = 0;
    owner = 0;
    permit.release();
    return state;
  }

  @PyMethod("_acquire_restore") void acquireRestore(PyObject state) {
    if (!(state instanceof PyTuple t) || t.size() != 2) {
      throw Errors.typeError("_acquire_restore() argument 1 must be 2-item sequence, not %s", state.type().name());
    }
    Waits.take(permit, LockTimeout.FOREVER);
    owner = Abstract.indexValue(t.get(1));
    count = Abstract.indexValue(t.get(0));
  }

  @PyMethod("_at_fork_reinit") void atForkReinit() {
    permit = new Semaphore(1);
    owner = 0;
    count = 0;
  }

  @PyMethod("__repr__") PyObject repr() {
    long o = owner;
    return new PyStr("<" + (count > 0 ? "locked" : "unlocked") + " " + type().builtinTpName()
        + " object owner=" + o + " count=" + count + " at " + Addresses.of(this)
        + ">");
  }

  /** An instance of a Python subclass of RLock. */
  static final class Derived extends PyRLock implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type) {
      this.type = type;
      this.dict = HeapInstance.newDict(type);
      this.slots = HeapInstance.newSlots(type);
    }

    @Override public PyType type() { return type; }

    @Override public void setType(PyType t) { type = t; }

    @Override public PyDict dict() { return dict; }

    @Override public void setDict(PyDict d) { dict = d; }

    @Override public PyObject[] slots() { return slots; }
  }
}
