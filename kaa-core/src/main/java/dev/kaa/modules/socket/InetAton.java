package dev.kaa.modules.socket;

/**
 * {@code inet_aton}'s lenient IPv4 syntax: one to four parts, each decimal, octal (leading 0) or hexadecimal
 * (0x), the last part filling the remaining bytes ({@code "127.1"} is 127.0.0.1, {@code "0x7f000001"} too).
 */
final class InetAton {
  private InetAton() {}

  static byte[] parse(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length == 0 || parts.length > 4) return null;
    long[] v = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Long n = number(parts[i]);
      if (n == null) return null;
      v[i] = n;
    }
    long last = v[v.length - 1];
    int lastBytes = 5 - v.length;
    if (last >= 1L << (8 * lastBytes)) return null;
    long value = 0;
    for (int i = 0; i < v.length - 1; i++) {
      if (v[i] > 255) return null;
      value |= v[i] << (8 * (3 - i));
    }
    value |= last;
    return new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value};
  }

  private static Long number(String p) {
    try {
      if (p.startsWith("0x") || p.startsWith("0X")) return p.length() == 2 ? 0L : Long.parseLong(p.substring(2), 16);
      if (p.length() > 1 && p.startsWith("0")) return Long.parseLong(p.substring(1), 8);
      if (p.isEmpty() || !p.chars().allMatch(Character::isDigit)) return null;
      return Long.parseLong(p);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
