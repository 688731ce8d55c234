package dev.kaa.math;

import dev.kaa.objects.Errors;
import java.math.BigInteger;

/** {@code int.to_bytes} and {@code int.from_bytes}: two's complement (signed) or plain magnitude, either byte order. */
public final class IntBytes {
  private IntBytes() {}

  /** Reads the {@code byteorder} argument: true for "big"; ValueError for anything but "big" and "little". */
  public static boolean isBigEndian(String byteorder) {
    if (byteorder.equals("big")) return true;
    if (byteorder.equals("little")) return false;
    throw Errors.valueError("byteorder must be either 'little' or 'big'");
  }

  /** {@code n.to_bytes(length, byteorder, signed=signed)}. */
  public static byte[] toBytes(Number n, long length, boolean bigEndian, boolean signed) {
    if (length < 0) throw Errors.valueError("length argument must be non-negative");
    BigInteger v = IntMath.big(n);
    if (v.signum() < 0 && !signed) throw Errors.overflowError("can't convert negative int to unsigned");
    byte[] minimal = v.toByteArray();  // big-endian two's complement with one sign bit at least
    int skip = !signed && minimal.length > 1 && minimal[0] == 0 ? 1 : 0;  // unsigned needs no sign bit
    if (v.signum() == 0) skip = 1;  // zero needs no bytes at all
    int needed = minimal.length - skip;
    // CPython's quirk: (-1).to_bytes(0, signed=True) is b''
    if (length == 0 && signed && v.equals(BigInteger.ONE.negate())) needed = 0;
    if (needed > length) throw Errors.overflowError("int too big to convert");
    if (length > Integer.MAX_VALUE - 8) throw Errors.memoryError();
    byte[] out = new byte[(int) length];
    byte fill = (byte) (v.signum() < 0 ? 0xFF : 0);
    int pad = (int) length - needed;
    for (int i = 0; i < pad; i++) out[i] = fill;
    System.arraycopy(minimal, skip, out, pad, needed);
    if (!bigEndian) reverse(out);
    return out;
  }

  /** {@code int.from_bytes(bytes, byteorder, signed=signed)}. */
  public static Number fromBytes(byte[] bytes, boolean bigEndian, boolean signed) {
    byte[] b = bytes.clone();
    if (!bigEndian) reverse(b);
    if (b.length == 0) return 0L;
    BigInteger v = signed ? new BigInteger(b) : new BigInteger(1, b);
    return IntMath.normalize(v);
  }

  private static void reverse(byte[] b) {
    for (int i = 0, j = b.length - 1; i < j; i++, j--) {
      byte t = b[i];
      b[i] = b[j];
      b[j] = t;
    }
  }
}
