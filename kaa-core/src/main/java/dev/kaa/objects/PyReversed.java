package dev.kaa.objects;

/**
 * {@code reversed(seq)}: {@code seq.__reversed__()} when the type has one, else a {@code reversed} object walking the
 * sequence protocol ({@code __len__} and {@code __getitem__}) from the end.
 */
public class PyReversed extends SubclassableObject implements IterNext {
  public static final PyType TYPE = new PyType("reversed", PyType.IMMUTABLE | PyType.BASETYPE, PyReversed.class,
      PyType.OBJECT);

  private PyObject seq;
  private long index;

  PyReversed(PyType type, PyObject seq, long length) {
    super(type);
    this.seq = seq;
    this.index = length - 1;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, PyObject seq) {
    PyType t = seq.type();
    PyObject reversedMethod = t.lookupSpecial(Special.REVERSED);
    if (reversedMethod == PyNone.NONE) throw notReversible(t);
    if (reversedMethod != null) return Abstract.callSpecial(seq, Special.REVERSED);
    if (t.lookupSpecial(Special.GETITEM) == null || t.isSubtypeOf(PyDict.TYPE)) {
      throw notReversible(t);
    }
    return new PyReversed(cls, seq, Abstract.len(seq));
  }

  private static PyException notReversible(PyType t) {
    return Errors.typeError("'%s' object is not reversible", t.name());
  }

  @Override public PyObject iterNext() {
    if (seq == null) return null;
    if (index >= 0) {
      try {
        return Abstract.getItem(seq, PyInt.of(index--));
      } catch (PyException e) {
        if (!e.matches(ExceptionTypes.IndexError) && !e.matches(ExceptionTypes.StopIteration)) throw e;
      }
    }
    seq = null;
    return null;
  }

  /** What is left: 0 once the sequence has shrunk below the position (its {@code len()} is asked again). */
  @PyMethod("__length_hint__") PyObject lengthHint() {
    if (seq == null) return PyInt.of(0);
    long size = Abstract.len(seq);
    return PyInt.of(size < index + 1 ? 0 : index + 1);
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  @PyMethod("__reduce__") PyObject reduce() {
    PyObject reversed = IteratorPickling.builtin("reversed");
    if (seq == null) return PyTuple.of(reversed, PyTuple.of(PyTuple.EMPTY));
    return PyTuple.of(reversed, PyTuple.of(seq), PyInt.of(index));
  }

  /** Resumes at {@code state}, clipped to the sequence's current length (-1: done). */
  @PyMethod("__setstate__") void setState(PyObject state) {
    long i = IteratorPickling.index(state);
    if (seq != null) index = Math.max(-1, Math.min(Abstract.len(seq) - 1, i));
  }
}
