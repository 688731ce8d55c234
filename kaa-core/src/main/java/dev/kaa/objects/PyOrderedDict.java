package dev.kaa.objects;

import java.util.HashMap;

/**
 * {@code collections.OrderedDict}, as CPython's C one (Objects/odictobject.c): a dict whose order is a doubly linked
 * list of nodes beside the dict's own table, so {@code move_to_end} either way and {@code popitem(last=False)} cost
 * O(1). The table keeps the values; the list keeps the order. The dict's own insertion order is left alone, as
 * CPython's is: {@code dict.keys(od)} shows it, while everything that iterates the OrderedDict (its views, {@code
 * repr}, {@code dict(od)}, {@code **od}) follows the list.
 *
 * <p>Iterators remember {@link #state}, bumped by every change of the list, and the size: a change under them is
 * "OrderedDict mutated during iteration" / "changed size". Like CPython's, the methods read and write the table
 * directly, except where CPython goes through a subclass's {@code __getitem__}/{@code __setitem__} (copy, setdefault,
 * update, fromkeys, repr, |): a subclass such as an LRU cache sees those calls as it would on CPython. Without a GIL
 * the list changes under the dict's monitor, as the table does.
 */
public final class PyOrderedDict extends PyDict implements HeapInstance {
  public static final PyType TYPE = new PyType("collections.OrderedDict", PyType.IMMUTABLE | PyType.BASETYPE,
      PyOrderedDict.class, PyDict.TYPE);
  static final PyType KEYS_TYPE = new PyType("odict_keys", PyType.IMMUTABLE, PyDictSetView.KEYS_TYPE);
  static final PyType VALUES_TYPE = new PyType("odict_values", PyType.IMMUTABLE, PyDictView.VALUES_TYPE);
  static final PyType ITEMS_TYPE = new PyType("odict_items", PyType.IMMUTABLE, PyDictSetView.ITEMS_TYPE);

  static {
    TYPE.dictPut("__doc__", new PyStr("Dictionary that remembers insertion order"));
  }

  /** One key's place in the order; nodes with equal hashes are chained through {@link #sameHash}. */
  static final class Node {
    final PyObject key;
    final long hash;
    Node prev, next, sameHash;

    Node(PyObject key, long hash) {
      this.key = key;
      this.hash = hash;
    }
  }

  private Node first, last;
  private final HashMap<Long, Node> nodesByHash = new HashMap<>();
  /** Bumped whenever a node is linked or unlinked. */
  private int state;

  private PyType type;
  private PyDict dict;
  private final PyObject[] slots;

  private PyOrderedDict(PyType type) {
    this.type = type;
    this.slots = type.hasFlag(PyType.HEAPTYPE) ? HeapInstance.newSlots(type) : null;
  }

  /** An empty {@code OrderedDict()}. */
  public static PyOrderedDict of() { return new PyOrderedDict(TYPE); }

  @Override public PyType type() { return type; }

  @Override public void setType(PyType t) { type = t; }

  /** Every OrderedDict has a {@code __dict__} (CPython's has a dict offset), made when first asked for. */
  @Override public PyDict dict() {
    if (dict == null) dict = new PyDict();
    return dict;
  }

  @Override public void setDict(PyDict d) { dict = d; }

  @Override public PyObject[] slots() { return slots; }

  @PyGetter("__dict__") PyObject dictAttr() { return dict(); }

  @PySetter("__dict__") void setDictAttr(PyObject value) {
    if (value == null) throw Errors.typeError("cannot delete __dict__");
    if (!(value instanceof PyDict d)) {
      throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", value.type().name());
    }
    dict = d;
  }

  // ---- the order

  private Node findNode(PyObject key, long hash) {
    for (Node n = nodesByHash.get(hash); n != null; n = n.sameHash) {
      if (n.key == key || Abstract.equals(n.key, key)) return n;
    }
    return null;
  }

