package dev.kaa.strings;

/**
 * Substring search in time linear in text plus needle (Knuth-Morris-Pratt), for long needles: {@link String#indexOf}
 * compares naively, which a periodic text and needle (CPython's test_adaptive_find: a million 'a's and 'b's) make
 * quadratic. CPython's own search adapts to such input too, so {@code str.find} must stay O(n + m) here.
 */
final class LinearSearch {
  private LinearSearch() {}

  /** Needles shorter than this go to {@link String#indexOf}: its worst case stays within this factor of the text. */
  static final int MIN_NEEDLE = 64;

  /** The first char offset {@code from <= i <= to - sub.length()} where sub occurs in s, or -1. */
  static int indexOf(String s, String sub, int from, int to) {
    int m = sub.length();
    int[] border = borders(sub, false);
    int matched = 0;
    for (int i = Math.max(from, 0); i < to; i++) {
      char c = s.charAt(i);
      while (matched > 0 && sub.charAt(matched) != c) matched = border[matched - 1];
      if (sub.charAt(matched) == c && ++matched == m) return i - m + 1;
    }
    return -1;
  }

  /** The last char offset {@code from <= i <= to - sub.length()} where sub occurs in s, or -1: the search mirrored. */
  static int lastIndexOf(String s, String sub, int from, int to) {
    int m = sub.length();
    int[] border = borders(sub, true);
    int matched = 0;
    for (int i = Math.min(to, s.length()) - 1; i >= from; i--) {
      char c = s.charAt(i);
      while (matched > 0 && sub.charAt(m - 1 - matched) != c) matched = border[matched - 1];
      if (sub.charAt(m - 1 - matched) == c && ++matched == m) return i;
    }
    return -1;
  }

  /**
   * KMP's failure function: {@code border[k]} is the length of the longest proper border of the needle's first
   * {@code k + 1} chars (of its last ones, read backwards, when {@code reversed}).
   */
  private static int[] borders(String sub, boolean reversed) {
    int m = sub.length();
    int[] border = new int[m];
    for (int k = 1, len = 0; k < m; k++) {
      char c = at(sub, k, reversed);
      while (len > 0 && at(sub, len, reversed) != c) len = border[len - 1];
      if (at(sub, len, reversed) == c) len++;
      border[k] = len;
    }
    return border;
  }

  private static char at(String sub, int i, boolean reversed) {
    return sub.charAt(reversed ? sub.length() - 1 - i : i);
  }
}
