package dev.kaa.objects;

import java.util.Arrays;

/**
 * {@code list}: a {@code PyObject[]} with spare capacity and a size, grown by about 1/8 as CPython's list does, so
 * appends are amortised O(1) and the over-allocation pattern matches CPython's {@code sys.getsizeof}.
 */
public class PyList extends PyObject {
  public static final PyType TYPE = new PyType("list", PyType.BASETYPE | PyType.IMMUTABLE, PyList.class,
      PyType.OBJECT);
  private static final PyObject[] NONE = new PyObject[0];

  PyObject[] items;
  int size;

  public PyList() { this.items = NONE; }

  /** A list owning {@code items} (not copied). */
  public PyList(PyObject[] items) {
    this.items = items;
    this.size = items.length;
  }

  @Override public PyType type() { return TYPE; }

  public final int size() { return size; }

  public final PyObject get(int i) { return items[i]; }

  public final void set(int i, PyObject v) { items[i] = v; }

  /** {@code list.append} without the method call. */
  public final void add(PyObject v) {
    if (size == items.length) grow(size + 1);
    items[size++] = v;
  }

  /** A copy of the items. */
  public final PyObject[] toArray() { return Arrays.copyOf(items, size); }

  /** CPython's growth pattern: newsize + newsize/8 + 6, rounded down to a multiple of 4. */
  final void grow(int minSize) {
    int capacity = (minSize + (minSize >> 3) + 6) & ~3;
    items = Arrays.copyOf(items, capacity);
  }
}
