package dev.kaa.objects;

/** {@code iter(bytes)} and {@code iter(bytearray)}: the byte values as ints, seeing a bytearray's later changes. */
final class PyBytesIterator extends PyObject implements IterNext {
  static final PyType BYTES_TYPE = new PyType("bytes_iterator", PyType.IMMUTABLE, PyBytesIterator.class,
      PyType.OBJECT);
  static final PyType BYTEARRAY_TYPE = new PyType("bytearray_iterator", PyType.IMMUTABLE, PyBytesIterator.class,
      PyType.OBJECT);

  private PyBytesLike source;
  private final PyType type;
  private int next;

  PyBytesIterator(PyBytesLike source, PyType type) {
    this.source = source;
    this.type = type;
  }

  @Override public PyType type() { return type; }

  @Override public PyObject iterNext() {
    if (source == null) return null;
    byte[] data = source.array();  // read once: a bytearray another thread shrinks cannot make this fail
    if (next >= source.size() || next >= data.length) {
      source = null;
      return null;
    }
    return PyInt.of(data[next++] & 0xff);
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() {
    return IterNext.nextOrStop(this);
  }

  @PyMethod("__length_hint__") PyObject lengthHint() {
    return PyInt.of(source == null ? 0 : Math.max(0, source.size() - next));
  }

  @PyMethod("__reduce__") PyObject reduce() {
    return source == null ? IteratorPickling.exhausted(PyTuple.EMPTY) : IteratorPickling.resume(source, next);
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    long i = IteratorPickling.index(state);
    if (source != null) next = IteratorPickling.clip(i, 0, source.size());
  }
}
