package dev.kaa.modules.array;

import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;

/**
 * The machine formats of {@code array._array_reconstructor}, numbered as CPython's pickles number them (the ordinal):
 * how the bytes of a pickled array were laid out on the machine that made it, so that another machine can read them.
 */
enum MachineFormat {
  UNSIGNED_INT8(Kind.UNSIGNED, 1, false), SIGNED_INT8(Kind.SIGNED, 1, false),
  UNSIGNED_INT16_LE(Kind.UNSIGNED, 2, false), UNSIGNED_INT16_BE(Kind.UNSIGNED, 2, true),
  SIGNED_INT16_LE(Kind.SIGNED, 2, false), SIGNED_INT16_BE(Kind.SIGNED, 2, true),
  UNSIGNED_INT32_LE(Kind.UNSIGNED, 4, false), UNSIGNED_INT32_BE(Kind.UNSIGNED, 4, true),
  SIGNED_INT32_LE(Kind.SIGNED, 4, false), SIGNED_INT32_BE(Kind.SIGNED, 4, true),
  UNSIGNED_INT64_LE(Kind.UNSIGNED, 8, false), UNSIGNED_INT64_BE(Kind.UNSIGNED, 8, true),
  SIGNED_INT64_LE(Kind.SIGNED, 8, false), SIGNED_INT64_BE(Kind.SIGNED, 8, true),
  IEEE_754_FLOAT_LE(Kind.FLOAT, 4, false), IEEE_754_FLOAT_BE(Kind.FLOAT, 4, true),
  IEEE_754_DOUBLE_LE(Kind.FLOAT, 8, false), IEEE_754_DOUBLE_BE(Kind.FLOAT, 8, true),
  UTF16_LE(Kind.TEXT, 2, false), UTF16_BE(Kind.TEXT, 2, true),
  UTF32_LE(Kind.TEXT, 4, false), UTF32_BE(Kind.TEXT, 4, true);

  enum Kind { UNSIGNED, SIGNED, FLOAT, TEXT }

  final Kind kind;
  final int size;
  final boolean bigEndian;

  MachineFormat(Kind kind, int size, boolean bigEndian) {
    this.kind = kind;
    this.size = size;
    this.bigEndian = bigEndian;
  }

  /** The format of {@code code}'s items on this (little-endian) machine. */
  static MachineFormat nativeOf(TypeCode code) {
    return switch (code) {
      case b -> SIGNED_INT8;
      case B -> UNSIGNED_INT8;
      case h -> SIGNED_INT16_LE;
      case H -> UNSIGNED_INT16_LE;
      case i -> SIGNED_INT32_LE;
      case I -> UNSIGNED_INT32_LE;
      case l, q -> SIGNED_INT64_LE;
      case L, Q -> UNSIGNED_INT64_LE;
      case f -> IEEE_754_FLOAT_LE;
      case d -> IEEE_754_DOUBLE_LE;
      case u -> UTF32_LE;
    };
  }

  /** The format numbered {@code n}, or null. */
  static MachineFormat of(long n) { return n >= 0 && n < values().length ? values()[(int) n] : null; }

  /** The text these bytes hold (a TEXT format). */
  String decode(byte[] bytes) {
    String charset = (size == 2 ? "UTF-16" : "UTF-32") + (bigEndian ? "BE" : "LE");
    return new String(bytes, Charset.forName(charset));
  }

  /** The values these bytes hold (a number format), as Python ints or floats. */
  PyObject[] values(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    PyObject[] out = new PyObject[bytes.length / size];
    for (int k = 0; k < out.length; k++) {
      out[k] = switch (kind) {
        case FLOAT -> new PyFloat(size == 4 ? in.getFloat() : in.getDouble());
        case SIGNED -> PyInt.of(signed(in));
        case UNSIGNED -> unsigned(in);
        case TEXT -> throw new IllegalStateException("text format " + this);
      };
    }
    return out;
  }

  private long signed(ByteBuffer in) {
    return switch (size) {
      case 1 -> in.get();
      case 2 -> in.getShort();
      case 4 -> in.getInt();
      default -> in.getLong();
    };
  }

  private PyInt unsigned(ByteBuffer in) {
    long v = signed(in);
    if (size < 8) return PyInt.of(v & ((1L << (8 * size)) - 1));
    return v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64)));
  }
}
