package dev.kaa.objects;


/**
 * {@code set_iterator}: walks the set's table by slot. A set whose size differs from the size at the start raises
 * "Set changed size during iteration", and keeps raising it (CPython makes the state sticky).
 */
final class PySetIterator extends PyObject implements IterNext {
  static final PyType TYPE = new PyType("set_iterator", PyType.IMMUTABLE, PySetIterator.class, PyType.OBJECT);

  /** Null once exhausted. */
  private PySet set;
  private int sizeAtStart;
  private int slot;
  private int remaining;

  PySetIterator(PySet set) {
    this.set = set;
    this.sizeAtStart = set.size();
    this.remaining = set.size();
  }

  private PySetIterator(PySetIterator from) {
    this.set = from.set;
    this.sizeAtStart = from.sizeAtStart;
    this.slot = from.slot;
    this.remaining = from.remaining;
  }

  @Override public PyType type() { return TYPE; }

  @Override public PyObject iterNext() {
    if (!FreeThreading.enabled()) return step();
    synchronized (this) {  // x = next(it) is atomic; the set's lock keeps its table still while it is read
      PySet s = set;
      if (s == null) return null;
      synchronized (s) {
        return step();
      }
    }
  }

  private PyObject step() {
    PySet s = set;
    if (s == null) return null;
    if (s.size() != sizeAtStart) {
      sizeAtStart = -1;
      throw Errors.of(ExceptionTypes.RuntimeError, "Set changed size during iteration");
    }
    while (slot < s.slotCount()) {
      PyObject k = s.slotKey(slot++);
      if (k != null) {
        remaining--;
        return k;
      }
    }
    set = null;
    return null;
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() {
    return IterNext.nextOrStop(this);
  }

  @PyMethod("__length_hint__") PyObject lengthHint() {
    return PyInt.of(set != null && set.size() == sizeAtStart ? remaining : 0);
  }

  @PyMethod("__reduce__") PyObject reduce() { return IteratorPickling.remaining(new PySetIterator(this)); }
}
