package dev.kaa.modules.thread;

import dev.kaa.modules.posix.Signals;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.BuiltinFunctions;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code _thread} module: threads ({@link PythonThreads}), locks ({@link PyLock}, {@link PyRLock}) and
 * thread-local attributes ({@link PyThreadLocal}), what {@code threading} is built on. docs/threads-basic.md.
 */
public final class ThreadModule {
  private ThreadModule() {}

  public static final String NAME = "_thread";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("This module provides primitive operations to write multi-threaded "
        + "programs.\nThe 'threading' module provides a more convenient interface."), interp);
    m.addFunctions(ThreadModule.class);
    m.put("LockType", PyLock.TYPE);
    m.put("RLock", PyRLock.TYPE);
    m.put("_local", PyThreadLocal.TYPE);
    m.put("error", ExceptionTypes.RuntimeError);
    m.put("TIMEOUT_MAX", new PyFloat(LockTimeout.MAX_SECONDS));
    m.put("_ExceptHookArgs", ExceptHook.ARGS_TYPE);
    return m;
  }

  /** The interpreter's end has begun: {@code start_new_thread} raises RuntimeError from now on, as CPython 3.12's. */
  public static void refuseNewThreads(Interpreter interp) { PythonThreads.of(interp).close(); }

  /**
   * Runs {@code body} on the calling thread, one that {@code _thread} did not start (an embedding application's, as
   * CPython's {@code PyGILState_Ensure} ... {@code PyGILState_Release}): it enters the interpreter and takes the
   * GIL; at the end its {@code _local} values go, as CPython deletes the temporary thread state.
   */
  public static void runOnForeignThread(Interpreter interp, Runnable body) {
    Interpreter previous = interp.enter();
    interp.gil().activate();
    interp.gil().acquire();
    try {
      body.run();
    } finally {
      PyThreadLocal.threadEnded();
      interp.gil().release();
      Interpreter.leave(previous);
    }
  }

  /** {@code get_ident()} of the calling thread. */
  public static long ident() { return Thread.currentThread().threadId(); }

  @PyMethod("allocate_lock") static PyObject allocateLock(PyModule self) { return new PyLock(); }

  /** The obsolete synonym, a function of its own as in CPython. */
  @PyMethod("allocate") static PyObject allocate(PyModule self) { return new PyLock(); }

  @PyMethod("get_ident") static PyObject getIdent(PyModule self) { return PyInt.of(ident()); }

  @PyMethod("get_native_id") static PyObject getNativeId(PyModule self) { return PyInt.of(NATIVE_ID.get()); }

  /**
   * The kernel's id of the calling thread, as CPython's {@code get_native_id} (what {@code /proc/PID/task/ID} and
   * tools such as top name it): read once per thread from {@code /proc/thread-self}, which links to
   * {@code PID/task/TID}; where there is no such file, the JVM's thread id.
   */
  private static final ThreadLocal<Long> NATIVE_ID = ThreadLocal.withInitial(() -> {
    try {
      String link = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/thread-self")).toString();
      return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
    } catch (java.io.IOException | RuntimeException e) {
      return ident();
    }
  });

  @PyMethod("start_new_thread")
  static PyObject startNewThread(PyModule self, PyObject function, PyObject args, @PyMethod.Opt PyObject kwargs) {
    if (!BuiltinFunctions.isCallable(function)) throw Errors.typeError("first arg must be callable");
    if (!(args instanceof PyTuple t)) throw Errors.typeError("2nd arg must be a tuple");
    if (kwargs != null && !(kwargs instanceof PyDict)) throw Errors.typeError("optional 3rd arg must be a dictionary");
    PyDict kw = kwargs == null ? null : (PyDict) kwargs;
    return PyInt.of(PythonThreads.of(self.interpreter()).start(function, t.toArray(), kw));
  }

  @PyMethod("start_new")
  static PyObject startNew(PyModule self, PyObject function, PyObject args, @PyMethod.Opt PyObject kwargs) {
    return startNewThread(self, function, args, kwargs);
  }

  @PyMethod("_count") static PyObject count(PyModule self) {
    return PyInt.of(PythonThreads.of(self.interpreter()).running.get());
  }

  @PyMethod("stack_size") static PyObject stackSize(PyModule self, @PyMethod.Opt PyObject size) {
    PythonThreads threads = PythonThreads.of(self.interpreter());
    long old = threads.stackSize;
    if (size != null) {
      long n = Abstract.indexValue(size);
      if (n != 0 && n < 32768) throw Errors.valueError("size not valid: %d bytes", n);
      threads.stackSize = n;
    }
    return PyInt.of(old);
  }

  @PyMethod("exit") static PyObject exit(PyModule self) { throw PyException.withArgs(ExceptionTypes.SystemExit); }

  @PyMethod("exit_thread") static PyObject exitThread(PyModule self) { return exit(self); }

  /** Runs a signal's handler (SIGINT's: KeyboardInterrupt) in the main thread, as if the signal had arrived. */
  @PyMethod(value = "interrupt_main", positionalOnly = 0) static void interruptMain(PyModule self,
      @PyMethod.Opt PyObject signum) {
    long n = signum == null ? Signals.SIGINT : Abstract.indexValue(signum);
    Signals.simulate(self.interpreter(), (int) Math.max(-1, Math.min(Signals.NSIG, n)));
  }

  @PyMethod("_excepthook") static void excepthook(PyModule self, PyObject args) {
    ExceptHook.handle(self.interpreter(), args);
  }

  @PyMethod("daemon_threads_allowed") static PyObject daemonThreadsAllowed(PyModule self) { return PyBool.TRUE; }

  @PyMethod("_is_main_interpreter") static PyObject isMainInterpreter(PyModule self) { return PyBool.TRUE; }

  /**
   * A lock held while the calling thread runs, released when its thread state ends (CPython's, for
   * {@code threading}'s join before 3.13); Kaa releases it when the thread's function returns.
   */
  @PyMethod("_set_sentinel") static PyObject setSentinel(PyModule self) {
    PyLock lock = new PyLock();   // unlocked, as CPython's: threading acquires it itself
    PythonThreads.of(self.interpreter()).releaseAtEnd(lock);
    return lock;
  }
}
