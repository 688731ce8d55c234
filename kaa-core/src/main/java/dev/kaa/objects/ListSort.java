package dev.kaa.objects;

import dev.kaa.bytecode.CompareOps;
import dev.kaa.strings.StrCompare;

/**
 * {@code list.sort}'s algorithm: a stable merge sort that compares only with {@code <} and always asks
 * {@code later < earlier}, as CPython's timsort does, so a comparison that raises raises with the operands in CPython's
 * order and any consistent {@code <} gives CPython's result. Unlike Java's TimSort it never objects to an inconsistent
 * {@code <} (NaNs, odd {@code __lt__}): it just produces some order.
 *
 * <p>As CPython's pre-sort check does, keys that are all exact ints that fit in a long, or all exact strs, are compared
 * directly (their {@code <} cannot be replaced and calls no Python code), so the order is the same.
 */
final class ListSort {
  private static final int INSERTION_LIMIT = 16;

  /** Sorts {@code values[0:n]} by {@code keys} (or by the values themselves when keys is null). */
  static void sort(PyObject[] values, PyObject[] keys, int n) {
    PyObject[] k = keys == null ? values : keys;
    PyObject[] v = keys == null ? null : values;
    new ListSort(orderOf(k, n)).mergeSort(k, v, 0, n, new PyObject[n], v == null ? null : new PyObject[n]);
  }

  /** How two keys compare: {@code a < b}. */
  private interface Order {
    boolean less(PyObject a, PyObject b);
  }

  private static final Order LONGS = (a, b) -> ((PyInt) a).longValue() < ((PyInt) b).longValue();
  private static final Order STRS = (a, b) -> StrCompare.compare(((PyStr) a).value, ((PyStr) b).value) < 0;
  private static final Order GENERAL = (a, b) -> Abstract.isTrue(Abstract.richCompare(a, b, CompareOps.LT));

  private static Order orderOf(PyObject[] keys, int n) {
    boolean longs = true, strs = true;
    for (int i = 0; i < n && (longs || strs); i++) {
      PyObject x = keys[i];
      longs &= x.getClass() == PyInt.class && ((PyInt) x).isLong();
      strs &= x.getClass() == PyStr.class;
    }
    return longs ? LONGS : strs ? STRS : GENERAL;
  }

  private final Order order;

  private ListSort(Order order) { this.order = order; }

  private boolean lessThan(PyObject a, PyObject b) { return order.less(a, b); }

  private void mergeSort(PyObject[] k, PyObject[] v, int lo, int hi, PyObject[] tk, PyObject[] tv) {
    if (hi - lo <= INSERTION_LIMIT) {
      insertionSort(k, v, lo, hi);
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(k, v, lo, mid, tk, tv);
    mergeSort(k, v, mid, hi, tk, tv);
    if (!lessThan(k[mid], k[mid - 1])) return;  // already in order
    int left = mid - lo;
    System.arraycopy(k, lo, tk, 0, left);
    if (v != null) System.arraycopy(v, lo, tv, 0, left);
    int i = 0, j = mid, out = lo;
    while (i < left && j < hi) {
      if (lessThan(k[j], tk[i])) {
        if (v != null) v[out] = v[j];
        k[out++] = k[j++];
      } else {
        if (v != null) v[out] = tv[i];
        k[out++] = tk[i++];
      }
    }
    while (i < left) {
      if (v != null) v[out] = tv[i];
      k[out++] = tk[i++];
    }
  }

  private void insertionSort(PyObject[] k, PyObject[] v, int lo, int hi) {
    for (int i = lo + 1; i < hi; i++) {
      PyObject x = k[i], xv = v == null ? null : v[i];
      int j = i;
      while (j > lo && lessThan(x, k[j - 1])) {
        k[j] = k[j - 1];
        if (v != null) v[j] = v[j - 1];
        j--;
      }
      k[j] = x;
      if (v != null) v[j] = xv;
    }
  }
}
