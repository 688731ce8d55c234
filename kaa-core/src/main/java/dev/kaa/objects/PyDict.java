package dev.kaa.objects;

import dev.kaa.bytecode.CompareOps;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * {@code dict}: insertion-ordered, with CPython's compact layout — a sparse index table of small ints pointing into
 * dense entry arrays (hash, key, value) kept in insertion order. Probing follows CPython's perturbed sequence, so
 * clustering behaves the same. Deleting leaves a hole in the entries (compacted on resize) and a dummy in the index.
 *
 * <p>Key comparison is identity, then (for exact str and small-int keys) a direct comparison, then {@code ==} with
 * equal hashes. {@code ==} is Python code that may change this very dict; when it does, the lookup starts over, as
 * CPython's does. The iterators ({@link PyDictIterator}) and views ({@link PyDictView}) walk the entry arrays by
 * position, which is how they notice a dict that changed under them.
 *
 * <p>Without a GIL ({@link FreeThreading#enabled()}) every change holds the dict's monitor (a key's {@code __eq__} runs
 * under it; its {@code __hash__} does not). Reads do not: the inline caches' ({@link #entryValue(int, int)},
 * {@link #valueIfKey}, {@link #lacksStr}) and {@code d[key]} for keys compared without Python code read the table
 * unlocked and check {@link #layoutVersion} before and after, which every change of layout bumps before and after it
 * touches the table, as a sequence lock; a read that overlapped a change takes the monitor (docs/free-threading.md).
 */
public class PyDict extends PyObject {
  public static final PyType TYPE = new PyType("dict", PyType.IMMUTABLE | PyType.BASETYPE, PyDict.class,
      PyType.OBJECT);

  static {
    TYPE.dictPut("__hash__", PyNone.NONE);  // mutable: unhashable
  }

  private static final int EMPTY = -1, DUMMY = -2, MIN_SIZE = 8;

  private int[] indices;
  private long[] hashes;
  private PyObject[] keys;
  private PyObject[] values;
  /** Live entries. */
  private int used;
  /** Entries appended so far, including holes left by deletion. */
  private int next;
  /** Index slots not EMPTY (entries and dummies): can exceed {@code next} after popitem, which reuses entry slots. */
  private int filled;
  /** Changes whenever the table is rebuilt or an entry is added or removed: a restarted lookup can tell. */
  private int layoutVersion;

  public PyDict() { allocate(MIN_SIZE); }

  /** An empty table with {@code size} index slots. */
  private void allocate(int size) {
    indices = new int[size];
    Arrays.fill(indices, EMPTY);
    int usable = usable(size);
    hashes = new long[usable];
    keys = new PyObject[usable];
    values = new PyObject[usable];
    next = 0;
    filled = 0;
  }

  @Override public PyType type() { return TYPE; }

  /** {@code list[int]} and the like: a {@code types.GenericAlias}. */
  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS) static PyObject classGetItem(PyType cls,
                                                                                                 PyObject item) {
    return PyGenericAlias.classGetItem(cls, item);
  }

  /** Entries a table with {@code size} index slots may hold before it grows: two thirds, as CPython. */
  private static int usable(int size) { return size * 2 / 3; }

  public int size() { return used; }

  /** {@code d[key]} without {@code __missing__}: the value, or null. */
  public PyObject get(PyObject key) { return get(key, Abstract.hash(key)); }

  /** {@code d[key]} for a key whose hash is known (a set's or another dict's entry): no {@code __hash__} call. */
  final PyObject get(PyObject key, long hash) {
    if (FreeThreading.enabled()) {
      PyObject v = readUnlocked(key, null, hash);
      if (v != UNSURE) return v;
      synchronized (this) {
        return lookup(key, hash);
      }
    }
    return lookup(key, hash);
  }

  private PyObject lookup(PyObject key, long hash) {
    int ix = find(key, hash);
    return ix >= 0 ? values[ix] : null;
  }

  /** {@code d[name]} for a str key given as a Java String (attribute and global lookups): no PyStr is made. */
  public PyObject getStr(String name) {
    if (FreeThreading.enabled()) {
      PyObject v = readUnlocked(null, name, PyStr.hashOf(name));
      if (v != UNSURE) return v;
      synchronized (this) {
        return lookupStr(name);
      }
    }
    return lookupStr(name);
  }

  private PyObject lookupStr(String name) {
    int ix = probeStr(name);
    if (ix >= 0) return values[ix];
    return ix == ODD_KEY ? get(new PyStr(name)) : null;  // a str subclass or an odd key with a colliding hash
  }

  // Reads without a lock (free-threaded): threads that share a dict they only read (a lookup table, a module's
  // globals, a class's namespace) must not take turns at its monitor, whose every acquisition writes the dict's
  // header: a cache line travelling between the cores at each read.

  /** What {@link #readUnlocked} answers when it cannot tell: the locked lookup decides. */
  private static final PyObject UNSURE = new PyStr("<unsure>");

  /**
   * The value for {@code key} (or, when {@code key} is null, the exact str {@code name}), null when absent, read without
   * the monitor and validated as a sequence lock: {@link #layoutVersion} is odd while a change is under way and moves
   * on when it is done, and a read that overlapped one (or tripped over arrays of two layouts) answers
   * {@link #UNSURE}; so does a key whose comparison would run Python code ({@code __eq__} of a key with an equal hash
   * that is neither the same object nor an exact str or int).
   */
  private PyObject readUnlocked(PyObject key, String name, long hash) {
    int version = layoutVersion;
    VarHandle.loadLoadFence();
    if ((version & 1) != 0) return UNSURE;
    PyObject found;
    try {
      found = probeUnlocked(key, name, hash);
    } catch (RuntimeException torn) {
      return UNSURE;  // an index past an array of another layout
    }
    VarHandle.loadLoadFence();
    return layoutVersion == version ? found : UNSURE;
  }

  private PyObject probeUnlocked(PyObject key, String name, long hash) {
    int[] ind = indices;
    long[] hs = hashes;
    PyObject[] ks = keys, vs = values;
    String text = name != null ? name : isExactStr(key) ? ((PyStr) key).value : null;
    boolean exactLong = key != null && isExactLong(key);
    int mask = ind.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    // a consistent table has an empty slot within this many probes; a torn one may not
    for (int probes = 2 * ind.length + 16; probes > 0; probes--) {
      int ix = ind[i];
      if (ix == EMPTY) return null;
      if (ix >= 0) {
        PyObject k = ks[ix];
        if (k == key && k != null) return vs[ix];
        if (k != null && hs[ix] == hash) {
          if (text != null && isExactStr(k)) {
            if (((PyStr) k).value.equals(text)) return vs[ix];
          } else if (exactLong && isExactLong(k)) {
            if (((PyInt) k).longValue() == ((PyInt) key).longValue()) return vs[ix];
          } else {
            return UNSURE;
          }
        }
      }
      perturb >>>= 5;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
    return UNSURE;
  }

  // Entry hints for the attribute inline caches (dev.kaa.interp.AttributeCache): an instance dict's entry index for a
  // name is remembered per instruction and checked against the key there, so a hit costs no hashing or probing.

  /** What {@link #indexOfStr} answers when a key that is not an exact str is in the way: the general lookup decides. */
  private static final int ODD_KEY = -2;

  /** The entry index of the exact-str key {@code name}; -1 when absent; {@link #ODD_KEY}. */
  public int indexOfStr(String name) {
    if (FreeThreading.enabled()) {
      synchronized (this) {
        return probeStr(name);
      }
    }
    return probeStr(name);
  }

  private int probeStr(String name) {
    long hash = PyStr.hashOf(name);
    int mask = indices.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    while (true) {
      int ix = indices[i];
      if (ix == EMPTY) return -1;
      if (ix >= 0 && hashes[ix] == hash) {
        PyObject k = keys[ix];
        if (!isExactStr(k)) return ODD_KEY;
        if (((PyStr) k).value.equals(name)) return ix;
      }
      perturb >>>= 5;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
  }

  // For the global-lookup caches (dev.kaa.interp.GlobalCache): an entry index from indexOfStr stays valid while the
  // layout version is unchanged; replacing a value keeps both, so a cached index reads the current value.

  /** Changes whenever an entry is added or removed or the table is rebuilt; not when a value is replaced. */
  public int layoutVersion() { return layoutVersion; }

  /** The value of live entry {@code ix} (from {@link #indexOfStr}, the layout unchanged since). */
  public PyObject entryValue(int ix) { return values[ix]; }

  /**
   * The value of entry {@code ix} while the layout version is {@code version}, else null: a global cache's hit,
   * lock-free even without a GIL (the version is read again after the value, a sequence lock's check).
   */
  public PyObject entryValue(int ix, int version) {
    if (layoutVersion != version) return null;
    if (!FreeThreading.enabled()) return values[ix];
    VarHandle.loadLoadFence();
    PyObject[] vs = values;
    PyObject v = ix < vs.length ? vs[ix] : null;
    VarHandle.loadLoadFence();
    return layoutVersion == version ? v : null;
  }

  /** The value of entry {@code ix} when its key is {@code key} itself, else null (a stale hint). */
  public PyObject valueIfKey(int ix, PyObject key) {
    if (!FreeThreading.enabled()) return valueIfKeyUnlocked(ix, key);
    int version = layoutVersion;
    VarHandle.loadLoadFence();
    PyObject v = valueIfKeyUnlocked(ix, key);
    VarHandle.loadLoadFence();
    return layoutVersion == version ? v : null;  // null: the caller takes the slow (locked) path
  }

  private PyObject valueIfKeyUnlocked(int ix, PyObject key) {
    PyObject[] ks = keys, vs = values;
    return ix >= 0 && ix < ks.length && ix < vs.length && ks[ix] == key ? vs[ix] : null;
  }

  /** Replaces the value of entry {@code ix} when its key is {@code key} itself; false for a stale hint. */
  public boolean replaceIfKey(int ix, PyObject key, PyObject value) {
    if (FreeThreading.enabled()) {
      synchronized (this) {
        return replaceIfKeyUnlocked(ix, key, value);
      }
    }
    return replaceIfKeyUnlocked(ix, key, value);
  }

  private boolean replaceIfKeyUnlocked(int ix, PyObject key, PyObject value) {
    PyObject[] ks = keys;
    if (ix < 0 || ix >= ks.length || ks[ix] != key) return false;
    values[ix] = value;
    return true;
  }

  /** Marks the start of a change of layout: a lock-free reader that overlaps it sees the version move. */
  private void layoutChanging() {
    layoutVersion++;
    VarHandle.storeStoreFence();
  }

  /** Marks the end of a change of layout (after {@link #layoutChanging}). */
  private void layoutChanged() {
    VarHandle.storeStoreFence();
    layoutVersion++;
  }

  /**
   * True when there is no entry for the str {@code name}. A small dict is scanned rather than probed: the entries are
   * what the neighbouring attribute reads touch anyway, and an instance dict's keys are str objects shared by the
   * instances of a class, while the index table would be one more object to fetch (a method call's instance check).
   */
  public boolean lacksStr(String name) {
    if (!FreeThreading.enabled()) return lacksStrUnlocked(name);
    int version = layoutVersion;
    VarHandle.loadLoadFence();
    try {
      boolean lacks = lacksStrUnlocked(name);
      VarHandle.loadLoadFence();
      if (layoutVersion == version) return lacks;
    } catch (RuntimeException torn) {
      // a table read half-rebuilt by another thread (an index past an array, a key just cleared): read it locked
    }
    synchronized (this) {
      return lacksStrUnlocked(name);
    }
  }

  private boolean lacksStrUnlocked(String name) {
    if (next > MIN_SIZE) return probeStr(name) == -1;
    long hash = PyStr.hashOf(name);
    PyObject[] ks = keys;
    for (int i = 0, n = next; i < n; i++) {
      PyObject k = ks[i];
      if (k == null) continue;
      if (!isExactStr(k)) return probeStr(name) == -1;
      if (((PyStr) k).hashValue() == hash && ((PyStr) k).value.equals(name)) return false;
    }
    return true;
  }

  /** {@code d[key] = value}. */
  public void put(PyObject key, PyObject value) { put(key, Abstract.hash(key), value); }

  /** {@code d[key] = value} for a key whose hash is known. */
  final void put(PyObject key, long hash, PyObject value) {
    if (FreeThreading.enabled()) {
      synchronized (this) {
        store(key, hash, value);
      }
      return;
    }
    store(key, hash, value);
  }

  private void store(PyObject key, long hash, PyObject value) {
    int ix = find(key, hash);
    if (ix >= 0) {
      values[ix] = value;
      return;
    }
    insert(key, hash, value);
  }

  /** Adds an entry for a key just found absent (no second search: its {@code __eq__} is not asked again). */
  private void insert(PyObject key, long hash, PyObject value) {
    if (next == keys.length || filled == keys.length) grow();  // keep empty slots, or probing never ends
    layoutChanging();
    int slot = freeSlot(hash);
    indices[slot] = next;
    filled++;
    hashes[next] = hash;
    keys[next] = key;
    values[next] = value;
    next++;
    used++;
    layoutChanged();
  }

  /** {@code del d[key]} without the KeyError: the removed value, or null. */
  public PyObject remove(PyObject key) {
    long hash = Abstract.hash(key);
    if (FreeThreading.enabled()) {
      synchronized (this) {
        return removeEntry(key, hash);
      }
    }
    return removeEntry(key, hash);
  }

  private PyObject removeEntry(PyObject key, long hash) {
    int ix = find(key, hash);
    if (ix < 0) return null;
    PyObject old = values[ix];
    layoutChanging();
    indices[slotOf(ix, hash)] = DUMMY;
    keys[ix] = null;
    values[ix] = null;
    used--;
    layoutChanged();
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
            } else if (isExactLong(k) && isExactLong(key)) {
              if (((PyInt) k).longValue() == ((PyInt) key).longValue()) return ix;
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

  private static boolean isExactLong(PyObject o) { return o.getClass() == PyInt.class && ((PyInt) o).isLong(); }

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
    layoutChanging();
    allocate(size);
    for (int j = 0; j < oldNext; j++) {
      if (oldKeys[j] == null) continue;
      indices[freeSlot(oldHashes[j])] = next;
      filled++;
      hashes[next] = oldHashes[j];
      keys[next] = oldKeys[j];
      values[next] = oldValues[j];
      next++;
    }
    layoutChanged();
  }

  /**
   * Calls {@code action} on each entry in insertion order. The dict must not change meanwhile; without a GIL another
   * thread may change it, so the entries are copied first (under the lock) and the copy is walked.
   */
  public void forEach(java.util.function.BiConsumer<PyObject, PyObject> action) {
    PyDict d = stable();
    int version = d.layoutVersion;
    for (int j = 0; j < d.next; j++) {
      if (d.keys[j] == null) continue;
      action.accept(d.keys[j], d.values[j]);
      if (version != d.layoutVersion) {
        throw Errors.of(ExceptionTypes.RuntimeError, "dictionary changed size during iteration");
      }
    }
  }

  /**
   * This dict, or without a GIL a private copy of its table taken under its lock: what a bulk read (update, repr,
   * ==, forEach) walks by position, so another thread's change cannot tear it.
   */
  final PyDict stable() {
    if (!FreeThreading.enabled()) return this;
    PyDict d = new PyDict();
    synchronized (this) {
      d.indices = indices.clone();
      d.hashes = hashes.clone();
      d.keys = keys.clone();
      d.values = values.clone();
      d.used = used;
      d.next = next;
      d.filled = filled;
    }
    return d;
  }

  // ---- positional access for iterators and views: entry j in 0..entryLimit(), a null key marks a deleted entry

  final int entryLimit() { return next; }

  final PyObject keyAt(int j) { return keys[j]; }

  final PyObject valueAt(int j) { return values[j]; }

  final long hashAt(int j) { return hashes[j]; }

  /** Adds every key of a dict, set or frozenset, each with {@code value}, with the hashes stored there. */
  private void putKeysOf(PyObject source, PyObject value) {
    if (source instanceof PyDict dict) {
      PyDict src = dict.stable();
      for (int j = 0; j < src.entryLimit(); j++) {
        PyObject k = src.keyAt(j);
        if (k != null) put(k, src.hashAt(j), value);
      }
    } else {
      ((PySet) source).forEachEntry((k, h) -> put(k, h, value));
    }
  }

  /** Removes every entry (CPython's dict.clear: a fresh minimal table). */
  public void clearAll() {
    if (FreeThreading.enabled()) {
      synchronized (this) {
        reset();
      }
      return;
    }
    reset();
  }

  private void reset() {
    layoutChanging();
    allocate(MIN_SIZE);
    used = 0;
    layoutChanged();
  }

  /** An instance of a Python subclass of dict: its class, {@code __dict__} and {@code __slots__} values. */
  public static final class Derived extends PyDict implements HeapInstance {
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
  static PyObject newDict(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return cls == TYPE ? new PyDict() : new Derived(cls);
  }

  @PyMethod("__init__") void init(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length > 1) throw Errors.typeError("dict expected at most 1 argument, got %d", args.length);
    if (args.length == 1) updateFrom(args[0]);
    if (kwargs != null) mergeDict(kwargs);
  }

  /**
   * {@code dict.update(arg)}'s one argument: a dict's entries, else any object with {@code keys()} read as a mapping,
   * else an iterable of key/value pairs.
   */
  public void updateFrom(PyObject arg) {
    if (arg instanceof PyDict d && iteratesAsDict(d)) {
      mergeDict(d);
    } else if (Abstract.getAttrOrNull(arg, "keys") != null) {
      for (PyObject k : mappingKeys(Attributes.get(arg, "keys"))) put(k, Abstract.getItem(arg, k));
    } else {
      mergePairs(arg);
    }
  }

  /**
   * Whether merging {@code d} into a dict ({@code update}, {@code {**d}}, {@code f(**d)}) may copy its table: its
   * class keeps dict's {@code __iter__}, as CPython asks. Otherwise (an OrderedDict) it goes through {@code keys()}.
   */
  public static boolean iteratesAsDict(PyDict d) {
    return d.getClass() == PyDict.class || d.type().lookupSpecial(Special.ITER) == TYPE.lookupSpecial(Special.ITER);
  }

  /**
   * {@code list(m.keys())}, given {@code m.keys}, for a mapping merged the generic way: taken whole before any {@code m[k]} runs, as
   * CPython's {@code PyMapping_Keys}, so a {@code __getitem__} that reorders (an LRU cache) cannot upset the walk.
   */
  public static PyObject[] mappingKeys(PyObject keysMethod) {
    return Sequences.toArray(keysMethod.call0());
  }

  private void mergeDict(PyDict from) {
    if (from == this) return;
    PyDict other = from.stable();
    int size = other.used;
    for (int j = 0; j < other.next; j++) {
      PyObject k = other.keys[j];
      if (k == null) continue;
      put(k, other.values[j]);
      if (other.used != size) throw Errors.of(ExceptionTypes.RuntimeError, "dict mutated during update");
    }
  }

  private void mergePairs(PyObject iterable) {
    PyObject it = Abstract.iter(iterable);
    long n = 0;
    for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it), n++) {
      PyObject[] pair;
      try {
        pair = Sequences.toArray(item);
      } catch (PyException e) {
        if (!e.matches(ExceptionTypes.TypeError)) throw e;
        throw Errors.typeError("cannot convert dictionary update sequence element #%d to a sequence", n);
      }
      if (pair.length != 2) {
        throw Errors.valueError("dictionary update sequence element #%d has length %d; 2 is required", n,
            pair.length);
      }
      put(pair[0], pair[1]);
    }
  }

  // ---- the mapping protocol

  @PyMethod("__len__") PyObject len() { return PyInt.of(used); }

  @PyMethod("__getitem__") PyObject getItem(PyObject key) {
    PyObject v = get(key);
    if (v != null) return v;
    if (type() != TYPE) {
      PyObject missing = type().lookupSpecial(Special.MISSING);
      if (missing != null) return Abstract.callSpecial(this, Special.MISSING, key);
    }
    throw Errors.keyError(key);
  }

  @PyMethod("__setitem__") void setItem(PyObject key, PyObject value) { put(key, value); }

  @PyMethod("__delitem__") void delItem(PyObject key) {
    if (remove(key) == null) throw Errors.keyError(key);
  }

  @PyMethod("__contains__") PyObject contains(PyObject key) { return PyBool.of(get(key) != null); }

  @PyMethod("__iter__") PyObject iter() { return new PyDictIterator(this, PyDictIterator.Kind.KEYS, false); }

  @PyMethod("__reversed__") PyObject reversed() {
    return new PyDictIterator(this, PyDictIterator.Kind.KEYS, true);
  }

  // ---- methods

  @PyMethod("get") PyObject getOr(PyObject key, @PyMethod.Opt PyObject defaultValue) {
    PyObject v = get(key);
    return v != null ? v : defaultValue == null ? PyNone.NONE : defaultValue;
  }

  /** One {@code __hash__} call and one search, as CPython's (a class counting them can tell). */
  @PyMethod PyObject setdefault(PyObject key, @PyMethod.Opt PyObject defaultValue) {
    long hash = Abstract.hash(key);
    if (FreeThreading.enabled()) {
      synchronized (this) {
        return setDefault(key, hash, defaultValue);
      }
    }
    return setDefault(key, hash, defaultValue);
  }

  private PyObject setDefault(PyObject key, long hash, PyObject defaultValue) {
    int ix = find(key, hash);
    if (ix >= 0) return values[ix];
    PyObject v = defaultValue == null ? PyNone.NONE : defaultValue;
    insert(key, hash, v);
    return v;
  }

  @PyMethod PyObject pop(PyObject key, @PyMethod.Opt PyObject defaultValue) {
    PyObject v = remove(key);
    if (v != null) return v;
    if (defaultValue != null) return defaultValue;
    throw Errors.keyError(key);
  }

  @PyMethod PyObject popitem() {
    if (FreeThreading.enabled()) {
      synchronized (this) {
        return popLastEntry();
      }
    }
    return popLastEntry();
  }

  private PyObject popLastEntry() {
    int j = next - 1;
    while (j >= 0 && keys[j] == null) j--;
    if (j < 0) throw Errors.keyError(new PyStr("popitem(): dictionary is empty"));
    PyObject k = keys[j], v = values[j];
    layoutChanging();
    indices[slotOf(j, hashes[j])] = DUMMY;
    keys[j] = null;
    values[j] = null;
    used--;
    next = j;  // as CPython: the entry array shrinks, so the next insertion reuses the slot
    layoutChanged();
    return PyTuple.of(k, v);
  }

  @PyMethod("keys") PyObject keysView() { return new PyDictSetView(this, PyDictIterator.Kind.KEYS); }

  @PyMethod("values") PyObject valuesView() { return new PyDictView(this, PyDictIterator.Kind.VALUES); }

  @PyMethod("items") PyObject itemsView() { return new PyDictSetView(this, PyDictIterator.Kind.ITEMS); }

  /** {@code dict.copy()}: a plain dict with the same entries in the same order, whatever the subclass. */
  @PyMethod public PyDict copy() {
    PyDict d = new PyDict();
    d.mergeDict(this);
    return d;
  }

  @PyMethod void clear() { clearAll(); }

  @PyMethod void update(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length > 1) throw Errors.typeError("update expected at most 1 argument, got %d", args.length);
    if (args.length == 1) updateFrom(args[0]);
    if (kwargs != null) mergeDict(kwargs);
  }

  @PyMethod(kind = PyMethod.Kind.CLASS)
  static PyObject fromkeys(PyType cls, PyObject iterable, @PyMethod.Opt PyObject value) {
    PyObject v = value == null ? PyNone.NONE : value;
    PyObject d = cls == TYPE ? new PyDict() : cls.call0();
    if (d.type() == TYPE && (iterable.type() == TYPE || iterable.type() == PySet.TYPE
        || iterable.type() == PyFrozenSet.TYPE)) {
      ((PyDict) d).putKeysOf(iterable, v);  // with the hashes stored there, as CPython's
      return d;
    }
    PyObject it = Abstract.iter(iterable);
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
      if (d.type() == TYPE) ((PyDict) d).put(k, v);
      else Abstract.setItem(d, k, v);
    }
    return d;
  }

  // ---- operators

  @PyMethod("__or__") PyObject or(PyObject other) {
    if (!(other instanceof PyDict o)) return PyNotImplemented.VALUE;
    PyDict d = copy();
    d.updateFrom(o);
    return d;
  }

  @PyMethod("__ror__") PyObject ror(PyObject other) {
    if (!(other instanceof PyDict o)) return PyNotImplemented.VALUE;
    PyDict d = o.copy();
    d.updateFrom(this);
    return d;
  }

  @PyMethod("__ior__") PyObject ior(PyObject other) {
    updateFrom(other);
    return this;
  }

  @PyMethod("__eq__") PyObject eq(PyObject other) {
    return other instanceof PyDict o ? PyBool.of(sameEntries(o)) : PyNotImplemented.VALUE;
  }

  @PyMethod("__ne__") PyObject ne(PyObject other) {
    return other instanceof PyDict o ? PyBool.of(!sameEntries(o)) : PyNotImplemented.VALUE;
  }

  /** Equal sizes and every key of this dict maps to an equal value in the other (order does not matter). */
  private boolean sameEntries(PyDict other) {
    PyDict d = stable();
    if (d.used != other.used) return false;
    for (int j = 0; j < d.next; j++) {
      PyObject k = d.keys[j];
      if (k == null) continue;
      PyObject mine = d.values[j];
      PyObject theirs = other.get(k);
      if (theirs == null || !Abstract.equals(mine, theirs)) return false;
    }
    return true;
  }

  @PyMethod("__repr__") PyObject repr() {
    if (!ReprGuard.enter(this)) return new PyStr("{...}");  // before the empty case, as CPython's
    try {
      PyDict d = stable();
      if (d.used == 0) return new PyStr("{}");
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (int j = 0; j < d.next; j++) {
        PyObject k = d.keys[j], v = d.values[j];
        if (k == null) continue;
        if (!first) sb.append(", ");
        first = false;
        sb.append(Abstract.repr(k).value).append(": ").append(Abstract.repr(v).value);
      }
      return new PyStr(sb.append('}').toString());
    } finally {
      ReprGuard.leave(this);
    }
  }
}
