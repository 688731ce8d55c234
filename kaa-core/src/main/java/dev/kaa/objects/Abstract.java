package dev.kaa.objects;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.CompareOps;
import dev.kaa.math.NumericHash;
import dev.kaa.strings.StrCompare;

/**
 * The abstract object protocol (CPython's abstract.c and object.c): what {@code repr(x)}, {@code hash(x)},
 * {@code bool(x)}, {@code x < y} and {@code x + y} do for any objects, in terms of the special methods their types
 * define. The rules — which operand is asked first, when NotImplemented falls through, the exact TypeError texts —
 * live here once; the eval loop calls these after its inline fast paths for the common built-in types.
 */
public final class Abstract {
  private Abstract() {}

  private static final PyObject[] NO_ARGS = new PyObject[0];

  /** Calls special method {@code s} of {@code self}'s type on {@code self}; null when the type has none. */
  public static PyObject callSpecial(PyObject self, Special s, PyObject... args) {
    PyObject f = self.type().lookupSpecial(s);
    return f == null ? null : callUnbound(f, self, args);
  }

  private static PyObject callUnbound(PyObject f, PyObject self, PyObject[] args) {
    return callMethod(self, f, args, 0, args.length, null);
  }

  /**
   * {@code descr.__get__(obj, owner)} as CPython's descriptor slot calls it: the {@code __get__} found on descr's
   * class, {@code getter}, gets descr as first argument without being bound first, so that a built-in function or any
   * other callable serves as a {@code __get__} too.
   */
  public static PyObject callGet(PyObject descr, PyObject getter, PyObject obj, PyObject owner) {
    if (getter instanceof MethodDescriptorFlag) return callMethod(descr, getter, obj, owner);
    return getter.call(new PyObject[] {descr, obj, owner}, 0, 3, null);
  }

  /** Calls {@code f}, an attribute found on {@code self}'s class, as a method of self: {@code f.__get__(self)(*args)}. */
  public static PyObject callMethod(PyObject self, PyObject f, PyObject... args) {
    return callMethod(self, f, args, 0, args.length, null);
  }

  /**
   * As {@link #callMethod(PyObject, PyObject, PyObject...)} with vectorcall-shaped arguments. Functions and method
   * descriptors ({@link MethodDescriptorFlag}) get self as first argument with no bound method made; another
   * descriptor is bound through its {@code __get__}; an object without {@code __get__} is called as it is.
   */
  public static PyObject callMethod(PyObject self, PyObject f, PyObject[] args, int from, int npos, String[] kwnames) {
    if (f instanceof PyMethodDescriptor d) return d.callWithSelf(self, args, from, npos, kwnames);
    if (!(f instanceof MethodDescriptorFlag)) {
      PyObject get = f.type().lookupSpecial(Special.GET);
      if (get != null) f = callGet(f, get, self, self.type());
      return f.call(args, from, npos, kwnames);
    }
    int nkw = kwnames == null ? 0 : kwnames.length;
    PyObject[] all = new PyObject[npos + nkw + 1];
    all[0] = self;
    System.arraycopy(args, from, all, 1, npos + nkw);
    return f.call(all, 0, npos + 1, kwnames);
  }

  /** {@code repr(o)}. */
  public static PyStr repr(PyObject o) {
    PyObject r = callSpecial(o, Special.REPR);
    if (r instanceof PyStr s) return s;
    throw Errors.typeError("__repr__ returned non-string (type %s)", r.type().name());
  }

  /** {@code str(o)}. */
  public static PyStr str(PyObject o) {
    if (o.type() == PyStr.TYPE) return (PyStr) o;
    if (o.getClass() == PyInt.class) return (PyStr) ((PyInt) o).repr();  // int's str cannot be replaced
    PyObject r = callSpecial(o, Special.STR);
    if (r instanceof PyStr s) return s;
    throw Errors.typeError("__str__ returned non-string (type %s)", r.type().name());
  }

