package dev.kaa.parse;

import dev.kaa.ast.Expr;
import java.io.ByteArrayOutputStream;

/**
 * The value of a STRING token ({@link String}, {@link Expr.Constant.CodePoints} or {@link Expr.Constant.Bytes}) and of
 * an FSTRING_MIDDLE token's text, with CPython 3.12's escapes, warnings and error messages.
 *
 * <p>Positions: CPython reports a literal's decoding errors (and the SyntaxError an escape warning becomes under
 * {@code -W error}) over the whole STRING token, and for an f-string's literal part over the f-string's FSTRING_END
 * token. The {@code (Token, Tokenizer)} methods do that; the {@code String} methods leave positions to the caller: they
 * throw {@link LiteralError} (CPython's message) and hand warnings' messages to an {@link EscapeWarnings}.
 *
 * <p>Non-raw str literals are decoded as CPython does: non-ASCII characters stand for {@code \UXXXXXXXX} escapes (and a
 * backslash before one for {@code \u005c}) while the escapes are decoded, which is why positions in
 * "(unicode error) 'unicodeescape' codec can't decode bytes in position N-M" count 10 for such a character.
 */
public final class StringLiterals {
  private StringLiterals() {}

  /** A literal CPython cannot decode; the message is CPython's SyntaxError message. */
  public static final class LiteralError extends RuntimeException {
    public LiteralError(String msg) {
      super(msg, null, false, false);
    }
  }

  /** Receives the message of a literal's escape warning (a SyntaxWarning, at most one a literal). */
  @FunctionalInterface
  public interface EscapeWarnings {
    void warn(String message);

    EscapeWarnings IGNORE = message -> {};
  }

  /** The prefix letters of a STRING or FSTRING_START token ("", "rb", "F", ...). */
  public static String prefix(String tokenText) {
    int i = 0;
    while (i < tokenText.length() && tokenText.charAt(i) != '\'' && tokenText.charAt(i) != '"') i++;
    return tokenText.substring(0, i);
  }

  public static boolean isBytes(String tokenText) {
    String p = prefix(tokenText);
    return p.indexOf('b') >= 0 || p.indexOf('B') >= 0;
  }

  /** True for a u-prefixed literal, whose Constant has kind "u". */
  public static boolean isUnicodeKind(String tokenText) {
    String p = prefix(tokenText);
    return p.indexOf('u') >= 0 || p.indexOf('U') >= 0;
  }

  public static boolean isRaw(String tokenText) {
    String p = prefix(tokenText);
    return p.indexOf('r') >= 0 || p.indexOf('R') >= 0;
  }

  /** The text between the quotes of a STRING token. */
  public static String body(String tokenText) {
    int p = prefix(tokenText).length();
    char q = tokenText.charAt(p);
    int qs = tokenText.length() - p >= 6 && tokenText.charAt(p + 1) == q && tokenText.charAt(p + 2) == q ? 3 : 1;
    return tokenText.substring(p + qs, tokenText.length() - qs);
  }

  /** The value of a STRING token: String, CodePoints or Bytes. */
  public static Object decode(String tokenText, EscapeWarnings w) {
    String body = body(tokenText);
    boolean raw = isRaw(tokenText);
    if (isBytes(tokenText)) {
      for (int i = 0; i < body.length(); i++) {
        if (body.charAt(i) >= 0x80) throw new LiteralError("bytes can only contain ASCII literal characters");
      }
      return new Expr.Constant.Bytes(raw ? ascii(body) : decodeBytesEscapes(body, w));
    }
    return raw ? body : decodeEscapes(body, w, false);
  }

  /**
   * The value of an FSTRING_MIDDLE token's text (the tokenizer already turned "{{" and "}}" into one brace).
   * {@code raw}: the f-string has an r prefix. Invalid escapes of braces are the tokenizer's to warn about.
   */
  public static Object decodeFStringMiddle(String text, boolean raw, EscapeWarnings w) {
    return raw ? text : decodeEscapes(text, w, true);
  }

  /** {@link #decode(String, EscapeWarnings)} with CPython's positions: warnings and errors over the token. */
  public static Object decode(Token token, Tokenizer t) {
    String utf8Error = t.invalidUtf8In(token, isRaw(token.text()));
    if (utf8Error != null && !isBytes(token.text())) throw error(t, token, "(unicode error) " + utf8Error);
    try {
      return decode(token.text(), message -> warn(t, token, message));
    } catch (LiteralError e) {
      throw error(t, token, e.getMessage());
    }
  }

