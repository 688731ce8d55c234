package dev.kaa.objects;

/**
 * {@code odict_iterator}: keys, values or items of an OrderedDict in its order, either way. It remembers the
 * OrderedDict's state and size at the start: a node linked or unlinked since is "OrderedDict mutated during
 * iteration", another size (a key added behind its back through {@code dict.__setitem__}) "changed size". Values are
 * looked up in the table at each step, as CPython's are.
 */
final class PyOrderedDictIterator extends PyObject implements IterNext {
  static final PyType TYPE = new PyType("odict_iterator", PyType.IMMUTABLE, PyOrderedDictIterator.class,
      PyType.OBJECT);

  /** Null once exhausted. */
  private PyOrderedDict dict;
  /** What it yields; null for keys (iterating the OrderedDict itself). */
  private final PyDictIterator.Kind kind;
  private final boolean reversed;
  private final int state;
  private final int size;
  private PyOrderedDict.Node current;

  PyOrderedDictIterator(PyOrderedDict dict, PyDictIterator.Kind kind, boolean reversed) {
    this.dict = dict;
    this.kind = kind;
    this.reversed = reversed;
    this.state = dict.state();
    this.size = dict.size();
    this.current = dict.firstNode(reversed);
  }

  private PyOrderedDictIterator(PyOrderedDictIterator from) {
    this.dict = from.dict;
    this.kind = from.kind;
    this.reversed = from.reversed;
    this.state = from.state;
    this.size = from.size;
    this.current = from.current;
  }

  @Override public PyType type() { return TYPE; }

  @Override public PyObject iterNext() {
    if (!FreeThreading.enabled()) return step();
    synchronized (this) {
      PyOrderedDict d = dict;
      if (d == null) return null;
      synchronized (d) {
        return step();
      }
    }
  }

  private PyObject step() {
    PyOrderedDict d = dict;
    if (d == null) return null;
    PyOrderedDict.Node n = current;
    if (n == null) {
      dict = null;
      return null;
    }
    if (d.state() != state) {
      dict = null;
      throw Errors.of(ExceptionTypes.RuntimeError, "OrderedDict mutated during iteration");
    }
    if (d.size() != size) {
      dict = null;
      throw Errors.of(ExceptionTypes.RuntimeError, "OrderedDict changed size during iteration");
    }
    current = PyOrderedDict.following(n, reversed);
    if (kind == null || kind == PyDictIterator.Kind.KEYS) return n.key;
    PyObject value = d.get(n.key);  // hashed again, as CPython's: a key whose hash changed is a KeyError
    if (value == null) {
      dict = null;
      throw Errors.keyError(n.key);
    }
    return kind == PyDictIterator.Kind.VALUES ? value : PyTuple.of(n.key, value);
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  @PyMethod("__reduce__") PyObject reduce() {
    return IteratorPickling.remaining(new PyOrderedDictIterator(this));
  }
}
