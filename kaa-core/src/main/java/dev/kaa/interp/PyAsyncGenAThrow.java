package dev.kaa.interp;

import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/**
 * {@code async_generator_athrow}: the awaitable {@code agen.athrow(...)} and {@code agen.aclose()} return. aclose is
 * athrow of GeneratorExit that finishes quietly when the generator lets it out (and is an error when it yields).
 */
public final class PyAsyncGenAThrow extends PyObject {
  public static final PyType TYPE = new PyType("async_generator_athrow", PyType.IMMUTABLE, PyAsyncGenAThrow.class,
      PyType.OBJECT);

  private final PyAsyncGenerator gen;
  /** The exception to throw in; null for aclose(). */
  private final PyException thrown;
  private boolean started, closed;

  PyAsyncGenAThrow(PyAsyncGenerator gen, PyException thrown) {
    this.gen = gen;
    this.thrown = thrown;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod("__await__") public PyObject await() { return this; }

  @PyMethod("__iter__") public PyObject iter() { return this; }

  @PyMethod("__next__") public PyObject next() { return send(PyNone.NONE); }

  @PyMethod public PyObject send(PyObject value) {
    if (closed) throw Errors.of(ExceptionTypes.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    ThreadState ts = ThreadState.current();
    if (!started) {
      if (gen.runningAsync) {
        throw Errors.of(ExceptionTypes.RuntimeError, thrown == null ? "aclose(): asynchronous generator is already "
            + "running" : "athrow(): asynchronous generator is already running");
      }
      if (gen.finished()) {
        closed = true;
        if (thrown == null) throw Generators.stopIteration(PyNone.NONE);
        throw new PyException(ExceptionTypes.StopAsyncIteration, null);
      }
      if (value != PyNone.NONE) throw Errors.of(ExceptionTypes.RuntimeError, "can't send non-None value to a "
          + "just-started coroutine");
      started = true;
      gen.runningAsync = true;
      PyException exc = thrown != null ? thrown : new PyException(ExceptionTypes.GeneratorExit, null);
      return step(() -> gen.throwInto(ts, exc));
    }
    return step(() -> gen.resume(ts, value, null));
  }

  @PyMethod("throw") public PyObject throwMethod(PyObject type, @PyMethod.Opt PyObject value,
                                                 @PyMethod.Opt PyObject traceback) {
    if (closed) throw Errors.of(ExceptionTypes.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    PyException exc = Generators.makeThrown(type, value, traceback);
    return step(() -> gen.throwInto(ThreadState.current(), exc));
  }

  @PyMethod public void close() { closed = true; }

  private PyObject step(java.util.function.Supplier<PyObject> resume) {
    try {
      PyObject r = resume.get();
      if (thrown == null && (r instanceof AsyncGenWrappedValue)) {
        closed = true;
        gen.runningAsync = false;
        throw Errors.of(ExceptionTypes.RuntimeError, "async generator ignored GeneratorExit");
      }
      return gen.unwrap(r);
    } catch (PyException e) {
      closed = true;
      gen.runningAsync = false;
      if (thrown == null && (e.matches(ExceptionTypes.StopAsyncIteration)
          || e.matches(ExceptionTypes.GeneratorExit))) {
        throw Generators.stopIteration(PyNone.NONE);
      }
      throw e;
    }
  }
}
