package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;

/** What product, permutations and the two combinations share: the r argument, and pickled index states. */
final class Combinatorics {
  private Combinatorics() {}

  /** The r argument: an int, not negative. */
  static int r(PyObject r) {
    long v = Abstract.indexValue(r);
    if (v < 0) throw Errors.valueError("r must be non-negative");
    return (int) Math.min(v, Integer.MAX_VALUE);
  }

  /** A state tuple's items, which must number {@code n}. */
  static PyObject[] stateIndices(PyObject state, int n) {
    if (!(state instanceof PyTuple t)) throw Errors.typeError("state is not a tuple");
    if (t.size() != n) throw Errors.valueError("invalid arguments");
    return t.toArray();
  }

  static int clip(long v, int lo, int hi) { return (int) Math.max(lo, Math.min(hi, v)); }

  static PyTuple ints(int[] values, int n) {
    PyObject[] out = new PyObject[n];
    for (int i = 0; i < n; i++) out[i] = PyInt.of(values[i]);
    return PyTuple.wrap(out);
  }

  /** The items of {@code pool} at {@code indices[0..r)}. */
  static PyObject[] pick(PyObject[] pool, int[] indices, int r) {
    PyObject[] out = new PyObject[r];
    for (int i = 0; i < r; i++) out[i] = pool[indices[i]];
    return out;
  }
}
