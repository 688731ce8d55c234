package dev.kaa.bytecode;

import java.math.BigInteger;

/**
 * A marshal stream being read: the primitives of {@link MarshalOutput} in reverse, over a byte array or, for
 * {@code marshal.load(file)}, over bytes pulled from a file as they are needed (so the file is left just after the
 * object, as CPython leaves it). Malformed data is a {@link BadData} with CPython's message.
 */
public final class MarshalInput {
  /** Supplies exactly {@code n} more bytes, or fewer at the end of the input. */
  public interface Feeder {
    byte[] read(int n);
  }

  /** Data that is not a marshal stream: CPython's EOFError ({@link #eof}) or ValueError, with its message. */
  public static final class BadData extends RuntimeException {
    public final boolean eof;

    public BadData(String message, boolean eof) {
      super(message, null, false, false);
      this.eof = eof;
    }
  }

  private byte[] buf;
  private int pos;
  private int end;
  private final Feeder feeder;

  public MarshalInput(byte[] data) { this(data, 0, data.length); }

  public MarshalInput(byte[] data, int offset, int length) {
    this.buf = data;
    this.pos = offset;
    this.end = offset + length;
    this.feeder = null;
  }

  public MarshalInput(Feeder feeder) {
    this.buf = new byte[0];
    this.feeder = feeder;
  }

  /** Bytes not read yet; unbounded for input pulled from a file (sizes are then checked as they are read). */
  public int remaining() { return feeder != null ? Integer.MAX_VALUE : end - pos; }

  /** The array being read and the offset of the next byte in it: what a nested code keeps to decode later. */
  byte[] array() {
    if (feeder != null) throw new IllegalStateException("input pulled from a file has no array");
    return buf;
  }

  int offset() { return pos; }

  /** Passes over {@code n} bytes. */
  void skip(int n) {
    need(n);
    pos += n;
  }

  /** The next byte (0..255), or -1 at the end. */
  public int readByteOrEof() {
    if (pos < end) return buf[pos++] & 0xff;
    if (feeder == null) return -1;
    byte[] b = feeder.read(1);
    return b.length == 0 ? -1 : b[0] & 0xff;
  }

  /** Makes {@code n} bytes available at {@link #pos}. */
  private void need(int n) {
    if (n < 0) throw new BadData("bad marshal data (size out of range)", false);
    if (end - pos >= n) return;
    if (feeder == null) throw new BadData("marshal data too short", true);
    byte[] got = feeder.read(n);
    if (got.length != n) throw new BadData("EOF read where not expected", true);
    buf = got;
    pos = 0;
    end = n;
  }

  public int readUnsignedByte() {
    need(1);
    return buf[pos++] & 0xff;
  }

  public int readInt32() {
    need(4);
    int v = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8 | (buf[pos + 2] & 0xff) << 16 | buf[pos + 3] << 24;
    pos += 4;
    return v;
  }

  public long readInt64() {
    long lo = readInt32() & 0xffffffffL;
    return lo | (long) readInt32() << 32;
  }

  public double readDouble() { return Double.longBitsToDouble(readInt64()); }

  /** {@code n} bytes, as a new array. */
  public byte[] readBytes(int n) {
    need(n);
    byte[] b = java.util.Arrays.copyOfRange(buf, pos, pos + n);
    pos += n;
    return b;
  }

  public int readVarint() {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = readUnsignedByte();
      v |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
    }
    throw new BadData("bad marshal data (varint too long)", false);
  }

  public int readSignedVarint() {
    int v = readVarint();
    return (v >>> 1) ^ -(v & 1);
  }

  /** ASCII text of {@code n} bytes. */
  public String readAscii(int n) {
    need(n);
    String s = Utf8Pass.ascii(buf, pos, n);
    pos += n;
    return s;
  }

  /**
   * UTF-8 text of {@code n} bytes, lone surrogates allowed: a String, or a code-point array for the rare str a
   * String cannot hold (a lone high surrogate directly followed by a lone low one).
   */
  public Object readUtf8(int n) {
    need(n);
    int start = pos;
    pos += n;
    boolean ascii = true;
    for (int i = start; i < start + n; i++) {
      if (buf[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) return Utf8Pass.ascii(buf, start, n);
    int[] cps;
    try {
      cps = Utf8Pass.decode(buf, start, n);
    } catch (Utf8Pass.Malformed e) {
      throw new BadData("bad marshal data (invalid UTF-8 in str)", false);
    }
    return Utf8Pass.hasSurrogatePair(cps) ? cps : Utf8Pass.toJavaString(cps);
  }

  /** The digits of a {@link MarshalCodes#LONG} after its type code. */
  public BigInteger readLongDigits() {
    int n = readInt32();
    if (n < -0x7fffffff || n > 0x7fffffff) throw new BadData("bad marshal data (long size out of range)", false);
    int count = Math.abs(n);
    byte[] magnitude = new byte[(count * 15 + 7) / 8 + 1];  // big-endian, a leading zero byte keeps it positive
    for (int i = 0; i < count; i++) {
      int lo = readUnsignedByte();
      int d = lo | readUnsignedByte() << 8;
      if (d > 0x7fff) throw new BadData("bad marshal data (digit out of range in long)", false);
      if (d == 0 && i == count - 1) throw new BadData("bad marshal data (unnormalized long data)", false);
      for (int bit = 0; bit < 15; bit++) {
        if ((d >> bit & 1) != 0) {
          int at = i * 15 + bit;
          magnitude[magnitude.length - 1 - at / 8] |= (byte) (1 << (at % 8));
        }
      }
    }
    BigInteger v = new BigInteger(magnitude);
    return n < 0 ? v.negate() : v;
  }
}
