package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.Arrays;

/** {@code batched(iterable, n)}: tuples of n items; the last one may be shorter. */
final class PyBatched extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.batched", PyType.IMMUTABLE | PyType.BASETYPE, PyBatched.class,
      PyType.OBJECT);

  /** The source; null once exhausted. */
  private PyObject it;
  private final int n;

  private PyBatched(PyType type, PyObject it, int n) {
    super(type);
    this.it = it;
    this.n = n;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject iterable, PyObject n) {
    long size = Abstract.indexValue(n);
    if (size < 1) throw Errors.valueError("n must be at least one");
    if (size > Integer.MAX_VALUE - 8) throw Errors.overflowError("Python int too large to convert to C ssize_t");
    return new PyBatched(cls, Abstract.iter(iterable), (int) size);
  }

  @Override PyObject step() {
    if (it == null) return null;
    PyObject[] batch = new PyObject[Math.min(n, 64)];
    int got = 0;
    while (got < n) {
      PyObject item = Abstract.next(it);
      if (item == null) {
        it = null;
        break;
      }
      if (got == batch.length) batch = Arrays.copyOf(batch, (int) Math.min(n, 2L * got));
      batch[got++] = item;
    }
    if (got == 0) return null;
    return PyTuple.wrap(got == batch.length ? batch : Arrays.copyOf(batch, got));
  }
}
