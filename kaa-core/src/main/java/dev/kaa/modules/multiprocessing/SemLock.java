package dev.kaa.modules.multiprocessing;

import dev.kaa.modules.posix.Errno;
import dev.kaa.modules.posix.Interruptible;
import dev.kaa.modules.posix.NativeOs;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.modules.thread.ThreadModule;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.ArgSpec;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;
import dev.kaa.strings.StrEncode;
import java.io.IOException;
import java.lang.ref.Reference;

/**
 * {@code _multiprocessing.SemLock}: a POSIX named semaphore ({@link NativeOs}), which another process can open by
 * name, as a lock ({@code RECURSIVE_MUTEX}, kind 0) or a counting semaphore ({@code SEMAPHORE}, kind 1);
 * {@code multiprocessing.synchronize} builds Lock, RLock, Semaphore, Condition and Event on it. The count of
 * acquisitions and the last thread to acquire are this object's own (per process), as in CPython. A wait releases
 * the GIL and lets signal handlers run; the semaphore is closed when the last object using it is collected
 * ({@link SemHandles}).
 */
public final class SemLock extends SubclassableObject {
  public static final PyType TYPE = new PyType("_multiprocessing.SemLock", PyType.IMMUTABLE | PyType.BASETYPE,
      SemLock.class, PyType.OBJECT);

  static {
    TYPE.dictPut("__doc__", new PyStr("Semaphore/Mutex type"));
    TYPE.dictPut("SEM_VALUE_MAX", PyInt.of(Integer.MAX_VALUE));
  }

  private static final int RECURSIVE_MUTEX = 0, SEMAPHORE = 1;
  private static final long TICK_NANOS = Interruptible.TICK_MILLIS * 1_000_000;

  private final NativeOs os;
  /** The {@code sem_t} address: {@code handle}. */
  private final long sem;
  private final int kind, maxvalue;
  /** The name to open it by, or null once unlinked. */
  private final String name;
  /** Acquisitions minus releases through this object; guarded by this. */
  private int count;
  /** {@code get_ident()} of the thread that last acquired it; guarded by this. */
  private long lastTid;

