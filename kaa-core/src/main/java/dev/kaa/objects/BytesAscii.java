package dev.kaa.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the bytes methods that differ from str's: bytes know only ASCII. Case mapping, the predicates,
 * whitespace (space, \t \n \r \x0b \x0c: C's isspace, not \x1c-\x1f, \x85 or \xa0 as str's) and line breaks (\n, \r,
 * \r\n only) are ASCII rules on Latin-1 text, one char per byte. Everything else reuses the str algorithms.
 */
final class BytesAscii {
  private BytesAscii() {}

  static boolean isSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

  static boolean isLower(char c) { return c >= 'a' && c <= 'z'; }

  static boolean isUpper(char c) { return c >= 'A' && c <= 'Z'; }

  static boolean isAlpha(char c) { return isLower(c) || isUpper(c); }

  static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

  static char toUpper(char c) { return isLower(c) ? (char) (c - 32) : c; }

  static char toLower(char c) { return isUpper(c) ? (char) (c + 32) : c; }

  static String upper(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) out[i] = toUpper(out[i]);
    return new String(out);
  }

  static String lower(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) out[i] = toLower(out[i]);
    return new String(out);
  }

  static String swapcase(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) out[i] = isUpper(out[i]) ? toLower(out[i]) : toUpper(out[i]);
    return new String(out);
  }

  static String capitalize(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) out[i] = i == 0 ? toUpper(out[i]) : toLower(out[i]);
    return new String(out);
  }

  /** Upper case after a non-letter, lower case after a letter. */
  static String title(String s) {
    char[] out = s.toCharArray();
    boolean previousCased = false;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      out[i] = previousCased ? toLower(c) : toUpper(c);
      previousCased = isAlpha(c);
    }
    return new String(out);
  }

  interface CharTest { boolean test(char c); }

  /** Non-empty and every byte passes. */
  static boolean all(String s, CharTest test) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) if (!test.test(s.charAt(i))) return false;
    return true;
  }

  static boolean isascii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7f) return false;
    return true;
  }

  /** At least one cased byte, and none of the other case. */
  static boolean cased(String s, CharTest wanted, CharTest unwanted) {
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unwanted.test(c)) return false;
      any |= wanted.test(c);
    }
    return any;
  }

  static boolean istitle(String s) {
    boolean any = false, previousCased = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isUpper(c)) {
        if (previousCased) return false;
        previousCased = any = true;
      } else if (isLower(c)) {
        if (!previousCased) return false;
        previousCased = any = true;
      } else {
        previousCased = false;
      }
    }
    return any;
  }

  static String strip(String s, boolean left, boolean right) {
    int from = 0, to = s.length();
    if (left) while (from < to && isSpace(s.charAt(from))) from++;
    if (right) while (to > from && isSpace(s.charAt(to - 1))) to--;
    return s.substring(from, to);
  }

  /** {@code split()} on runs of ASCII whitespace, at most {@code maxsplit} splits (negative: no limit). */
  static List<String> split(String s, int maxsplit) {
    int limit = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
    List<String> parts = new ArrayList<>();
    int i = 0, n = s.length();
    while (true) {
      while (i < n && isSpace(s.charAt(i))) i++;
      if (i == n) break;
      if (parts.size() == limit) {
        parts.add(s.substring(i));
        break;
      }
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) i++;
      parts.add(s.substring(start, i));
    }
    return parts;
  }

  /** {@code rsplit()} on runs of ASCII whitespace, splits made from the right. */
  static List<String> rsplit(String s, int maxsplit) {
    int limit = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
    List<String> parts = new ArrayList<>();
    int i = s.length();
    while (true) {
      while (i > 0 && isSpace(s.charAt(i - 1))) i--;
      if (i == 0) break;
      if (parts.size() == limit) {
        parts.add(s.substring(0, i));
        break;
      }
      int end = i;
      while (i > 0 && !isSpace(s.charAt(i - 1))) i--;
      parts.add(s.substring(i, end));
    }
    java.util.Collections.reverse(parts);
    return parts;
  }

  /** Lines ended by \n, \r or \r\n. */
  static List<String> splitlines(String s, boolean keepends) {
    List<String> lines = new ArrayList<>();
    int i = 0, n = s.length();
    while (i < n) {
      int start = i;
      while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') i++;
      int end = i;
      if (i < n) i += s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
      lines.add(s.substring(start, keepends ? i : end));
    }
    return lines;
  }
}
