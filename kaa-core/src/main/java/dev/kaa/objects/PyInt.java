package dev.kaa.objects;

import dev.kaa.format.IntFormat;
import dev.kaa.math.IntBytes;
import dev.kaa.math.IntMath;
import dev.kaa.math.IntText;
import dev.kaa.math.NumericHash;
import java.math.BigInteger;
import java.util.function.BinaryOperator;

/**
 * {@code int}: a {@code long} when the value fits, else a {@link BigInteger} — never both, so equal values have one
 * form and the fast path is a null check. Values -5..256 are cached (immutable, so shared by every interpreter).
 * Arithmetic is {@link IntMath}'s; the static {@link #add(PyInt, PyInt)}, {@link #sub}, {@link #mul} and
 * {@link #compare} skip the Long box on two longs (the eval loop's own fast paths are in
 * dev.kaa.interp.NumericFastPaths). An operand of another type answers NotImplemented, so {@code int op float} reaches float's reflected method, as in CPython.
 */
public class PyInt extends PyObject {
  public static final PyType TYPE = new PyType("int", PyType.IMMUTABLE | PyType.BASETYPE, PyInt.class, PyType.OBJECT);

  private static final int SMALL_MIN = -5, SMALL_MAX = 256;
  private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];

  static {
    for (int i = 0; i < SMALL.length; i++) SMALL[i] = new PyInt(i + SMALL_MIN, null);
  }

  public static final PyInt ZERO = of(0), ONE = of(1);

  private final long value;
  /** Non-null exactly when the value does not fit in a long. */
  private final BigInteger big;

  PyInt(long value, BigInteger big) {
    this.value = value;
    this.big = big;
  }

  public static PyInt of(long v) {
    return v >= SMALL_MIN && v <= SMALL_MAX ? SMALL[(int) v - SMALL_MIN] : new PyInt(v, null);
  }

  public static PyInt of(BigInteger v) {
    return v.bitLength() < 64 ? of(v.longValue()) : new PyInt(0, v);
  }

  /** From {@link IntMath}'s results: a Long or a BigInteger. */
  public static PyInt of(Number v) {
    return v instanceof BigInteger b ? of(b) : of(v.longValue());
  }

  @Override public PyType type() { return TYPE; }

  /** True when the value fits in a long ({@link #longValue()} is exact). */
  public final boolean isLong() { return big == null; }

  /** The value; only meaningful when {@link #isLong()}. */
  public final long longValue() { return value; }

  public final BigInteger bigValue() { return big != null ? big : BigInteger.valueOf(value); }

  /** The value as {@link IntMath} takes it. */
  public final Number number() { return big != null ? big : (Number) value; }

  public final int signum() { return big != null ? big.signum() : Long.signum(value); }

  /** This value as an exact {@code int} (not a bool or a subclass instance): what {@code int(x)} returns. */
  public final PyInt exact() {
    if (getClass() == PyInt.class) return this;
    return big != null ? new PyInt(0, big) : of(value);
  }

  // ---- fast paths for the eval loop ----

  public static PyInt add(PyInt a, PyInt b) {
    if (a.big == null && b.big == null) {
      long r = a.value + b.value;
      if (((a.value ^ r) & (b.value ^ r)) >= 0) return of(r);
    }
    return of(IntMath.add(a.number(), b.number()));
  }

  public static PyInt sub(PyInt a, PyInt b) {
    if (a.big == null && b.big == null) {
      long r = a.value - b.value;
      if (((a.value ^ b.value) & (a.value ^ r)) >= 0) return of(r);
    }
    return of(IntMath.sub(a.number(), b.number()));
  }

  public static PyInt mul(PyInt a, PyInt b) {
    if (a.big == null && b.big == null) {
      long hi = Math.multiplyHigh(a.value, b.value), lo = a.value * b.value;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return of(lo);
    }
    return of(IntMath.mul(a.number(), b.number()));
  }

  /** The order of two ints: negative, zero or positive. */
  public static int compare(PyInt a, PyInt b) {
    if (a.big == null && b.big == null) return Long.compare(a.value, b.value);
    return IntMath.compare(a.number(), b.number());
  }

  // ---- construction: int(x), int(str, base) ----

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 1)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject x, @PyMethod.Opt PyObject base) {
    PyInt v;
    if (base == null) {
      v = x == null ? ZERO : Abstract.toInt(x);
    } else {
      if (x == null) throw Errors.typeError("int() missing string argument");
      PyInt b = Abstract.index(base);
      long radix = b.isLong() ? b.longValue() : b.signum() * Long.MAX_VALUE;
      if (x instanceof PyStr s) {
        v = of(IntText.parse(s.value, radix, IntDigitLimit.current()));
      } else if (x instanceof PyBytesLike) {
        v = fromAsciiBytes(x, radix);
      } else {
        throw Errors.typeError("int() can't convert non-string with explicit base");
      }
    }
    return cls == TYPE ? v : new Derived(cls, v);
  }

  /**
   * {@code int(b'...', base)}: the bytes as ASCII text (a byte beyond ASCII spells no digit). An invalid literal is
   * reported with the bytes object's repr, as CPython does.
   */
  static PyInt fromAsciiBytes(PyObject bytes, long base) {
    String text = asciiText(Buffers.required(bytes));
    try {
      return of(IntText.parse(text, base, IntDigitLimit.current()));
    } catch (PyException e) {
      if (e.pyMessage() == null || !e.pyMessage().startsWith("invalid literal")) throw e;
      throw Errors.valueError("invalid literal for int() with base %d: %s", base, reprUpTo200(bytes));
    }
  }

  /** Bytes read as ASCII; any other byte becomes U+FFFF, which no number parser accepts. */
  static String asciiText(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length);
    for (byte c : bytes) text.append(c >= 0 ? (char) c : '\uFFFF');
    return text.toString();
  }

  /** CPython's {@code %.200R}. */
  static String reprUpTo200(PyObject o) {
    String r = Abstract.repr(o).value;
    return r.length() > 200 ? r.substring(0, 200) : r;
  }

  // ---- representation, hash, truth ----

  @PyMethod("__repr__") public PyObject repr() {
    return new PyStr(big == null ? Long.toString(value) : IntText.toDecimal(big, IntDigitLimit.current()));
  }

  @PyMethod("__hash__") public PyObject hash() {
    return big == null && value != -1 && value < NumericHash.MODULUS && value > -NumericHash.MODULUS ? exact()
        : of(NumericHash.hashInt(number()));
  }

  @PyMethod("__bool__") public PyObject bool() { return PyBool.of(signum() != 0); }

  @PyMethod("__format__") public PyObject format(PyStr spec) {
    if (spec.value.isEmpty()) return Abstract.str(this);
    String type = type().name();
    return new PyStr(big == null ? IntFormat.format(value, spec.value, type) : IntFormat.format(big, spec.value, type));
  }

  @PyMethod("__sizeof__") public PyObject sizeOf() {
    // CPython: a 24-byte header plus 30-bit digits, at least one
    long digits = Math.max(1, (IntMath.bitLength(number()) + 29) / 30);
    return of(24 + 4 * digits);
  }

  @PyMethod("__getnewargs__") public PyObject getNewArgs() { return PyTuple.of(exact()); }

  // ---- comparisons ----

  @PyMethod("__eq__") public PyObject eq(PyObject other) {
    return other instanceof PyInt o ? PyBool.of(compare(this, o) == 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__ne__") public PyObject ne(PyObject other) {
    return other instanceof PyInt o ? PyBool.of(compare(this, o) != 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__lt__") public PyObject lt(PyObject other) {
    return other instanceof PyInt o ? PyBool.of(compare(this, o) < 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__le__") public PyObject le(PyObject other) {
    return other instanceof PyInt o ? PyBool.of(compare(this, o) <= 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__gt__") public PyObject gt(PyObject other) {
    return other instanceof PyInt o ? PyBool.of(compare(this, o) > 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__ge__") public PyObject ge(PyObject other) {
    return other instanceof PyInt o ? PyBool.of(compare(this, o) >= 0) : PyNotImplemented.VALUE;
  }

  // ---- arithmetic ----

  private PyObject forward(PyObject other, BinaryOperator<Number> f) {
    return other instanceof PyInt o ? of(f.apply(number(), o.number())) : PyNotImplemented.VALUE;
  }

  private PyObject reflected(PyObject other, BinaryOperator<Number> f) {
    return other instanceof PyInt o ? of(f.apply(o.number(), number())) : PyNotImplemented.VALUE;
  }

  @PyMethod("__add__") public PyObject add(PyObject other) {
    return other instanceof PyInt o ? add(this, o) : PyNotImplemented.VALUE;
  }

  @PyMethod("__radd__") public PyObject radd(PyObject other) {
    return other instanceof PyInt o ? add(o, this) : PyNotImplemented.VALUE;
  }

  @PyMethod("__sub__") public PyObject sub(PyObject other) {
    return other instanceof PyInt o ? sub(this, o) : PyNotImplemented.VALUE;
  }

  @PyMethod("__rsub__") public PyObject rsub(PyObject other) {
    return other instanceof PyInt o ? sub(o, this) : PyNotImplemented.VALUE;
  }

  @PyMethod("__mul__") public PyObject mul(PyObject other) {
    return other instanceof PyInt o ? mul(this, o) : PyNotImplemented.VALUE;
  }

  @PyMethod("__rmul__") public PyObject rmul(PyObject other) {
    return other instanceof PyInt o ? mul(o, this) : PyNotImplemented.VALUE;
  }

  @PyMethod("__floordiv__") public PyObject floorDiv(PyObject other) { return forward(other, IntMath::floorDiv); }

  @PyMethod("__rfloordiv__") public PyObject rfloorDiv(PyObject other) { return reflected(other, IntMath::floorDiv); }

  @PyMethod("__mod__") public PyObject mod(PyObject other) { return forward(other, IntMath::mod); }

  @PyMethod("__rmod__") public PyObject rmod(PyObject other) { return reflected(other, IntMath::mod); }

  @PyMethod("__lshift__") public PyObject lshift(PyObject other) { return forward(other, IntMath::lshift); }

  @PyMethod("__rlshift__") public PyObject rlshift(PyObject other) { return reflected(other, IntMath::lshift); }

  @PyMethod("__rshift__") public PyObject rshift(PyObject other) { return forward(other, IntMath::rshift); }

  @PyMethod("__rrshift__") public PyObject rrshift(PyObject other) { return reflected(other, IntMath::rshift); }

  @PyMethod("__and__") public PyObject and(PyObject other) { return forward(other, IntMath::and); }

  @PyMethod("__rand__") public PyObject rand(PyObject other) { return reflected(other, IntMath::and); }

  @PyMethod("__or__") public PyObject or(PyObject other) { return forward(other, IntMath::or); }

  @PyMethod("__ror__") public PyObject ror(PyObject other) { return reflected(other, IntMath::or); }

  @PyMethod("__xor__") public PyObject xor(PyObject other) { return forward(other, IntMath::xor); }

  @PyMethod("__rxor__") public PyObject rxor(PyObject other) { return reflected(other, IntMath::xor); }

  @PyMethod("__truediv__") public PyObject trueDiv(PyObject other) {
    return other instanceof PyInt o ? new PyFloat(IntMath.trueDiv(number(), o.number())) : PyNotImplemented.VALUE;
  }

  @PyMethod("__rtruediv__") public PyObject rtrueDiv(PyObject other) {
    return other instanceof PyInt o ? new PyFloat(IntMath.trueDiv(o.number(), number())) : PyNotImplemented.VALUE;
  }

  @PyMethod("__divmod__") public PyObject divmod(PyObject other) {
    return other instanceof PyInt o ? pair(IntMath.divmod(number(), o.number())) : PyNotImplemented.VALUE;
  }

  @PyMethod("__rdivmod__") public PyObject rdivmod(PyObject other) {
    return other instanceof PyInt o ? pair(IntMath.divmod(o.number(), number())) : PyNotImplemented.VALUE;
  }

  private static PyTuple pair(Number[] qr) { return PyTuple.of(of(qr[0]), of(qr[1])); }

  /** {@code self ** other} or {@code pow(self, other, mod)}: a negative exponent gives a float, or with a modulus the inverse. */
  @PyMethod("__pow__") public PyObject pow(PyObject other, @PyMethod.Opt PyObject mod) {
    return other instanceof PyInt o ? power(this, o, mod) : PyNotImplemented.VALUE;
  }

  @PyMethod("__rpow__") public PyObject rpow(PyObject other, @PyMethod.Opt PyObject mod) {
    return other instanceof PyInt o ? power(o, this, mod) : PyNotImplemented.VALUE;
  }

  private static PyObject power(PyInt base, PyInt exp, PyObject mod) {
    if (mod == null || mod == PyNone.NONE) {
      Object r = IntMath.pow(base.number(), exp.number());
      return r instanceof Double d ? new PyFloat(d) : of((Number) r);
    }
    if (!(mod instanceof PyInt m)) return PyNotImplemented.VALUE;
    return of(IntMath.pow(base.number(), exp.number(), m.number()));
  }

  // ---- unary ----

  @PyMethod("__neg__") public PyObject neg() { return of(IntMath.neg(number())); }

  @PyMethod("__pos__") public PyObject pos() { return exact(); }

  @PyMethod("__abs__") public PyObject abs() { return signum() < 0 ? of(IntMath.neg(number())) : exact(); }

  @PyMethod("__invert__") public PyObject invert() { return of(IntMath.invert(number())); }

  // ---- conversions ----

  @PyMethod("__int__") public PyObject asInt() { return exact(); }

  @PyMethod("__index__") public PyObject index() { return exact(); }

  @PyMethod("__float__") public PyObject asFloat() { return new PyFloat(IntMath.toDouble(number())); }

  @PyMethod("__trunc__") public PyObject trunc() { return exact(); }

  @PyMethod("__floor__") public PyObject floor() { return exact(); }

  @PyMethod("__ceil__") public PyObject ceil() { return exact(); }

  /** {@code round(self, ndigits)}: unchanged for ndigits >= 0 or omitted, else half-even to 10**-ndigits. */
  @PyMethod("__round__") public PyObject round(@PyMethod.Opt PyObject ndigits) {
    return ndigits == null ? exact() : of(IntMath.round(number(), Abstract.index(ndigits).number()));
  }

  // ---- methods and attributes ----

  @PyMethod public PyObject conjugate() { return exact(); }

  @PyMethod("bit_length") public PyObject bitLength() { return of(IntMath.bitLength(number())); }

  @PyMethod("bit_count") public PyObject bitCount() { return of(IntMath.bitCount(number())); }

  @PyMethod("as_integer_ratio") public PyObject asIntegerRatio() { return PyTuple.of(exact(), ONE); }

  @PyMethod("is_integer") public PyObject isInteger() { return PyBool.TRUE; }

  @PyGetter("real") public PyObject real() { return exact(); }

  @PyGetter("imag") public PyObject imag() { return ZERO; }

  @PyGetter("numerator") public PyObject numerator() { return exact(); }

  @PyGetter("denominator") public PyObject denominator() { return ONE; }

  /** {@code int.to_bytes(length=1, byteorder='big', *, signed=False)}. */
  @PyMethod(value = "to_bytes", positionalOnly = 0)
  public PyObject toBytes(@PyMethod.Opt PyObject length, @PyMethod.Opt PyObject byteorder,
      @PyMethod.Opt @PyMethod.KwOnly PyObject signed) {
    long n = length == null ? 1 : Abstract.indexValue(length);
    boolean big = bigEndian("to_bytes", byteorder);
    return new PyBytes(IntBytes.toBytes(number(), n, big, signed != null && Abstract.isTrue(signed)));
  }

  /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}; a subclass gets {@code cls(value)}. */
  @PyMethod(value = "from_bytes", kind = PyMethod.Kind.CLASS, positionalOnly = 0)
  static PyObject fromBytes(PyType cls, PyObject bytes, @PyMethod.Opt PyObject byteorder,
      @PyMethod.Opt @PyMethod.KwOnly PyObject signed) {
    boolean big = bigEndian("from_bytes", byteorder);
    PyInt v = of(IntBytes.fromBytes(byteValues(bytes), big, signed != null && Abstract.isTrue(signed)));
    return cls == TYPE ? v : Abstract.call(cls, v);
  }

  /** The bytes of {@code __bytes__}, a bytes-like object or an iterable of ints in range(256). */
  private static byte[] byteValues(PyObject o) {
    PyBytes converted = PyBytes.dunderBytes(o);
    if (converted != null) return converted.value;
    byte[] exported = Buffers.bytesOrNull(o);
    if (exported != null) return exported;
    PyObject it = null;
    if (!(o instanceof PyStr)) {
      try {
        it = Abstract.iter(o);
      } catch (PyException e) {
        if (!e.matches(ExceptionTypes.TypeError)) throw e;
      }
    }
    if (it == null) throw Errors.typeError("cannot convert '%s' object to bytes", o.type().name());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      PyInt b = Abstract.index(x);
      if (!b.isLong() || b.value < 0 || b.value > 255) throw Errors.valueError("bytes must be in range(0, 256)");
      out.write((int) b.value);
    }
    return out.toByteArray();
  }

  private static boolean bigEndian(String method, PyObject byteorder) {
    if (byteorder == null) return true;
    if (!(byteorder instanceof PyStr s)) {
      throw Errors.typeError("%s() argument 'byteorder' must be str, not %s", method, byteorder.type().name());
    }
    return IntBytes.isBigEndian(s.value);
  }

  @Override public String toString() { return big == null ? Long.toString(value) : big.toString(); }

  /** An instance of a Python subclass of int (docs/classes.md): the value plus the class, __dict__ and __slots__. */
  static final class Derived extends PyInt implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type, PyInt v) {
      super(v.value, v.big);
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
}
