package dev.kaa.objects;

import java.util.function.LongFunction;

/**
 * {@code iterator}: what {@code iter(o)} gives for an object with {@code __getitem__} but no {@code __iter__} — it
 * asks for {@code o[0]}, {@code o[1]}, ... until IndexError or StopIteration. A built-in type whose sequence item
 * differs from its subscript (CPython's sq_item beside mp_subscript: mmap's items are one-byte bytes, its indexing
 * gives ints) iterates through the same type with its own item function ({@link #over}).
 */
public final class PySeqIter extends PyObject implements IterNext {
  static final PyType TYPE = new PyType("iterator", PyType.IMMUTABLE, PySeqIter.class, PyType.OBJECT);

  private PyObject seq;
  private long index;
  /** The item at an index, or null past the end; null: {@code seq[index]}. */
  private final LongFunction<PyObject> items;

  PySeqIter(PyObject seq) { this(seq, null); }

  private PySeqIter(PyObject seq, LongFunction<PyObject> items) {
    this.seq = seq;
    this.items = items;
  }

  /** The sequence iterator over {@code seq} with {@code items} giving each index's item (null past the end). */
  public static PyObject over(PyObject seq, LongFunction<PyObject> items) {
    return new PySeqIter(seq, items);
  }

  @Override public PyType type() { return TYPE; }

  @Override public PyObject iterNext() {
    if (seq == null) return null;
    if (items != null) {
      PyObject item = items.apply(index);
      if (item == null) seq = null;
      else index++;
      return item;
    }
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