  /**
   * Exact ints that fit in a long, and exact strs, compared directly (what their own methods answer; nothing can
   * replace those); null for anything else.
   */
  private static PyObject directCompare(PyObject v, PyObject w, CompareOps op) {
    int c;
    if (v.getClass() == PyInt.class && w.getClass() == PyInt.class && ((PyInt) v).isLong() && ((PyInt) w).isLong()) {
      c = Long.compare(((PyInt) v).longValue(), ((PyInt) w).longValue());
    } else if (v.getClass() == PyStr.class && w.getClass() == PyStr.class) {
      String a = ((PyStr) v).value, b = ((PyStr) w).value;
      if (op == CompareOps.EQ || op == CompareOps.NE) return PyBool.of(a.equals(b) == (op == CompareOps.EQ));
      c = StrCompare.compare(a, b);
    } else {
      return null;
    }
    return PyBool.of(Sequences.holds(c, op));
  }

  /** {@code hash(o)}: never -1, as in CPython. */
  public static long hash(PyObject o) {
    if (o instanceof PyStr s && o.type() == PyStr.TYPE) return s.hashValue();
    if (o.getClass() == PyInt.class && ((PyInt) o).isLong()) {
      long v = ((PyInt) o).longValue();  // int's hash is the value itself in this range, as int.__hash__ gives
      if (v != -1 && v < NumericHash.MODULUS && v > -NumericHash.MODULUS) return v;
    }
    PyObject f = o.type().lookupSpecial(Special.HASH);
    if (f == null || f == PyNone.NONE) {
      PyType t = o.type();
      throw Errors.typeError("unhashable type: '%s'", t.hasFlag(PyType.HEAPTYPE) ? t.name() : t.builtinTpName());
    }
    PyObject r = callUnbound(f, o, NO_ARGS);
    if (!(r instanceof PyInt i)) throw Errors.typeError("__hash__ method should return an integer");
    long h = i.isLong() ? i.longValue() : NumericHash.hashInt(i.bigValue());
    return h == -1 ? -2 : h;
  }

  /** {@code bool(o)}: {@code __bool__}, else {@code __len__} != 0, else true. */
  public static boolean isTrue(PyObject o) {
    if (o instanceof PyBool) return o == PyBool.TRUE;
    if (o == PyNone.NONE) return false;
    PyObject f = o.type().lookupSpecial(Special.BOOL);
    if (f != null) {
      PyObject r = callUnbound(f, o, NO_ARGS);
      if (r instanceof PyBool) return r == PyBool.TRUE;
      throw Errors.typeError("__bool__ should return bool, returned %s", r.type().name());
    }
    if (o.type().lookupSpecial(Special.LEN) != null) return length(o) != 0;
    return true;
  }

  private static final Special[] COMPARE = {Special.LT, Special.LE, Special.EQ, Special.NE, Special.GT, Special.GE};

  /** {@code v op w} for a rich comparison: the reflected method of a subclass first, identity for ==/!= last. */
  public static PyObject richCompare(PyObject v, PyObject w, CompareOps op) {
    PyObject direct = directCompare(v, w, op);
    if (direct != null) return direct;
    int[] depth = ComparisonDepth.enter();
    try {
      return richCompareSlow(v, w, op);
    } finally {
      ComparisonDepth.leave(depth);
    }
  }

  /** {@link #richCompare} by the special methods of both operands. */
  private static PyObject richCompareSlow(PyObject v, PyObject w, CompareOps op) {
    PyType tv = v.type(), tw = w.type();
    Special forward = COMPARE[op.ordinal()], reflected = COMPARE[op.swapped().ordinal()];
    boolean reflectedTried = false;
    if (tv != tw && tw.isSubtypeOf(tv)) {
      PyObject f = tw.lookupSpecial(reflected);
      if (f != null) {
        reflectedTried = true;
        PyObject r = callUnbound(f, w, new PyObject[] {v});
        if (r != PyNotImplemented.VALUE) return r;
      }
    }
    PyObject f = tv.lookupSpecial(forward);
    if (f != null) {
      PyObject r = callUnbound(f, v, new PyObject[] {w});
      if (r != PyNotImplemented.VALUE) return r;
    }
    if (!reflectedTried) {
      f = tw.lookupSpecial(reflected);
      if (f != null) {
        PyObject r = callUnbound(f, w, new PyObject[] {v});
        if (r != PyNotImplemented.VALUE) return r;
      }
    }
    return switch (op) {
      case EQ -> PyBool.of(v == w);
      case NE -> PyBool.of(v != w);
      default -> throw Errors.typeError("'%s' not supported between instances of '%s' and '%s'", op.symbol,
          tv.builtinTpName(), tw.builtinTpName());
    };
  }

