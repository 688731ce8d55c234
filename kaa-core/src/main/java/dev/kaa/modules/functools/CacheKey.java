package dev.kaa.modules.functools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyObject;
import java.util.Arrays;

/**
 * A key of an lru_cache: the call's arguments as CPython's {@code _make_key} lays them out (positional arguments, a
 * marker, keyword names and values, then the types when typed), compared with Python's {@code ==} and hashed once
 * (CPython's _HashedSeq). A lone str or int argument is its own key (a scalar), which equals no tuple key.
 */
final class CacheKey {
  /** Separates positional arguments from keyword pairs (CPython's kwd_mark). */
  static final PyObject KEYWORD_MARK = new PyObject() {
    @Override public dev.kaa.objects.PyType type() { return dev.kaa.objects.PyType.OBJECT; }
  };

  private final PyObject[] items;
  private final boolean scalar;
  private final int hash;

  CacheKey(PyObject[] items, boolean scalar) {
    this.items = items;
    this.scalar = scalar;
    long h = scalar ? 0 : items.length;
    for (PyObject x : items) h = h * 1000003 + Abstract.hash(x);
    this.hash = Long.hashCode(h);
  }

  @Override public int hashCode() { return hash; }

  @Override public boolean equals(Object o) {
    if (!(o instanceof CacheKey k) || k.hash != hash || k.scalar != scalar || k.items.length != items.length) {
      return false;
    }
    for (int i = 0; i < items.length; i++) {
      if (items[i] != k.items[i] && !Abstract.equals(items[i], k.items[i])) return false;
    }
    return true;
  }

  @Override public String toString() { return Arrays.toString(items); }
}
