package dev.kaa.modules.collections;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.FreeThreading;

/**
 * {@code _deque_iterator} and {@code _deque_reverse_iterator}: a position in a {@link PyDeque} and how many items are
 * left; a change of the deque's length since the iterator was made ends it with RuntimeError, as CPython's.
 */
final class PyDequeIterator extends PyObject implements IterNext {
  static final PyType FORWARD = new PyType("collections._deque_iterator", PyType.IMMUTABLE, PyDequeIterator.class,
      PyType.OBJECT);
  static final PyType REVERSE = new PyType("collections._deque_reverse_iterator", PyType.IMMUTABLE,
      PyDequeIterator.class, PyType.OBJECT);

  private final PyType type;
  private final PyDeque deque;
  /** Items yielded so far. */
  private int index;
  /** Items left. */
  private int remaining;
  private final long state;

  PyDequeIterator(PyType type, PyDeque deque, long skip) {
    this.type = type;
    this.deque = deque;
    this.state = deque.state;
    this.remaining = deque.size();
    long n = Math.min(Math.max(skip, 0), remaining);
    this.index = (int) n;
    this.remaining -= (int) n;
  }

  @Override public PyType type() { return type; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, PyDeque deque, @PyMethod.Opt PyObject index) {
    return new PyDequeIterator(cls, deque, index == null ? 0 : Abstract.indexValue(index));
  }

  @Override public PyObject iterNext() {
    if (!FreeThreading.enabled()) return step();
    synchronized (this) {  // x = next(it) is atomic; the deque's lock keeps the ring still while it is read
      synchronized (deque) {
        return step();
      }
    }
  }

  private PyObject step() {
    if (deque.state != state) {
      remaining = 0;
      throw Errors.of(ExceptionTypes.RuntimeError, "deque mutated during iteration");
    }
    if (remaining == 0) return null;
    int position = type == FORWARD ? index : deque.size() - 1 - index;
    index++;
    remaining--;
    return deque.get(position);
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  @PyMethod("__length_hint__") PyObject lengthHint() { return PyInt.of(remaining); }

  @PyMethod("__reduce__") PyObject reduce() {
    return PyTuple.of(type, PyTuple.of(deque, PyInt.of(deque.size() - remaining)));
  }
}
