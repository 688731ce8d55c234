package dev.kaa.text;

/**
 * {@code repr()} of Python {@code str} and {@code bytes}: CPython's quote choice (single quotes unless the text holds a
 * single quote and no double quote) and escapes ({@code \\ \n \r \t}, {@code \xNN}, {@code &#92;uNNNN}, {@code \UNNNNNNNN}
 * for what {@code str.isprintable()} rejects). Strings may hold lone surrogates; they print as {@code &#92;udXXX}.
 */
public final class StrRepr {
  private StrRepr() {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** {@code repr(s)}. */
  public static String repr(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    appendRepr(out, s);
    return out.toString();
  }

  /** Appends {@code repr(s)} to {@code out}. */
  public static void appendRepr(StringBuilder out, String s) {
    char quote = quoteFor(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
    out.append(quote);
    for (int i = 0, n = s.length(); i < n; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      appendCodePoint(out, cp, quote);
    }
    out.append(quote);
  }

  /**
   * Appends the repr of the string made of {@code codePoints}: for strings a Java {@code String} cannot hold faithfully
   * (a lone high surrogate followed by a lone low one, which Java would read as one character).
   */
  public static void appendRepr(StringBuilder out, int[] codePoints) {
    boolean single = false, dbl = false;
    for (int cp : codePoints) {
      single |= cp == '\'';
      dbl |= cp == '"';
    }
    char quote = quoteFor(single, dbl);
    out.append(quote);
    for (int cp : codePoints) appendCodePoint(out, cp, quote);
    out.append(quote);
  }

  private static char quoteFor(boolean hasSingle, boolean hasDouble) {
    return hasSingle && !hasDouble ? '"' : '\'';
  }

  private static void appendCodePoint(StringBuilder out, int cp, char quote) {
    if (cp == quote || cp == '\\') {
      out.append('\\').append((char) cp);
    } else if (cp == '\n') {
      out.append("\\n");
    } else if (cp == '\r') {
      out.append("\\r");
    } else if (cp == '\t') {
      out.append("\\t");
    } else if (cp >= ' ' && cp < 0x7f) {
      out.append((char) cp);
    } else if (cp < 0x7f || !UnicodePrintable.isPrintable(cp)) {
      if (cp <= 0xff) {
        out.append("\\x");
        hex(out, cp, 2);
      } else if (cp <= 0xffff) {
        out.append("\\u");
        hex(out, cp, 4);
      } else {
        out.append("\\U");
        hex(out, cp, 8);
      }
    } else {
      out.appendCodePoint(cp);
    }
  }

  /** {@code repr(b)} for a bytes object: {@code b'...'}. */
  public static String bytesRepr(byte[] data) {
    StringBuilder out = new StringBuilder(data.length + 3);
    appendBytesRepr(out, data);
    return out.toString();
  }

  /** Appends {@code repr(b)} of a bytes object to {@code out}. */
  public static void appendBytesRepr(StringBuilder out, byte[] data) {
    boolean hasSingle = false, hasDouble = false;
    for (byte b : data) {
      if (b == '\'') hasSingle = true;
      else if (b == '"') hasDouble = true;
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    out.append('b').append(quote);
    for (byte b : data) {
      int c = b & 0xff;
      if (c == quote || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < ' ' || c >= 0x7f) {
        out.append("\\x");
        hex(out, c, 2);
      } else {
        out.append((char) c);
      }
    }
    out.append(quote);
  }

  private static void hex(StringBuilder out, int value, int width) {
    for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) out.append(HEX[(value >>> shift) & 0xf]);
  }
}
