package dev.kaa.strings;

import java.util.function.IntPredicate;

/**
 * The {@code str.isX()} methods, as CPython 3.12 answers them with Unicode 15.0 ({@link Unicode}). Those asking about
 * every character are false for the empty string, except {@code isprintable} and {@code isascii}, which are true.
 */
public final class StrPredicates {
  private StrPredicates() {}

  public static boolean isalpha(String s) { return allOf(s, Unicode::isAlpha); }

  public static boolean isalnum(String s) { return allOf(s, StrPredicates::isAlnum); }

  public static boolean isdecimal(String s) { return allOf(s, Unicode::isDecimal); }

  public static boolean isdigit(String s) { return allOf(s, Unicode::isDigit); }

  public static boolean isnumeric(String s) { return allOf(s, Unicode::isNumeric); }

  public static boolean isspace(String s) { return allOf(s, Unicode::isSpace); }

  public static boolean isprintable(String s) { return s.isEmpty() || allOf(s, Unicode::isPrintable); }

  public static boolean isascii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  /** A letter, decimal, digit or numeric character: CPython's alnum. */
  public static boolean isAlnum(int cp) {
    return Unicode.isAlpha(cp) || Unicode.isDecimal(cp) || Unicode.isDigit(cp) || Unicode.isNumeric(cp);
  }

  /** An XID_Start character or the underscore, then XID_Continue characters; no normalization (the tokenizer's job). */
  public static boolean isidentifier(String s) {
    if (s.isEmpty()) return false;
    int first = s.codePointAt(0);
    if (first != '_' && !Unicode.isXidStart(first)) return false;
    for (int i = Character.charCount(first), n = s.length(); i < n; ) {
      int cp = s.codePointAt(i);
      if (!Unicode.isXidContinue(cp)) return false;
      i += Character.charCount(cp);
    }
    return true;
  }

  /** No uppercase or titlecase character, and at least one lowercase one. */
  public static boolean islower(String s) {
    boolean cased = false;
    for (int i = 0, n = s.length(); i < n; ) {
      int cp = s.codePointAt(i);
      if (Unicode.isUpper(cp) || Unicode.isTitle(cp)) return false;
      cased |= Unicode.isLower(cp);
      i += Character.charCount(cp);
    }
    return cased;
  }

  /** No lowercase or titlecase character, and at least one uppercase one. */
  public static boolean isupper(String s) {
    boolean cased = false;
    for (int i = 0, n = s.length(); i < n; ) {
      int cp = s.codePointAt(i);
      if (Unicode.isLower(cp) || Unicode.isTitle(cp)) return false;
      cased |= Unicode.isUpper(cp);
      i += Character.charCount(cp);
    }
    return cased;
  }

  /**
   * Every run of cased characters starts with an uppercase or titlecase one and continues in lowercase, and there is at
   * least one. Uncased characters (digits, spaces, apostrophes) end a run.
   */
  public static boolean istitle(String s) {
    boolean cased = false, previousCased = false;
    for (int i = 0, n = s.length(); i < n; ) {
      int cp = s.codePointAt(i);
      if (Unicode.isUpper(cp) || Unicode.isTitle(cp)) {
        if (previousCased) return false;
        previousCased = cased = true;
      } else if (Unicode.isLower(cp)) {
        if (!previousCased) return false;
        previousCased = cased = true;
      } else {
        previousCased = false;
      }
      i += Character.charCount(cp);
    }
    return cased;
  }

  private static boolean allOf(String s, IntPredicate test) {
    int n = s.length();
    if (n == 0) return false;
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      if (!test.test(cp)) return false;
      i += Character.charCount(cp);
    }
    return true;
  }
}
