package dev.kaa.modules.unicodedata;

import java.util.Locale;

/**
 * The names of the precomposed Hangul syllables (U+AC00..U+D7A3), which Unicode defines by rule rather than listing:
 * "HANGUL SYLLABLE " and the short names of the leading consonant, vowel and trailing consonant the syllable is made
 * of (Unicode chapter 3.12). The JDK names these by block and number only.
 */
final class HangulNames {
  private HangulNames() {}

  private static final int FIRST = 0xAC00, COUNT = 11172, VOWELS = 21, TRAILS = 28;
  private static final String PREFIX = "HANGUL SYLLABLE ";
  private static final String[] LEADS = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
      "C", "K", "T", "P", "H"};
  private static final String[] VOWEL_NAMES = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
      "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
  private static final String[] TRAIL_NAMES = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
      "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

  /** The syllable's name, or null when {@code cp} is no Hangul syllable. */
  static String nameOf(int cp) {
    int s = cp - FIRST;
    if (s < 0 || s >= COUNT) return null;
    return PREFIX + LEADS[s / (VOWELS * TRAILS)] + VOWEL_NAMES[s % (VOWELS * TRAILS) / TRAILS] + TRAIL_NAMES[s % TRAILS];
  }

  /** The syllable named {@code name} (any case), or -1. */
  static int codePointOf(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (!upper.startsWith(PREFIX)) return -1;
    for (int cp = FIRST; cp < FIRST + COUNT; cp++) if (upper.equals(nameOf(cp))) return cp;
    return -1;
  }
}
