package dev.kaa.modules.testcapi;

import dev.kaa.modules.thread.ThreadModule;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.runtime.Gil;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.ProgramRunner;
import dev.kaa.runtime.PyModule;
import java.util.concurrent.CountDownLatch;

/**
 * CPython's temporary "C thread": a thread that the interpreter did not start calls a Python function
 * ({@link ThreadModule#runOnForeignThread}), as an embedding application's thread does. One at a time per
 * interpreter, as CPython's.
 */
final class ForeignThreads {
  private ForeignThreads() {}

  /** The last thread started, for {@code join_temporary_c_thread}. */
  private static final class State {
    Thread thread;
  }

  private static State state(Interpreter interp) { return interp.moduleState(State.class, i -> new State()); }

  @PyMethod(value = "call_in_temporary_c_thread", doc = "Call a callback in a thread the interpreter did not start; "
      + "wait for its end unless wait is false.")
  static void callInTemporaryCThread(PyModule self, PyObject callback, @PyMethod.Opt PyObject wait) {
    Interpreter interp = self.interpreter();
    CountDownLatch started = new CountDownLatch(1);
    Thread t = new Thread(() -> ThreadModule.runOnForeignThread(interp, () -> {
      started.countDown();
      try {
        Abstract.call(callback);
      } catch (PyException e) {
        ProgramRunner.printUncaught(interp, e);  // PyErr_Print
      }
    }), "kaa-foreign-thread");
    t.setDaemon(true);
    state(interp).thread = t;
    t.start();
    waitFor(() -> started.await());
    if (wait == null || Abstract.isTrue(wait)) joinTemporaryCThread(self);
  }

  @PyMethod(value = "join_temporary_c_thread", doc = "Wait for the thread of call_in_temporary_c_thread to end.")
  static void joinTemporaryCThread(PyModule self) {
    Thread t = state(self.interpreter()).thread;
    if (t == null) throw Errors.of(ExceptionTypes.RuntimeError, "no temporary thread was started");
    waitFor(t::join);
  }

  /** Waits with the GIL released, as CPython's calls between Py_BEGIN_ALLOW_THREADS and Py_END_ALLOW_THREADS. */
  private static void waitFor(Gil.BlockingAction<InterruptedException> wait) {
    try {
      Gil.releaseDuring("thread.join", wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
