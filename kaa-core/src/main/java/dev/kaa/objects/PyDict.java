package dev.kaa.objects;

import dev.kaa.bytecode.CompareOps;
import java.util.Arrays;

/**
 * {@code dict}: insertion-ordered, with CPython's compact layout — a sparse index table of small ints pointing into
 * dense entry arrays (hash, key, value) kept in insertion order. Probing follows CPython's perturbed sequence, so
 * clustering behaves the same. Deleting leaves a hole in the entries (compacted on resize) and a dummy in the index.
 *
 * <p>Key comparison is identity, then (for exact str and small-int keys) a direct comparison, then {@code ==} with
 * equal hashes. {@code ==} is Python code that may change this very dict; when it does, the lookup starts over, as
 * CPython's does. Methods, views and iterators are added with the rest of the containers.
 */
public class PyDict extends PyObject {
  public static final PyType TYPE = new PyType("dict", PyType.IMMUTABLE | PyType.BASETYPE, PyDict.class,
      PyType.OBJECT);

  private static final int EMPTY = -1, DUMMY = -2, MIN_SIZE = 8;

  private int[] indices = new int[MIN_SIZE];
  private long[] hashes;
  private PyObject[] keys;
  private PyObject[] values;
  /** Live entries. */
  private int used;
  /** Entries appended so far, including holes left by deletion. */
  private int next;
  /** Changes whenever the table is rebuilt or an entry is added or removed: a restarted lookup can tell. */
  private int layoutVersion;

  public PyDict() {
    Arrays.fill(indices, EMPTY);
    int usable = usable(MIN_SIZE);
    hashes = new long[usable];
    keys = new PyObject[usable];
    values = new PyObject[usable];
  }

  @Override public PyType type() { return TYPE; }

  /** Entries a table with {@code size} index slots may hold before it grows: two thirds, as CPython. */
  private static int usable(int size) { return size * 2 / 3; }

  public int size() { return used; }

  /** {@code d[key]} without {@code __missing__}: the value, or null. */
  public PyObject get(PyObject key) {
    long hash = Abstract.hash(key);
    int ix = find(key, hash);
    return ix >= 0 ? values[ix] : null;
  }

  /** {@code d[name]} for a str key given as a Java String (attribute and global lookups): no PyStr is made. */
  public PyObject getStr(String name) {
    long hash = PyStr.hashOf(name);
    int mask = indices.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    while (true) {
      int ix = indices[i];
      if (ix == EMPTY) return null;
      if (ix >= 0 && hashes[ix] == hash) {
        PyObject k = keys[ix];
        if (isExactStr(k)) {
          if (((PyStr) k).value.equals(name)) return values[ix];
        } else {
          return get(new PyStr(name));   // a str subclass or an odd key with a colliding hash: the general path
        }
      }
      perturb >>>= 5;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
  }

  /** {@code d[key] = value}. */
  public void put(PyObject key, PyObject value) {
    long hash = Abstract.hash(key);
    int ix = find(key, hash);
    if (ix >= 0) {
      values[ix] = value;
      return;
    }
    if (next == keys.length) grow();
    int slot = freeSlot(hash);
    indices[slot] = next;
    hashes[next] = hash;
    keys[next] = key;
    values[next] = value;
    next++;
    used++;
    layoutVersion++;
  }

  /** {@code del d[key]} without the KeyError: the removed value, or null. */
  public PyObject remove(PyObject key) {
    long hash = Abstract.hash(key);
    int ix = find(key, hash);
    if (ix < 0) return null;
    PyObject old = values[ix];
    indices[slotOf(ix, hash)] = DUMMY;
    keys[ix] = null;
    values[ix] = null;
    used--;
    layoutVersion++;
    return old;
  }

  /** The entry index of {@code key}, or -1. */
  private int find(PyObject key, long hash) {
    restart:
    while (true) {
      int mask = indices.length - 1;
      long perturb = hash;
      int i = (int) (hash & mask);
      while (true) {
        int ix = indices[i];
        if (ix == EMPTY) return -1;
        if (ix >= 0) {
          PyObject k = keys[ix];
          if (k == key) return ix;
          if (hashes[ix] == hash) {
            if (isExactStr(k) && isExactStr(key)) {
              if (((PyStr) k).value.equals(((PyStr) key).value)) return ix;
            } else {
              int version = layoutVersion;
              boolean eq = Abstract.isTrue(Abstract.richCompare(k, key, CompareOps.EQ));
              if (version != layoutVersion || keys[ix] != k) continue restart;  // __eq__ changed the dict
              if (eq) return ix;
            }
          }
        }
        perturb >>>= 5;
        i = (int) ((i * 5L + perturb + 1) & mask);
      }
    }
  }

  private static boolean isExactStr(PyObject o) { return o.type() == PyStr.TYPE; }

  /** The index slot holding entry {@code ix} (which has {@code hash}). */
  private int slotOf(int ix, long hash) {
    int mask = indices.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    while (indices[i] != ix) {
      perturb >>>= 5;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
    return i;
  }

  /** The first empty index slot along {@code hash}'s probe sequence (dummies are reused only by a rebuild). */
  private int freeSlot(long hash) {
    int mask = indices.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    while (indices[i] != EMPTY) {
      perturb >>>= 5;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
    return i;
  }

  /** Rebuilds with room for three times the live entries (CPython's growth rate), dropping holes and dummies. */
  private void grow() {
    int size = MIN_SIZE;
    while (usable(size) < used * 3 || usable(size) <= used) size <<= 1;
    long[] oldHashes = hashes;
    PyObject[] oldKeys = keys, oldValues = values;
    int oldNext = next;
    indices = new int[size];
    Arrays.fill(indices, EMPTY);
    int usable = usable(size);
    hashes = new long[usable];
    keys = new PyObject[usable];
    values = new PyObject[usable];
    next = 0;
    for (int j = 0; j < oldNext; j++) {
      if (oldKeys[j] == null) continue;
      indices[freeSlot(oldHashes[j])] = next;
      hashes[next] = oldHashes[j];
      keys[next] = oldKeys[j];
      values[next] = oldValues[j];
      next++;
    }
    layoutVersion++;
  }

  /** Calls {@code action} on each entry in insertion order. The dict must not change meanwhile. */
  public void forEach(java.util.function.BiConsumer<PyObject, PyObject> action) {
    int version = layoutVersion;
    for (int j = 0; j < next; j++) {
      if (keys[j] == null) continue;
      action.accept(keys[j], values[j]);
      if (version != layoutVersion) throw Errors.of(ExceptionTypes.RuntimeError, "dictionary changed size during iteration");
    }
  }
}
