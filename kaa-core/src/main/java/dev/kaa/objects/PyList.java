package dev.kaa.objects;

import dev.kaa.bytecode.CompareOps;
import java.util.Arrays;

/**
 * {@code list}: a {@code PyObject[]} with spare capacity and a size, grown as CPython's list_resize grows it, so
 * appends are amortised O(1) and {@code __sizeof__} reports what CPython's would. Every method re-reads the size after
 * running Python code (an {@code ==} or a repr may change the list), so mutation during an operation never escapes as
 * a Java exception.
 *
 * <p>Without a GIL ({@link FreeThreading#enabled()}) each operation holds the list's monitor while it changes or copies the
 * items, never while it runs Python code; item reads take no lock and answer null for a position another thread has
 * just emptied (docs/free-threading.md).
 */
public class PyList extends PyObject implements ItemSequence {
  public static final PyType TYPE = new PyType("list", PyType.BASETYPE | PyType.IMMUTABLE, PyList.class,
      PyType.OBJECT);

  static {
    TYPE.dictPut("__hash__", PyNone.NONE);  // mutable: unhashable
  }

  PyObject[] items;
  int size;

  public PyList() { this.items = Sequences.NO_ITEMS; }

  /** A list owning {@code items} (not copied). */
  public PyList(PyObject[] items) {
    this.items = items;
    this.size = items.length;
  }

  @Override public PyType type() { return TYPE; }