  private void linkLast(PyObject key, long hash) {
    Node n = new Node(key, hash);
    n.sameHash = nodesByHash.put(hash, n);
    n.prev = last;
    if (last == null) first = n;
    else last.next = n;
    last = n;
    state++;
  }

  private void unlink(Node n) {
    if (n.prev == null) first = n.next;
    else n.prev.next = n.next;
    if (n.next == null) last = n.prev;
    else n.next.prev = n.prev;
    n.prev = n.next = null;
    Node chain = nodesByHash.get(n.hash);
    if (chain == n) {
      if (n.sameHash == null) nodesByHash.remove(n.hash);
      else nodesByHash.put(n.hash, n.sameHash);
    } else {
      while (chain.sameHash != n) chain = chain.sameHash;
      chain.sameHash = n.sameHash;
    }
    state++;
  }

  private void relink(Node n, boolean atEnd) {
    if (atEnd ? n == last : n == first) return;
    if (n.prev == null) first = n.next;
    else n.prev.next = n.next;
    if (n.next == null) last = n.prev;
    else n.next.prev = n.prev;
    if (atEnd) {
      n.prev = last;
      n.next = null;
      last.next = n;
      last = n;
    } else {
      n.next = first;
      n.prev = null;
      first.prev = n;
      first = n;
    }
    state++;
  }

  private void clearOrder() {
    first = last = null;
    nodesByHash.clear();
    state++;
  }

  int state() { return state; }

  Node firstNode(boolean reversed) { return reversed ? last : first; }

  static Node following(Node n, boolean reversed) { return reversed ? n.prev : n.next; }

