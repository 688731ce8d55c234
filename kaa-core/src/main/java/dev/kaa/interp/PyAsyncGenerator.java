package dev.kaa.interp;

import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/**
 * {@code async_generator}: an {@code async def} with {@code yield}. It is driven through awaitables:
 * {@code __anext__()}/{@code asend()} ({@link PyAsyncGenASend}) and {@code athrow()}/{@code aclose()}
 * ({@link PyAsyncGenAThrow}), each running the frame until a wrapped {@code yield} (the awaitable then finishes with
 * that value) while passing an {@code await}'s suspensions up to whoever drives it.
 */
public final class PyAsyncGenerator extends PyGenerator {
  public static final PyType TYPE = new PyType("async_generator", PyType.IMMUTABLE | PyType.WEAKREFABLE,
      PyAsyncGenerator.class, PyType.OBJECT);

  /** An asend/athrow awaitable is in progress (CPython's ag_running_async). */
  boolean runningAsync;
  /** The thread's async-generator hooks have been applied (on the first anext/asend/athrow/aclose). */
  private boolean hooksApplied;

  PyAsyncGenerator(Frame frame) { super(frame); }

  @Override public PyType type() { return TYPE; }

  @Override String kind() { return "async generator"; }

  @PyMethod("__aiter__") public PyObject aiter() { return this; }

  @PyMethod("__anext__") public PyObject anext() {
    applyHooks();
    return new PyAsyncGenASend(this, PyNone.NONE);
  }

  @PyMethod public PyObject asend(PyObject value) {
    applyHooks();
    return new PyAsyncGenASend(this, value);
  }

  @PyMethod public PyObject athrow(PyObject type, @PyMethod.Opt PyObject value, @PyMethod.Opt PyObject traceback) {
    applyHooks();
    return new PyAsyncGenAThrow(this, Generators.makeThrown(type, value, traceback));
  }

  @PyMethod public PyObject aclose() {
    applyHooks();
    return new PyAsyncGenAThrow(this, null);
  }

  /**
   * On first use, as CPython: calls the thread's firstiter hook with this generator. CPython also keeps the
   * finalizer hook, to call when the generator is collected unfinished; Kaa runs nothing at collection
   * (docs/weakref.md), so an event loop closes its generators at shutdown, the ones firstiter showed it.
   */
  private void applyHooks() {
    if (hooksApplied) return;
    hooksApplied = true;
    PyObject firstiter = ThreadState.current().asyncGenFirstiter();
    if (firstiter != null) firstiter.call1(this);
  }

  @Override @PyMethod("__repr__") public PyObject repr() { return super.repr(); }

  /**
   * What one step of the frame means to the awaitable driving it: a wrapped yield finishes the awaitable with
   * StopIteration(value); the frame returning is StopAsyncIteration; anything else is an await passing through.
   */
  PyObject unwrap(PyObject stepResult) {
    if (stepResult instanceof AsyncGenWrappedValue w) {
      runningAsync = false;
      throw Generators.stopIteration(w.value);
    }
    if (stepResult == null) {
      runningAsync = false;
      ThreadState.current().returnValue = null;
      throw new PyException(ExceptionTypes.StopAsyncIteration, null);
    }
    return stepResult;
  }

  @PyGetter("ag_frame") @Override PyObject frameAttr() { return super.frameAttr(); }

  @PyGetter("ag_running") @Override PyObject runningAttr() { return dev.kaa.objects.PyBool.of(runningAsync); }

  @PyGetter("ag_code") @Override PyObject codeAttr() { return super.codeAttr(); }

  @PyGetter("ag_await") PyObject awaitAttr() { return super.yieldFromAttr(); }

  @PyGetter("ag_suspended") @Override PyObject suspendedAttr() { return super.suspendedAttr(); }

  @PyGetter("__name__") @Override PyObject nameAttr() { return super.nameAttr(); }

  @PySetter("__name__") @Override void setName(PyObject v) { super.setName(v); }

  @PyGetter("__qualname__") @Override PyObject qualnameAttr() { return super.qualnameAttr(); }

  @PySetter("__qualname__") @Override void setQualname(PyObject v) { super.setQualname(v); }
}
