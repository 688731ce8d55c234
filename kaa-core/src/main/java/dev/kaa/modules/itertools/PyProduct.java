package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code product(*iterables, repeat=1)}: the Cartesian product, as tuples in lexicographic order of the pools'
 * indices (the rightmost advancing fastest). The pools are read into tuples first, as CPython does.
 */
final class PyProduct extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.product", PyType.IMMUTABLE | PyType.BASETYPE, PyProduct.class,
      PyType.OBJECT);

  private final PyObject[][] pools;
  private int[] indices;
  /** The previous result; null before the first. */
  private PyObject[] result;
  private boolean stopped;

  private PyProduct(PyType type, PyObject[][] pools) {
    super(type);
    this.pools = pools;
    this.indices = new int[pools.length];
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    long repeat = 1;
    if (kwargs != null && kwargs.size() > 0) {
      PyObject r = kwargs.get(new PyStr("repeat"));
      if (r == null || kwargs.size() > 1) {
        for (PyObject k : IterableItems.of(kwargs)) {
          if (!"repeat".equals(((PyStr) k).value)) {
            throw Errors.typeError("'%s' is an invalid keyword argument for product()", ((PyStr) k).value);
          }
        }
      }
      repeat = Abstract.indexValue(r);
      if (repeat < 0) throw Errors.valueError("repeat argument cannot be negative");
    }
    if (args.length > 0 && repeat > Integer.MAX_VALUE / args.length) throw Errors.overflowError("repeat argument too large");
    PyObject[][] distinct = new PyObject[args.length][];
    for (int i = 0; i < args.length; i++) distinct[i] = IterableItems.of(args[i]);
    PyObject[][] pools = new PyObject[(int) (args.length * repeat)][];
    for (int i = 0; i < pools.length; i++) pools[i] = distinct[i % args.length];
    return new PyProduct(cls, pools);
  }

  @Override PyObject step() {
    if (stopped) return null;
    int n = pools.length;
    if (result == null) {
      result = new PyObject[n];
      for (int i = 0; i < n; i++) {
        if (pools[i].length == 0) {
          stopped = true;
          return null;
        }
        result[i] = pools[i][0];
      }
    } else {
      int i = n - 1;
      for (; i >= 0; i--) {
        PyObject[] pool = pools[i];
        if (++indices[i] < pool.length) {
          result[i] = pool[indices[i]];
          break;
        }
        indices[i] = 0;
        result[i] = pool[0];
      }
      if (i < 0) {
        stopped = true;
        return null;
      }
    }
    return PyTuple.of(result);
  }

  private PyTuple poolsTuple() {
    PyObject[] out = new PyObject[pools.length];
    for (int i = 0; i < out.length; i++) out[i] = PyTuple.of(pools[i]);
    return PyTuple.wrap(out);
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    if (stopped) return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY));
    if (result == null) return PyTuple.of(type(), poolsTuple());
    PyObject[] idx = new PyObject[indices.length];
    for (int i = 0; i < idx.length; i++) idx[i] = PyInt.of(indices[i]);
    return PyTuple.of(type(), poolsTuple(), PyTuple.wrap(idx));
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    PickleDeprecation.warn();
    PyObject[] idx = Combinatorics.stateIndices(state, pools.length);
    result = new PyObject[pools.length];
    for (int i = 0; i < pools.length; i++) {
      PyObject[] pool = pools[i];
      if (pool.length == 0) {
        stopped = true;
        return;
      }
      indices[i] = Combinatorics.clip(Abstract.indexValue(idx[i]), 0, pool.length - 1);
      result[i] = pool[indices[i]];
    }
  }
}
