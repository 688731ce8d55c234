package dev.kaa.interp;

import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/** {@code coroutine}: what calling an {@code async def} function makes; driven by {@code send}, as asyncio does. */
public final class PyCoroutine extends PyGenerator {
  public static final PyType TYPE = new PyType("coroutine", PyType.IMMUTABLE | PyType.WEAKREFABLE,
      PyCoroutine.class, PyType.OBJECT);

  PyCoroutine(Frame frame) { super(frame); }

  @Override public PyType type() { return TYPE; }

  @Override String kind() { return "coroutine"; }

  @Override PyObject finishedResume(ThreadState ts) {
    throw Errors.of(ExceptionTypes.RuntimeError, "cannot reuse already awaited coroutine");
  }

  @Override @PyMethod public PyObject send(PyObject value) { return super.send(value); }

  @Override @PyMethod("throw") public PyObject throwMethod(PyObject type, @PyMethod.Opt PyObject value,
                                                           @PyMethod.Opt PyObject traceback) {
    return super.throwMethod(type, value, traceback);
  }

  @Override @PyMethod public void close() { super.close(); }

  @Override @PyMethod("__repr__") public PyObject repr() { return super.repr(); }

  /** {@code coro.__await__()}: an iterator driving the coroutine, for awaiting it from generator-based code. */
  @PyMethod("__await__") public PyObject await() { return new PyCoroutineWrapper(this); }

  @PyGetter("cr_frame") @Override PyObject frameAttr() { return super.frameAttr(); }

  @PyGetter("cr_running") @Override PyObject runningAttr() { return super.runningAttr(); }

  @PyGetter("cr_code") @Override PyObject codeAttr() { return super.codeAttr(); }

  @PyGetter("cr_await") PyObject awaitAttr() { return super.yieldFromAttr(); }

  @PyGetter("cr_suspended") @Override PyObject suspendedAttr() { return super.suspendedAttr(); }

  @PyGetter("__name__") @Override PyObject nameAttr() { return super.nameAttr(); }

  @PySetter("__name__") @Override void setName(PyObject v) { super.setName(v); }

  @PyGetter("__qualname__") @Override PyObject qualnameAttr() { return super.qualnameAttr(); }

  @PySetter("__qualname__") @Override void setQualname(PyObject v) { super.setQualname(v); }
}
