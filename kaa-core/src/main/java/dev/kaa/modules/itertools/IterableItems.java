package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import java.util.Arrays;

/** {@code tuple(iterable)} as a Java array, for the built-in modules that snapshot an iterable (pools, saved items). */
public final class IterableItems {
  private IterableItems() {}

  /** Every item of {@code iterable}, in order. */
  public static PyObject[] of(PyObject iterable) {
    if (iterable.getClass() == PyTuple.class) return ((PyTuple) iterable).toArray();
    if (iterable.getClass() == PyList.class) return ((PyList) iterable).toArray();
    PyObject it = Abstract.iter(iterable);
    PyObject[] items = new PyObject[8];
    int n = 0;
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      if (n == items.length) items = Arrays.copyOf(items, n * 2);
      items[n++] = x;
    }
    return Arrays.copyOf(items, n);
  }
}
