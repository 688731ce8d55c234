package dev.kaa.bytecode;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The bytes of a marshal stream as they are written: the primitive encodings every marshalled value is made of
 * (little-endian ints, doubles, length-prefixed strings, base-2**15 big ints), shared by {@link Marshal} (code
 * objects) and the {@code marshal} module (Python data).
 */
public final class MarshalOutput {
  private byte[] buf = new byte[256];
  private int size;

  public int size() { return size; }

  public byte[] toByteArray() { return Arrays.copyOf(buf, size); }

  private void ensure(int extra) {
    if (size + extra > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
  }

  public void writeByte(int b) {
    ensure(1);
    buf[size++] = (byte) b;
  }

  /** Sets {@code bits} in the byte at {@code index} ({@link MarshalCodes#FLAG_REF} on a type code already written). */
  public void orByte(int index, int bits) { buf[index] |= (byte) bits; }

  public void writeInt32(int v) {
    ensure(4);
    buf[size++] = (byte) v;
    buf[size++] = (byte) (v >> 8);
    buf[size++] = (byte) (v >> 16);
    buf[size++] = (byte) (v >> 24);
  }

  public void writeInt64(long v) {
    writeInt32((int) v);
    writeInt32((int) (v >>> 32));
  }

  public void writeDouble(double d) { writeInt64(Double.doubleToRawLongBits(d)); }

  public void writeBytes(byte[] b) { writeBytes(b, 0, b.length); }

  public void writeBytes(byte[] b, int offset, int length) {
    ensure(length);
    System.arraycopy(b, offset, buf, size, length);
    size += length;
  }

  /** A 32-bit length, then the bytes. */
  public void writeSizedBytes(byte[] b) {
    writeInt32(b.length);
    writeBytes(b);
  }

  /** An unsigned LEB128 number: Kaa's compact form for the many small numbers of a code object. */
  public void writeVarint(int v) {
    ensure(5);
    while ((v & ~0x7f) != 0) {
      buf[size++] = (byte) ((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
  }

  /** A signed number as a zig-zag varint (small negative numbers stay short). */
  public void writeSignedVarint(int v) { writeVarint((v << 1) ^ (v >> 31)); }

  /**
   * A str with the type code CPython 3.12 uses at {@code version}: short or long ASCII (interned or not) from version
   * 4, else UTF-8 with lone surrogates passed through ({@code t} when interned, from version 3). The caller has
   * written nothing for the object yet; returns the index of the type code (for {@link MarshalCodes#FLAG_REF}).
   */
  public int writeStr(CharSequence s, boolean interned, int version) {
    int at = size;
    if (version >= 4 && isAscii(s)) {
      int n = s.length();
      if (n < 256) {
        writeByte(interned ? MarshalCodes.SHORT_ASCII_INTERNED : MarshalCodes.SHORT_ASCII);
        writeByte(n);
      } else {
        writeByte(interned ? MarshalCodes.ASCII_INTERNED : MarshalCodes.ASCII);
        writeInt32(n);
      }
      ensure(n);
      for (int i = 0; i < n; i++) buf[size++] = (byte) s.charAt(i);
      return at;
    }
    writeByte(version >= 3 && interned ? MarshalCodes.INTERNED : MarshalCodes.UNICODE);
    writeSizedBytes(Utf8Pass.encode(s));
    return at;
  }

  /** A str given as code points (one a Java String cannot hold: a lone high surrogate before a lone low one). */
  public int writeStr(int[] codePoints, int version) {
    int at = size;
    writeByte(MarshalCodes.UNICODE);
    writeSizedBytes(Utf8Pass.encode(codePoints));
    return at;
  }

  private static boolean isAscii(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  /**
   * An int: {@code i} and four bytes when it fits in 32 bits, else {@code l}, the signed count of base-2**15 digits
   * and the digits, least significant first (CPython's layout). Returns the index of the type code.
   */
  public int writeInt(long v) {
    int at = size;
    if (v == (int) v) {
      writeByte(MarshalCodes.INT);
      writeInt32((int) v);
    } else {
      writeLongDigits(BigInteger.valueOf(v));
    }
    return at;
  }

  public int writeInt(BigInteger v) {
    if (v.bitLength() < 64) return writeInt(v.longValue());
    int at = size;
    writeLongDigits(v);
    return at;
  }

  private void writeLongDigits(BigInteger v) {
    writeByte(MarshalCodes.LONG);
    BigInteger magnitude = v.abs();
    int digits = (magnitude.bitLength() + 14) / 15;
    writeInt32(v.signum() < 0 ? -digits : digits);
    for (int i = 0; i < digits; i++) {
      int d = 0;
      for (int bit = 0; bit < 15; bit++) if (magnitude.testBit(i * 15 + bit)) d |= 1 << bit;
      writeByte(d);
      writeByte(d >> 8);
    }
  }
}
