package dev.kaa.strings;

import dev.kaa.objects.Errors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The str methods that build a new string from the old: {@code join strip lstrip rstrip center ljust rjust zfill
 * expandtabs removeprefix removesuffix translate} and {@code str.maketrans}. Widths count code points.
 */
public final class StrBuild {
  private StrBuild() {}

  /** {@code sep.join(items)} (the caller has checked that every item is a str). */
  public static String join(String sep, Iterable<? extends CharSequence> items) {
    return String.join(sep, items);
  }

  /** {@code s.strip(chars)}: null chars means whitespace. */
  public static String strip(String s, String chars) {
    int start = stripStart(s, chars);
    return s.substring(start, Math.max(start, stripEnd(s, chars)));
  }

  public static String lstrip(String s, String chars) {
    return s.substring(stripStart(s, chars));
  }

  public static String rstrip(String s, String chars) {
    return s.substring(0, stripEnd(s, chars));
  }

  private static int stripStart(String s, String chars) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!strips(cp, chars)) break;
      i += Character.charCount(cp);
    }
    return i;
  }

  private static int stripEnd(String s, String chars) {
    int i = s.length();
    while (i > 0) {
      int cp = s.codePointBefore(i);
      if (!strips(cp, chars)) break;
      i -= Character.charCount(cp);
    }
    return i;
  }

  private static boolean strips(int cp, String chars) {
    // ASCII without the Unicode tables (loading them cost every start ~1.5% of its main thread: site strips lines)
    if (chars == null) return cp < 128 ? cp == ' ' || cp >= '\t' && cp <= '\r' || cp >= 0x1c && cp <= 0x1f
                                       : Unicode.isSpace(cp);
    // a lone surrogate must not match half of a pair in chars
    for (int i = 0; i < chars.length(); ) {
      int c = chars.codePointAt(i);
      if (c == cp) return true;
      i += Character.charCount(c);
    }
    return false;
  }

  /** {@code s.center(width, fill)}: the odd extra fill goes left when the width is odd, as CPython places it. */
  public static String center(PyStrIndex s, int width, String fill) {
    int f = fillChar(fill);
    int margin = width - s.length();
    if (margin <= 0) return s.string();
    int left = margin / 2 + (margin & width & 1);
    return pad(s.string(), left, margin - left, f);
  }

  public static String ljust(PyStrIndex s, int width, String fill) {
    int f = fillChar(fill);
    return width <= s.length() ? s.string() : pad(s.string(), 0, width - s.length(), f);
  }

  public static String rjust(PyStrIndex s, int width, String fill) {
    int f = fillChar(fill);
    return width <= s.length() ? s.string() : pad(s.string(), width - s.length(), 0, f);
  }

  /** {@code s.zfill(width)}: zeros on the left, after a leading sign. */
  public static String zfill(PyStrIndex s, int width) {
    String text = s.string();
    if (width <= s.length()) return text;
    String padded = pad(text, width - s.length(), 0, '0');
    int fill = width - s.length();
    if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
      return text.charAt(0) + padded.substring(0, fill) + text.substring(1);
    }
    return padded;
  }

  private static int fillChar(String fill) {
    if (fill.isEmpty() || fill.length() > 2 || fill.codePointCount(0, fill.length()) != 1) {
      throw Errors.typeError("The fill character must be exactly one character long");
    }
    return fill.codePointAt(0);
  }

  private static String pad(String s, int left, int right, int fill) {
    StringBuilder out = new StringBuilder(s.length() + left + right);
    return out.repeat(fill, left).append(s).repeat(fill, right).toString();
  }

  /** {@code s.expandtabs(tabsize)}: each tab to the next multiple of tabsize; the column restarts after \n and \r. */
  public static String expandtabs(String s, int tabsize) {
    if (s.indexOf('\t') < 0) return s;
    StringBuilder out = new StringBuilder(s.length() + 8);
    long column = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t') {
        if (tabsize > 0) {
          long spaces = tabsize - column % tabsize;
          if (out.length() + spaces > Integer.MAX_VALUE - 16) throw Errors.overflowError("new string is too long");
          out.repeat(' ', (int) spaces);
          column += spaces;
        }
      } else {
        out.appendCodePoint(cp);
        column = cp == '\n' || cp == '\r' ? 0 : column + 1;
      }
    }
    return out.toString();
  }

  public static String removeprefix(String s, String prefix) {
    return !prefix.isEmpty() && s.startsWith(prefix) && StrSearch.onBoundary(s, prefix.length())
        ? s.substring(prefix.length()) : s;
  }

  public static String removesuffix(String s, String suffix) {
    int at = s.length() - suffix.length();
    return !suffix.isEmpty() && s.endsWith(suffix) && StrSearch.onBoundary(s, at) ? s.substring(0, at) : s;
  }

  /** The table {@code str.translate} looks each code point up in: Python's {@code table[ord(c)]}. */
  public interface TranslateTable {
    /**
     * The replacement text for {@code cp}: null to keep it (the table raised LookupError), "" to delete it (None).
     * An int result becomes the text of {@link #ordinal}.
     */
    String lookup(int cp);
  }

  /** {@code s.translate(table)}. */
  public static String translate(String s, TranslateTable table) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      String mapped = table.lookup(cp);
      if (mapped == null) out.appendCodePoint(cp);
      else out.append(mapped);
    }
    return out.toString();
  }

  /** The text of a translate table's int result: ValueError outside range(0x110000). */
  public static String ordinal(long value) {
    if (value < 0 || value > 0x10ffff) throw Errors.valueError("character mapping must be in range(0x110000)");
    return Character.toString((int) value);
  }

  /** A str key of the dict given alone to {@code str.maketrans}: its code point; ValueError unless one character. */
  public static int maketransKey(String key) {
    if (key.isEmpty() || key.codePointCount(0, key.length()) != 1) {
      throw Errors.valueError("string keys in translate table must be of length 1");
    }
    return key.codePointAt(0);
  }

  /**
   * {@code str.maketrans(x, y, z)} with strings: x[i] maps to y[i], each character of z to None (a null value), in
   * Python's dict order. {@code z} may be null.
   */
  public static Map<Integer, Integer> maketrans(String x, String y, String z) {
    int[] from = x.codePoints().toArray();
    int[] to = y.codePoints().toArray();
    if (from.length != to.length) throw Errors.valueError("the first two maketrans arguments must have equal length");
    Map<Integer, Integer> table = new LinkedHashMap<>();
    for (int i = 0; i < from.length; i++) table.put(from[i], to[i]);
    if (z != null) z.codePoints().forEach(cp -> table.put(cp, null));
    return table;
  }
}
