package dev.kaa.strings;

import dev.kaa.objects.Errors;

/**
 * {@code find rfind index rindex count startswith endswith replace} and {@code in}, by {@link String#indexOf} (by
 * {@link LinearSearch} for long needles).
 *
 * <p>{@code start} and {@code end} are Python's optional bounds in code points, negative counting from the end and
 * clamped as slices are; a caller passes 0 and {@link Integer#MAX_VALUE} for None, and saturates Python ints beyond the
 * int range (which clamps the same way). Results are code point indices.
 *
 * <p>A Java search could match a lone surrogate against half of a surrogate pair, which Python never does: a needle
 * that begins with a low surrogate or ends with a high one is checked to start and end on code point boundaries.
 */
public final class StrSearch {
  private StrSearch() {}

  /** {@code sub in s}. */
  public static boolean contains(String s, String sub) {
    return indexOf(s, sub, 0, s.length()) >= 0;
  }

  /** {@code s.find(sub, start, end)}: the lowest index of sub within s[start:end], or -1. */
  public static int find(PyStrIndex s, String sub, int start, int end) {
    Bounds b = Bounds.of(s, start, end);
    if (b == null) return -1;
    if (sub.isEmpty()) return b.start;
    int at = firstWithin(s.string(), sub, b.fromChar, b.toChar);
    return at < 0 ? -1 : s.codePointIndex(at);
  }

  /** {@code s.rfind(sub, start, end)}: the highest index of sub within s[start:end], or -1. */
  public static int rfind(PyStrIndex s, String sub, int start, int end) {
    Bounds b = Bounds.of(s, start, end);
    if (b == null) return -1;
    if (sub.isEmpty()) return b.end;
    int at = lastWithin(s.string(), sub, b.fromChar, b.toChar);
    return at < 0 ? -1 : s.codePointIndex(at);
  }

  /** {@code s.index(sub, start, end)}: as find, but ValueError when absent. */
  public static int index(PyStrIndex s, String sub, int start, int end) {
    int at = find(s, sub, start, end);
    if (at < 0) throw Errors.valueError("substring not found");
    return at;
  }

  /** {@code s.rindex(sub, start, end)}: as rfind, but ValueError when absent. */
  public static int rindex(PyStrIndex s, String sub, int start, int end) {
    int at = rfind(s, sub, start, end);
    if (at < 0) throw Errors.valueError("substring not found");
    return at;
  }

  /** {@code s.count(sub, start, end)}: non-overlapping occurrences; the empty string occurs between code points. */
  public static int count(PyStrIndex s, String sub, int start, int end) {
    Bounds b = Bounds.of(s, start, end);
    if (b == null) return 0;
    if (sub.isEmpty()) return b.end - b.start + 1;
    String text = b.toChar == s.string().length() ? s.string() : s.string().substring(b.fromChar, b.toChar);
    int from = text == s.string() ? b.fromChar : 0;
    int n = 0;
    for (int at = indexOf(text, sub, from, text.length()); at >= 0;
         at = indexOf(text, sub, at + sub.length(), text.length())) {
      n++;
    }
    return n;
  }

  /** {@code s.startswith(prefix, start, end)} for one prefix (a tuple is the caller's loop). */
  public static boolean startswith(PyStrIndex s, String prefix, int start, int end) {
    Bounds b = Bounds.of(s, start, end);
    if (b == null || b.toChar - b.fromChar < prefix.length()) return false;
    return s.string().startsWith(prefix, b.fromChar) && onBoundary(s.string(), b.fromChar + prefix.length());
  }

  /** {@code s.endswith(suffix, start, end)} for one suffix. */
  public static boolean endswith(PyStrIndex s, String suffix, int start, int end) {
    Bounds b = Bounds.of(s, start, end);
    if (b == null || b.toChar - b.fromChar < suffix.length()) return false;
    int at = b.toChar - suffix.length();
    return s.string().startsWith(suffix, at) && onBoundary(s.string(), at);
  }