  /** Takes over one use of {@code sem} ({@link SemHandles}). */
  private SemLock(PyType type, NativeOs os, long sem, int kind, int maxvalue, String name) {
    super(type);
    this.os = os;
    this.sem = sem;
    this.kind = kind;
    this.maxvalue = maxvalue;
    this.name = name;
    SemHandles.releaseWhenUnreachable(this, os, sem);
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject kind, PyObject value, PyObject maxvalue, PyObject name, PyObject unlink) {
    int k = Abstract.cIntValue(kind), v = Abstract.cIntValue(value);
    int max = Abstract.cIntValue(maxvalue);
    if (!(name instanceof PyStr n)) {
      throw Errors.typeError("SemLock() argument 'name' must be str, not %s", badArgument(name));
    }
    String path = semName(n);
    boolean unlinkNow = Abstract.isTrue(unlink);
    if (k != RECURSIVE_MUTEX && k != SEMAPHORE) throw Errors.valueError("unrecognized kind");
    NativeOs os = NativeOs.get();
    try {
      long sem = SemHandles.open(os, path, true, v);
      if (unlinkNow) {
        try {
          os.semUnlink(path);
        } catch (IOException e) {
          SemHandles.release(os, sem);
          throw e;
        }
      }
      return new SemLock(cls, os, sem, k, max, unlinkNow ? null : path);
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  /** Another object for a semaphore of this process: opened again by name, or sharing {@code handle} without one. */
  @PyMethod(value = "_rebuild", kind = PyMethod.Kind.CLASS, style = ArgSpec.Style.LEGACY)
  static PyObject rebuild(PyType cls, PyObject handle, PyObject kind, PyObject maxvalue, PyObject name) {
    if (!(handle instanceof PyInt h)) {
      throw Errors.typeError("_rebuild() argument 1 must be int, not %s", badArgument(handle));
    }
    int k = legacyInt(kind), max = legacyInt(maxvalue);
    if (name != PyNone.NONE && !(name instanceof PyStr)) {
      throw Errors.typeError("_rebuild() argument 4 must be str or None, not %s", name.type().name());
    }
    String path = name instanceof PyStr n ? semName(n) : null;
    NativeOs os = NativeOs.get();
    if (path == null) {
      long sem = h.number().longValue();  // a C unsigned long: the low 64 bits
      // CPython takes any number as a sem_t*; one this process has not opened would be a wild pointer
      if (!SemHandles.share(sem)) throw OsErrors.ofErrno(Errno.EINVAL);
      return new SemLock(cls, os, sem, k, max, null);
    }
    try {
      return new SemLock(cls, os, SemHandles.open(os, path, false, 0), k, max, path);
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod(value = "acquire", positionalOnly = 0, doc = "Acquire the semaphore/lock.")
  PyObject acquire(@PyMethod.Opt PyObject block, @PyMethod.Opt PyObject timeout) {
    boolean blocking = block == null || Abstract.isTrue(block);
    if (kind == RECURSIVE_MUTEX && reenter()) return PyBool.TRUE;
    double seconds = timeout == null || timeout == PyNone.NONE ? -1 : Math.max(0, Abstract.floatValue(timeout));
    try {
      if (!take(blocking, seconds)) return PyBool.FALSE;
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
    synchronized (this) {
      count++;
      lastTid = ThreadModule.ident();
    }
    return PyBool.TRUE;
  }

  /** The owner taking the lock again: one more count. */
  private synchronized boolean reenter() {
    if (!isMine()) return false;
    count++;
    return true;
  }

  /**
   * Takes the semaphore: at once if it can, else (when {@code blocking}) waiting {@code seconds} (-1: forever, NaN
   * kept) in ticks with the GIL released.
   */
  private boolean take(boolean blocking, double seconds) throws IOException {
    if (os.semTryWait(sem)) return true;
    if (!blocking) return false;
    // CPython's deadline overflows for these and sem_timedwait says EINVAL (NaN too), but only once it would wait
    if (!(seconds < 0x1p63)) throw OsErrors.ofErrno(Errno.EINVAL);
    long nanos = seconds < 0 || seconds * 1e9 >= Long.MAX_VALUE ? -1 : (long) Math.ceil(seconds * 1e9);
    if (nanos == 0) return false;
    try {
      // blocking: releases the GIL (issue 6)
      return Interruptible.poll("SemLock.acquire", nanos,
          n -> os.semWait(sem, Math.min(n, TICK_NANOS)) ? Boolean.TRUE : null) != null;
    } finally {
      Reference.reachabilityFence(this);  // the semaphore must not be closed under the wait
    }
  }

  @PyMethod(value = "release", doc = "Release the semaphore/lock.")
  void release() {
    try {
      synchronized (this) {
        if (kind == RECURSIVE_MUTEX) {
          if (!isMine()) {
            throw Errors.of(ExceptionTypes.AssertionError, "attempt to release recursive lock not owned by thread");
          }
          if (count > 1) {
            count--;
            return;
          }
        } else if (os.semGetValue(sem) >= maxvalue) {
          // as CPython on Linux: a check only, another process may post meanwhile
          throw Errors.valueError("semaphore or lock released too many times");
        }
        os.semPost(sem);
        count--;
      }
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod(value = "__enter__", doc = "Enter the semaphore/lock.") PyObject enter() { return acquire(null, null); }

  @PyMethod(value = "__exit__", doc = "Exit the semaphore/lock.")
  void exit(@PyMethod.Opt PyObject excType, @PyMethod.Opt PyObject excValue, @PyMethod.Opt PyObject excTb) {
    release();
  }

  private boolean isMine() { return count > 0 && lastTid == ThreadModule.ident(); }

  @PyMethod(value = "_count", doc = "Num of `acquire()`s minus num of `release()`s for this process.")
  synchronized PyObject countPy() { return PyInt.of(count); }

  @PyMethod(value = "_is_mine", doc = "Whether the lock is owned by this thread.")
  synchronized PyObject isMinePy() { return PyBool.of(isMine()); }

  @PyMethod(value = "_get_value", doc = "Get the value of the semaphore.")
  PyObject getValue() { return PyInt.of(Math.max(0, value())); }

  @PyMethod(value = "_is_zero", doc = "Return whether semaphore has value zero.")
  PyObject isZero() { return PyBool.of(value() == 0); }

  private int value() {
    try {
      return os.semGetValue(sem);
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod(value = "_after_fork", doc = "Rezero the net acquisition count after fork().")
  synchronized void afterFork() { count = 0; }

  @PyGetter(value = "handle", readonlyMember = true) PyObject handle() { return PyInt.of(sem); }

  @PyGetter(value = "kind", readonlyMember = true) PyObject kind() { return PyInt.of(kind); }

  @PyGetter(value = "maxvalue", readonlyMember = true) PyObject maxvalue() { return PyInt.of(maxvalue); }

  @PyGetter(value = "name", readonlyMember = true)
  PyObject name() { return name == null ? PyNone.NONE : new PyStr(name); }

  /** A name as C sees it: UTF-8 without NUL. */
  static String semName(PyStr name) {
    if (StrEncode.hasLoneSurrogate(name.value)) StrEncode.encode(name.value, "utf-8", "strict");  // raises
    if (name.value.indexOf('\0') >= 0) throw Errors.valueError("embedded null character");
    return name.value;
  }

  /** A PyArg_ParseTuple {@code "i"}. */
  private static int legacyInt(PyObject o) {
    PyInt i = Abstract.index(o);
    if (!i.isLong()) throw Errors.overflowError("Python int too large to convert to C long");
    long v = i.longValue();
    if (v > Integer.MAX_VALUE) throw Errors.overflowError("signed integer is greater than maximum");
    if (v < Integer.MIN_VALUE) throw Errors.overflowError("signed integer is less than minimum");
    return (int) v;
  }

  /** How CPython's converters name a wrong argument. */
  static String badArgument(PyObject o) { return o == PyNone.NONE ? "None" : o.type().name(); }
}
