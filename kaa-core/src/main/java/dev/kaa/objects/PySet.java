package dev.kaa.objects;

import dev.kaa.bytecode.CompareOps;

/**
 * {@code set} (and, through {@link PyFrozenSet}, {@code frozenset}): CPython's set table — open addressing where each
 * probe first looks at the next 9 slots in a row, then jumps along the perturbed sequence; deleted entries leave a
 * dummy; the table grows when it is 60% full. It is not PyDict's table (no insertion order, a different probe
 * sequence) because iteration order is the table order: with the same algorithm, sizes and growth points, a set of
 * ints prints in the same order as in CPython ({@code {9, 1}} stays {@code {9, 1}}, {@code {1, 9}} stays
 * {@code {1, 9}}). The bulk operations follow CPython's choice of which operand to iterate for the same reason.
 *
 * <p>Without a GIL ({@link FreeThreading#enabled()}) adding, removing and looking up one key hold the set's monitor, and a
 * bulk operation reads the other operand from a copy taken under that one's monitor ({@link #stable()}): each step is
 * atomic, as CPython's are (docs/free-threading.md).
 */
public class PySet extends PyObject {
  public static final PyType TYPE = new PyType("set", PyType.IMMUTABLE | PyType.WEAKREFABLE | PyType.BASETYPE,
      PySet.class, PyType.OBJECT);

  static {
    TYPE.dictPut("__hash__", PyNone.NONE);  // mutable: unhashable
  }

  private static final int MIN_SIZE = 8, LINEAR_PROBES = 9;
  /** The key of a deleted slot; its hash is -1, which no real hash is. */
  private static final PyObject DUMMY = new PyObject() {
    @Override public PyType type() { return PyType.OBJECT; }
  };

  private PyObject[] table = new PyObject[MIN_SIZE];
  private long[] hashes = new long[MIN_SIZE];
  private int mask = MIN_SIZE - 1;
  /** Active plus dummy slots. */
  private int fill;
  /** Active slots: the size. */
  private int used;
  /** Where {@code pop()} resumes its search. */
  private int finger;

  public PySet() {}

  @Override public PyType type() { return TYPE; }

