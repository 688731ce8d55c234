package dev.kaa.runtime;

import dev.kaa.interp.ThreadState;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.List;

/**
 * The per-thread hooks of {@code sys}: async-generator hooks (asyncio's loop registers its generators through
 * {@code firstiter}), the trace and profile functions, the coroutine origin tracking depth.
 */
final class SysHooks {
  private SysHooks() {}

  private static final PyType ASYNCGEN_HOOKS = PyStructSeq.newType("asyncgen_hooks", List.of("firstiter", "finalizer"));

  @PyMethod("get_asyncgen_hooks") static PyObject getAsyncgenHooks(PyModule self) {
    ThreadState ts = ThreadState.current();
    return PyStructSeq.of(ASYNCGEN_HOOKS, orNone(ts.asyncGenFirstiter()), orNone(ts.asyncGenFinalizer()));
  }

  /** Either hook may be left out (it then stays as it is) or None (none). */
  @PyMethod(value = "set_asyncgen_hooks", positionalOnly = 0)
  static void setAsyncgenHooks(PyModule self, @PyMethod.Opt PyObject firstiter, @PyMethod.Opt PyObject finalizer) {
    ThreadState ts = ThreadState.current();
    PyObject newFinalizer = finalizer == null ? ts.asyncGenFinalizer() : hook("finalizer", finalizer);
    PyObject newFirstiter = firstiter == null ? ts.asyncGenFirstiter() : hook("firstiter", firstiter);
    ts.setAsyncGenHooks(newFirstiter, newFinalizer);
  }

  /** A hook argument: null for None; a TypeError when not callable. */
  private static PyObject hook(String name, PyObject f) {
    if (f == PyNone.NONE) return null;
    if (!BuiltinFunctions.isCallable(f)) throw Errors.typeError("callable %s expected, got %s", name, f.type().name());
    return f;
  }

  private static PyObject orNone(PyObject o) { return o == null ? PyNone.NONE : o; }

  /** The thread's trace function: the eval loop sends it events from the frames that start after (docs/tracing.md). */
  @PyMethod("settrace") static void settrace(PyModule self, PyObject function) {
    ThreadState.current().setTraceFunction(function == PyNone.NONE ? null : function);
  }

  @PyMethod("gettrace") static PyObject gettrace(PyModule self) {
    return orNone(ThreadState.current().traceFunction());
  }

  /** As {@link #settrace}, for the profile function. */
  @PyMethod("setprofile") static void setprofile(PyModule self, PyObject function) {
    ThreadState.current().setProfileFunction(function == PyNone.NONE ? null : function);
  }

  @PyMethod("getprofile") static PyObject getprofile(PyModule self) {
    return orNone(ThreadState.current().profileFunction());
  }

  /** {@code settrace} for every thread running Python now. */
  @PyMethod("_settraceallthreads") static void settraceAllThreads(PyModule self, PyObject function) {
    for (ThreadState ts : ThreadState.live().values()) ts.setTraceFunction(function == PyNone.NONE ? null : function);
  }

  @PyMethod("_setprofileallthreads") static void setprofileAllThreads(PyModule self, PyObject function) {
    for (ThreadState ts : ThreadState.live().values()) {
      ts.setProfileFunction(function == PyNone.NONE ? null : function);
    }
  }

  /** {@code func(*args)} with events on, even inside a trace function (pdb's {@code debug} command). */
  @PyMethod("call_tracing") static PyObject callTracing(PyModule self, PyObject func, PyTuple args) {
    return ThreadState.current().callTracing(() -> Abstract.call(func, args.toArray()));
  }

  @PyMethod("get_coroutine_origin_tracking_depth") static PyObject getCoroutineOriginTrackingDepth(PyModule self) {
    return dev.kaa.objects.PyInt.of(ThreadState.current().coroutineOriginDepth());
  }

  @PyMethod(value = "set_coroutine_origin_tracking_depth", positionalOnly = 0)
  static void setCoroutineOriginTrackingDepth(PyModule self, PyObject depth) {
    long d = Abstract.indexValue(depth);
    if (d < 0) throw Errors.valueError("depth must be >= 0");
    if (d > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C int");
    ThreadState.current().setCoroutineOriginDepth((int) d);
  }
}
