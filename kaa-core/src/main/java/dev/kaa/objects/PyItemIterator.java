package dev.kaa.objects;


/**
 * The iterators of tuple and list, forward ({@code tuple_iterator}, {@code list_iterator}) and backward
 * ({@code list_reverseiterator}). They read the sequence by position at each step, so a list that grows while it is
 * iterated yields the new items and one that shrinks ends early, as CPython's do; once exhausted they stay exhausted.
 */
final class PyItemIterator extends PyObject implements IterNext {
  static final PyType TUPLE_ITERATOR = new PyType("tuple_iterator", PyType.IMMUTABLE, PyItemIterator.class,
      PyType.OBJECT);
  static final PyType LIST_ITERATOR = new PyType("list_iterator", PyType.IMMUTABLE, PyItemIterator.class,
      PyType.OBJECT);
  static final PyType LIST_REVERSE_ITERATOR = new PyType("list_reverseiterator", PyType.IMMUTABLE,
      PyItemIterator.class, PyType.OBJECT);

  private final PyType type;
  /** Null once exhausted. */
  private ItemSequence seq;
  private int index;

  private PyItemIterator(PyType type, ItemSequence seq, int index) {
    this.type = type;
    this.seq = seq;
    this.index = index;
  }

  static PyItemIterator forward(PyType type, ItemSequence seq) { return new PyItemIterator(type, seq, 0); }

  static PyItemIterator backward(PyList list) {
    return new PyItemIterator(LIST_REVERSE_ITERATOR, list, list.size() - 1);
  }

  @Override public PyType type() { return type; }

  private boolean reversed() { return type == LIST_REVERSE_ITERATOR; }

  @Override public PyObject iterNext() {
    if (!FreeThreading.enabled()) return step();
    synchronized (this) {  // x = next(it) is atomic: two threads never get the same item
      return step();
    }
  }

  private PyObject step() {
    if (seq == null) return null;
    if (index >= 0 && index < seq.size()) {
      PyObject item = seq.get(index);
      if (item != null) {
        index += reversed() ? -1 : 1;
        return item;
      }
    }
    seq = null;
    return null;
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() {
    return IterNext.nextOrStop(this);
  }

  @PyMethod("__length_hint__") PyObject lengthHint() {
    if (seq == null) return PyInt.of(0);
    long left = reversed() ? (index < seq.size() ? index + 1 : 0) : seq.size() - index;
    return PyInt.of(Math.max(0, left));
  }

  @PyMethod("__reduce__") PyObject reduce() {
    if (seq == null) return IteratorPickling.exhausted(type == TUPLE_ITERATOR ? PyTuple.EMPTY : new PyList());
    return IteratorPickling.resume(reversed() ? "reversed" : "iter", (PyObject) seq, index);
  }

  /** Resumes at {@code state}, clipped to the sequence (from -1, "done", when reversed). */
  @PyMethod("__setstate__") void setState(PyObject state) {
    long i = IteratorPickling.index(state);
    if (seq == null) return;
    index = reversed() ? IteratorPickling.clip(i, -1, seq.size() - 1) : IteratorPickling.clip(i, 0, seq.size());
  }
}
