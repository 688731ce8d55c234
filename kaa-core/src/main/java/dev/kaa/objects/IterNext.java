package dev.kaa.objects;

/**
 * The fast form of {@code __next__} for built-in iterators: the next item, or null when exhausted — no StopIteration
 * is created to end a {@code for} loop over a list. Every built-in iterator implements it and also exposes
 * {@code __next__} (raising StopIteration on null) for Python code; {@link Abstract#next} prefers this one.
 */
public interface IterNext {
  /** The next item, or null when the iterator is exhausted. */
  PyObject iterNext();

  /**
   * The StopIteration that ends this iterator, asked for once {@link #iterNext} returned null: one without a value,
   * unless the end carries one (a generator's return value).
   */
  default PyException stopIteration() { return new PyException(ExceptionTypes.StopIteration, null); }

  /** {@code __next__} over {@link #iterNext}: the item, or StopIteration at the end (one definition for all). */
  static PyObject nextOrStop(IterNext it) {
    PyObject v = it.iterNext();
    if (v == null) throw it.stopIteration();
    return v;
  }
}
