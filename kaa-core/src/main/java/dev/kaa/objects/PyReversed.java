package dev.kaa.objects;

/**
 * {@code reversed(seq)}: {@code seq.__reversed__()} when the type has one, else a {@code reversed} object walking the
 * sequence protocol ({@code __len__} and {@code __getitem__}) from the end.
 */
public class PyReversed extends PyObject implements IterNext {
  public static final PyType TYPE = new PyType("reversed", PyType.IMMUTABLE | PyType.BASETYPE, PyReversed.class,
      PyType.OBJECT);

  private PyObject seq;
  private long index;

  PyReversed(PyObject seq, long length) {
    this.seq = seq;
    this.index = length - 1;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, PyObject seq) {
    PyType t = seq.type();
    PyObject reversedMethod = t.lookupSpecial(Special.REVERSED);
    if (reversedMethod == PyNone.NONE) throw notReversible(t);
    if (reversedMethod != null) return Abstract.callSpecial(seq, Special.REVERSED);
    if (t.lookupSpecial(Special.GETITEM) == null || t.isSubtypeOf(PyDict.TYPE)) {
      throw notReversible(t);
    }
    return new PyReversed(seq, Abstract.len(seq));
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

  @PyMethod("__length_hint__") PyObject lengthHint() { return PyInt.of(seq == null ? 0 : index + 1); }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }
}
