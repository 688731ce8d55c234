package dev.kaa.modules.thread;

import dev.kaa.interp.ThreadState;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyObject;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.ProgramRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads an interpreter started with {@code _thread.start_new_thread}: each a Java daemon thread (the JVM does
 * not wait for it; {@code threading._shutdown} waits for the non-daemon ones) with a large stack, as the main
 * thread has, that takes the interpreter's GIL to run its function.
 */
final class PythonThreads {
  /** The stack of a new thread when {@code stack_size()} is 0: deep recursion works as on the main thread. */
  static final long DEFAULT_STACK_BYTES = 256L << 20;

  private final Interpreter interp;
  /** {@code _thread._count()}: threads started here and still running. */
  final AtomicInteger running = new AtomicInteger();
  /** {@code _thread.stack_size()}: 0 for the default. */
  volatile long stackSize;
  private final AtomicInteger started = new AtomicInteger();
  /** The locks {@code _set_sentinel} gave the calling thread: released when its function returns. */
  private final ThreadLocal<List<PyLock>> sentinels = ThreadLocal.withInitial(ArrayList::new);

  PythonThreads(Interpreter interp) { this.interp = interp; }

  static PythonThreads of(Interpreter interp) { return interp.moduleState(PythonThreads.class, PythonThreads::new); }

  /** Set when the interpreter's end begins: no thread may start after it (CPython 3.12). */
  private volatile boolean closed;

  /** Starts {@code function(*args, **kwargs)} on a new thread; returns its {@code get_ident()}. */
  long start(PyObject function, PyObject[] args, PyDict kwargs) {
    if (closed) throw Errors.of(ExceptionTypes.RuntimeError, "can't create new thread at interpreter shutdown");
    interp.gil().activate();
    long stack = stackSize == 0 ? DEFAULT_STACK_BYTES : stackSize;
    Thread t = new Thread(null, new Start(function, args, kwargs), "Thread-" + started.incrementAndGet(), stack);
    t.setDaemon(true);
    running.incrementAndGet();
    t.start();
    return t.threadId();
  }

  /** The interpreter is ending: {@link #start} refuses from now on. */
  void close() { closed = true; }

  /**
   * What a new thread runs: it lets go of the function and arguments once started, so that they die with the
   * thread's frames (the JVM keeps a finished thread's task while the Thread object lives).
   */
  private final class Start implements Runnable {
    private PyObject function;
    private PyObject[] args;
    private PyDict kwargs;

    Start(PyObject function, PyObject[] args, PyDict kwargs) {
      this.function = function;
      this.args = args;
      this.kwargs = kwargs;
    }

    @Override public void run() {
      PyObject f = function;
      PyObject[] a = args;
      PyDict kw = kwargs;
      function = null;
      args = null;
      kwargs = null;
      PythonThreads.this.run(f, a, kw);
    }
  }

  /** Releases {@code lock} when the calling thread's function has returned. */
  void releaseAtEnd(PyLock lock) { sentinels.get().add(lock); }

  private void run(PyObject function, PyObject[] args, PyDict kwargs) {
    Interpreter previous = interp.enter();
    ThreadState.current().leavePendingCallsToMainThread();
    interp.gil().acquire();
    try {
      PyException e = ProgramRunner.caught(() -> Abstract.callWithKeywords(function, args, kwargs));
      if (e != null && !e.matches(ExceptionTypes.SystemExit)) {
        interp.printUnraisable("Exception ignored in thread started by", function, e.value());
      }
    } finally {
      PyThreadLocal.threadEnded();  // before the sentinels, as CPython clears a thread's state before join returns
      for (PyLock lock : sentinels.get()) if (lock.locked()) lock.release();
      sentinels.remove();
      running.decrementAndGet();
      interp.gil().release();
      Interpreter.leave(previous);
      ThreadEndCollector.threadEnded();
    }
  }
}
