package dev.kaa.objects;

import java.math.BigInteger;

/** {@code enumerate(iterable, start=0)}: pairs {@code (count, item)}; the count goes past 64 bits as CPython's does. */
public class PyEnumerate extends SubclassableObject implements IterNext {
  public static final PyType TYPE = new PyType("enumerate", PyType.IMMUTABLE | PyType.BASETYPE, PyEnumerate.class,
      PyType.OBJECT);

  private final PyObject iterator;
  private long index;
  /** The count once it no longer fits in a long (then {@link #index} is unused). */
  private BigInteger bigIndex;

  PyEnumerate(PyType type, PyObject iterator, PyInt start) {
    super(type);
    this.iterator = iterator;
    if (start.isLong()) index = start.longValue();
    else bigIndex = start.bigValue();
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0, style = ArgSpec.Style.LEGACY)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject iterable, @PyMethod.Opt PyObject start) {
    if (iterable == null) throw Errors.typeError("enumerate() missing required argument 'iterable'");
    PyObject it = Abstract.iter(iterable);
    PyInt from = start == null ? PyInt.of(0) : Abstract.index(start);
    return new PyEnumerate(cls, it, from);
  }

  @Override public PyObject iterNext() {
    PyObject item = Abstract.next(iterator);
    if (item == null) return null;
    PyInt count;
    if (bigIndex == null) {
      count = PyInt.of(index);
      if (index == Long.MAX_VALUE) bigIndex = BigInteger.valueOf(index).add(BigInteger.ONE);
      else index++;
    } else {
      count = PyInt.of(bigIndex);
      bigIndex = bigIndex.add(BigInteger.ONE);
    }
    return PyTuple.wrap(new PyObject[] {count, item});
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  @PyMethod("__reduce__") PyObject reduce() {
    return PyTuple.of(type(), PyTuple.of(iterator, bigIndex == null ? PyInt.of(index) : PyInt.of(bigIndex)));
  }
}
