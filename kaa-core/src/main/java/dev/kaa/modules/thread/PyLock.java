package dev.kaa.modules.thread;

import dev.kaa.objects.Addresses;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import java.util.concurrent.Semaphore;

/**
 * {@code _thread.lock} ({@code allocate_lock()}, {@code LockType}): a plain lock any thread may release, a
 * one-permit semaphore. A wait for it releases the GIL.
 */
public final class PyLock extends PyObject {
  public static final PyType TYPE = new PyType("_thread.lock", PyType.IMMUTABLE | PyType.WEAKREFABLE, PyLock.class,
      PyType.OBJECT);

  private Semaphore permit = new Semaphore(1);

  @Override public PyType type() { return TYPE; }

  /** Takes the lock, waiting up to {@code nanos} ({@link LockTimeout}); whether it got it. */
  boolean acquire(long nanos) { return Waits.take(permit, nanos); }

  void release() {
    if (permit.availablePermits() > 0) throw Errors.of(ExceptionTypes.RuntimeError, "release unlocked lock");
    permit.release();
  }

  boolean locked() { return permit.availablePermits() == 0; }

  @PyMethod(value = "acquire", positionalOnly = 0)
  PyObject acquirePy(@PyMethod.Opt PyObject blocking, @PyMethod.Opt PyObject timeout) {
    return PyBool.of(acquire(LockTimeout.nanos(blocking, timeout)));
  }

  @PyMethod(value = "acquire_lock", positionalOnly = 0)
  PyObject acquireLock(@PyMethod.Opt PyObject blocking, @PyMethod.Opt PyObject timeout) {
    return acquirePy(blocking, timeout);
  }

  @PyMethod("__enter__") PyObject enter() { return acquirePy(null, null); }

  @PyMethod("__exit__") void exit(@PyMethod.Star PyObject[] args) { release(); }

  @PyMethod("release") void releasePy() { release(); }

  @PyMethod("release_lock") void releaseLock() { release(); }

  @PyMethod("locked") PyObject lockedPy() { return PyBool.of(locked()); }

  @PyMethod("locked_lock") PyObject lockedLock() { return PyBool.of(locked()); }

  /** After {@code fork()} in CPython: a fresh unlocked lock. */
  @PyMethod("_at_fork_reinit") void atForkReinit() { permit = new Semaphore(1); }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr("<" + (locked() ? "locked" : "unlocked") + " _thread.lock object at "
        + Addresses.of(this) + ">");
  }
}