  // ---- the mapping protocol

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyOrderedDict(cls);
  }

  @PyMethod("__init__") void init(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length > 1) throw Errors.typeError("expected at most 1 arguments, got %d", args.length);
    updateThrough(this, args, kwargs);
  }

  @PyMethod("__setitem__") void setItemOrdered(PyObject key, PyObject value) {
    long hash = Abstract.hash(key);
    FreeThreading.locked(this, () -> {
      put(key, hash, value);
      if (findNode(key, hash) == null) linkLast(key, hash);
    });
  }

  @PyMethod("__delitem__") void delItemOrdered(PyObject key) {
    if (removeOrdered(key) == null) throw Errors.keyError(key);
  }

  /** Unlinks {@code key}'s node and removes its entry: the value, or null when absent. */
  private PyObject removeOrdered(PyObject key) {
    long hash = Abstract.hash(key);
    return FreeThreading.locked(this, () -> {
      Node n = findNode(key, hash);
      if (n != null) unlink(n);
      return remove(key);
    });
  }

  @PyMethod("__iter__") PyObject iterOrdered() { return new PyOrderedDictIterator(this, null, false); }

  @PyMethod(value = "__reversed__", doc = "od.__reversed__() <==> reversed(od)")
  PyObject reversedOrdered() { return new PyOrderedDictIterator(this, null, true); }

  @PyMethod("keys") PyObject keysOrdered() { return new PyDictSetView(this, PyDictIterator.Kind.KEYS, KEYS_TYPE); }

  @PyMethod("values") PyObject valuesOrdered() { return new PyDictView(this, PyDictIterator.Kind.VALUES, VALUES_TYPE); }

  @PyMethod("items") PyObject itemsOrdered() { return new PyDictSetView(this, PyDictIterator.Kind.ITEMS, ITEMS_TYPE); }

  // ---- methods

  @PyMethod(value = "move_to_end", positionalOnly = 0, doc = "Move an existing element to the end (or beginning if last is false).\n\n"
      + "Raise KeyError if the element does not exist.")
  void moveToEnd(PyObject key, @PyMethod.Opt PyObject last) {
    boolean atEnd = last == null || Abstract.isTrue(last);
    long hash = Abstract.hash(key);
    FreeThreading.locked(this, () -> {
      Node n = findNode(key, hash);
      if (n == null) throw Errors.keyError(key);
      relink(n, atEnd);
    });
  }

  @PyMethod(value = "popitem", positionalOnly = 0, doc = "Remove and return a (key, value) pair from the dictionary.\n\nPairs are "
      + "returned in LIFO order if last is true or FIFO order if false.")
  PyObject popItemOrdered(@PyMethod.Opt PyObject last) {
    boolean atEnd = last == null || Abstract.isTrue(last);
    return FreeThreading.locked(this, () -> {
      Node n = atEnd ? this.last : first;
      if (n == null) throw Errors.keyError(new PyStr("dictionary is empty"));
      unlink(n);
      PyObject value = remove(n.key);
      if (value == null) throw Errors.keyError(n.key);
      return PyTuple.of(n.key, value);
    });
  }

  @PyMethod(value = "pop", positionalOnly = 0, doc = "od.pop(key[,default]) -> v, remove specified key and return the corresponding "
      + "value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.")
  PyObject popOrdered(PyObject key, @PyMethod.Opt PyObject default_) {
    PyObject v = removeOrdered(key);
    if (v != null) return v;
    if (default_ != null) return default_;
    throw Errors.keyError(key);
  }

  @PyMethod(value = "setdefault", positionalOnly = 0, doc = "Insert key with a value of default if key is not in the dictionary.\n\n"
      + "Return the value for key if key is in the dictionary, else default.")
  PyObject setDefaultOrdered(PyObject key, @PyMethod.Opt PyObject default_) {
    PyObject v = default_ == null ? PyNone.NONE : default_;
    if (type == TYPE) {
      PyObject old = get(key);
      if (old != null) return old;
      setItemOrdered(key, v);
      return v;
    }
    // a subclass sees `in`, then [] or []=
    if (Abstract.contains(this, key)) return Abstract.getItem(this, key);
    Abstract.setItem(this, key, v);
    return v;
  }

  @PyMethod(value = "clear", doc = "od.clear() -> None.  Remove all items from od.") void clearOrdered() {
    FreeThreading.locked(this, () -> {
      clearAll();
      clearOrder();
    });
  }

  @PyMethod(value = "copy", doc = "od.copy() -> a shallow copy of od") PyObject copyOrdered() {
    PyObject copy = type.call0();
    PyOrderedDict direct = type == TYPE && copy instanceof PyOrderedDict od ? od : null;  // else a subclass sees [] and []=
    for (Node n = first; n != null; n = n.next) {
      if (direct != null) {
        PyObject v = get(n.key);  // hashed again, as CPython
        if (v == null) throw Errors.keyError(n.key);
        direct.setItemOrdered(n.key, v);
      } else {
        Abstract.setItem(copy, n.key, Abstract.getItem(this, n.key));
      }
    }
    return copy;
  }

  @PyMethod void update(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length > 1) {
      throw Errors.typeError("update() takes at most 1 positional argument (%d given)", args.length);
    }
    updateThrough(this, args, kwargs);
  }

  /**
   * {@code MutableMapping.update}: every pair goes through {@code self[key] = value}. A dict's
   * items, else a mapping's {@code keys()}, else an {@code items()} method, else pairs; then the keywords.
   */
  private static void updateThrough(PyObject self, PyObject[] args, PyDict kwargs) {
    if (args.length == 1) {
      PyObject arg = args[0];
      if (arg.type() == PyDict.TYPE) {
        ((PyDict) arg).forEach((k, v) -> Abstract.setItem(self, k, v));
      } else if (Abstract.getAttrOrNull(arg, "keys") != null) {
        PyObject it = Abstract.iter(Attributes.get(arg, "keys").call0());
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
          Abstract.setItem(self, k, Abstract.getItem(arg, k));
        }
      } else {
        PyObject items = Abstract.getAttrOrNull(arg, "items");
        addPairs(self, items != null ? items.call0() : arg);
      }
    }
    if (kwargs != null) kwargs.forEach((k, v) -> Abstract.setItem(self, k, v));
  }

  private static void addPairs(PyObject self, PyObject pairs) {
    PyObject it = Abstract.iter(pairs);
    for (PyObject pair = Abstract.next(it); pair != null; pair = Abstract.next(it)) {
      PyObject[] kv = Sequences.toArray(pair);
      if (kv.length != 2) {
        throw Errors.valueError(kv.length < 2
            ? "not enough values to unpack (expected 2, got " + kv.length + ")"
            : "too many values to unpack (expected 2)");
      }
      Abstract.setItem(self, kv[0], kv[1]);
    }
  }

  @PyMethod(value = "fromkeys", kind = PyMethod.Kind.CLASS, positionalOnly = 0,
      doc = "Create a new ordered dictionary with keys from iterable and values set to value.")
  static PyObject fromkeysOrdered(PyType cls, PyObject iterable, @PyMethod.Opt PyObject value) {
    PyObject v = value == null ? PyNone.NONE : value;
    PyObject d = cls.call0();
    PyObject it = Abstract.iter(iterable);
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) Abstract.setItem(d, k, v);
    return d;
  }

  @PyMethod(value = "__reduce__", doc = "Return state information for pickling") PyObject reduce() {
    PyObject state = Attributes.get(this, "__getstate__").call0();
    return PyTuple.of(type, PyTuple.EMPTY, state, PyNone.NONE, Abstract.iter(itemsOrdered()));
  }

  /** The dict's size and the order's: a node (key, hash, two links) and an index entry per key, as CPython counts. */
  @PyMethod("__sizeof__") PyObject sizeOf() {
    return PyInt.of(((PyInt) PyDict.TYPE.lookup("__sizeof__").call1(this)).longValue() + 40L * size());
  }

  // ---- operators: type(od)(left), updated with right, as CPython's

  @PyMethod("__or__") PyObject orOrdered(PyObject other) {
    if (!(other instanceof PyDict)) return PyNotImplemented.VALUE;
    PyObject copy = type.call1(this);
    updateThrough(copy, new PyObject[] {other}, null);
    return copy;
  }

  @PyMethod("__ror__") PyObject rorOrdered(PyObject other) {
    if (!(other instanceof PyDict)) return PyNotImplemented.VALUE;
    PyObject copy = type.call1(other);
    updateThrough(copy, new PyObject[] {this}, null);
    return copy;
  }

  @PyMethod("__ior__") PyObject iorOrdered(PyObject other) {
    updateThrough(this, new PyObject[] {other}, null);
    return this;
  }

  /** Against another OrderedDict equality also asks for the same order; against a dict it is dict's. */
  @PyMethod("__eq__") PyObject eqOrdered(PyObject other) {
    PyObject same = PyDict.TYPE.lookup("__eq__").call2(this, other);
    if (same != PyBool.TRUE || !(other instanceof PyOrderedDict o)) return same;
    return PyBool.of(sameOrder(o));
  }

  @PyMethod("__ne__") PyObject neOrdered(PyObject other) {
    PyObject eq = eqOrdered(other);
    return eq == PyNotImplemented.VALUE ? eq : PyBool.of(eq != PyBool.TRUE);
  }

  private boolean sameOrder(PyOrderedDict other) {
    int myState = state, theirState = other.state;
    for (Node a = first, b = other.first; a != null || b != null; a = a.next, b = b.next) {
      if (a == null || b == null) return false;
      boolean eq = a.key == b.key || Abstract.equals(a.key, b.key);
      if (myState != state || theirState != other.state) {
        throw Errors.of(ExceptionTypes.RuntimeError, "OrderedDict mutated during iteration");
      }
      if (!eq) return false;
    }
    return true;
  }

  /** {@code OrderedDict({...})}: a dict built from this one as {@code dict(od)} would: {@code keys()}, then []. */
  @PyMethod("__repr__") PyObject reprOrdered() {
    if (size() == 0) return new PyStr(type.name() + "()");
    if (!ReprGuard.enter(this)) return new PyStr("...");
    try {
      PyDict copy = new PyDict();
      copy.updateFrom(this);
      return new PyStr(type.name() + "(" + Abstract.repr(copy).value + ")");
    } finally {
      ReprGuard.leave(this);
    }
  }
}
