package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code combinations(iterable, r)}: r-length subsequences in lexicographic order of positions, no repeats; and
 * {@code combinations_with_replacement(iterable, r)}: r-length sorted selections in which items may repeat. One
 * class for both types: they differ only in how the indices advance.
 */
final class PyCombinations extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.combinations", PyType.IMMUTABLE | PyType.BASETYPE,
      PyCombinations.class, PyType.OBJECT);
  static final PyType WITH_REPLACEMENT_TYPE = new PyType("itertools.combinations_with_replacement",
      PyType.IMMUTABLE | PyType.BASETYPE, PyCombinations.class, PyType.OBJECT);

  private final PyObject[] pool;
  private final int r;
  private final boolean withReplacement;
  private final int[] indices;
  private boolean started;
  private boolean stopped;

  private PyCombinations(PyType type, PyObject[] pool, int r) {
    super(type);
    this.pool = pool;
    this.r = r;
    this.withReplacement = type.isSubtypeOf(WITH_REPLACEMENT_TYPE);
    this.indices = new int[r];
    if (!withReplacement) for (int i = 0; i < r; i++) indices[i] = i;
    this.stopped = withReplacement ? pool.length == 0 && r > 0 : r > pool.length;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject iterable, PyObject r) {
    PyObject[] pool = IterableItems.of(iterable);
    return new PyCombinations(cls, pool, Combinatorics.r(r));
  }

  /** The largest index position {@code i} may hold. */
  private int maxIndex(int i) { return withReplacement ? pool.length - 1 : i + pool.length - r; }

  @Override PyObject step() {
    if (stopped) return null;
    if (started) {
      int i = r - 1;
      while (i >= 0 && indices[i] == maxIndex(i)) i--;
      if (i < 0) {
        stopped = true;
        return null;
      }
      indices[i]++;
      for (int j = i + 1; j < r; j++) indices[j] = withReplacement ? indices[i] : indices[j - 1] + 1;
    }
    started = true;
    return PyTuple.wrap(Combinatorics.pick(pool, indices, r));
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    if (!started) return PyTuple.of(type(), PyTuple.of(PyTuple.of(pool), PyInt.of(r)));
    if (stopped) return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY, PyInt.of(r)));
    return PyTuple.of(type(), PyTuple.of(PyTuple.of(pool), PyInt.of(r)), Combinatorics.ints(indices, r));
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    PickleDeprecation.warn();
    PyObject[] idx = Combinatorics.stateIndices(state, r);
    for (int i = 0; i < r; i++) indices[i] = Combinatorics.clip(Abstract.indexValue(idx[i]), 0, maxIndex(i));
    started = true;
  }
}