  /** {@link #decodeFStringMiddle(String, boolean, EscapeWarnings)} positioned at {@code at} (the FSTRING_END). */
  public static Object decodeFStringMiddle(Token middle, boolean raw, Token at, Tokenizer t) {
    try {
      return decodeFStringMiddle(middle.text(), raw, message -> warn(t, at, message));
    } catch (LiteralError e) {
      throw error(t, at, e.getMessage());
    }
  }

  private static void warn(Tokenizer t, Token at, String message) {
    t.warnings().warn("SyntaxWarning", message, t.filename(), at.lineno(), t.charOffset(at.lineno(), at.colOffset()),
        at.endLineno(), t.charOffset(at.endLineno(), at.endColOffset()));
  }

  private static CompileError error(Tokenizer t, Token at, String message) {
    return t.syntaxError(CompileError.Kind.SyntaxError, message, at.lineno(), at.colOffset(), at.endLineno(),
        at.endColOffset());
  }

  private static byte[] ascii(String s) {
    byte[] b = new byte[s.length()];
    for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
    return b;
  }

  // -------------------------------------------------------------------------------------------------------------
  // str

  /** CPython's rewrite before unicode-escape decoding: non-ASCII as \UXXXXXXXX, a backslash before one as \u005c. */
  private static String asciiEscaped(String body) {
    StringBuilder b = new StringBuilder(body.length() + 16);
    for (int i = 0; i < body.length(); ) {
      int cp = body.codePointAt(i);
      if (cp == '\\') {
        b.append('\\');
        i++;
        if (i >= body.length() || body.charAt(i) >= 0x80) {
          b.append("u005c");
          if (i >= body.length()) break;
        } else {
          b.append(body.charAt(i));
          i++;
        }
        continue;
      }
      if (cp >= 0x80) b.append(String.format("\\U%08x", cp));
      else b.append((char) cp);
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  private static Object decodeEscapes(String body, EscapeWarnings w, boolean fstring) {
    if (body.indexOf('\\') < 0) return body;
    String s = asciiEscaped(body);
    int n = s.length();
    int[] out = new int[n];
    int len = 0;
    int firstInvalid = -1;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != '\\') {
        out[len++] = c;
        i++;
        continue;
      }
      int start = i;
      i++;
      c = s.charAt(i++);
      switch (c) {
        case '\n' -> { }
        case '\\', '\'', '"' -> out[len++] = c;
        case 'b' -> out[len++] = '\b';
        case 'f' -> out[len++] = '\f';
        case 't' -> out[len++] = '\t';
        case 'n' -> out[len++] = '\n';
        case 'r' -> out[len++] = '\r';
        case 'v' -> out[len++] = 0x0b;
        case 'a' -> out[len++] = 0x07;
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int ch = c - '0';
          if (i < n && isOctal(s.charAt(i))) {
            ch = ch * 8 + s.charAt(i++) - '0';
            if (i < n && isOctal(s.charAt(i))) {
              ch = ch * 8 + s.charAt(i++) - '0';
              if (ch > 0377 && firstInvalid < 0) firstInvalid = i - 3;
            }
          }
          out[len++] = ch;
        }
        case 'x', 'u', 'U' -> {
          int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
          int ch = 0;
          for (int k = 0; k < count; k++) {
            int d = i < n ? Character.digit(s.charAt(i), 16) : -1;
            if (d < 0) {
              String what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                  : "truncated \\UXXXXXXXX escape";
              throw unicodeEscapeError(start, i, what);
            }
            ch = ch * 16 + d;
            i++;
          }
          if (Integer.compareUnsigned(ch, 0x10ffff) > 0) throw unicodeEscapeError(start, i, "illegal Unicode character");
          out[len++] = ch;
        }
        case 'N' -> {
          String message = "malformed \\N character escape";
          if (i < n && s.charAt(i) == '{') {
            int nameStart = ++i;
            while (i < n && s.charAt(i) != '}') i++;
            if (i < n && i > nameStart) {
              String name = s.substring(nameStart, i);
              i++;
              int cp = lookupName(name);
              if (cp >= 0) {
                out[len++] = cp;
                break;
              }
              message = "unknown Unicode character name";
            }
          }
          throw unicodeEscapeError(start, i, message);
        }
        default -> {
          if (firstInvalid < 0) firstInvalid = i - 1;
          out[len++] = '\\';
          out[len++] = c;
        }
      }
    }
    if (firstInvalid >= 0) warnInvalid(s, firstInvalid, w, fstring);
    return codePointsValue(out, len);
  }

  private static void warnInvalid(String s, int at, EscapeWarnings w, boolean fstring) {
    char c = s.charAt(at);
    if (fstring && (c == '{' || c == '}')) return;
    if (c >= '4' && c <= '7') {
      w.warn("invalid octal escape sequence '\\" + s.substring(at, Math.min(s.length(), at + 3)) + "'");
    } else {
      w.warn("invalid escape sequence '\\" + c + "'");
    }
  }

  private static boolean isOctal(char c) { return c >= '0' && c <= '7'; }

  private static LiteralError unicodeEscapeError(int start, int end, String reason) {
    String where = end - start == 1 ? "byte 0x5c in position " + start : "bytes in position " + start + "-" + (end - 1);
    return new LiteralError("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason);
  }

  /** A String, unless a lone high surrogate directly precedes a lone low one (Java would merge them). */
  private static Object codePointsValue(int[] cps, int len) {
    for (int i = 0; i + 1 < len; i++) {
      if (Character.isHighSurrogate((char) cps[i]) && cps[i] <= 0xffff && Character.isLowSurrogate((char) cps[i + 1])
          && cps[i + 1] <= 0xffff) {
        return new Expr.Constant.CodePoints(java.util.Arrays.copyOf(cps, len));
      }
    }
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < len; i++) b.appendCodePoint(cps[i]);
    return b.toString();
  }

  // -------------------------------------------------------------------------------------------------------------
  // bytes

  private static byte[] decodeBytesEscapes(String body, EscapeWarnings w) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
    int n = body.length();
    int firstInvalid = -1;
    int i = 0;
    while (i < n) {
      char c = body.charAt(i);
      if (c != '\\') {
        out.write(c);
        i++;
        continue;
      }
      int start = i;
      i++;
      c = body.charAt(i++);
      switch (c) {
        case '\n' -> { }
        case '\\', '\'', '"' -> out.write(c);
        case 'b' -> out.write('\b');
        case 'f' -> out.write('\f');
        case 't' -> out.write('\t');
        case 'n' -> out.write('\n');
        case 'r' -> out.write('\r');
        case 'v' -> out.write(0x0b);
        case 'a' -> out.write(0x07);
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int ch = c - '0';
          if (i < n && isOctal(body.charAt(i))) {
            ch = ch * 8 + body.charAt(i++) - '0';
            if (i < n && isOctal(body.charAt(i))) {
              ch = ch * 8 + body.charAt(i++) - '0';
              if (ch > 0377 && firstInvalid < 0) firstInvalid = i - 3;
            }
          }
          out.write(ch & 0xff);
        }
        case 'x' -> {
          int hi = i < n ? Character.digit(body.charAt(i), 16) : -1;
          int lo = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
          if (hi < 0 || lo < 0) throw new LiteralError("(value error) invalid \\x escape at position " + start);
          out.write(hi * 16 + lo);
          i += 2;
        }
        default -> {
          if (firstInvalid < 0) firstInvalid = i - 1;
          out.write('\\');
          out.write(c);
        }
      }
    }
    if (firstInvalid >= 0) warnInvalid(body, firstInvalid, w, false);
    return out.toByteArray();
  }

  // -------------------------------------------------------------------------------------------------------------
  // \N{name}

  private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C",
      "K", "T", "P", "H"};
  private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
      "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
  private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
      "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

  /** Formal name aliases and abbreviations (Unicode's NameAliases.txt) that CPython accepts and the JDK does not. */
  private static final java.util.Map<String, Integer> ALIASES = java.util.Map.ofEntries(
      java.util.Map.entry("ALERT", 0x07), java.util.Map.entry("BACKSPACE", 0x08),
      java.util.Map.entry("CHARACTER TABULATION", 0x09), java.util.Map.entry("HORIZONTAL TABULATION", 0x09),
      java.util.Map.entry("LINE FEED", 0x0a), java.util.Map.entry("NEW LINE", 0x0a),
      java.util.Map.entry("END OF LINE", 0x0a), java.util.Map.entry("LINE TABULATION", 0x0b),
      java.util.Map.entry("VERTICAL TABULATION", 0x0b), java.util.Map.entry("FORM FEED", 0x0c),
      java.util.Map.entry("CARRIAGE RETURN", 0x0d), java.util.Map.entry("ESCAPE", 0x1b),
      java.util.Map.entry("DELETE", 0x7f), java.util.Map.entry("NULL", 0x00),
      java.util.Map.entry("NBSP", 0xa0), java.util.Map.entry("SHY", 0xad), java.util.Map.entry("ZWSP", 0x200b),
      java.util.Map.entry("ZWNJ", 0x200c), java.util.Map.entry("ZWJ", 0x200d), java.util.Map.entry("BOM", 0xfeff),
      java.util.Map.entry("BYTE ORDER MARK", 0xfeff), java.util.Map.entry("ZWNBSP", 0xfeff),
      java.util.Map.entry("LF", 0x0a), java.util.Map.entry("CR", 0x0d), java.util.Map.entry("NEL", 0x85),
      java.util.Map.entry("TAB", 0x09), java.util.Map.entry("ESC", 0x1b), java.util.Map.entry("DEL", 0x7f),
      java.util.Map.entry("NUL", 0x00), java.util.Map.entry("SP", 0x20), java.util.Map.entry("FF", 0x0c),
      java.util.Map.entry("VT", 0x0b), java.util.Map.entry("LATIN CAPITAL LETTER GHA", 0x01a2),
      java.util.Map.entry("LATIN SMALL LETTER GHA", 0x01a3), java.util.Map.entry("WJ", 0x2060),
      java.util.Map.entry("NNBSP", 0x202f), java.util.Map.entry("MMSP", 0x205f), java.util.Map.entry("VS1", 0xfe00),
      java.util.Map.entry("NEXT LINE", 0x85));

  /** The code point named {@code name} (case-insensitive, as CPython's unicodedata), or -1. */
  static int lookupName(String name) {
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    if (!upper.equals(upper.strip()) || upper.isEmpty()) return -1;
    Integer alias = ALIASES.get(upper);
    if (alias != null) return alias;
    for (String prefix : new String[] {"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
        "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"}) {
      if (upper.startsWith(prefix)) {
        String hex = upper.substring(prefix.length());
        if (hex.length() < 4 || hex.length() > 5 || !hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) return -1;
        int cp = Integer.parseInt(hex, 16);
        String jdkName = Character.getName(cp);
        String block = prefix.substring(0, prefix.length() - 1).replace("IDEOGRAPH", "IDEOGRAPHS")
            .replace("CHARACTER", "");
        return jdkName != null && jdkName.startsWith(block.strip()) && assigned(cp) ? cp : -1;
      }
    }
    if (upper.startsWith("HANGUL SYLLABLE ")) return hangul(upper.substring("HANGUL SYLLABLE ".length()));
    try {
      int cp = Character.codePointOf(upper);
      return assigned(cp) && !upper.startsWith("CJK ") && !upper.startsWith("HANGUL SYLLABLES") ? cp : -1;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static boolean assigned(int cp) {
    return !dev.kaa.strings.Unicode.category(cp).equals("Cn");
  }

  /** Hangul syllables are named by their jamo: the longest matching initial, medial and final. */
  private static int hangul(String s) {
    int[] at = {0};
    int l = longest(JAMO_L, s, at), v = longest(JAMO_V, s, at), t = longest(JAMO_T, s, at);
    if (l < 0 || v < 0 || t < 0 || at[0] != s.length()) return -1;
    return 0xac00 + (l * 21 + v) * 28 + t;
  }

  private static int longest(String[] names, String s, int[] at) {
    int best = -1, bestLen = -1;
    for (int i = 0; i < names.length; i++) {
      if (names[i].length() > bestLen && s.startsWith(names[i], at[0])) {
        best = i;
        bestLen = names[i].length();
      }
    }
    if (best >= 0) at[0] += bestLen;
    return best;
  }
}