  /** {@code list[int]} and the like: a {@code types.GenericAlias}. */
  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS) static PyObject classGetItem(PyType cls,
                                                                                                 PyObject item) {
    return PyGenericAlias.classGetItem(cls, item);
  }

  @Override public final int size() { return size; }

  /**
   * Item {@code i} (checked against {@link #size()} by the caller), or null when another thread has shrunk the list
   * since: lock-free, one array read as before, the array read once so a concurrent resize cannot make it fail.
   */
  @Override public final PyObject get(int i) {
    PyObject[] a = items;
    return i < a.length ? a[i] : null;
  }

  /** Replaces item {@code i} (checked against {@link #size()}); false when another thread has shrunk the list since. */
  public final boolean set(int i, PyObject v) {
    if (!FreeThreading.enabled()) {
      items[i] = v;
      return true;
    }
    synchronized (this) {
      if (i >= size) return false;
      items[i] = v;
      return true;
    }
  }

  /** {@code list.append} without the method call. */
  public final void add(PyObject v) {
    if (!FreeThreading.enabled()) {
      push(v);
      return;
    }
    synchronized (this) {
      push(v);
    }
  }

  private void push(PyObject v) {
    if (size == items.length) resize(size + 1);
    items[size++] = v;
  }

  /** Removes and returns the last item, or null when the list is empty: {@code list.pop()} without the method call. */
  public final PyObject removeLast() {
    if (!FreeThreading.enabled()) return popLast();
    synchronized (this) {
      return popLast();
    }
  }

  private PyObject popLast() {
    if (size == 0) return null;
    PyObject item = items[--size];
    items[size] = null;
    resize(size);
    return item;
  }

  /** A copy of the items. */
  public final PyObject[] toArray() {
    if (!FreeThreading.enabled()) return Arrays.copyOf(items, size);
    synchronized (this) {
      return Arrays.copyOf(items, size);
    }
  }

  /**
   * Makes room for {@code newSize} items, as CPython's list_resize: newsize + newsize/8 + 6 rounded down to a multiple
   * of 4, or just the size rounded up to 4 when a big jump makes over-allocation pointless.
   */
  final void resize(int newSize) {
    if (newSize <= items.length && newSize >= items.length >> 1) return;
    long capacity = ((long) newSize + (newSize >> 3) + 6) & ~3L;
    if (newSize - size > capacity - newSize) capacity = ((long) newSize + 3) & ~3L;
    if (newSize == 0) capacity = 0;
    if (capacity > Integer.MAX_VALUE - 8) throw Errors.memoryError();
    items = Arrays.copyOf(items, (int) capacity);
  }

  /** An instance of a Python subclass of list: its class, {@code __dict__} and {@code __slots__} values. */
  public static final class Derived extends PyList implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    public Derived(PyType type) {
      super();
      this.type = type;
      this.dict = HeapInstance.newDict(type);
      this.slots = HeapInstance.newSlots(type);
    }

    @Override public PyType type() { return type; }

    @Override public void setType(PyType t) { type = t; }

    @Override public PyDict dict() { return dict; }

    @Override public void setDict(PyDict d) { dict = d; }

    @Override public PyObject[] slots() { return slots; }
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newList(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return cls == TYPE ? new PyList() : new Derived(cls);
  }

  @PyMethod("__init__") void init(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    Sequences.rejectKeywords(this, TYPE, kwargs);
    if (args.length > 1) throw Errors.typeError("list expected at most 1 argument, got %d", args.length);
    clear();
    if (args.length == 1) extend(args[0]);
  }

  // ---- size and items

  @PyMethod("__len__") PyObject len() { return PyInt.of(size); }

  @PyMethod("__getitem__") PyObject getItem(PyObject key) {
    if (Sequences.isIndex(key)) {
      int i = Sequences.itemIndex(key, size);
      PyObject item = i < 0 ? null : get(i);
      if (item == null) throw Errors.indexError("list index out of range");
      return item;
    }
    if (key instanceof PySlice s) {
      PySlice.Indices ix = s.indices(() -> size);
      if (!FreeThreading.enabled()) return slice(ix);
      synchronized (this) {
        return slice(s.indices(() -> size));
      }
    }
    throw Sequences.badIndex("list", key);
  }

  private PyList slice(PySlice.Indices ix) {
    PyObject[] out = new PyObject[(int) ix.length()];
    for (int k = 0; k < out.length; k++) out[k] = items[(int) (ix.start() + k * ix.step())];
    return new PyList(out);
  }

  @PyMethod("__setitem__") void setItem(PyObject key, PyObject value) {
    if (Sequences.isIndex(key)) {
      int i = Sequences.itemIndex(key, size);
      if (i < 0 || !set(i, value)) throw Errors.indexError("list assignment index out of range");
    } else if (key instanceof PySlice s) {
      assignSlice(s, value);
    } else {
      throw Sequences.badIndex("list", key);
    }
  }

  @PyMethod("__delitem__") void delItem(PyObject key) {
    if (Sequences.isIndex(key)) {
      int i = Sequences.itemIndex(key, size);
      if (i < 0 || !removeAt(i)) throw Errors.indexError("list assignment index out of range");
    } else if (key instanceof PySlice s) {
      PySlice.Indices ix = s.indices(() -> size);
      if (!FreeThreading.enabled()) {
        deleteSlice(ix);
        return;
      }
      synchronized (this) {
        deleteSlice(s.indices(() -> size));  // ints by now: the size may have changed since
      }
    } else {
      throw Sequences.badIndex("list", key);
    }
  }

  /** Removes item {@code i}; false when it is no longer there (another thread shrank the list). */
  private boolean removeAt(int i) {
    if (!FreeThreading.enabled()) {
      replace(i, i + 1, Sequences.NO_ITEMS);
      return true;
    }
    synchronized (this) {
      if (i >= size) return false;
      replace(i, i + 1, Sequences.NO_ITEMS);
      return true;
    }
  }

  private void assignSlice(PySlice s, PyObject value) {
    PySlice.Indices ix = s.indices(() -> size);
    PyObject[] seq = iterableItems(value,
        ix.step() == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    if (!FreeThreading.enabled()) {
      assignItems(ix, seq);
      return;
    }
    synchronized (this) {
      assignItems(s.indices(() -> size), seq);
    }
  }

  private void assignItems(PySlice.Indices ix, PyObject[] seq) {
    if (ix.step() == 1) {
      int lo = (int) ix.start();
      replace(lo, Math.max(lo, (int) ix.stop()), seq);
      return;
    }
    if (seq.length != ix.length()) {
      throw Errors.valueError("attempt to assign sequence of size %d to extended slice of size %d", seq.length,
          ix.length());
    }
    for (int k = 0; k < seq.length; k++) items[(int) (ix.start() + k * ix.step())] = seq[k];
  }

  private static PyObject[] iterableItems(PyObject value, String notIterable) {
    try {
      return Sequences.toArray(value);
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.TypeError) || value.type().lookupSpecial(Special.ITER) != null
          || value.type().lookupSpecial(Special.GETITEM) != null) {
        throw e;
      }
      throw Errors.typeError(notIterable);
    }
  }

  private void deleteSlice(PySlice.Indices ix) {
    if (ix.step() == 1) {
      int lo = (int) ix.start();
      replace(lo, Math.max(lo, (int) ix.stop()), Sequences.NO_ITEMS);
      return;
    }
    if (ix.length() == 0) return;
    long lo = ix.step() > 0 ? ix.start() : ix.start() + (ix.length() - 1) * ix.step();
    long step = Math.abs(ix.step());
    int out = (int) lo;
    for (int i = (int) lo; i < size; i++) {
      boolean removed = i <= lo + (ix.length() - 1) * step && (i - lo) % step == 0;
      if (!removed) items[out++] = items[i];
    }
    Arrays.fill(items, out, size, null);
    size = out;
    resize(size);
  }

  /** {@code self[lo:hi] = seq} for 0 <= lo <= hi <= size. */
  private void replace(int lo, int hi, PyObject[] seq) {
    int newSize = size - (hi - lo) + seq.length;
    if (newSize > size) resize(newSize);
    System.arraycopy(items, hi, items, lo + seq.length, size - hi);
    System.arraycopy(seq, 0, items, lo, seq.length);
    if (newSize < size) {
      Arrays.fill(items, newSize, size, null);
      size = newSize;
      resize(newSize);
    }
    size = newSize;
  }

  @PyMethod("__contains__") PyObject contains(PyObject value) { return PyBool.of(Sequences.contains(this, value)); }

  @PyMethod("__iter__") PyObject iter() { return PyItemIterator.forward(PyItemIterator.LIST_ITERATOR, this); }

  @PyMethod("__reversed__") PyObject reversed() { return PyItemIterator.backward(this); }

  // ---- methods

  @PyMethod public void append(PyObject object) { add(object); }

  @PyMethod public void extend(PyObject iterable) {
    if (iterable.type() == PyList.TYPE || iterable.type() == PyTuple.TYPE || iterable == this) {
      PyObject[] more = iterable == this ? toArray() : Sequences.toArray(iterable);
      if (!FreeThreading.enabled()) {
        replace(size, size, more);
        return;
      }
      synchronized (this) {
        replace(size, size, more);
      }
      return;
    }
    PyObject it = Abstract.iter(iterable);
    Abstract.lengthHint(iterable);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) add(x);
  }

  @PyMethod void insert(PyObject index, PyObject object) {
    long i = Abstract.indexValue(index);
    if (!FreeThreading.enabled()) {
      insertAt(i, object);
      return;
    }
    synchronized (this) {
      insertAt(i, object);
    }
  }

  private void insertAt(long i, PyObject object) {
    if (i < 0) i = Math.max(0, i + size);
    if (i > size) i = size;
    replace((int) i, (int) i, new PyObject[] {object});
  }

  @PyMethod PyObject pop(@PyMethod.Opt PyObject index) {
    long i = index == null ? -1 : Abstract.indexValue(index);
    if (!FreeThreading.enabled()) return popAt(i);
    synchronized (this) {
      return popAt(i);
    }
  }

  private PyObject popAt(long i) {
    if (size == 0) throw Errors.indexError("pop from empty list");
    if (i < 0) i += size;
    if (i < 0 || i >= size) throw Errors.indexError("pop index out of range");
    PyObject item = items[(int) i];
    replace((int) i, (int) i + 1, Sequences.NO_ITEMS);
    return item;
  }

  @PyMethod void remove(PyObject value) {
    for (int i = 0; i < size; i++) {
      PyObject item = get(i);
      if (item == null) break;
      if (Abstract.equals(item, value)) {
        if (!removeIfAt(i, item)) remove(value);  // the list changed under the comparison: look again
        return;
      }
    }
    throw Errors.valueError("list.remove(x): x not in list");
  }

  /** Removes item {@code i} if it is still {@code item}. */
  private boolean removeIfAt(int i, PyObject item) {
    if (!FreeThreading.enabled()) return removeIfAtUnlocked(i, item);
    synchronized (this) {
      return removeIfAtUnlocked(i, item);
    }
  }

  private boolean removeIfAtUnlocked(int i, PyObject item) {
    if (i >= size || items[i] != item) return false;
    replace(i, i + 1, Sequences.NO_ITEMS);
    return true;
  }

  @PyMethod PyObject index(PyObject value, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject stop) {
    int i = Sequences.find(this, value, start, stop);
    if (i < 0) throw Errors.valueError("%s is not in list", Abstract.repr(value).value);
    return PyInt.of(i);
  }

  @PyMethod PyObject count(PyObject value) { return Sequences.count(this, value); }

  @PyMethod public void clear() {
    if (!FreeThreading.enabled()) {
      items = Sequences.NO_ITEMS;
      size = 0;
      return;
    }
    synchronized (this) {
      items = Sequences.NO_ITEMS;
      size = 0;
    }
  }

  @PyMethod PyObject copy() { return new PyList(toArray()); }

  @PyMethod void reverse() {
    if (!FreeThreading.enabled()) {
      reverseRange(items, size);
      return;
    }
    synchronized (this) {
      reverseRange(items, size);
    }
  }

  private static void reverseRange(PyObject[] a, int n) {
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      PyObject t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /**
   * {@code list.sort(*, key=None, reverse=False)}: stable, comparing with {@code <} only. While it runs the list looks
   * empty to Python code (as CPython's does); if that code changes it, the sort still completes and then raises.
   */
  @PyMethod void sort(@PyMethod.KwOnly @PyMethod.Opt PyObject key, @PyMethod.KwOnly @PyMethod.Opt PyObject reverse) {
    boolean descending = reverse != null && Abstract.isTrue(reverse);  // 3.12 clinic bool: any truth value
    if (key == PyNone.NONE) key = null;
    PyObject[] marker = new PyObject[0];
    PyObject[] saved;
    int n;
    synchronized (this) {  // the items are taken out and put back atomically; the sort itself runs unlocked
      saved = items;
      n = size;
      items = marker;
      size = 0;
    }
    boolean modified;
    try {
      PyObject[] keys = null;
      if (key != null) {
        keys = new PyObject[n];
        for (int i = 0; i < n; i++) keys[i] = key.call1(saved[i]);
      }
      if (descending) {
        reverseRange(saved, n);
        if (keys != null) reverseRange(keys, n);
      }
      ListSort.sort(saved, keys, n);
      if (descending) reverseRange(saved, n);
    } finally {
      synchronized (this) {
        modified = items != marker || size != 0;
        items = saved;
        size = n;
      }
    }
    if (modified) throw Errors.valueError("list modified during sort");
  }

  // ---- operators

  @PyMethod("__add__") PyObject add2(PyObject other) {
    if (!(other instanceof PyList o)) return PyNotImplemented.VALUE;
    if (!FreeThreading.enabled()) return new PyList(concat(items, size, o.items, o.size));
    PyObject[] mine = toArray(), theirs = o.toArray();
    return new PyList(concat(mine, mine.length, theirs, theirs.length));
  }

  private static PyObject[] concat(PyObject[] a, int m, PyObject[] b, int n) {
    PyObject[] out = Arrays.copyOf(a, m + n);
    System.arraycopy(b, 0, out, m, n);
    return out;
  }

  @PyMethod("__iadd__") PyObject iadd(PyObject other) {
    extend(other);
    return this;
  }

  @PyMethod("__mul__") public PyObject mul(PyObject n) {
    long times = Sequences.requiredRepeatCount(n);
    if (!FreeThreading.enabled()) return new PyList(Sequences.repeat(items, size, times));
    PyObject[] mine = toArray();
    return new PyList(Sequences.repeat(mine, mine.length, times));
  }

  @PyMethod("__rmul__") PyObject rmul(PyObject n) { return mul(n); }

  @PyMethod("__imul__") PyObject imul(PyObject n) {
    Long times = Sequences.repeatCount(n);
    if (times == null) return PyNotImplemented.VALUE;
    if (times == 1) return this;
    if (!FreeThreading.enabled()) {
      repeatInPlace(times);
      return this;
    }
    synchronized (this) {
      repeatInPlace(times);
    }
    return this;
  }

  private void repeatInPlace(long times) {
    PyObject[] out = Sequences.repeat(items, size, times);
    items = Sequences.NO_ITEMS;
    size = 0;
    replace(0, 0, out);
  }

  @PyMethod("__repr__") PyObject repr() { return new PyStr(Sequences.repr(this, this, "[", "]", "[...]")); }

  /** CPython's figure: the object header and fields (40 bytes) plus 8 per allocated slot. */
  @PyMethod("__sizeof__") PyObject sizeOf() { return PyInt.of(40 + 8L * items.length); }

  @PyMethod("__eq__") PyObject eq(PyObject o) { return compare(o, CompareOps.EQ); }

  @PyMethod("__ne__") PyObject ne(PyObject o) { return compare(o, CompareOps.NE); }

  @PyMethod("__lt__") PyObject lt(PyObject o) { return compare(o, CompareOps.LT); }

  @PyMethod("__le__") PyObject le(PyObject o) { return compare(o, CompareOps.LE); }

  @PyMethod("__gt__") PyObject gt(PyObject o) { return compare(o, CompareOps.GT); }

  @PyMethod("__ge__") PyObject ge(PyObject o) { return compare(o, CompareOps.GE); }

  private PyObject compare(PyObject o, CompareOps op) {
    return o instanceof PyList l ? Sequences.compare(this, l, op, true) : PyNotImplemented.VALUE;
  }
}
