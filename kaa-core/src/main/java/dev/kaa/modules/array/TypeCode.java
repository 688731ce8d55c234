package dev.kaa.modules.array;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;

/**
 * The item kinds of {@code array.array}, with the sizes of CPython on 64-bit Linux ('l' and 'L' are 8 bytes, 'u' is a
 * 4-byte wchar_t). Items are stored in native (little-endian) byte order, so the array's bytes are its buffer. Range
 * errors repeat CPython's, which come from the argument parser each code borrows ('b' checks as a short first, 'H'
 * as an int).
 */
enum TypeCode {
  b('b', 1), B('B', 1), u('u', 4), h('h', 2), H('H', 2), i('i', 4), I('I', 4), l('l', 8), L('L', 8), q('q', 8),
  Q('Q', 8), f('f', 4), d('d', 8);

  /** {@code array.typecodes}, in CPython's order. */
  static final String ALL = "bBuhHiIlLqQfd";

  final char code;
  final int size;

  TypeCode(char code, int size) {
    this.code = code;
    this.size = size;
  }

  private static final VarHandle SHORT = view(short[].class);
  private static final VarHandle INT = view(int[].class);
  private static final VarHandle LONG = view(long[].class);
  private static final VarHandle FLOAT = view(float[].class);
  private static final VarHandle DOUBLE = view(double[].class);

  private static VarHandle view(Class<?> arrayClass) {
    return MethodHandles.byteArrayViewVarHandle(arrayClass, ByteOrder.LITTLE_ENDIAN);
  }

  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  /** The code {@code c} names, or null. */
  static TypeCode of(int c) {
    int at = ALL.indexOf(c);
    return at < 0 ? null : values()[at];
  }

  boolean isFloat() { return this == f || this == d; }

  /** The item at byte offset {@code at} of {@code data}, as a Python object. */
  PyObject get(byte[] data, int at) {
    return switch (this) {
      case b -> PyInt.of(data[at]);
      case B -> PyInt.of(data[at] & 0xff);
      case h -> PyInt.of((short) SHORT.get(data, at));
      case H -> PyInt.of((short) SHORT.get(data, at) & 0xffff);
      case i -> PyInt.of((int) INT.get(data, at));
      case I -> PyInt.of((int) INT.get(data, at) & 0xffffffffL);
      case l, q -> PyInt.of((long) LONG.get(data, at));
      case L, Q -> unsigned((long) LONG.get(data, at));
      case f -> new PyFloat((float) FLOAT.get(data, at));
      case d -> new PyFloat((double) DOUBLE.get(data, at));
      case u -> character((int) INT.get(data, at));
    };
  }

  private static PyInt unsigned(long v) { return v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(TWO_64)); }

  /** A 'u' item as a str; a value beyond Unicode (from raw bytes) cannot be one. */
  private static PyStr character(int cp) {
    if (cp < 0 || cp > Character.MAX_CODE_POINT) throw Errors.valueError("chr() arg not in range(0x110000)");
    return PyStr.ofCodePoint(cp);
  }

  /** The code point of the 'u' item at byte offset {@code at}, unchecked. */
  static int codePointAt(byte[] data, int at) { return (int) INT.get(data, at); }

  /** Stores {@code v} at byte offset {@code at}, or fails as CPython's setitem would, leaving the data unchanged. */
  void put(byte[] data, int at, PyObject v) {
    switch (this) {
      case u -> INT.set(data, at, codePoint(v));
      case f -> FLOAT.set(data, at, (float) Abstract.floatValue(v));
      case d -> DOUBLE.set(data, at, Abstract.floatValue(v));
      default -> putInteger(data, at, Abstract.index(v));
    }
  }

  private static int codePoint(PyObject v) {
    if (v instanceof PyStr s && s.length() == 1) return s.value.codePointAt(0);
    throw Errors.typeError("array item must be unicode character");
  }

  private void putInteger(byte[] data, int at, PyInt v) {
    switch (this) {
      case b -> data[at] = (byte) ranged(cLong(v), -32768, 32767, "signed short integer", -128, 127, "signed char");
      case B -> data[at] = (byte) ranged(cLong(v), 0, 255, "unsigned byte integer", 0, 255, null);
      case h -> SHORT.set(data, at, (short) ranged(cLong(v), -32768, 32767, "signed short integer", 0, 0, null));
      case H -> SHORT.set(data, at, (short) ranged(cLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer",
          0, 0xffff, "unsigned short"));
      case i -> INT.set(data, at, (int) ranged(cLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer", 0, 0,
          null));
      case I -> {
        long x = cUnsignedLong(v);
        if (Long.compareUnsigned(x, 0xffffffffL) > 0) throw Errors.overflowError("unsigned int is greater than maximum");
        INT.set(data, at, (int) x);
      }
      case l -> LONG.set(data, at, cLong(v));
      case L -> LONG.set(data, at, cUnsignedLong(v));
      case q -> {
        if (!v.isLong()) throw Errors.overflowError("int too big to convert");
        LONG.set(data, at, v.longValue());
      }
      case Q -> {
        if (v.signum() < 0) throw Errors.overflowError("can't convert negative int to unsigned");
        if (v.bigValue().bitLength() > 64) throw Errors.overflowError("int too big to convert");
        LONG.set(data, at, v.bigValue().longValue());
      }
      default -> throw Errors.internal("array integer code " + code);
    }
  }

  private static long cLong(PyInt v) {
    if (!v.isLong()) throw Errors.overflowError("Python int too large to convert to C long");
    return v.longValue();
  }

  private static long cUnsignedLong(PyInt v) {
    if (v.signum() < 0) throw Errors.overflowError("can't convert negative value to unsigned int");
    if (v.bigValue().bitLength() > 64) throw Errors.overflowError("Python int too large to convert to C unsigned long");
    return v.bigValue().longValue();
  }

  /**
   * {@code x} checked against the parser's range [lo, hi] (named {@code what}), then, when {@code narrow} names one,
   * against the code's own [lo2, hi2].
   */
  private static long ranged(long x, long lo, long hi, String what, long lo2, long hi2, String narrow) {
    if (x > hi) throw Errors.overflowError("%s is greater than maximum", what);
    if (x < lo) throw Errors.overflowError("%s is less than minimum", what);
    if (narrow != null && x > hi2) throw Errors.overflowError("%s is greater than maximum", narrow);
    if (narrow != null && x < lo2) throw Errors.overflowError("%s is less than minimum", narrow);
    return x;
  }

  /** Reverses the byte order of every item of {@code data}'s first {@code nbytes} bytes. */
  void byteswap(byte[] data, int nbytes) {
    for (int at = 0; at < nbytes; at += size) {
      for (int x = at, y = at + size - 1; x < y; x++, y--) {
        byte t = data[x];
        data[x] = data[y];
        data[y] = t;
      }
    }
  }
}
