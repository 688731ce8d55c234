package dev.kaa.interp;

import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/**
 * A value an async generator yields with {@code yield} (wrapped by the ASYNC_GEN_WRAP intrinsic), told apart from
 * what an {@code await} inside it passes up to the event loop. Never visible to Python code.
 */
final class AsyncGenWrappedValue extends PyObject {
  private static final PyType TYPE = new PyType("async_generator_wrapped_value", PyType.OBJECT);

  final PyObject value;

  AsyncGenWrappedValue(PyObject value) { this.value = value; }

  @Override public PyType type() { return TYPE; }
}
