package dev.kaa.strings;

import java.util.Locale;

/**
 * {@code str.upper lower casefold capitalize title swapcase} with Unicode 15.0's full case mappings ({@link Unicode}):
 * 'ß'.upper() is "SS", 'ǆ'.title() is 'ǅ', and a capital sigma lowers to 'ς' at the end of a word (the only
 * context-dependent rule CPython applies). ASCII-only strings take a fast path.
 */
public final class StrCase {
  private StrCase() {}

  private static final int CAPITAL_SIGMA = 0x3a3;
  private static final char SMALL_SIGMA = '\u03c3';
  private static final char FINAL_SIGMA = '\u03c2';

  public static String upper(String s) {
    if (StrPredicates.isascii(s)) return s.toUpperCase(Locale.ROOT);  // the JDK's Latin-1 path; ASCII maps the same
    return mapEach(s, (out, str, at, cp) -> Unicode.appendUpper(out, cp));
  }

  public static String lower(String s) {
    if (StrPredicates.isascii(s)) return s.toLowerCase(Locale.ROOT);
    return mapEach(s, StrCase::appendLower);
  }

  public static String casefold(String s) {
    if (StrPredicates.isascii(s)) return s.toLowerCase(Locale.ROOT);
    return mapEach(s, (out, str, at, cp) -> Unicode.appendFold(out, cp));
  }

  /** The first character in titlecase (not uppercase: 'ǆ' becomes 'ǅ'), the rest in lowercase. */
  public static String capitalize(String s) {
    return mapEach(s, (out, str, at, cp) -> {
      if (at == 0) Unicode.appendTitle(out, cp);
      else appendLower(out, str, at, cp);
    });
  }

  /** Uppercase characters lowered, lowercase ones uppered, the rest (titlecase included) kept. */
  public static String swapcase(String s) {
    return mapEach(s, (out, str, at, cp) -> {
      if (Unicode.isUpper(cp)) appendLower(out, str, at, cp);
      else if (Unicode.isLower(cp)) Unicode.appendUpper(out, cp);
      else out.appendCodePoint(cp);
    });
  }

  /** How one character (at char offset {@code at} of {@code s}) is mapped. */
  private interface CharMapping {
    void append(StringBuilder out, String s, int at, int cp);
  }

  private static String mapEach(String s, CharMapping mapping) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0, n = s.length(); i < n; ) {
      int cp = s.codePointAt(i);
      mapping.append(out, s, i, cp);
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** Each character following an uncased one in titlecase, each following a cased one in lowercase. */
  public static String title(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean previousCased = false;
    for (int i = 0, n = s.length(); i < n; ) {
      int cp = s.codePointAt(i);
      if (previousCased) appendLower(out, s, i, cp);
      else Unicode.appendTitle(out, cp);
      previousCased = Unicode.isCased(cp);
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** Lowercases the character at {@code at}, the capital sigma by its context. */
  private static void appendLower(StringBuilder out, String s, int at, int cp) {
    if (cp == CAPITAL_SIGMA) out.append(isFinalSigma(s, at) ? FINAL_SIGMA : SMALL_SIGMA);
    else Unicode.appendLower(out, cp);
  }

  /**
   * A sigma ends a word when, skipping case-ignorable characters, a cased character precedes it and none follows it
   * (Unicode's Final_Sigma condition).
   */
  private static boolean isFinalSigma(String s, int at) {
    int j = at;
    int before = -1;
    while (j > 0) {
      int cp = s.codePointBefore(j);
      j -= Character.charCount(cp);
      if (!Unicode.isCaseIgnorable(cp)) {
        before = cp;
        break;
      }
    }
    if (before < 0 || !Unicode.isCased(before)) return false;
    j = at + 1;
    for (int n = s.length(); j < n; ) {
      int cp = s.codePointAt(j);
      if (!Unicode.isCaseIgnorable(cp)) return !Unicode.isCased(cp);
      j += Character.charCount(cp);
    }
    return true;
  }
}
