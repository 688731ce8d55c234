package dev.kaa.modules.socket;

/**
 * IPv4 and IPv6 addresses as text and back, as {@code inet_pton}/{@code inet_ntop} do: numeric forms only (the JDK's
 * parser would look names up), IPv6 written with the longest run of two or more zero groups as {@code ::} and
 * IPv4-mapped addresses as {@code ::ffff:a.b.c.d}.
 */
final class Ipv6Text {
  private Ipv6Text() {}

  static String format(byte[] a) {
    if (a.length == 4) return (a[0] & 255) + "." + (a[1] & 255) + "." + (a[2] & 255) + "." + (a[3] & 255);
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) g[i] = ((a[2 * i] & 255) << 8) | (a[2 * i + 1] & 255);
    boolean mapped = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
    if (mapped) return "::ffff:" + (a[12] & 255) + "." + (a[13] & 255) + "." + (a[14] & 255) + "." + (a[15] & 255);
    int bestStart = -1, bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) j++;
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }

  /** The 4 bytes of a dotted-quad IPv4 address (exactly four decimal parts), or null. */
  static byte[] parseV4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) return null;
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) return null;
      int v = Integer.parseInt(p);
      if (v > 255 || (p.length() > 1 && p.charAt(0) == '0')) return null;
      out[i] = (byte) v;
    }
    return out;
  }

  /** The 16 bytes of an IPv6 address in any valid text form, or null. */
  static byte[] parseV6(String s) {
    byte[] out = new byte[16];
    int gap = s.indexOf("::");
    if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) return null;
    String head = gap >= 0 ? s.substring(0, gap) : s;
    String tail = gap >= 0 ? s.substring(gap + 2) : "";
    int[] h = groups(head, gap < 0), t = groups(tail, true);
    if (h == null || t == null) return null;
    int total = h.length + t.length;
    if (gap < 0 ? total != 16 : total > 14) return null;
    for (int i = 0; i < h.length; i++) out[i] = (byte) h[i];
    for (int i = 0; i < t.length; i++) out[16 - t.length + i] = (byte) t[i];
    return out;
  }

  /** The bytes of colon-separated groups; the last may be a dotted quad when {@code ipv4Tail}. Null when invalid. */
  private static int[] groups(String s, boolean ipv4Tail) {
    if (s.isEmpty()) return new int[0];
    String[] parts = s.split(":", -1);
    java.util.List<Integer> bytes = new java.util.ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (ipv4Tail && i == parts.length - 1 && p.contains(".")) {
        byte[] v4 = parseV4(p);
        if (v4 == null) return null;
        for (byte b : v4) bytes.add(b & 255);
        continue;
      }
      if (p.isEmpty() || p.length() > 4) return null;
      int v;
      try {
        v = Integer.parseInt(p, 16);
      } catch (NumberFormatException e) {
        return null;
      }
      bytes.add(v >> 8);
      bytes.add(v & 255);
    }
    return bytes.stream().mapToInt(Integer::intValue).toArray();
  }
}
