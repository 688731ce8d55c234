package dev.kaa.modules.json;

import dev.kaa.objects.PyStr;

/** JSON string literals: reading one (CPython's scanstring) and writing one, escaped or ASCII-only. */
final class JsonStrings {
  private JsonStrings() {}

  /** A decoded string and the position after its closing quote. */
  record Scanned(PyStr value, int end) {}

  /**
   * The string whose opening quote is just before {@code end}. With {@code strict}, control characters are errors;
   * a {@code \\uXXXX} high surrogate directly followed by an escaped low one makes one character.
   */
  static Scanned scan(JsonText t, int end, boolean strict) {
    int begin = end - 1, n = t.length;
    StringBuilder out = null;
    int i = end;
    while (true) {
      int chunk = i;
      int c = 0;
      while (i < n) {
        c = t.at(i);
        if (c == '"' || c == '\\' || strict && c < 0x20) break;
        i++;
      }
      if (i >= n) throw JsonErrors.decodeError("Unterminated string starting at", t, begin);
      if (c == '"' && out == null) return new Scanned(new PyStr(t.slice(end, i)), i + 1);
      if (out == null) out = new StringBuilder();
      out.append(t.slice(chunk, i));
      if (c == '"') return new Scanned(new PyStr(out.toString()), i + 1);
      if (c != '\\') throw JsonErrors.decodeError("Invalid control character at", t, i);
      i++;
      if (i >= n) throw JsonErrors.decodeError("Unterminated string starting at", t, begin);
      c = t.at(i);
      if (c != 'u') {
        char plain = switch (c) {
          case '"' -> '"';
          case '\\' -> '\\';
          case '/' -> '/';
          case 'b' -> '\b';
          case 'f' -> '\f';
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 't' -> '\t';
          default -> throw JsonErrors.decodeError("Invalid \\escape", t, i - 1);
        };
        out.append(plain);
        i++;
        continue;
      }
      int u = hex4(t, i);
      i += 5;
      if (Character.isHighSurrogate((char) u) && i + 6 < n && t.at(i) == '\\' && t.at(i + 1) == 'u') {
        int low = hex4(t, i + 1);
        if (Character.isLowSurrogate((char) low)) {
          out.appendCodePoint(Character.toCodePoint((char) u, (char) low));
          i += 6;
          continue;
        }
      }
      out.append((char) u);
    }
  }

  /** The four hex digits after the 'u' at {@code u}. */
  private static int hex4(JsonText t, int u) {
    if (u + 5 >= t.length) throw JsonErrors.decodeError("Invalid \\uXXXX escape", t, u);
    int v = 0;
    for (int k = 1; k <= 4; k++) {
      int c = t.at(u + k);
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) throw JsonErrors.decodeError("Invalid \\uXXXX escape", t, u);
      v = v << 4 | d;
    }
    return v;
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** {@code s} as a JSON string literal; with {@code ascii}, every character beyond ASCII as {@code \\uXXXX}. */
  static void encode(StringBuilder out, String s, boolean ascii) {
    out.append('"');
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && (!ascii || c < 0x7f)) continue;
      out.append(s, from, i);
      from = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
            .append(HEX[c & 15]);
      }
    }
    out.append(s, from, s.length()).append('"');
  }
}