  /**
   * {@code s.replace(old, new, count)}: the first {@code count} non-overlapping occurrences (all when negative); an
   * empty {@code old} matches before each code point and at the end.
   */
  public static String replace(String s, String old, String replacement, int count) {
    int limit = count < 0 ? Integer.MAX_VALUE : count;
    if (limit == 0) return s;
    StringBuilder out = new StringBuilder(s.length());
    int done = 0, copied = 0;
    if (old.isEmpty()) {
      for (int i = 0, n = s.length(); done < limit; done++) {
        out.append(s, copied, i).append(replacement);
        copied = i;
        if (i >= n) break;
        i += Character.charCount(s.codePointAt(i));
      }
    } else {
      for (int at = indexOf(s, old, 0, s.length()); at >= 0 && done < limit;
           at = indexOf(s, old, copied, s.length()), done++) {
        out.append(s, copied, at).append(replacement);
        copied = at + old.length();
      }
      if (done == 0) return s;
    }
    return out.append(s, copied, s.length()).toString();
  }

  /**
   * The first char offset in text[from:to] (bounds on code point boundaries) where sub occurs. {@link String#indexOf}
   * knows no end bound, so a bounded search copies the slice: the cost stays that of the slice, as in CPython.
   */
  private static int firstWithin(String text, String sub, int from, int to) {
    if (to == text.length()) return indexOf(text, sub, from, to);
    int at = indexOf(text.substring(from, to), sub, 0, to - from);
    return at < 0 ? -1 : at + from;
  }

  /** The last char offset in text[from:to] where sub occurs; as {@link #firstWithin}, mirrored. */
  private static int lastWithin(String text, String sub, int from, int to) {
    if (from == 0) return lastIndexOf(text, sub, 0, to);
    int at = lastIndexOf(text.substring(from, to), sub, 0, to - from);
    return at < 0 ? -1 : at + from;
  }

  /** The first char offset {@code from <= i <= to - sub.length()} where sub occurs on code point boundaries, or -1. */
  static int indexOf(String s, String sub, int from, int to) {
    boolean check = needsBoundaryCheck(sub);
    for (int at = first(s, sub, from, to); at >= 0; at = first(s, sub, at + 1, to)) {
      if (!check || (onBoundary(s, at) && onBoundary(s, at + sub.length()))) return at;
    }
    return -1;
  }

  /** The last char offset {@code from <= i <= to - sub.length()} where sub occurs on code point boundaries, or -1. */
  static int lastIndexOf(String s, String sub, int from, int to) {
    boolean check = needsBoundaryCheck(sub);
    for (int at = last(s, sub, from, to); at >= 0; at = last(s, sub, from, at - 1 + sub.length())) {
      if (!check || (onBoundary(s, at) && onBoundary(s, at + sub.length()))) return at;
    }
    return -1;
  }

  /** The first occurrence within s[from:to], boundaries unchecked; long needles searched in linear time. */
  private static int first(String s, String sub, int from, int to) {
    if (sub.length() >= LinearSearch.MIN_NEEDLE) return LinearSearch.indexOf(s, sub, from, to);
    int at = s.indexOf(sub, from);
    return at + sub.length() <= to ? at : -1;
  }

  /** The last occurrence within s[from:to], boundaries unchecked. */
  private static int last(String s, String sub, int from, int to) {
    if (sub.length() >= LinearSearch.MIN_NEEDLE) return LinearSearch.lastIndexOf(s, sub, from, to);
    int at = s.lastIndexOf(sub, to - sub.length());
    return at >= from ? at : -1;
  }

  private static boolean needsBoundaryCheck(String sub) {
    return !sub.isEmpty() && (Character.isLowSurrogate(sub.charAt(0))
        || Character.isHighSurrogate(sub.charAt(sub.length() - 1)));
  }

  /** True unless char offset {@code at} falls inside a surrogate pair. */
  static boolean onBoundary(String s, int at) {
    return at <= 0 || at >= s.length()
        || !(Character.isHighSurrogate(s.charAt(at - 1)) && Character.isLowSurrogate(s.charAt(at)));
  }

  /** Python's bounds in code points and chars, after clamping; null when start lies past end. */
  private record Bounds(int start, int end, int fromChar, int toChar) {
    static Bounds of(PyStrIndex s, int start, int end) {
      int n = s.length();
      if (end > n) end = n;
      else if (end < 0) end = Math.max(end + n, 0);
      if (start < 0) start = Math.max(start + n, 0);
      if (start > end) return null;
      return new Bounds(start, end, s.charIndex(start), s.charIndex(end));
    }
  }
}
