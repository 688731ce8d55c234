package dev.kaa.objects;

/**
 * {@code iterator}: what {@code iter(o)} gives for an object with {@code __getitem__} but no {@code __iter__} — it
 * asks for {@code o[0]}, {@code o[1]}, ... until IndexError or StopIteration.
 */
final class PySeqIter extends PyObject implements IterNext {
  static final PyType TYPE = new PyType("iterator", PyType.IMMUTABLE, PySeqIter.class, PyType.OBJECT);

  private PyObject seq;
  private long index;

  PySeqIter(PyObject seq) { this.seq = seq; }

  @Override public PyType type() { return TYPE; }

  @Override public PyObject iterNext() {
    if (seq == null) return null;
    try {
      return Abstract.getItem(seq, PyInt.of(index++));
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.IndexError) && !e.matches(ExceptionTypes.StopIteration)) throw e;
      seq = null;
      return null;
    }
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  @PyMethod("__reduce__") PyObject reduce() {
    return seq == null ? IteratorPickling.exhausted(PyTuple.EMPTY) : IteratorPickling.resume(seq, index);
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    long i = IteratorPickling.index(state);
    if (seq != null) index = Math.max(0, i);
  }
}