  /** Forward, reflected and in-place special methods of each plain operator, in {@link BinaryOps} order. */
  private static final Special[][] BINARY = {
      {Special.ADD, Special.RADD, Special.IADD}, {Special.AND, Special.RAND, Special.IAND},
      {Special.FLOORDIV, Special.RFLOORDIV, Special.IFLOORDIV}, {Special.LSHIFT, Special.RLSHIFT, Special.ILSHIFT},
      {Special.MATMUL, Special.RMATMUL, Special.IMATMUL}, {Special.MUL, Special.RMUL, Special.IMUL},
      {Special.MOD, Special.RMOD, Special.IMOD}, {Special.OR, Special.ROR, Special.IOR},
      {Special.POW, Special.RPOW, Special.IPOW}, {Special.RSHIFT, Special.RRSHIFT, Special.IRSHIFT},
      {Special.SUB, Special.RSUB, Special.ISUB}, {Special.TRUEDIV, Special.RTRUEDIV, Special.ITRUEDIV},
      {Special.XOR, Special.RXOR, Special.IXOR}};

  /**
   * {@code v op w} for a binary or in-place operator: {@code __iop__} first for in-place forms, then the data
   * model's rule — a right operand whose type is a proper subclass with its own reflected method goes first.
   */
  public static PyObject binaryOp(PyObject v, PyObject w, BinaryOps op) {
    BinaryOps plain = op.plain();
    Special[] specials = BINARY[plain.ordinal()];
    if (op.inPlace()) {
      PyObject f = v.type().lookupSpecial(specials[2]);
      if (f != null) {
        PyObject r = callUnbound(f, v, new PyObject[] {w});
        if (r != PyNotImplemented.VALUE) return r;
      }
    }
    PyObject r = binaryOp1(v, w, specials[0], specials[1]);
    if (r != PyNotImplemented.VALUE) return r;
    PyException sequenceError = Sequences.operandError(v, w, plain);
    if (sequenceError != null) throw sequenceError;
    if (plain == BinaryOps.ADD && v instanceof PyStr) {
      throw Errors.typeError("can only concatenate str (not \"%s\") to str", w.type().name());
    }
    String symbol = plain == BinaryOps.POWER ? (op.inPlace() ? "**=" : "** or pow()") : op.symbol;
    throw Errors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", symbol, v.type().name(),
        w.type().name());
  }

  private static PyObject binaryOp1(PyObject v, PyObject w, Special forward, Special reflected) {
    PyType tv = v.type(), tw = w.type();
    PyObject fv = tv.lookupSpecial(forward);
    PyObject fw = tv == tw ? null : tw.lookupSpecial(reflected);
    // a built-in sequence's repetition is not tried with a count that is no integer: the operator reports it
    if (refusesRepeat(fv, w)) fv = null;
    if (refusesRepeat(fw, v)) fw = null;
    if (fw != null && isSequenceSlot(fv)) {
      // CPython asks the numeric slots of both operands before a sequence's concatenation or repetition:
      // "ab" * n calls n's __rmul__ first when n's class defines one
      PyObject r = callUnbound(fw, w, new PyObject[] {v});
      return r != PyNotImplemented.VALUE ? r : callUnbound(fv, v, new PyObject[] {w});
    }
    if (fw != null && tw.isSubtypeOf(tv) && fw != tv.lookupSpecial(reflected)) {
      PyObject r = callUnbound(fw, w, new PyObject[] {v});
      if (r != PyNotImplemented.VALUE) return r;
      fw = null;
    }
    if (fv != null) {
      PyObject r = callUnbound(fv, v, new PyObject[] {w});
      if (r != PyNotImplemented.VALUE) return r;
    }
    if (fw != null) return callUnbound(fw, w, new PyObject[] {v});
    return PyNotImplemented.VALUE;
  }

  /** A built-in sequence's {@code __add__}/{@code __mul__}: CPython's sq_concat/sq_repeat, not a numeric slot. */
  private static boolean isSequenceSlot(PyObject f) {
    return isSequenceMethod(f, "__add__") || isSequenceMethod(f, "__mul__");
  }

  /** {@code f} is a built-in sequence's repetition and {@code count} no integer: its sq_repeat would refuse it. */
  private static boolean refusesRepeat(PyObject f, PyObject count) {
    return (isSequenceMethod(f, "__mul__") || isSequenceMethod(f, "__rmul__")) && !Sequences.isIndex(count);
  }

  private static boolean isSequenceMethod(PyObject f, String name) {
    if (!(f instanceof PyMethodDescriptor d)) return false;
    PyType t = d.owner;
    return (t == PyStr.TYPE || t == PyList.TYPE || t == PyTuple.TYPE || t == PyBytes.TYPE || t == PyByteArray.TYPE)
        && d.function.name().equals(name);
  }

  // ---- The object protocols below are the contract the containers, the numbers and the eval loop share. Each is
  // CPython's generic algorithm over special methods; owners of built-in types add fast paths at the top.

  /** {@code f(*args)}. */
  public static PyObject call(PyObject f, PyObject... args) { return f.call(args, 0, args.length, null); }

  /** {@code iter(o)}: {@code __iter__}, else the sequence protocol ({@code __getitem__} from 0). */
  public static PyObject iter(PyObject o) {
    PyObject f = o.type().lookupSpecial(Special.ITER);
    if (f != null && f != PyNone.NONE) {
      PyObject it = callUnbound(f, o, NO_ARGS);
      if (!(it instanceof IterNext) && it.type().lookupSpecial(Special.NEXT) == null) {
        throw Errors.typeError("iter() returned non-iterator of type '%s'", it.type().name());
      }
      return it;
    }
    if (f == null && o.type().lookupSpecial(Special.GETITEM) != null) return new PySeqIter(o);
    throw Errors.typeError("'%s' object is not iterable", o.type().name());
  }

  /** {@code next(it)}, or null when the iterator is exhausted (a StopIteration it raised is consumed). */
  public static PyObject next(PyObject it) {
    if (it instanceof IterNext n) return n.iterNext();
    PyObject f = it.type().lookupSpecial(Special.NEXT);
    if (f == null) throw Errors.typeError("'%s' object is not an iterator", it.type().name());
    try {
      return callUnbound(f, it, NO_ARGS);
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.StopIteration)) return null;
      throw e;
    }
  }

  /** {@code o[key]}; for a type, {@code __class_getitem__}. */
  public static PyObject getItem(PyObject o, PyObject key) {
    PyObject f = o.type().lookupSpecial(Special.GETITEM);
    if (f != null) return callUnbound(f, o, new PyObject[] {key});
    if (o instanceof PyType t) {
      if (t == PyType.TYPE) return new PyGenericAlias(t, key);  // type[int], with no __class_getitem__ to inherit
      PyObject cg = getAttrOrNull(t, Special.CLASS_GETITEM.pyName);
      if (cg != null) return call(cg, key);
      throw Errors.typeError("type '%s' is not subscriptable", t.name());
    }
    throw Errors.typeError("'%s' object is not subscriptable", o.type().name());
  }

  /** {@code getattr(o, name, None)} without creating the AttributeError's object: null when absent. */
  public static PyObject getAttrOrNull(PyObject o, String name) { return Attributes.getOrNull(o, name); }

  /** {@code o[key] = value}. */
  public static void setItem(PyObject o, PyObject key, PyObject value) {
    PyObject f = o.type().lookupSpecial(Special.SETITEM);
    if (f == null) throw Errors.typeError("'%s' object does not support item assignment", o.type().name());
    callUnbound(f, o, new PyObject[] {key, value});
  }

  /** {@code del o[key]}. */
  public static void delItem(PyObject o, PyObject key) {
    PyObject f = o.type().lookupSpecial(Special.DELITEM);
    if (f == null) throw Errors.typeError("'%s' object doesn't support item deletion", o.type().name());
    callUnbound(f, o, new PyObject[] {key});
  }

  /** {@code len(o)}. */
  public static int len(PyObject o) {
    long n = length(o);
    if (n > Integer.MAX_VALUE) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
    return (int) n;
  }

  /** {@code len(o)} with CPython's 64-bit range ({@code len(range(2**62))}); {@link #len} for Java array sizes. */
  public static long length(PyObject o) {
    PyObject f = o.type().lookupSpecial(Special.LEN);
    if (f == null) throw Errors.typeError("object of type '%s' has no len()", o.type().name());
    PyObject r = callUnbound(f, o, NO_ARGS);
    PyInt n = index(r);
    if (n.signum() < 0) throw Errors.valueError("__len__() should return >= 0");
    if (!n.isLong()) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
    return n.longValue();
  }

  /**
   * CPython sizes the result with PyObject_LengthHint once it has the iterator: a class's {@code __len__} or
   * {@code __length_hint__} runs then, and its errors (other than TypeError) propagate. Built-in types' hints have
   * no visible effect, so only classes defined in Python are asked; the size itself is not needed.
   */
  public static void lengthHint(PyObject o) {
    PyType t = o.type();
    if (!t.hasFlag(PyType.HEAPTYPE)) return;
    if (t.lookupSpecial(Special.LEN) != null) {
      try {
        Abstract.length(o);
        return;
      } catch (PyException e) {
        if (!e.matches(ExceptionTypes.TypeError)) throw e;
      }
    }
    if (t.lookupSpecial(Special.LENGTH_HINT) == null) return;
    PyObject r;
    try {
      r = Abstract.callSpecial(o, Special.LENGTH_HINT);
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.TypeError)) return;
      throw e;
    }
    if (r == PyNotImplemented.VALUE) return;
    if (!(r instanceof PyInt n)) throw Errors.typeError("__length_hint__ must be an integer, not %s", r.type().name());
    if (n.signum() < 0) throw Errors.valueError("__length_hint__() should return >= 0");
  }

  /** {@code item in container}: {@code __contains__}, else iteration comparing with identity, then {@code ==}. */
  public static boolean contains(PyObject container, PyObject item) {
    PyObject f = container.type().lookupSpecial(Special.CONTAINS);
    if (f == PyNone.NONE) throw Errors.typeError("'%s' object is not a container", container.type().name());
    if (f != null) return isTrue(callUnbound(f, container, new PyObject[] {item}));
    PyObject it;
    try {
      it = iter(container);
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.TypeError)) throw e;
      throw Errors.typeError("argument of type '%s' is not iterable", container.type().name());
    }
    for (PyObject x = next(it); x != null; x = next(it)) {
      if (equals(x, item)) return true;
    }
    return false;
  }

  /** {@code v == w} as containers compare (CPython's PyObject_RichCompareBool): identity implies equality. */
  public static boolean equals(PyObject v, PyObject w) {
    return v == w || isTrue(richCompare(v, w, CompareOps.EQ));
  }

  /** {@code operator.index(o)}: an exact int (a bool or int subclass's value), or {@code __index__}'s int. */
  public static PyInt index(PyObject o) {
    if (o instanceof PyInt i) return i.exact();
    PyObject f = o.type().lookupSpecial(Special.INDEX);
    if (f == null) throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
    PyObject r = callUnbound(f, o, NO_ARGS);
    if (r instanceof PyInt i) {
      if (r.type() != PyInt.TYPE) DeprecatedResults.strictSubclass("__index__", "int", r);
      return i.exact();
    }
    throw Errors.typeError("__index__ returned non-int (type %s)", r.type().name());
  }

  /** A C {@code int} argument as Argument Clinic's {@code int} converts it: OverflowError past 32 bits. */
  public static int cIntValue(PyObject o) {
    PyInt i = index(o);
    if (!i.isLong() || i.longValue() != (int) i.longValue()) {
      throw Errors.overflowError("Python int too large to convert to C int");
    }
    return (int) i.longValue();
  }

  /**
   * An index or size argument as a long (CPython's PyNumber_AsSsize_t with IndexError): an int too big for 64 bits
   * raises {@code IndexError: cannot fit 'int' into an index-sized integer}.
   */
  public static long indexValue(PyObject o) {
    PyInt i = index(o);
    if (!i.isLong()) throw Errors.indexError("cannot fit '%s' into an index-sized integer", o.type().name());
    return i.longValue();
  }

  /** {@code -o}, {@code +o}, {@code ~o}, {@code abs(o)}. */
  public static PyObject negative(PyObject o) { return unary(o, Special.NEG, "bad operand type for unary -: '%s'"); }

  public static PyObject positive(PyObject o) { return unary(o, Special.POS, "bad operand type for unary +: '%s'"); }

  public static PyObject invert(PyObject o) { return unary(o, Special.INVERT, "bad operand type for unary ~: '%s'"); }

  public static PyObject absolute(PyObject o) {
    if (o.getClass() == PyInt.class) {  // an exact int: what int.__abs__ answers, without the special-method call
      PyInt i = (PyInt) o;
      long v = i.longValue();
      return !i.isLong() || v == Long.MIN_VALUE ? i.abs() : v >= 0 ? i : PyInt.of(-v);
    }
    if (o.getClass() == PyFloat.class) return new PyFloat(Math.abs(((PyFloat) o).value));
    return unary(o, Special.ABS, "bad operand type for abs(): '%s'");
  }

  private static PyObject unary(PyObject o, Special s, String error) {
    PyObject f = o.type().lookupSpecial(s);
    if (f == null) throw Errors.typeError(error, o.type().name());
    return callUnbound(f, o, NO_ARGS);
  }

  /** {@code format(o, spec)}. */
  public static PyStr format(PyObject o, PyStr spec) {
    PyObject r = callSpecial(o, Special.FORMAT, spec);
    if (r instanceof PyStr s) return s;
    throw Errors.typeError("__format__ must return a str, not %s", r.type().name());
  }

  /** {@code isinstance(o, cls)}. */
  public static boolean isInstance(PyObject o, PyObject cls) { return InstanceChecks.isInstance(o, cls); }

  /** {@code issubclass(derived, cls)}. */
  public static boolean isSubclass(PyObject derived, PyObject cls) { return InstanceChecks.isSubclass(derived, cls); }

  /** {@code f(*positional, **kwargs)}: a call from a built-in that received {@code **kwargs} as a dict. */
  public static PyObject callWithKeywords(PyObject f, PyObject[] positional, PyDict kwargs) {
    return callWithKeywords(f::call, positional, kwargs);
  }

  /** A call in the vectorcall shape, as {@link PyObject#call} takes it. */
  public interface VectorCall {
    PyObject call(PyObject[] args, int from, int npos, String[] kwnames);
  }

  /** {@code f(*positional, **kwargs)} for any vectorcall-shaped target. */
  public static PyObject callWithKeywords(VectorCall f, PyObject[] positional, PyDict kwargs) {
    if (kwargs == null) return f.call(positional, 0, positional.length, null);
    int nkw = kwargs.size();
    PyObject[] all = java.util.Arrays.copyOf(positional, positional.length + nkw);
    String[] names = nkw == 0 ? null : new String[nkw];
    int[] i = {0};
    kwargs.forEach((k, v) -> {
      if (!(k instanceof PyStr name)) throw Errors.typeError("keywords must be strings");
      names[i[0]] = name.value;
      all[positional.length + i[0]++] = v;
    });
    return f.call(all, 0, positional.length, names);
  }

  // ---- The number protocol (owned by the numbers area): conversions and the operators that are not BinaryOps.

  /**
   * {@code int(x)} for one argument (CPython's PyNumber_Long): an exact int as is, else {@code __int__},
   * {@code __index__}, {@code __trunc__}, then the text of a str; each with CPython's message for a wrong result.
   */
  public static PyInt toInt(PyObject o) {
    if (o.type() == PyInt.TYPE) return (PyInt) o;
    PyObject f = o.type().lookupSpecial(Special.INT);
    if (f != null) {
      PyObject r = callUnbound(f, o, NO_ARGS);
      if (r instanceof PyInt i) {
        if (r.type() != PyInt.TYPE) DeprecatedResults.strictSubclass("__int__", "int", r);
        return i.exact();
      }
      throw Errors.typeError("__int__ returned non-int (type %s)", r.type().name());
    }
    if (o.type().lookupSpecial(Special.INDEX) != null) return index(o).exact();
    f = o.type().lookupSpecial(Special.TRUNC);
    if (f != null) {
      DeprecatedResults.truncDelegation();
      PyObject r = callUnbound(f, o, NO_ARGS);
      if (r instanceof PyInt i) return i.exact();
      if (r.type().lookupSpecial(Special.INDEX) == null) {
        throw Errors.typeError("__trunc__ returned non-Integral (type %s)", r.type().name());
      }
      return index(r).exact();
    }
    if (o instanceof PyStr s) {
      return PyInt.of(dev.kaa.math.IntText.parse(s.value, 10, IntDigitLimit.current()));
    }
    if (Buffers.exports(o)) return PyInt.fromAsciiBytes(o, 10);
    throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
        o.type().name());
  }

  /**
   * The value of a real number as a double (CPython's PyFloat_AsDouble, what {@code math.sqrt(x)} takes): a float,
   * else {@code __float__}'s float, else {@code __index__}'s int converted.
   */
  public static double floatValue(PyObject o) {
    if (o instanceof PyFloat f) return f.value;
    PyObject f = o.type().lookupSpecial(Special.FLOAT);
    if (f == null) {
      if (o.type().lookupSpecial(Special.INDEX) != null) return dev.kaa.math.IntMath.toDouble(index(o).number());
      throw Errors.typeError("must be real number, not %s", o.type().name());
    }
    PyObject r = callUnbound(f, o, NO_ARGS);
    if (r instanceof PyFloat x) {
      if (r.type() != PyFloat.TYPE) DeprecatedResults.strictSubclass(o.type().name() + ".__float__", "float", r);
      return x.value;
    }
    throw Errors.typeError("%s.__float__ returned non-float (type %s)", o.type().name(), r.type().name());
  }

  /** {@code divmod(v, w)}: {@code __divmod__}, then {@code __rdivmod__}, as a binary operator. */
  public static PyObject divmod(PyObject v, PyObject w) {
    PyObject r = binaryOp1(v, w, Special.DIVMOD, Special.RDIVMOD);
    if (r != PyNotImplemented.VALUE) return r;
    throw Errors.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", v.type().name(),
        w.type().name());
  }

  /**
   * {@code pow(v, w, z)}. Without a modulus, the {@code **} operator. With one, CPython's ternary rule: v's
   * {@code __pow__(w, z)}, then a built-in w's {@code __rpow__(v, z)} (a class written in Python is not asked: CPython's
   * slot for it does not call {@code __rpow__} with three arguments), then a float or complex z's own refusal.
   */
  public static PyObject power(PyObject v, PyObject w, PyObject z) {
    if (z == null || z == PyNone.NONE) return binaryOp(v, w, BinaryOps.POWER);
    PyType tv = v.type(), tw = w.type();
    PyObject fv = tv.lookupSpecial(Special.POW);
    PyObject fw = tv == tw ? null : tw.lookupSpecial(Special.RPOW);
    if (!(fw instanceof PyMethodDescriptor)) fw = null;
    if (fv != null) {
      PyObject r = callUnbound(fv, v, new PyObject[] {w, z});
      if (r != PyNotImplemented.VALUE) return r;
    }
    if (fw != null) {
      PyObject r = callUnbound(fw, w, new PyObject[] {v, z});
      if (r != PyNotImplemented.VALUE) return r;
    }
    if (z instanceof PyFloat && isRealNumber(v) && isRealNumber(w)) {
      throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    if (z instanceof PyComplex && isNumber(v) && isNumber(w)) throw Errors.valueError("complex modulo");
    throw Errors.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", tv.name(), tw.name(),
        z.type().name());
  }

  private static boolean isRealNumber(PyObject o) { return o instanceof PyInt || o instanceof PyFloat; }

  private static boolean isNumber(PyObject o) { return isRealNumber(o) || o instanceof PyComplex; }
}
