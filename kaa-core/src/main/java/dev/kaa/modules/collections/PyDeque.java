package dev.kaa.modules.collections;

import dev.kaa.bytecode.CompareOps;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyGenericAlias;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.ReprGuard;
import dev.kaa.objects.Special;
import dev.kaa.objects.SubclassableObject;
import dev.kaa.objects.FreeThreading;
import java.util.Arrays;

/**
 * {@code collections.deque}: a ring buffer (a power-of-two array, a head position and a size), so both ends push
 * and pop in O(1) and indexing is O(1) — where CPython links 64-item blocks, the observable behaviour is the same.
 * With a {@code maxlen}, adding at one end drops items from the other. Every change of length bumps {@link #state},
 * which is how iterators and searches notice that Python code ({@code ==}, a key's hash) mutated the deque under them.
 *
 * <p>Without a GIL ({@link FreeThreading#enabled()}) every change and every read of the ring holds the deque's monitor, never
 * while Python code runs (docs/free-threading.md).
 */
public final class PyDeque extends SubclassableObject {
  public static final PyType TYPE = new PyType("collections.deque", PyType.IMMUTABLE | PyType.BASETYPE,
      PyDeque.class, PyType.OBJECT);

  static {
    TYPE.dictPut("__hash__", PyNone.NONE);  // mutable: unhashable
  }

  private static final int MIN_CAPACITY = 8;

  private PyObject[] ring = new PyObject[MIN_CAPACITY];
  private int head;
  private int size;
  /** The most items kept; -1 for no limit. */
  private long maxlen = -1;
  /** Counts changes of length (CPython's deque->state). */
  long state;

  PyDeque(PyType type) { super(type); }

  // ---- the ring

  int size() { return size; }

  /** The item at position {@code i} (0 <= i < size). */
  PyObject get(int i) { return ring[(head + i) & (ring.length - 1)]; }

  private void set(int i, PyObject v) { ring[(head + i) & (ring.length - 1)] = v; }

  private void grow() {
    if (size < ring.length) return;
    if (ring.length > (1 << 29)) throw Errors.memoryError();
    PyObject[] bigger = new PyObject[ring.length * 2];
    for (int i = 0; i < size; i++) bigger[i] = get(i);
    ring = bigger;
    head = 0;
  }

  private void addLast(PyObject v) {
    grow();
    set(size++, v);
    state++;
  }

  private void addFirst(PyObject v) {
    grow();
    head = (head - 1) & (ring.length - 1);
    ring[head] = v;
    size++;
    state++;
  }

  private PyObject removeLast() {
    int i = (head + size - 1) & (ring.length - 1);
    PyObject v = ring[i];
    ring[i] = null;
    size--;
    state++;
    return v;
  }

  private PyObject removeFirst() {
    PyObject v = ring[head];
    ring[head] = null;
    head = (head + 1) & (ring.length - 1);
    size--;
    state++;
    return v;
  }

  /** Removes position {@code i}, moving the shorter side. */
  private void removeAt(int i) {
    if (i < size / 2) {
      for (int k = i; k > 0; k--) set(k, get(k - 1));
      removeFirst();
    } else {
      for (int k = i; k < size - 1; k++) set(k, get(k + 1));
      removeLast();
    }
  }

  /** The items, in order, in a fresh array. */
  PyObject[] toArray() { return FreeThreading.locked(this, this::copyItems); }

  private PyObject[] copyItems() {
    PyObject[] out = new PyObject[size];
    for (int i = 0; i < size; i++) out[i] = get(i);
    return out;
  }

  private void replaceAll(PyObject[] items) {
    int capacity = MIN_CAPACITY;
    while (capacity < items.length) capacity *= 2;
    ring = Arrays.copyOf(items, capacity);
    head = 0;
    size = items.length;
    state++;
  }

