package dev.kaa.interp;

import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/** {@code coroutine_wrapper}: what {@code coro.__await__()} returns, an iterator that drives the coroutine. */
public final class PyCoroutineWrapper extends PyObject {
  public static final PyType TYPE = new PyType("coroutine_wrapper", PyType.IMMUTABLE, PyCoroutineWrapper.class,
      PyType.OBJECT);

  private final PyCoroutine coroutine;

  PyCoroutineWrapper(PyCoroutine coroutine) { this.coroutine = coroutine; }

  @Override public PyType type() { return TYPE; }

  PyCoroutine coroutine() { return coroutine; }

  @PyMethod("__iter__") public PyObject iter() { return this; }

  @PyMethod("__next__") public PyObject next() { return coroutine.send(PyNone.NONE); }

  @PyMethod public PyObject send(PyObject value) { return coroutine.send(value); }

  @PyMethod("throw") public PyObject throwMethod(PyObject type, @PyMethod.Opt PyObject value,
                                                 @PyMethod.Opt PyObject traceback) {
    return coroutine.throwMethod(type, value, traceback);
  }

  @PyMethod public void close() { coroutine.close(); }
}
