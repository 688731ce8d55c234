package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code permutations(iterable, r=None)}: r-length arrangements in lexicographic order of positions. */
final class PyPermutations extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.permutations", PyType.IMMUTABLE | PyType.BASETYPE,
      PyPermutations.class, PyType.OBJECT);

  private final PyObject[] pool;
  private final int r;
  /** A permutation of the pool's positions; the first r are the current result. */
  private final int[] indices;
  /** The countdown of each of the first r positions (the classic algorithm's "cycles"). */
  private final int[] cycles;
  private boolean started;
  private boolean stopped;

  private PyPermutations(PyType type, PyObject[] pool, int r) {
    super(type);
    int n = pool.length;
    this.pool = pool;
    this.r = r;
    this.indices = new int[n];
    for (int i = 0; i < n; i++) indices[i] = i;
    this.cycles = new int[Math.min(r, n)];
    for (int i = 0; i < cycles.length; i++) cycles[i] = n - i;
    this.stopped = r > n;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject iterable, @PyMethod.Opt PyObject r) {
    PyObject[] pool = IterableItems.of(iterable);
    int length = pool.length;
    if (r != null && r != PyNone.NONE) {
      if (!(r instanceof PyInt)) throw Errors.typeError("Expected int as r");
      length = Combinatorics.r(r);
    }
    return new PyPermutations(cls, pool, length);
  }

  @Override PyObject step() {
    if (stopped) return null;
    int n = pool.length;
    if (started) {
      if (n == 0) {
        stopped = true;
        return null;
      }
      int i = r - 1;
      for (; i >= 0; i--) {
        if (--cycles[i] == 0) {
          // rotate indices[i:] left by one
          int first = indices[i];
          System.arraycopy(indices, i + 1, indices, i, n - i - 1);
          indices[n - 1] = first;
          cycles[i] = n - i;
        } else {
          int j = cycles[i];
          int t = indices[i];
          indices[i] = indices[n - j];
          indices[n - j] = t;
          break;
        }
      }
      if (i < 0) {
        stopped = true;
        return null;
      }
    }
    started = true;
    return PyTuple.wrap(Combinatorics.pick(pool, indices, r));
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    PyTuple args = PyTuple.of(PyTuple.of(pool), PyInt.of(r));
    if (!started) return PyTuple.of(type(), args);
    if (stopped) return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY, PyInt.of(r)));
    PyTuple state = PyTuple.of(Combinatorics.ints(indices, indices.length), Combinatorics.ints(cycles, r));
    return PyTuple.of(type(), args, state);
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    PickleDeprecation.warn();
    PyObject[] parts = Combinatorics.stateIndices(state, 2);
    int n = pool.length;
    PyObject[] idx = IterableItems.of(parts[0]);
    PyObject[] cyc = IterableItems.of(parts[1]);
    if (idx.length != n || cyc.length != r) throw Errors.valueError("invalid arguments");
    for (int i = 0; i < n; i++) indices[i] = Combinatorics.clip(Abstract.indexValue(idx[i]), 0, n - 1);
    for (int i = 0; i < r; i++) cycles[i] = Combinatorics.clip(Abstract.indexValue(cyc[i]), 1, n - i);
    started = true;
  }
}