  // ---- construction

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs dev.kaa.objects.PyDict kwargs) {
    return new PyDeque(cls);
  }

  /** {@code deque(iterable=(), maxlen=None)}, its arguments read by hand for CPython's "deque()" wording. */
  @PyMethod("__init__") void init(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs dev.kaa.objects.PyDict kwargs) {
    if (args.length > 2) throw Errors.typeError("deque() takes at most 2 arguments (%d given)", args.length);
    PyObject iterable = args.length > 0 ? args[0] : null;
    PyObject maxlen = args.length > 1 ? args[1] : null;
    if (kwargs != null) {
      for (PyObject k : dev.kaa.modules.itertools.IterableItems.of(kwargs)) {
        String name = ((PyStr) k).value;
        int position = name.equals("iterable") ? 1 : name.equals("maxlen") ? 2 : 0;
        if (position == 0) throw Errors.typeError("'%s' is an invalid keyword argument for deque()", name);
        if (position <= args.length) {
          throw Errors.typeError("argument for deque() given by name ('%s') and position (%d)", name, position);
        }
        if (position == 1) iterable = kwargs.get(k);
        else maxlen = kwargs.get(k);
      }
    }
    long limit = -1;
    if (maxlen != null && maxlen != PyNone.NONE) {
      if (!(maxlen instanceof PyInt) && maxlen.type().lookupSpecial(Special.INDEX) == null) {
        throw Errors.typeError("an integer is required");
      }
      limit = dev.kaa.modules.itertools.SsizeArg.of(maxlen);
      if (limit < 0) throw Errors.valueError("maxlen must be non-negative");
    }
    this.maxlen = limit;
    if (size > 0) clear();
    if (iterable != null) extend(iterable);
  }

  @PyGetter("maxlen") PyObject maxlenAttr() { return maxlen < 0 ? PyNone.NONE : PyInt.of(maxlen); }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  // ---- adding and removing at the ends

  @PyMethod public void append(PyObject x) {
    if (!FreeThreading.enabled()) {
      push(x);
      return;
    }
    synchronized (this) {
      push(x);
    }
  }

  private void push(PyObject x) {
    if (maxlen == 0) return;
    if (size == maxlen) removeFirst();
    addLast(x);
  }

  @PyMethod void appendleft(PyObject x) {
    if (!FreeThreading.enabled()) {
      pushLeft(x);
      return;
    }
    synchronized (this) {
      pushLeft(x);
    }
  }

  private void pushLeft(PyObject x) {
    if (maxlen == 0) return;
    if (size == maxlen) removeLast();
    addFirst(x);
  }

  @PyMethod PyObject pop() {
    if (!FreeThreading.enabled()) return takeLast();
    synchronized (this) {
      return takeLast();
    }
  }

  private PyObject takeLast() {
    if (size == 0) throw Errors.indexError("pop from an empty deque");
    return removeLast();
  }

  @PyMethod PyObject popleft() {
    if (!FreeThreading.enabled()) return takeFirst();
    synchronized (this) {
      return takeFirst();
    }
  }

  private PyObject takeFirst() {
    if (size == 0) throw Errors.indexError("pop from an empty deque");
    return removeFirst();
  }

  @PyMethod public void extend(PyObject iterable) {
    if (iterable == this) {
      for (PyObject x : toArray()) append(x);
      return;
    }
    PyObject it = Abstract.iter(iterable);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) append(x);
  }

  @PyMethod void extendleft(PyObject iterable) {
    if (iterable == this) {
      for (PyObject x : toArray()) appendleft(x);
      return;
    }
    PyObject it = Abstract.iter(iterable);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) appendleft(x);
  }

  @PyMethod void rotate(@PyMethod.Opt PyObject n) {
    long steps = n == null ? 1 : dev.kaa.modules.itertools.SsizeArg.of(n);
    FreeThreading.locked(this, () -> rotateBy(steps));
  }

  private void rotateBy(long steps) {
    if (size <= 1) return;
    int k = (int) Math.floorMod(steps, (long) size);
    if (k == 0) return;
    PyObject[] items = copyItems();
    for (int i = 0; i < size; i++) set((i + k) % size, items[i]);
  }

  @PyMethod void clear() {
    FreeThreading.locked(this, () -> {
      ring = new PyObject[MIN_CAPACITY];
      head = 0;
      size = 0;
      state++;
    });
  }

  @PyMethod void reverse() {
    FreeThreading.locked(this, () -> {
      for (int i = 0, j = size - 1; i < j; i++, j--) {
        PyObject t = get(i);
        set(i, get(j));
        set(j, t);
      }
    });
  }

  @PyMethod PyObject copy() {
    if (type() == TYPE) {
      PyDeque d = new PyDeque(TYPE);
      d.maxlen = maxlen;
      d.replaceAll(toArray());
      return d;
    }
    return maxlen < 0 ? type().call1(this) : type().call2(this, PyInt.of(maxlen));
  }

  @PyMethod("__copy__") PyObject copyDunder() { return copy(); }

  // ---- searching

  /** Item {@code i} of a search, read under the lock; fails when the deque's length changed since {@code expected}. */
  private PyObject itemIfUnchanged(int i, long expected) {
    return FreeThreading.locked(this, () -> {
      checkUnchanged(expected);
      return get(i);
    });
  }

  /** Fails when the deque's length changed since {@code expected} was read. */
  private void checkUnchanged(long expected) {
    if (state != expected) throw Errors.of(ExceptionTypes.RuntimeError, "deque mutated during iteration");
  }

  @PyMethod PyObject count(PyObject value) {
    long expected = state;
    long n = 0;
    for (int i = 0; i < size; i++) {
      PyObject item = itemIfUnchanged(i, expected);
      if (Abstract.equals(item, value)) n++;
      checkUnchanged(expected);
    }
    return PyInt.of(n);
  }

  @PyMethod("__contains__") PyObject contains(PyObject value) {
    long expected = state;
    for (int i = 0; i < size; i++) {
      PyObject item = itemIfUnchanged(i, expected);
      if (Abstract.equals(item, value)) return PyBool.TRUE;
      checkUnchanged(expected);
    }
    return PyBool.FALSE;
  }

  @PyMethod PyObject index(PyObject value, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject stop) {
    int lo = bound(start, 0), hi = bound(stop, size);
    long expected = state;
    for (int i = lo; i < hi && i < size; i++) {
      PyObject item = itemIfUnchanged(i, expected);
      boolean found = Abstract.equals(item, value);
      checkUnchanged(expected);
      if (found) return PyInt.of(i);
    }
    throw Errors.valueError("%s is not in deque", Abstract.repr(value).value);
  }

  /** A start or stop of {@code index()}: negative counts from the end, then clamped to [0, size]. */
  private int bound(PyObject o, int absent) {
    if (o == null) return absent;
    long v = Abstract.indexValue(o);
    if (v < 0) v = Math.max(0, v + size);
    return (int) Math.min(v, size);
  }

  @PyMethod void remove(PyObject value) {
    int n = size;
    for (int i = 0; i < n; i++) {
      int at = i;
      PyObject item = FreeThreading.locked(this, () -> size == n ? get(at) : null);
      if (item == null) throw Errors.indexError("deque mutated during iteration");
      boolean found = Abstract.equals(item, value);
      if (size != n) throw Errors.indexError("deque mutated during iteration");
      if (found) {
        boolean removed = FreeThreading.locked(this, () -> {
          if (size != n || get(at) != item) return false;
          removeAt(at);
          return true;
        });
        if (!removed) throw Errors.indexError("deque mutated during iteration");
        return;
      }
    }
    throw Errors.valueError("%s is not in deque", Abstract.repr(value).value);
  }

  @PyMethod void insert(PyObject index, PyObject value) {
    long i = Abstract.indexValue(index);
    FreeThreading.locked(this, () -> insertAt(i, value));
  }

  private void insertAt(long i, PyObject value) {
    if (size == maxlen) throw Errors.indexError("deque already at its maximum size");
    if (i < 0) i = Math.max(0, i + size);
    if (i > size) i = size;
    if (i == size) {
      addLast(value);
      return;
    }
    if (i == 0) {
      addFirst(value);
      return;
    }
    addLast(value);
    for (int k = size - 1; k > i; k--) set(k, get(k - 1));
    set((int) i, value);
  }

  // ---- the sequence protocol

  @PyMethod("__len__") PyObject len() { return PyInt.of(size); }

  @PyMethod("__bool__") PyObject bool() { return PyBool.of(size > 0); }

  /** The integer {@code key} names (running its {@code __index__}, so before the deque's lock is taken). */
  private static long index(PyObject key) {
    if (!(key instanceof PyInt) && key.type().lookupSpecial(Special.INDEX) == null) {
      throw Errors.typeError("sequence index must be integer, not '%s'", key.type().name());
    }
    return Abstract.indexValue(key);
  }

  /** The position index {@code i} names: negative counting from the end, within the deque. */
  private int position(long i) {
    if (i < 0) i += size;
    if (i < 0 || i >= size) throw Errors.indexError("deque index out of range");
    return (int) i;
  }

  @PyMethod("__getitem__") PyObject getItem(PyObject key) {
    long i = index(key);
    return FreeThreading.locked(this, () -> get(position(i)));
  }

  @PyMethod("__setitem__") void setItem(PyObject key, PyObject value) {
    long i = index(key);
    FreeThreading.locked(this, () -> set(position(i), value));
  }

  @PyMethod("__delitem__") void delItem(PyObject key) {
    long i = index(key);
    FreeThreading.locked(this, () -> removeAt(position(i)));
  }

  @PyMethod("__iter__") PyObject iter() { return new PyDequeIterator(PyDequeIterator.FORWARD, this, 0); }

  @PyMethod("__reversed__") PyObject reversed() { return new PyDequeIterator(PyDequeIterator.REVERSE, this, 0); }

  // ---- operators

  @PyMethod("__iadd__") PyObject iadd(PyObject other) {
    extend(other);
    return this;
  }

  @PyMethod("__add__") PyObject add(PyObject other) {
    if (!(other instanceof PyDeque)) {
      throw Errors.typeError("can only concatenate deque (not \"%s\") to deque", other.type().name());
    }
    PyObject result = copy();
    if (result instanceof PyDeque d) d.extend(other);
    else Abstract.callMethod(result, dev.kaa.objects.Attributes.get(result, "extend"), other);
    return result;
  }

  @PyMethod("__imul__") PyObject imul(PyObject n) {
    if (!isInteger(n)) return PyNotImplemented.VALUE;
    repeatInPlace(Abstract.indexValue(n));
    return this;
  }

  @PyMethod("__mul__") PyObject mul(PyObject n) {
    if (!isInteger(n)) return notImplementedOrRepeatError(n);
    PyObject result = copy();
    ((PyDeque) result).repeatInPlace(Abstract.indexValue(n));
    return result;
  }

  @PyMethod("__rmul__") PyObject rmul(PyObject n) { return mul(n); }

  private static boolean isInteger(PyObject n) {
    return n instanceof PyInt || n.type().lookupSpecial(Special.INDEX) != null;
  }

  /** A class with its own {@code __rmul__} gets its turn; anything else is no repeat count (sq_repeat's error). */
  private static PyObject notImplementedOrRepeatError(PyObject n) {
    if (n.type().hasFlag(PyType.HEAPTYPE) && n.type().lookupSpecial(Special.RMUL) != null) {
      return PyNotImplemented.VALUE;
    }
    throw Errors.typeError("can't multiply sequence by non-int of type '%s'", n.type().name());
  }

  /** {@code self *= times}: the items repeated, of which a bounded deque keeps the last {@code maxlen}. */
  private void repeatInPlace(long times) {
    FreeThreading.locked(this, () -> repeatItems(times));
  }

  private void repeatItems(long times) {
    if (times <= 0 || size == 0) {
      if (size > 0) {
        ring = new PyObject[MIN_CAPACITY];
        head = 0;
        size = 0;
        state++;
      }
      return;
    }
    if (times == 1) return;
    long total = times * size;
    if (total / size != times) total = Long.MAX_VALUE;
    long keep = maxlen >= 0 ? Math.min(total, maxlen) : total;
    if (keep > Integer.MAX_VALUE - 8) throw Errors.memoryError();
    PyObject[] items = copyItems();
    PyObject[] out = new PyObject[(int) keep];
    int n = items.length;
    long first = total - keep;  // the position in the full repetition of the first item kept
    for (int k = 0; k < out.length; k++) out[k] = items[(int) ((first + k) % n)];
    replaceAll(out);
  }

  @PyMethod("__eq__") PyObject eq(PyObject o) { return compare(o, CompareOps.EQ); }

  @PyMethod("__ne__") PyObject ne(PyObject o) { return compare(o, CompareOps.NE); }

  @PyMethod("__lt__") PyObject lt(PyObject o) { return compare(o, CompareOps.LT); }

  @PyMethod("__le__") PyObject le(PyObject o) { return compare(o, CompareOps.LE); }

  @PyMethod("__gt__") PyObject gt(PyObject o) { return compare(o, CompareOps.GT); }

  @PyMethod("__ge__") PyObject ge(PyObject o) { return compare(o, CompareOps.GE); }

  /** Sequence comparison: the first unequal pair decides, else the lengths. */
  private PyObject compare(PyObject other, CompareOps op) {
    if (!(other instanceof PyDeque w)) return PyNotImplemented.VALUE;
    if (size != w.size && (op == CompareOps.EQ || op == CompareOps.NE)) return PyBool.of(op == CompareOps.NE);
    PyObject[] a = toArray(), b = w.toArray();
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      if (a[i] != b[i] && !Abstract.equals(a[i], b[i])) {
        if (op == CompareOps.EQ) return PyBool.FALSE;
        if (op == CompareOps.NE) return PyBool.TRUE;
        return Abstract.richCompare(a[i], b[i], op);
      }
    }
    int c = Integer.compare(a.length, b.length);
    boolean r = switch (op) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case EQ -> c == 0;
      case NE -> c != 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      default -> throw Errors.internal("deque comparison " + op);
    };
    return PyBool.of(r);
  }

  @PyMethod("__repr__") PyObject repr() {
    if (!ReprGuard.enter(this)) return new PyStr("[...]");
    try {
      String items = Abstract.repr(new PyList(toArray())).value;
      String name = type().name();
      return new PyStr(maxlen < 0 ? name + "(" + items + ")" : name + "(" + items + ", maxlen=" + maxlen + ")");
    } finally {
      ReprGuard.leave(this);
    }
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PyObject args = maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(maxlen));
    PyObject state = dict() != null && dict().size() > 0 ? dict() : PyNone.NONE;
    return PyTuple.of(type(), args, state, iter());
  }

  /** CPython's figure: the object, plus a block of 64 slots for every 64 items, the first starting mid-block. */
  @PyMethod("__sizeof__") PyObject sizeOf() { return PyInt.of(216 + 528 * ((31 + size + 63) / 64L)); }
}