  /** {@code list[int]} and the like: a {@code types.GenericAlias}. */
  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS) static PyObject classGetItem(PyType cls,
                                                                                                 PyObject item) {
    return PyGenericAlias.classGetItem(cls, item);
  }

  public final int size() { return used; }

  /** An instance of a Python subclass of set: its class, {@code __dict__} and {@code __slots__} values. */
  public static final class Derived extends PySet implements HeapInstance {
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

  /** A new empty set or frozenset, whichever built-in this one is or derives from (CPython's make_new_set_basetype). */
  PySet emptyOfBaseType() { return new PySet(); }

  // ---- the table

  private static boolean isExactStr(PyObject o) { return o.type() == PyStr.TYPE; }

  /** The slot holding {@code key}, or the empty slot where the search ended. */
  private int lookup(PyObject key, long hash) {
    restart:
    while (true) {
      PyObject[] t = table;
      int m = mask;
      long perturb = hash;
      int i = (int) (hash & m);
      while (true) {
        int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
        int j = i;
        do {
          PyObject k = t[j];
          if (k == null) return j;
          if (hashes[j] == hash && k != DUMMY) {
            if (k == key) return j;
            if (isExactStr(k) && isExactStr(key)) {
              if (((PyStr) k).value.equals(((PyStr) key).value)) return j;
            } else {
              boolean eq = Abstract.isTrue(Abstract.richCompare(k, key, CompareOps.EQ));
              if (t != table || t[j] != k) continue restart;  // __eq__ changed the set
              if (eq) return j;
            }
          }
          j++;
        } while (probes-- > 0);
        perturb >>>= 5;
        i = (int) ((i * 5L + 1 + perturb) & m);
      }
    }
  }

  /** Adds {@code key} (with its hash) unless an equal key is present: CPython's set_add_entry. */
  final void addEntry(PyObject key, long hash) {
    if (FreeThreading.enabled()) {
      synchronized (this) {
        addUnlocked(key, hash);
      }
      return;
    }
    addUnlocked(key, hash);
  }

  private void addUnlocked(PyObject key, long hash) {
    restart:
    while (true) {
      PyObject[] t = table;
      int m = mask;
      long perturb = hash;
      int i = (int) (hash & m);
      int freeSlot = -1;
      while (true) {
        int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
        int j = i;
        do {
          PyObject k = t[j];
          if (k == null) {
            if (freeSlot >= 0) {
              j = freeSlot;
            } else {
              fill++;
            }
            used++;
            t[j] = key;
            hashes[j] = hash;
            if (freeSlot < 0 && (long) fill * 5 >= (long) m * 3) resize(used > 50000 ? used * 2 : used * 4);
            return;
          }
          if (hashes[j] == hash && k != DUMMY) {
            if (k == key) return;
            if (isExactStr(k) && isExactStr(key)) {
              if (((PyStr) k).value.equals(((PyStr) key).value)) return;
            } else {
              boolean eq = Abstract.isTrue(Abstract.richCompare(k, key, CompareOps.EQ));
              if (eq) return;
              if (t != table || t[j] != k) continue restart;
            }
          } else if (k == DUMMY) {
            freeSlot = j;
          }
          j++;
        } while (probes-- > 0);
        perturb >>>= 5;
        i = (int) ((i * 5L + 1 + perturb) & m);
      }
    }
  }

  /** Puts a key known to be absent into a table without dummies (rebuilds and copies). */
  private static void insertClean(PyObject[] t, long[] h, int m, PyObject key, long hash) {
    long perturb = hash;
    int i = (int) (hash & m);
    while (true) {
      if (t[i] == null) {
        t[i] = key;
        h[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= m) {
        for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
          if (t[j] == null) {
            t[j] = key;
            h[j] = hash;
            return;
          }
        }
      }
      perturb >>>= 5;
      i = (int) ((i * 5L + 1 + perturb) & m);
    }
  }

  /** Rebuilds with the smallest power-of-two size above {@code minUsed}, dropping dummies. */
  private void resize(long minUsed) {
    int size = MIN_SIZE;
    while (size <= minUsed) {
      if (size >= 1 << 30) throw Errors.memoryError();
      size <<= 1;
    }
    if (size == MIN_SIZE && table.length == MIN_SIZE && fill == used) return;
    PyObject[] oldTable = table;
    long[] oldHashes = hashes;
    table = new PyObject[size];
    hashes = new long[size];
    mask = size - 1;
    for (int j = 0; j < oldTable.length; j++) {
      PyObject k = oldTable[j];
      if (k != null && k != DUMMY) insertClean(table, hashes, mask, k, oldHashes[j]);
    }
    fill = used;
  }

  /** Removes the key; false when absent. */
  private boolean discardEntry(PyObject key, long hash) {
    if (FreeThreading.enabled()) {
      synchronized (this) {
        return discardUnlocked(key, hash);
      }
    }
    return discardUnlocked(key, hash);
  }

  private boolean discardUnlocked(PyObject key, long hash) {
    int j = lookup(key, hash);
    if (table[j] == null) return false;
    table[j] = DUMMY;
    hashes[j] = -1;
    used--;
    return true;
  }

  private boolean containsEntry(PyObject key, long hash) {
    // a frozenset is complete before any other thread can see it: threads reading a shared one take no lock
    if (FreeThreading.enabled() && !(this instanceof PyFrozenSet)) {
      synchronized (this) {
        return table[lookup(key, hash)] != null;
      }
    }
    return table[lookup(key, hash)] != null;
  }

  /** The hash of a key looked up in a set: a set key is looked up as the frozenset it equals. */
  private static long keyHash(PyObject key) {
    if (key instanceof PySet s && !(key instanceof PyFrozenSet)) {
      try {
        return Abstract.hash(key);
      } catch (PyException e) {
        if (!e.matches(ExceptionTypes.TypeError)) throw e;
        return s.frozenHash();
      }
    }
    return Abstract.hash(key);
  }

  /** {@code key in self}. */
  public final boolean has(PyObject key) { return containsEntry(key, keyHash(key)); }

  /** {@code self.add(key)}. */
  public final void put(PyObject key) { addEntry(key, Abstract.hash(key)); }

  private void clearTable() {
    if (FreeThreading.enabled()) {
      synchronized (this) {
        emptyTable();
      }
      return;
    }
    emptyTable();
  }

  private void emptyTable() {
    table = new PyObject[MIN_SIZE];
    hashes = new long[MIN_SIZE];
    mask = MIN_SIZE - 1;
    fill = 0;
    used = 0;
  }

  /** What {@link #forEachEntry} does with each key and its hash. */
  interface SlotAction {
    void accept(PyObject key, long hash);
  }

  /** Each key with its hash, in table order; the caller must not let the set change meanwhile. */
  final void forEachEntry(SlotAction action) {
    PySet s = stable();
    PyObject[] t = s.table;
    long[] h = s.hashes;
    for (int j = 0; j < t.length; j++) {
      PyObject k = t[j];
      if (k != null && k != DUMMY) action.accept(k, h[j]);
    }
  }

  final PyObject slotKey(int j) {
    PyObject[] t = table;
    PyObject k = j < t.length ? t[j] : null;
    return k == DUMMY ? null : k;
  }

  /**
   * This set, or without a GIL a private copy of its table taken under its lock: what a bulk operation reads, so
   * another thread's change cannot tear it.
   */
  final PySet stable() {
    if (!FreeThreading.enabled()) return this;
    PySet s = new PySet();
    synchronized (this) {
      s.table = table.clone();
      s.hashes = hashes.clone();
      s.mask = mask;
      s.fill = fill;
      s.used = used;
    }
    return s;
  }

  final int slotCount() { return table.length; }

  // ---- bulk operations, as CPython chooses them

  /** Adds every key of another set: one resize up front, then a straight copy when this set is empty. */
  private void merge(PySet from) {
    if (from == this) return;
    PySet other = from.stable();
    if (other.used == 0) return;
    if (FreeThreading.enabled()) {
      synchronized (this) {
        mergeUnlocked(other);
      }
      return;
    }
    mergeUnlocked(other);
  }

  private void mergeUnlocked(PySet other) {
    if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((long) (used + other.used) * 2);
    if (fill == 0 && mask == other.mask && other.fill == other.used) {
      table = other.table.clone();
      hashes = other.hashes.clone();
      fill = other.fill;
      used = other.used;
      return;
    }
    if (fill == 0) {
      fill = other.used;
      used = other.used;
      other.forEachEntry((k, h) -> insertClean(table, hashes, mask, k, h));
      return;
    }
    other.forEachEntry(this::addEntry);
  }

  /** {@code self |= other} for any iterable ({@code set.update}, the SET_UPDATE instruction). */
  public final void updateWith(PyObject other) {
    if (other instanceof PySet s) {
      merge(s);
    } else if (other.type() == PyDict.TYPE) {
      PyDict d = ((PyDict) other).stable();
      if (FreeThreading.enabled()) {
        synchronized (this) {
          addKeysOf(d);
        }
      } else {
        addKeysOf(d);
      }
    } else {
      PyObject it = Abstract.iter(other);
      for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) put(k);
    }
  }

  private void addKeysOf(PyDict d) {
    if ((long) (fill + d.size()) * 5 >= (long) mask * 3) resize((long) (used + d.size()) * 2);
    for (int j = 0; j < d.entryLimit(); j++) {
      PyObject k = d.keyAt(j);
      if (k != null) addUnlocked(k, d.hashAt(j));
    }
  }

  /** A set (of this one's base type) holding the keys of both. */
  PySet intersection(PyObject other) {
    if (other == this) return copyOfBaseType();
    PySet result = emptyOfBaseType();
    if (other instanceof PySet o) {
      PySet big = this, small = o;
      if (o.used > used) {
        big = o;
        small = this;
      }
      PySet probe = big;
      small.forEachEntry((k, h) -> {
        if (probe.containsEntry(k, h)) result.addEntry(k, h);
      });
      return result;
    }
    PyObject it = Abstract.iter(other);
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
      long h = Abstract.hash(k);
      if (containsEntry(k, h)) {
        result.addEntry(k, h);
        if (result.used >= used) break;
      }
    }
    return result;
  }

  private PySet copyOfBaseType() {
    PySet s = emptyOfBaseType();
    s.merge(this);
    return s;
  }

  /** Takes over {@code other}'s table (CPython's set_swap_bodies, one way); {@code other} is this thread's own. */
  private void takeTable(PySet other) {
    if (FreeThreading.enabled()) {
      synchronized (this) {
        swapIn(other);
      }
      return;
    }
    swapIn(other);
  }

  private void swapIn(PySet other) {
    table = other.table;
    hashes = other.hashes;
    mask = other.mask;
    fill = other.fill;
    used = other.used;
  }

  void differenceUpdate(PyObject other) {
    if (other == this) {
      clearTable();
      return;
    }
    if (other instanceof PySet o) {
      PySet keys = (o.used >> 3) > used ? intersection(o) : o;
      keys.forEachEntry(this::discardEntry);
    } else {
      PyObject it = Abstract.iter(other);
      for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) discardEntry(k, keyHash(k));
    }
    if (FreeThreading.enabled()) {
      synchronized (this) {
        compact();
      }
      return;
    }
    compact();
  }

  /** Rebuilds without dummies when they fill a quarter of the table. */
  private void compact() {
    if ((fill - used) > mask / 4) resize(used > 50000 ? used * 2 : used * 4);
  }

  private PySet difference(PyObject other) {
    int otherSize;
    if (other instanceof PySet o) otherSize = o.used;
    else if (other.type() == PyDict.TYPE) otherSize = ((PyDict) other).size();
    else otherSize = -1;
    if (otherSize < 0 || (used >> 2) > otherSize) {
      PySet result = copyOfBaseType();
      result.differenceUpdate(other);
      return result;
    }
    PySet result = emptyOfBaseType();
    forEachEntry((k, h) -> {
      boolean inOther = other instanceof PySet o ? o.containsEntry(k, h) : ((PyDict) other).get(k, h) != null;
      if (!inOther) result.addEntry(k, h);
    });
    return result;
  }

  void symmetricDifferenceUpdate(PyObject other) {
    if (other == this) {
      clearTable();
      return;
    }
    if (other.type() == PyDict.TYPE) {
      PyDict d = ((PyDict) other).stable();
      for (int j = 0; j < d.entryLimit(); j++) {
        PyObject k = d.keyAt(j);
        if (k == null) continue;
        long h = d.hashAt(j);  // read before discardEntry's __eq__ may change the dict
        if (!discardEntry(k, h)) addEntry(k, h);
      }
      return;
    }
    PySet o;
    if (other instanceof PySet s) {
      o = s;
    } else {
      o = emptyOfBaseType();
      o.updateWith(other);
    }
    o.forEachEntry((k, h) -> {
      if (!discardEntry(k, h)) addEntry(k, h);
    });
  }

  private boolean isSubset(PyObject other) {
    PySet o;
    if (other instanceof PySet s) {
      o = s;
    } else {
      o = new PySet();
      o.updateWith(other);
    }
    PySet mine = stable();
    if (mine.used > o.used) return false;
    PyObject[] t = mine.table;
    long[] h = mine.hashes;
    for (int j = 0; j < t.length; j++) {
      PyObject k = t[j];
      if (k != null && k != DUMMY && !o.containsEntry(k, h[j])) return false;
    }
    return true;
  }

  private boolean isSuperset(PyObject other) {
    if (other instanceof PySet o) return o.isSubset(this);
    PyObject it = Abstract.iter(other);
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) if (!has(k)) return false;
    return true;
  }

  /** frozenset's hash of these keys: an order-independent xor of shuffled key hashes, then mixed. */
  final long frozenHash() {
    PySet s = stable();
    long h = 0;
    for (int j = 0; j < s.table.length; j++) {
      PyObject k = s.table[j];
      if (k != null && k != DUMMY) h ^= shuffle(s.hashes[j]);
    }
    h ^= (s.used + 1L) * 1927868237L;
    h ^= (h >>> 11) ^ (h >>> 25);
    h = h * 69069L + 907133923L;
    return h == -1 ? 590923713L : h;
  }

  private static long shuffle(long h) { return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L; }

  // ---- Python methods shared with frozenset (PyFrozenSet binds these under its own name)

  @PyMethod("__len__") PyObject len() { return PyInt.of(used); }

  @PyMethod("__contains__") PyObject contains(PyObject key) { return PyBool.of(has(key)); }

  @PyMethod("__iter__") PyObject iter() { return new PySetIterator(this); }

  @PyMethod("__repr__") PyObject repr() {
    String name = type().name();
    if (used == 0) return new PyStr(name + "()");
    if (!ReprGuard.enter(this)) return new PyStr(name + "(...)");
    try {
      StringBuilder sb = new StringBuilder();
      boolean plainSet = type() == TYPE;
      sb.append(plainSet ? "{" : name + "({");
      PyObject[] keys = snapshot();
      for (int n = 0; n < keys.length; n++) {
        if (n > 0) sb.append(", ");
        sb.append(Abstract.repr(keys[n]).value);
      }
      return new PyStr(sb.append(plainSet ? "}" : "})").toString());
    } finally {
      ReprGuard.leave(this);
    }
  }

  /** The keys in iteration order. */
  final PyObject[] snapshot() {
    PySet s = stable();
    PyObject[] out = new PyObject[s.used];
    int[] n = {0};
    s.forEachEntry((k, h) -> out[n[0]++] = k);
    return out;
  }

  @PyMethod PyObject union(@PyMethod.Star PyObject[] others) {
    PySet result = copyOfBaseType();
    for (PyObject o : others) if (o != this) result.updateWith(o);
    return result;
  }

  @PyMethod("intersection") PyObject intersectionMulti(@PyMethod.Star PyObject[] others) {
    if (others.length == 0) return copyOfBaseType();
    PySet result = this;
    for (PyObject o : others) result = result.intersection(o);
    return result;
  }

  @PyMethod("difference") PyObject differenceMulti(@PyMethod.Star PyObject[] others) {
    if (others.length == 0) return copyOfBaseType();
    PySet result = difference(others[0]);
    for (int n = 1; n < others.length; n++) result.differenceUpdate(others[n]);
    return result;
  }

  @PyMethod("symmetric_difference") PyObject symmetricDifference(PyObject other) {
    PySet result = emptyOfBaseType();
    result.updateWith(other);
    result.symmetricDifferenceUpdate(this);
    return result;
  }

  @PyMethod PyObject issubset(PyObject other) { return PyBool.of(isSubset(other)); }

  @PyMethod PyObject issuperset(PyObject other) { return PyBool.of(isSuperset(other)); }

  @PyMethod PyObject isdisjoint(PyObject other) {
    if (other == this) return PyBool.of(used == 0);
    if (other instanceof PySet o) {
      PySet big = o.used > used ? o : this, small = big == o ? this : o;
      PyObject[] t = small.table;
      long[] h = small.hashes;
      for (int j = 0; j < t.length; j++) {
        PyObject k = t[j];
        if (k != null && k != DUMMY && big.containsEntry(k, h[j])) return PyBool.FALSE;
      }
      return PyBool.TRUE;
    }
    PyObject it = Abstract.iter(other);
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) if (has(k)) return PyBool.FALSE;
    return PyBool.TRUE;
  }

  @PyMethod("__or__") PyObject or(PyObject other) {
    if (!(other instanceof PySet)) return PyNotImplemented.VALUE;
    PySet result = copyOfBaseType();
    if (other != this) result.updateWith(other);
    return result;
  }

  @PyMethod("__ror__") PyObject ror(PyObject other) {
    return other instanceof PySet o ? o.or(this) : PyNotImplemented.VALUE;
  }

  @PyMethod("__and__") PyObject and(PyObject other) {
    return other instanceof PySet ? intersection(other) : PyNotImplemented.VALUE;
  }

  @PyMethod("__rand__") PyObject rand(PyObject other) {
    return other instanceof PySet o ? o.intersection(this) : PyNotImplemented.VALUE;
  }

  @PyMethod("__sub__") PyObject sub(PyObject other) {
    return other instanceof PySet ? difference(other) : PyNotImplemented.VALUE;
  }

  @PyMethod("__rsub__") PyObject rsub(PyObject other) {
    return other instanceof PySet o ? o.difference(this) : PyNotImplemented.VALUE;
  }

  @PyMethod("__xor__") PyObject xor(PyObject other) {
    return other instanceof PySet ? symmetricDifference(other) : PyNotImplemented.VALUE;
  }

  @PyMethod("__rxor__") PyObject rxor(PyObject other) {
    return other instanceof PySet o ? o.symmetricDifference(this) : PyNotImplemented.VALUE;
  }

  @PyMethod("__eq__") PyObject eq(PyObject other) {
    if (!(other instanceof PySet o)) return PyNotImplemented.VALUE;
    return PyBool.of(used == o.used && isSubset(o));
  }

  @PyMethod("__ne__") PyObject ne(PyObject other) {
    if (!(other instanceof PySet o)) return PyNotImplemented.VALUE;
    return PyBool.of(!(used == o.used && isSubset(o)));
  }

  @PyMethod("__le__") PyObject le(PyObject other) {
    return other instanceof PySet ? PyBool.of(isSubset(other)) : PyNotImplemented.VALUE;
  }

  @PyMethod("__lt__") PyObject lt(PyObject other) {
    if (!(other instanceof PySet o)) return PyNotImplemented.VALUE;
    return PyBool.of(used < o.used && isSubset(o));
  }

  @PyMethod("__ge__") PyObject ge(PyObject other) {
    return other instanceof PySet ? PyBool.of(isSuperset(other)) : PyNotImplemented.VALUE;
  }

  @PyMethod("__gt__") PyObject gt(PyObject other) {
    if (!(other instanceof PySet o)) return PyNotImplemented.VALUE;
    return PyBool.of(used > o.used && isSuperset(o));
  }

  // ---- set only

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newSet(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return cls == TYPE ? new PySet() : new Derived(cls);
  }

  @PyMethod("__init__") void init(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    // unlike list's, set's __init__ refuses keywords even when a subclass has its own __new__
    if (kwargs != null && kwargs.size() > 0) throw Errors.typeError("set() takes no keyword arguments");
    if (args.length > 1) throw Errors.typeError("set expected at most 1 argument, got %d", args.length);
    if (fill > 0) clearTable();
    if (args.length == 1) updateWith(args[0]);
  }

  @PyMethod public PyObject copy() { return copyOfBaseType(); }

  /** {@code (type(self), (list(self),), self.__getstate__())}, as CPython's set_reduce. */
  @PyMethod("__reduce__") PyObject reduce() {
    PyObject state = Attributes.get(this, "__getstate__").call0();
    return PyTuple.of(type(), PyTuple.of(new PyList(snapshot())), state);
  }

  @PyMethod void add(PyObject object) { put(object); }

  @PyMethod void remove(PyObject object) {
    if (!discardEntry(object, keyHash(object))) throw Errors.keyError(object);
  }

  @PyMethod void discard(PyObject object) { discardEntry(object, keyHash(object)); }

  @PyMethod PyObject pop() {
    if (FreeThreading.enabled()) {
      synchronized (this) {
        return popAny();
      }
    }
    return popAny();
  }

  private PyObject popAny() {
    if (used == 0) throw Errors.keyError(new PyStr("pop from an empty set"));
    int j = finger & mask;
    while (table[j] == null || table[j] == DUMMY) {
      j++;
      if (j > mask) j = 0;
    }
    PyObject key = table[j];
    table[j] = DUMMY;
    hashes[j] = -1;
    used--;
    finger = j + 1;
    return key;
  }

  @PyMethod void clear() { clearTable(); }

  @PyMethod void update(@PyMethod.Star PyObject[] others) {
    for (PyObject o : others) updateWith(o);
  }

  @PyMethod("intersection_update") void intersectionUpdate(@PyMethod.Star PyObject[] others) {
    PyObject result = intersectionMulti(others);
    if (result != this) takeTable((PySet) result);
  }

  @PyMethod("difference_update") void differenceUpdateMulti(@PyMethod.Star PyObject[] others) {
    for (PyObject o : others) differenceUpdate(o);
  }

  @PyMethod("symmetric_difference_update") void symmetricDifferenceUpdateMethod(PyObject other) {
    symmetricDifferenceUpdate(other);
  }

  @PyMethod("__ior__") PyObject ior(PyObject other) {
    if (!(other instanceof PySet)) return PyNotImplemented.VALUE;
    updateWith(other);
    return this;
  }

  @PyMethod("__iand__") PyObject iand(PyObject other) {
    if (!(other instanceof PySet)) return PyNotImplemented.VALUE;
    takeTable(intersection(other));
    return this;
  }

  @PyMethod("__isub__") PyObject isub(PyObject other) {
    if (!(other instanceof PySet)) return PyNotImplemented.VALUE;
    differenceUpdate(other);
    return this;
  }

  @PyMethod("__ixor__") PyObject ixor(PyObject other) {
    if (!(other instanceof PySet)) return PyNotImplemented.VALUE;
    symmetricDifferenceUpdate(other);
    return this;
  }

  /** The methods that change a set: frozenset does not get them. */
  static final java.util.Set<String> MUTATORS = java.util.Set.of("__new__", "__init__", "copy", "add", "remove",
      "discard", "pop", "clear", "update", "intersection_update", "difference_update", "symmetric_difference_update",
      "__ior__", "__iand__", "__isub__", "__ixor__");
}
