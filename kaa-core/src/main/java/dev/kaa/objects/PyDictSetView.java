package dev.kaa.objects;

import dev.kaa.bytecode.CompareOps;

/**
 * {@code d.keys()} and {@code d.items()}: dict views that are also sets — membership by lookup, comparisons as subset
 * order, and {@code & | - ^} (either side a view) giving a new {@code set}, as CPython's dictviews do.
 */
final class PyDictSetView extends PyDictView {
  static final PyType KEYS_TYPE = new PyType(PyDictIterator.Kind.KEYS.viewName, PyType.IMMUTABLE,
      PyDictSetView.class, PyType.OBJECT);
  static final PyType ITEMS_TYPE = new PyType(PyDictIterator.Kind.ITEMS.viewName, PyType.IMMUTABLE,
      PyDictSetView.class, PyType.OBJECT);

  static {
    SharedMethods.bind(KEYS_TYPE, PyDictView.class, name -> true);
    SharedMethods.bind(ITEMS_TYPE, PyDictView.class, name -> true);
    KEYS_TYPE.dictPut("__hash__", PyNone.NONE);  // they compare as sets, so they hash as sets do: not at all
    ITEMS_TYPE.dictPut("__hash__", PyNone.NONE);
  }

  PyDictSetView(PyDict dict, PyDictIterator.Kind kind) { super(dict, kind); }

  PyDictSetView(PyOrderedDict dict, PyDictIterator.Kind kind, PyType orderedType) { super(dict, kind, orderedType); }

  /** Getters are not shared by {@link SharedMethods}: the keys and items views declare theirs. */
  @PyGetter("mapping") PyObject setViewMapping() { return mapping(); }

  @Override public PyType type() {
    return ordered() ? super.type() : kind == PyDictIterator.Kind.KEYS ? KEYS_TYPE : ITEMS_TYPE;
  }

  /** {@code x in view}: a key lookup; for items, a (key, value) pair whose value equals the dict's. */
  boolean has(PyObject x) {
    if (kind == PyDictIterator.Kind.KEYS) return dict.get(x) != null;
    if (!(x instanceof PyTuple t) || t.size() != 2) return false;
    PyObject v = dict.get(t.get(0));
    return v != null && Abstract.equals(v, t.get(1));
  }

  @PyMethod("__contains__") PyObject contains(PyObject x) { return PyBool.of(has(x)); }

  private static boolean isSetLike(PyObject o) { return o instanceof PySet || o instanceof PyDictSetView; }

  /** A new set of {@code first}'s items. */
  private static PySet setOf(PyObject first) {
    PySet s = new PySet();
    s.updateWith(first);
    return s;
  }

  @PyMethod("__sub__") PyObject sub(PyObject other) {
    PySet s = setOf(this);
    s.differenceUpdate(other);
    return s;
  }

  @PyMethod("__rsub__") PyObject rsub(PyObject other) {
    PySet s = setOf(other);
    s.differenceUpdate(this);
    return s;
  }

  @PyMethod("__or__") PyObject or(PyObject other) {
    PySet s = setOf(this);
    s.updateWith(other);
    return s;
  }

  @PyMethod("__ror__") PyObject ror(PyObject other) {
    PySet s = setOf(other);
    s.updateWith(this);
    return s;
  }

  @PyMethod("__xor__") PyObject xor(PyObject other) {
    PySet s = setOf(this);
    s.symmetricDifferenceUpdate(other);
    return s;
  }

  @PyMethod("__rxor__") PyObject rxor(PyObject other) {
    PySet s = setOf(other);
    s.symmetricDifferenceUpdate(this);
    return s;
  }

  @PyMethod("__and__") PyObject and(PyObject other) { return intersect(other); }

  @PyMethod("__rand__") PyObject rand(PyObject other) { return intersect(other); }

  /** Iterates the other operand (or the smaller of two views) and keeps what this view contains. */
  private PyObject intersect(PyObject other) {
    int mine = dict.size();
    if (other.type() == PySet.TYPE && mine <= ((PySet) other).size()) {
      return ((PySet) other).intersectionMulti(new PyObject[] {this});
    }
    PyDictSetView probe = this;
    if (other instanceof PyDictSetView v && v.dict.size() > mine) {
      probe = v;
      other = this;
    }
    PySet result = new PySet();
    PyObject it = Abstract.iter(other);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) if (probe.has(x)) result.put(x);
    return result;
  }

  @PyMethod PyObject isdisjoint(PyObject other) {
    if (other == this) return PyBool.of(dict.size() == 0);
    PyObject container = this, iterated = other;
    if (isSetLike(other) && Abstract.len(other) > dict.size()) {
      container = other;
      iterated = this;
    }
    PyObject it = Abstract.iter(iterated);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      if (Abstract.contains(container, x)) return PyBool.FALSE;
    }
    return PyBool.TRUE;
  }

  /** Every item of {@code a} is in {@code b}. */
  private static boolean allContainedIn(PyObject a, PyObject b) {
    PyObject it = Abstract.iter(a);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) if (!Abstract.contains(b, x)) return false;
    return true;
  }

  private PyObject compare(PyObject other, CompareOps op) {
    if (!isSetLike(other)) return PyNotImplemented.VALUE;
    int mine = dict.size(), theirs = Abstract.len(other);
    boolean r = switch (op) {
      case EQ -> mine == theirs && allContainedIn(this, other);
      case NE -> !(mine == theirs && allContainedIn(this, other));
      case LT -> mine < theirs && allContainedIn(this, other);
      case LE -> mine <= theirs && allContainedIn(this, other);
      case GT -> mine > theirs && allContainedIn(other, this);
      case GE -> mine >= theirs && allContainedIn(other, this);
    };
    return PyBool.of(r);
  }

  @PyMethod("__eq__") PyObject eq(PyObject o) { return compare(o, CompareOps.EQ); }

  @PyMethod("__ne__") PyObject ne(PyObject o) { return compare(o, CompareOps.NE); }

  @PyMethod("__lt__") PyObject lt(PyObject o) { return compare(o, CompareOps.LT); }

  @PyMethod("__le__") PyObject le(PyObject o) { return compare(o, CompareOps.LE); }

  @PyMethod("__gt__") PyObject gt(PyObject o) { return compare(o, CompareOps.GT); }

  @PyMethod("__ge__") PyObject ge(PyObject o) { return compare(o, CompareOps.GE); }
}
