package dev.kaa.runtime;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code iter(callable, sentinel)}: calls {@code callable} until it returns a value equal to {@code sentinel} (or
 * raises StopIteration); then it is exhausted for good. CPython's {@code callable_iterator}.
 */
final class PyCallableIterator extends PyObject implements IterNext {
  static final PyType TYPE = new PyType("callable_iterator", PyType.IMMUTABLE, PyCallableIterator.class,
      PyType.OBJECT);

  private PyObject callable;
  private PyObject sentinel;

  PyCallableIterator(PyObject callable, PyObject sentinel) {
    this.callable = callable;
    this.sentinel = sentinel;
  }

  @Override public PyType type() { return TYPE; }

  @Override public PyObject iterNext() {
    if (callable == null) return null;
    PyObject v;
    try {
      v = callable.call0();
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.StopIteration)) throw e;
      v = null;
    }
    // the call may have exhausted this iterator (reentrantly): then the value is dropped
    if (v == null || sentinel == null || Abstract.equals(sentinel, v)) {
      callable = null;
      sentinel = null;
      return null;
    }
    return v;
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() {
    return IterNext.nextOrStop(this);
  }

  /** {@code (iter, (callable, sentinel))}; once exhausted {@code (iter, ((),))}, as CPython's. */
  @PyMethod("__reduce__") PyObject reduce() {
    PyObject iter = Interpreter.current().builtinsDict().getStr("iter");
    return PyTuple.of(iter, callable == null ? PyTuple.of(PyTuple.EMPTY) : PyTuple.of(callable, sentinel));
  }
}
