package dev.kaa.interp;

import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/** {@code async_generator_asend}: the awaitable {@code agen.__anext__()} and {@code agen.asend(v)} return. */
public final class PyAsyncGenASend extends PyObject {
  public static final PyType TYPE = new PyType("async_generator_asend", PyType.IMMUTABLE, PyAsyncGenASend.class,
      PyType.OBJECT);

  private final PyAsyncGenerator gen;
  private final PyObject sendValue;
  private boolean started, closed;

  PyAsyncGenASend(PyAsyncGenerator gen, PyObject sendValue) {
    this.gen = gen;
    this.sendValue = sendValue;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod("__await__") public PyObject await() { return this; }

  @PyMethod("__iter__") public PyObject iter() { return this; }

  @PyMethod("__next__") public PyObject next() { return send(PyNone.NONE); }

  @PyMethod public PyObject send(PyObject value) {
    if (closed) throw Errors.of(ExceptionTypes.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (!started) {
      if (gen.runningAsync) {
        throw Errors.of(ExceptionTypes.RuntimeError, "anext(): asynchronous generator is already running");
      }
      if (value == PyNone.NONE) value = sendValue;
      started = true;
      gen.runningAsync = true;
    }
    PyObject v = value;
    return step(() -> gen.resume(ThreadState.current(), v, null));
  }

  @PyMethod("throw") public PyObject throwMethod(PyObject type, @PyMethod.Opt PyObject value,
                                                 @PyMethod.Opt PyObject traceback) {
    if (closed) throw Errors.of(ExceptionTypes.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    PyException exc = Generators.makeThrown(type, value, traceback);
    return step(() -> gen.throwInto(ThreadState.current(), exc));
  }

  @PyMethod public void close() { closed = true; }

  private PyObject step(java.util.function.Supplier<PyObject> resume) {
    try {
      return gen.unwrap(resume.get());
    } catch (PyException e) {
      closed = true;
      gen.runningAsync = false;
      throw e;
    }
  }
}
