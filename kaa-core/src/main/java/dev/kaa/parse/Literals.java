package dev.kaa.parse;

import dev.kaa.ast.Expr;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * Values of NUMBER and STRING tokens and of f-string literal parts, as CPython's parser computes them: ints as Long or
 * BigInteger, floats correctly rounded, str with escapes decoded (lone surrogates kept, {@link Expr.Constant.CodePoints}
 * when two of them would otherwise pair up), bytes; invalid escapes warn as CPython 3.12 does.
 */
final class Literals {
  private Literals() {}

  static boolean isUnicodePrefixed(String text) {
    char c = text.charAt(0);
    return c == 'u' || c == 'U';
  }

  static boolean isRawPrefixed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') return false;
      if (c == 'r' || c == 'R') return true;
    }
    return false;
  }

  private static boolean isBytesPrefixed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') return false;
      if (c == 'b' || c == 'B') return true;
    }
    return false;
  }

  /** A NUMBER token's value: Long, BigInteger, Double or Imaginary. */
  static Object decodeNumber(Token t, ParseErrors errors) {
    String s = t.text().replace("_", "");
    char last = s.charAt(s.length() - 1);
    if (last == 'j' || last == 'J') return new Expr.Constant.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
    if (s.length() > 1 && s.charAt(0) == '0' && "xXoObB".indexOf(s.charAt(1)) >= 0) {
      int radix = switch (s.charAt(1)) {
        case 'x', 'X' -> 16;
        case 'o', 'O' -> 8;
        default -> 2;
      };
      return integer(new BigInteger(s.substring(2), radix));
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') return Double.parseDouble(s);
    }
    if (s.length() <= 18) return Long.parseLong(s);
    return integer(new BigInteger(s));
  }

  private static Object integer(BigInteger v) {
    return v.bitLength() < 64 ? (Object) v.longValue() : v;
  }

  /** A STRING token's value: a str (String or CodePoints) or Bytes. */
  static Object decodeString(Token t, ParseErrors errors) {
    String text = t.text();
    int q = 0;
    while (text.charAt(q) != '\'' && text.charAt(q) != '"') q++;
    int quoteLen = text.startsWith("\"\"\"", q) || text.startsWith("'''", q) ? 3 : 1;
    String body = text.substring(q + quoteLen, text.length() - quoteLen);
    boolean raw = isRawPrefixed(text);
    if (isBytesPrefixed(text)) {
      for (int i = 0; i < body.length(); i++) {
        if (body.charAt(i) >= 0x80) throw errors.syntax("bytes can only contain ASCII literal characters", t);
      }
      return new Expr.Constant.Bytes(raw ? body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)
          : unescapeBytes(body, t, errors));
    }
    return raw ? body : unescape(body, t, errors, false);
  }

  /** An FSTRING_MIDDLE token's value ({@code {{}} and {@code }}} are single braces in the token's text already). */
  static Object decodeFStringMiddle(Token t, boolean raw, ParseErrors errors) {
    return raw ? t.text() : unescape(t.text(), t, errors, true);
  }

  private static Object unescape(String s, Token t, ParseErrors errors, boolean fstring) {
    if (s.indexOf('\\') < 0) return s;
    StringBuilder out = new StringBuilder(s.length());
    boolean pairedSurrogates = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == n) {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      int cp;
      switch (e) {
        case '\n' -> { continue; }
        case '\r' -> {
          if (i + 1 < n && s.charAt(i + 1) == '\n') i++;
          continue;
        }
        case '\\' -> cp = '\\';
        case '\'' -> cp = '\'';
        case '"' -> cp = '"';
        case 'a' -> cp = 7;
        case 'b' -> cp = 8;
        case 'f' -> cp = 12;
        case 'n' -> cp = '\n';
        case 'r' -> cp = '\r';
        case 't' -> cp = '\t';
        case 'v' -> cp = 11;
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int end = i;
          cp = 0;
          while (end < n && end < i + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
            cp = cp * 8 + (s.charAt(end) - '0');
            end++;
          }
          if (cp > 0377) {
            errors.warn("SyntaxWarning", "invalid octal escape sequence '\\" + s.substring(i, end) + "'", t);
          }
          i = end - 1;
        }
        case 'x', 'u', 'U' -> {
          int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          cp = hex(s, i + 1, len);
          if (cp < 0) {
            throw errors.syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-"
                + Math.min(n - 1, i + len) + ": truncated \\" + (e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX")
                + " escape", t);
          }
          if (cp > 0x10FFFF) {
            throw errors.syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-"
                + (i + len) + ": illegal Unicode character", t);
          }
          i += len;
        }
        case 'N' -> {
          int close = i + 1 < n && s.charAt(i + 1) == '{' ? s.indexOf('}', i + 2) : -1;
          cp = close < 0 ? -1 : namedCharacter(s.substring(i + 2, close));
          if (cp < 0) {
            throw errors.syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-"
                + (close < 0 ? i : close) + ": " + (close < 0 ? "malformed \\N character escape"
                : "unknown Unicode character name"), t);
          }
          i = close;
        }
        default -> {
          errors.warn("SyntaxWarning", "invalid escape sequence '\\" + e + "'", t);
          out.append('\\');
          cp = e;
          if (Character.isHighSurrogate(e) && i + 1 < n) {
            out.append(e).append(s.charAt(++i));
            continue;
          }
        }
      }
      if (Character.isLowSurrogate((char) cp) && cp <= 0xFFFF && out.length() > 0
          && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
        pairedSurrogates = true;
      }
      out.appendCodePoint(cp);
    }
    String result = out.toString();
    return pairedSurrogates ? codePointsKeepingEscapes(s, result) : result;
  }

  /**
   * When an escape produced a lone low surrogate right after a lone high one, the Java String would read them as one
   * character; redo the decoding into code points, where they stay two.
   */
  private static Object codePointsKeepingEscapes(String source, String decoded) {
    int[] cps = new int[decoded.length()];
    int count = 0;
    int n = source.length();
    for (int i = 0; i < n; i++) {
      char c = source.charAt(i);
      if (c != '\\' || i + 1 == n) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(source.charAt(i + 1))) {
          cps[count++] = Character.toCodePoint(c, source.charAt(++i));
        } else {
          cps[count++] = c;
        }
        continue;
      }
      char e = source.charAt(++i);
      switch (e) {
        case '\n' -> { }
        case '\r' -> {
          if (i + 1 < n && source.charAt(i + 1) == '\n') i++;
        }
        case '\\', '\'', '"' -> cps[count++] = e;
        case 'a' -> cps[count++] = 7;
        case 'b' -> cps[count++] = 8;
        case 'f' -> cps[count++] = 12;
        case 'n' -> cps[count++] = '\n';
        case 'r' -> cps[count++] = '\r';
        case 't' -> cps[count++] = '\t';
        case 'v' -> cps[count++] = 11;
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int end = i;
          int v = 0;
          while (end < n && end < i + 3 && source.charAt(end) >= '0' && source.charAt(end) <= '7') {
            v = v * 8 + (source.charAt(end) - '0');
            end++;
          }
          cps[count++] = v;
          i = end - 1;
        }
        case 'x', 'u', 'U' -> {
          int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          cps[count++] = hex(source, i + 1, len);
          i += len;
        }
        case 'N' -> {
          int close = source.indexOf('}', i + 2);
          cps[count++] = namedCharacter(source.substring(i + 2, close));
          i = close;
        }
        default -> {
          cps[count++] = '\\';
          i--;
        }
      }
    }
    return new Expr.Constant.CodePoints(java.util.Arrays.copyOf(cps, count));
  }

  private static byte[] unescapeBytes(String s, Token t, ParseErrors errors) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == n) {
        out.write(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case '\n' -> { }
        case '\r' -> {
          if (i + 1 < n && s.charAt(i + 1) == '\n') i++;
        }
        case '\\', '\'', '"' -> out.write(e);
        case 'a' -> out.write(7);
        case 'b' -> out.write(8);
        case 'f' -> out.write(12);
        case 'n' -> out.write('\n');
        case 'r' -> out.write('\r');
        case 't' -> out.write('\t');
        case 'v' -> out.write(11);
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int end = i;
          int v = 0;
          while (end < n && end < i + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
            v = v * 8 + (s.charAt(end) - '0');
            end++;
          }
          if (v > 0377) errors.warn("SyntaxWarning", "invalid octal escape sequence '\\" + s.substring(i, end) + "'", t);
          out.write(v & 0xFF);
          i = end - 1;
        }
        case 'x' -> {
          int v = hex(s, i + 1, 2);
          if (v < 0) {
            throw errors.syntax("(value error) invalid \\x escape at position " + (i - 1), t);
          }
          out.write(v);
          i += 2;
        }
        default -> {
          errors.warn("SyntaxWarning", "invalid escape sequence '\\" + e + "'", t);
          out.write('\\');
          out.write(e);
        }
      }
    }
    return out.toByteArray();
  }

  private static int hex(String s, int from, int len) {
    if (from + len > s.length()) return -1;
    int v = 0;
    for (int i = from; i < from + len; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }

  private static int namedCharacter(String name) {
    try {
      return Character.codePointOf(name);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
