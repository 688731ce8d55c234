package dev.kaa.objects;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.CompareOps;
import java.util.Arrays;

/**
 * What tuple and list do alike (CPython keeps twin copies in tupleobject.c and listobject.c): lexicographic
 * comparison, repr, index/count, the argument rules of {@code index}, {@code *} counts, and collecting an iterable.
 */
final class Sequences {
  private Sequences() {}

  static final PyObject[] NO_ITEMS = new PyObject[0];

  /**
   * {@code v op w} for two sequences of one kind: the first differing item decides, else the lengths. Lists answer
   * {@code ==} of different lengths without looking at the items ({@code lengthShortcut}); tuples do not.
   */
  static PyObject compare(ItemSequence v, ItemSequence w, CompareOps op, boolean lengthShortcut) {
    if (lengthShortcut && v.size() != w.size() && (op == CompareOps.EQ || op == CompareOps.NE)) {
      return PyBool.of(op == CompareOps.NE);
    }
    for (int i = 0; ; i++) {
      if (i >= v.size() || i >= w.size()) return PyBool.of(holds(Integer.compare(v.size(), w.size()), op));
      PyObject a = v.get(i), b = w.get(i);
      if (a == null || b == null) continue;  // another thread shrank a list: its size decides, above
      if (Abstract.equals(a, b)) continue;
      if (op == CompareOps.EQ) return PyBool.FALSE;
      if (op == CompareOps.NE) return PyBool.TRUE;
      return Abstract.richCompare(a, b, op);
    }
  }

  /** Whether item {@code i} equals {@code value}; false when another thread has just removed it. */
  private static boolean equalsAt(ItemSequence seq, int i, PyObject value) {
    PyObject item = seq.get(i);
    return item != null && Abstract.equals(item, value);
  }

  /** Whether {@code op} holds for a three-way comparison result. */
  static boolean holds(int cmp, CompareOps op) {
    return switch (op) {
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case GT -> cmp > 0;
      case GE -> cmp >= 0;
    };
  }

  /** {@code open + ", ".join(map(repr, items)) + close}, or {@code recursive} when self is already being printed. */
  static String repr(PyObject self, ItemSequence seq, String open, String close, String recursive) {
    if (seq.size() == 0) return open + close;
    if (!ReprGuard.enter(self)) return recursive;
    try {
      StringBuilder sb = new StringBuilder(open);
      for (int i = 0; i < seq.size(); i++) {
        PyObject item = seq.get(i);
        if (item == null) break;  // another thread shrank the list
        if (i > 0) sb.append(", ");
        sb.append(Abstract.repr(item).value);
      }
      return sb.append(close).toString();
    } finally {
      ReprGuard.leave(self);
    }
  }

  /** The first position in {@code [start, stop)} holding an item equal to {@code value}, or -1. */
  static int find(ItemSequence seq, PyObject value, PyObject start, PyObject stop) {
    long from = bound(start, 0, seq.size()), to = bound(stop, Long.MAX_VALUE, seq.size());
    for (long i = from; i < to && i < seq.size(); i++) {
      if (equalsAt(seq, (int) i, value)) return (int) i;
    }
    return -1;
  }

  static PyObject count(ItemSequence seq, PyObject value) {
    long n = 0;
    for (int i = 0; i < seq.size(); i++) if (equalsAt(seq, i, value)) n++;
    return PyInt.of(n);
  }

  static boolean contains(ItemSequence seq, PyObject value) {
    for (int i = 0; i < seq.size(); i++) if (equalsAt(seq, i, value)) return true;
    return false;
  }

  /** A start/stop argument of {@code index()}: counted from the end when negative, at least 0. */
  private static long bound(PyObject o, long absent, int size) {
    if (o == null) return absent;
    if (!(o instanceof PyInt) && o.type().lookupSpecial(Special.INDEX) == null) {
      throw Errors.typeError("slice indices must be integers or have an __index__ method");
    }
    PyInt i = Abstract.index(o);
    long v = i.isLong() ? i.longValue() : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    if (v < 0) v = Math.max(0, v + size);
    return v;
  }

