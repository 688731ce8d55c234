package dev.kaa.strings;

/**
 * Python's ordering of str: by code point. {@link String#compareTo} compares UTF-16 chars, which disagrees when an
 * astral character (a surrogate pair, 0xD800..0xDBFF first) meets one in U+E000..U+FFFF: '\U0001F600' > '\uFFFF' in
 * Python, but its high surrogate is below 0xFFFF. Equality is {@link String#equals}.
 */
public final class StrCompare {
  private StrCompare() {}

  /** Negative, zero or positive as {@code a} is below, equal to or above {@code b} in code point order. */
  public static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) i++;
    if (i == n) return a.length() - b.length();
    // the strings differ at char i: compare the code points holding it, which start one char earlier when either
    // string has a surrogate pair there
    if (i > 0 && Character.isHighSurrogate(a.charAt(i - 1))
        && (Character.isLowSurrogate(a.charAt(i)) || Character.isLowSurrogate(b.charAt(i)))) {
      i--;
    }
    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
  }
}
