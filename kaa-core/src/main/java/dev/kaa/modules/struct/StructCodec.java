package dev.kaa.modules.struct;

import dev.kaa.math.HalfFloat;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyByteArray;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.Special;
import java.math.BigInteger;
import java.util.Arrays;

/** Packing Python values into bytes and unpacking them, per {@link StructFormat}: CPython's conversions and messages. */
final class StructCodec {
  private StructCodec() {}

  /** Packs {@code values[from ...]} into {@code out} at {@code base}; the caller has checked the count. */
  static void pack(StructFormat f, PyObject[] values, int from, byte[] out, int base) {
    int v = from;
    for (StructFormat.Item item : f.items) {
      int at = base + item.offset();
      switch (item.code()) {
        case 's', 'p' -> packBytes(item, values[v++], out, at);
        default -> {
          for (int k = 0; k < item.count(); k++, at += item.size()) packOne(f, item, values[v++], out, at);
        }
      }
    }
  }

  private static void packBytes(StructFormat.Item item, PyObject value, byte[] out, int at) {
    byte[] data;
    if (value instanceof PyBytes b) {
      data = b.toByteArray();
    } else if (value instanceof PyByteArray b) {
      data = b.toByteArray();
    } else {
      throw StructErrors.error("argument for '%c' must be a bytes object", item.code());
    }
    int n = item.count();
    if (item.code() == 's') {
      System.arraycopy(data, 0, out, at, Math.min(n, data.length));
    } else if (n > 0) {  // Pascal string: a length byte (at most 255), then the data
      int len = Math.min(data.length, n - 1);
      System.arraycopy(data, 0, out, at + 1, len);
      out[at] = (byte) Math.min(len, 255);
    }
  }

  private static void packOne(StructFormat f, StructFormat.Item item, PyObject value, byte[] out, int at) {
    char code = item.code();
    switch (code) {
      case 'c' -> {
        if (!(value instanceof PyBytes b) || b.size() != 1) {
          throw StructErrors.error("char format requires a bytes object of length 1");
        }
        out[at] = b.toByteArray()[0];
      }
      case '?' -> out[at] = (byte) (Abstract.isTrue(value) ? 1 : 0);
      case 'e' -> {
        int bits = HalfFloat.fromDouble(floatArg(value));
        if (bits < 0) throw Errors.overflowError("float too large to pack with e format");
        putInt(out, at, 2, bits, f.littleEndian);
      }
      case 'f' -> {
        double d = floatArg(value);
        float x = (float) d;
        if (Float.isInfinite(x) && Double.isFinite(d) && !f.nativeMode) {
          throw Errors.overflowError("float too large to pack with f format");
        }
        putInt(out, at, 4, Float.floatToRawIntBits(x), f.littleEndian);
      }
      case 'd' -> putInt(out, at, 8, Double.doubleToRawLongBits(floatArg(value)), f.littleEndian);
      default -> putInt(out, at, item.size(), intArg(code, item.size(), value), f.littleEndian);
    }
  }

  private static boolean unsigned(char code) {
    return code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q' || code == 'N' || code == 'P';
  }

  /** An integer code's value as its low {@code size} bytes, range-checked with CPython's message. */
  private static long intArg(char code, int size, PyObject value) {
    if (!(value instanceof PyInt) && value.type().lookupSpecial(Special.INDEX) == null) {
      throw StructErrors.error("required argument is not an integer");
    }
    PyInt n = Abstract.index(value);
    boolean unsigned = unsigned(code);
    if (code == 'P' && n.signum() < 0 && n.isLong()) return n.longValue();  // a pointer: C's cast
    int bits = size * 8;
    if (n.isLong() && fits(n.longValue(), unsigned, bits)) return n.longValue();
    BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
    BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
        : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
    BigInteger v = n.bigValue();
    if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
      throw StructErrors.error("'%c' format requires %s <= number <= %s", code, min, max);
    }
    return v.longValue();
  }

  private static boolean fits(long v, boolean unsigned, int bits) {
    if (unsigned) return v >= 0 && (bits == 64 || v >>> bits == 0);
    return bits == 64 || (v >= -(1L << (bits - 1)) && v < (1L << (bits - 1)));
  }

  /** A float code's value: a float, {@code __float__}, or {@code __index__}. */
  private static double floatArg(PyObject value) {
    if (!(value instanceof PyFloat) && value.type().lookupSpecial(Special.FLOAT) == null
        && value.type().lookupSpecial(Special.INDEX) == null) {
      throw StructErrors.error("required argument is not a float");
    }
    return Abstract.floatValue(value);
  }

  static void putInt(byte[] out, int at, int size, long v, boolean little) {
    for (int k = 0; k < size; k++) {
      out[little ? at + k : at + size - 1 - k] = (byte) (v >>> (8 * k));
    }
  }

  static long getInt(byte[] in, int at, int size, boolean little) {
    long v = 0;
    for (int k = size - 1; k >= 0; k--) v = v << 8 | (in[little ? at + k : at + size - 1 - k] & 0xff);
    return v;
  }

  /** Unpacks the values of {@code f} from {@code in} at {@code base} into a new array. */
  static PyObject[] unpack(StructFormat f, byte[] in, int base) {
    PyObject[] values = new PyObject[f.valueCount];
    int v = 0;
    for (StructFormat.Item item : f.items) {
      int at = base + item.offset();
      switch (item.code()) {
        case 's' -> values[v++] = new PyBytes(Arrays.copyOfRange(in, at, at + item.count()));
        case 'p' -> {
          int n = item.count() == 0 ? 0 : Math.min(in[at] & 0xff, item.count() - 1);
          values[v++] = new PyBytes(Arrays.copyOfRange(in, at + 1, at + 1 + n));
        }
        default -> {
          for (int k = 0; k < item.count(); k++, at += item.size()) values[v++] = unpackOne(f, item, in, at);
        }
      }
    }
    return values;
  }

  private static PyObject unpackOne(StructFormat f, StructFormat.Item item, byte[] in, int at) {
    char code = item.code();
    return switch (code) {
      case 'c' -> new PyBytes(new byte[] {in[at]});
      case '?' -> PyBool.of(in[at] != 0);
      case 'e' -> new PyFloat(HalfFloat.toDouble((int) getInt(in, at, 2, f.littleEndian)));
      case 'f' -> new PyFloat(Float.intBitsToFloat((int) getInt(in, at, 4, f.littleEndian)));
      case 'd' -> new PyFloat(Double.longBitsToDouble(getInt(in, at, 8, f.littleEndian)));
      default -> {
        int size = item.size();
        long raw = getInt(in, at, size, f.littleEndian);
        if (unsigned(code)) {
          yield size == 8 && raw < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(raw))) : PyInt.of(raw);
        }
        yield PyInt.of(size == 8 ? raw : raw << (64 - 8 * size) >> (64 - 8 * size));
      }
    };
  }
}