  /** An item index ({@code s[i]}): counted from the end when negative; -1 when out of range. */
  static int itemIndex(PyObject key, int size) {
    long i = Abstract.indexValue(key);
    if (i < 0) i += size;
    return i < 0 || i >= size ? -1 : (int) i;
  }

  /** Whether {@code key} can index a sequence (has {@code __index__}). */
  static boolean isIndex(PyObject key) {
    return key instanceof PyInt || key.type().lookupSpecial(Special.INDEX) != null;
  }

  /** The TypeError of {@code s["a"]}. */
  static PyException badIndex(String kind, PyObject key) {
    return Errors.typeError("%s indices must be integers or slices, not %s", kind, key.type().name());
  }

  /**
   * {@code list(a=1)}: the built-in's {@code __new__} takes any arguments (so a subclass's {@code __init__} may want
   * keywords), and its {@code __init__} refuses keywords unless a subclass replaced {@code __new__}, as CPython's.
   */
  static void rejectKeywords(PyObject self, PyType builtin, PyDict kwargs) {
    if (kwargs == null || kwargs.size() == 0) return;
    if (self.type() == builtin || self.type().lookup("__new__") == builtin.lookup("__new__")) {
      throw Errors.typeError("%s() takes no keyword arguments", builtin.name());
    }
  }

  /** The count of a sequence's {@code __mul__} called as a method: one that is no integer is a TypeError. */
  static long requiredRepeatCount(PyObject n) {
    PyInt i = Abstract.index(n);
    if (!i.isLong()) throw Errors.overflowError("cannot fit '%s' into an index-sized integer", n.type().name());
    return Math.max(0, i.longValue());
  }

  /** A repeat count ({@code s * n}): null when {@code n} is no integer (the operator then answers NotImplemented). */
  static Long repeatCount(PyObject n) { return isIndex(n) ? requiredRepeatCount(n) : null; }

  /** {@code items[0:size]} repeated {@code times} times. */
  static PyObject[] repeat(PyObject[] items, int size, long times) {
    if (size == 0 || times == 0) return NO_ITEMS;
    if (times > (Integer.MAX_VALUE - 8) / size) throw Errors.memoryError();
    PyObject[] out = new PyObject[(int) (size * times)];
    for (int k = 0; k < times; k++) System.arraycopy(items, 0, out, k * size, size);
    return out;
  }

  /**
   * The items of any iterable, in a fresh array (exactly sized). Only exact lists and tuples are copied directly: a
   * subclass's {@code __iter__} may be overridden.
   */
  static PyObject[] toArray(PyObject iterable) {
    if (iterable.type() == PyList.TYPE) return ((PyList) iterable).toArray();
    if (iterable.type() == PyTuple.TYPE) return ((PyTuple) iterable).toArray();
    PyObject it = Abstract.iter(iterable);
    Abstract.lengthHint(iterable);
    PyObject[] out = new PyObject[8];
    int n = 0;
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      if (n == out.length) out = Arrays.copyOf(out, n * 2);
      out[n++] = x;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * The TypeError of {@code [1] + (1,)} or {@code [1] * 2.0} once neither operand's method took the operation: CPython's
   * sequence concat/repeat fallback, which words the error for sequences. Null when neither operand is a sequence.
   */
  static PyException operandError(PyObject v, PyObject w, BinaryOps plain) {
    if (plain == BinaryOps.ADD) {
      String kind = v instanceof PyList ? "list" : v instanceof PyTuple ? "tuple" : null;
      if (kind != null) {
        return Errors.typeError("can only concatenate %s (not \"%s\") to %s", kind, w.type().name(), kind);
      }
      if (v instanceof PyBytesLike) return Errors.typeError("can't concat %s to %s", w.type().name(), v.type().name());
    } else if (plain == BinaryOps.MULTIPLY) {
      if (isSequence(v) && !isIndex(w)) return nonIntRepeat(w);
      if (isSequence(w) && !isIndex(v)) return nonIntRepeat(v);
    }
    return null;
  }

  private static boolean isSequence(PyObject o) {
    return o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytesLike;
  }

  private static PyException nonIntRepeat(PyObject n) {
    return Errors.typeError("can't multiply sequence by non-int of type '%s'", n.type().name());
  }
}
