package dev.kaa.objects;

import java.lang.invoke.VarHandle;

/**
 * The iterators over a dict's keys, values or items, forward and reversed ({@code dict_keyiterator} ...
 * {@code dict_reverseitemiterator}). Each remembers the dict's size when it started: a different size at any step is
 * "dictionary changed size during iteration"; the same size but more entries than expected (a key deleted and another
 * added) is "dictionary keys changed during iteration". Either error sticks: the iterator is exhausted afterwards.
 */
final class PyDictIterator extends PyObject implements IterNext {
  /** What a dict iterator or view yields. */
  enum Kind {
    KEYS("key", "keys"), VALUES("value", "values"), ITEMS("item", "items");

    final PyType forward, backward;
    /** The view's type name. */
    final String viewName;

    Kind(String one, String many) {
      forward = new PyType("dict_" + one + "iterator", PyType.IMMUTABLE, PyDictIterator.class, PyType.OBJECT);
      backward = new PyType("dict_reverse" + one + "iterator", PyType.IMMUTABLE, PyDictIterator.class, PyType.OBJECT);
      viewName = "dict_" + many;
    }

    PyObject of(PyDict d, int j) {
      return switch (this) {
        case KEYS -> d.keyAt(j);
        case VALUES -> d.valueAt(j);
        case ITEMS -> PyTuple.of(d.keyAt(j), d.valueAt(j));
      };
    }
  }

  private final Kind kind;
  private final boolean reversed;
  /** Null once exhausted. */
  private PyDict dict;
  private final int sizeAtStart;
  private int position;
  private int remaining;

  PyDictIterator(PyDict dict, Kind kind, boolean reversed) {
    this.dict = dict;
    this.kind = kind;
    this.reversed = reversed;
    this.sizeAtStart = dict.size();
    this.remaining = dict.size();
    this.position = reversed ? dict.entryLimit() - 1 : 0;
  }

  private PyDictIterator(PyDictIterator from) {
    this.dict = from.dict;
    this.kind = from.kind;
    this.reversed = from.reversed;
    this.sizeAtStart = from.sizeAtStart;
    this.remaining = from.remaining;
    this.position = from.position;
  }

  @Override public PyType type() { return reversed ? kind.backward : kind.forward; }

  @Override public PyObject iterNext() {
    if (!FreeThreading.enabled()) return step();
    synchronized (this) {  // x = next(it) is atomic
      PyDict d = dict;
      if (d == null) return null;
      PyObject item = stepUnlocked(d);
      if (item != null) return item;
      synchronized (d) {  // the dict's lock keeps its entries still while they are read
        return step();
      }
    }
  }

  /**
   * {@link #step()}'s usual case without the dict's lock, so that threads iterating a dict they share and only read
   * do not take turns at its monitor: the dict unchanged since the iterator started and an entry left. Validated by
   * the dict's layout version as its unlocked reads are ({@link PyDict#layoutVersion()}); null when it cannot tell
   * (a change under way or done meanwhile, the end, an error to raise), and the locked step decides.
   */
  private PyObject stepUnlocked(PyDict d) {
    int version = d.layoutVersion();
    VarHandle.loadLoadFence();
    if ((version & 1) != 0 || d.size() != sizeAtStart || remaining == 0) return null;
    try {
      int j = position, limit = d.entryLimit();
      if (reversed) {
        while (j >= 0 && (j >= limit || d.keyAt(j) == null)) j--;
      } else {
        while (j < limit && d.keyAt(j) == null) j++;
      }
      if (j < 0 || j >= limit) return null;
      PyObject item = kind.of(d, j);
      VarHandle.loadLoadFence();
      if (d.layoutVersion() != version) return null;
      position = reversed ? j - 1 : j + 1;
      remaining--;
      return item;
    } catch (RuntimeException torn) {
      return null;  // an index past an array of another layout, or an entry half written
    }
  }

  private PyObject step() {
    PyDict d = dict;
    if (d == null) return null;
    if (d.size() != sizeAtStart) {
      dict = null;
      throw Errors.of(ExceptionTypes.RuntimeError, "dictionary changed size during iteration");
    }
    int j = position;
    if (reversed) {
      while (j >= 0 && (j >= d.entryLimit() || d.keyAt(j) == null)) j--;
    } else {
      while (j < d.entryLimit() && d.keyAt(j) == null) j++;
    }
    if (j < 0 || j >= d.entryLimit()) {
      dict = null;
      return null;
    }
    if (remaining == 0) {
      dict = null;
      throw Errors.of(ExceptionTypes.RuntimeError, "dictionary keys changed during iteration");
    }
    position = reversed ? j - 1 : j + 1;
    remaining--;
    return kind.of(d, j);
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() {
    return IterNext.nextOrStop(this);
  }

  @PyMethod("__length_hint__") PyObject lengthHint() {
    return PyInt.of(dict != null && dict.size() == sizeAtStart ? remaining : 0);
  }

  @PyMethod("__reduce__") PyObject reduce() { return IteratorPickling.remaining(new PyDictIterator(this)); }
}
