package dev.kaa.interp;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;

/**
 * {@code anext_awaitable}: what {@code anext(aiterator, default)} returns. Awaiting it awaits
 * {@code aiterator.__anext__()}; when that raises StopAsyncIteration, the await gives {@code default} instead.
 */
public final class PyAnextAwaitable extends PyObject {
  public static final PyType TYPE = new PyType("anext_awaitable", PyType.IMMUTABLE, PyAnextAwaitable.class,
      PyType.OBJECT);

  private final PyObject wrapped;
  private final PyObject defaultValue;

  public PyAnextAwaitable(PyObject wrapped, PyObject defaultValue) {
    this.wrapped = wrapped;
    this.defaultValue = defaultValue;
  }

  @Override public PyType type() { return TYPE; }

  /**
   * The iterator driving {@link #wrapped}: a coroutine's {@code __await__()} wrapper, else what GET_AWAITABLE makes.
   * Asked again at each step as CPython 3.12 does (an {@code __await__} that makes a new generator each time starts
   * over each time).
   */
  private PyObject iterator() {
    if (wrapped instanceof PyCoroutine c) return new PyCoroutineWrapper(c);
    return Generators.awaitable(wrapped, 0);
  }

  /** One step of the wrapped awaitable; its StopAsyncIteration ends this awaitable with the default value. */
  private PyObject step(String method, PyObject... args) {
    try {
      PyObject it = iterator();
      if (method == null) return Abstract.callSpecial(it, Special.NEXT);
      return Abstract.call(Attributes.get(it, method), args);
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.StopAsyncIteration)) throw e;
      throw Generators.stopIteration(defaultValue);
    }
  }

  @PyMethod("__await__") public PyObject await() { return this; }

  @PyMethod("__iter__") public PyObject iter() { return this; }

  @PyMethod("__next__") public PyObject next() { return step(null); }

  @PyMethod public PyObject send(PyObject value) { return value == PyNone.NONE ? step(null) : step("send", value); }

  @PyMethod("throw") public PyObject throwMethod(PyObject type, @PyMethod.Opt PyObject value,
                                                 @PyMethod.Opt PyObject traceback) {
    if (value == null) return step("throw", type);
    return traceback == null ? step("throw", type, value) : step("throw", type, value, traceback);
  }

  @PyMethod public PyObject close() {
    PyObject close = Abstract.getAttrOrNull(iterator(), "close");
    return close == null ? PyNone.NONE : close.call0();
  }
}
