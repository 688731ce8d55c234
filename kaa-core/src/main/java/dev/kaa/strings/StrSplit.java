package dev.kaa.strings;

import dev.kaa.objects.Errors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code split rsplit splitlines partition rpartition}. A null separator means "runs of whitespace" (Python's
 * {@link Unicode#isSpace}); a negative {@code maxsplit} means no limit.
 */
public final class StrSplit {
  private StrSplit() {}

  /** {@code s.split(sep, maxsplit)}. */
  public static List<String> split(String s, String sep, int maxsplit) {
    int limit = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
    if (sep == null) return splitWhitespace(s, limit);
    checkSeparator(sep);
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int at; parts.size() < limit && (at = StrSearch.indexOf(s, sep, from, s.length())) >= 0; ) {
      parts.add(s.substring(from, at));
      from = at + sep.length();
    }
    parts.add(s.substring(from));
    return parts;
  }

  /** {@code s.rsplit(sep, maxsplit)}: as split, but the splits are made from the right. */
  public static List<String> rsplit(String s, String sep, int maxsplit) {
    int limit = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
    if (sep == null) return rsplitWhitespace(s, limit);
    checkSeparator(sep);
    List<String> parts = new ArrayList<>();
    int to = s.length();
    for (int at; parts.size() < limit && (at = StrSearch.lastIndexOf(s, sep, 0, to)) >= 0; ) {
      parts.add(s.substring(at + sep.length(), to));
      to = at;
    }
    parts.add(s.substring(0, to));
    Collections.reverse(parts);
    return parts;
  }

  private static List<String> splitWhitespace(String s, int limit) {
    List<String> parts = new ArrayList<>();
    int n = s.length();
    int i = skipSpace(s, 0);
    while (i < n) {
      if (parts.size() == limit) {
        parts.add(s.substring(i));  // the rest, trailing whitespace and all
        break;
      }
      int start = i;
      while (i < n && !Unicode.isSpace(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
      parts.add(s.substring(start, i));
      i = skipSpace(s, i);
    }
    return parts;
  }

  private static List<String> rsplitWhitespace(String s, int limit) {
    List<String> parts = new ArrayList<>();
    int i = skipSpaceBack(s, s.length());
    while (i > 0) {
      if (parts.size() == limit) {
        parts.add(s.substring(0, i));
        break;
      }
      int end = i;
      while (i > 0 && !Unicode.isSpace(s.codePointBefore(i))) i -= Character.charCount(s.codePointBefore(i));
      parts.add(s.substring(i, end));
      i = skipSpaceBack(s, i);
    }
    Collections.reverse(parts);
    return parts;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Unicode.isSpace(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
    return i;
  }

  private static int skipSpaceBack(String s, int i) {
    while (i > 0 && Unicode.isSpace(s.codePointBefore(i))) i -= Character.charCount(s.codePointBefore(i));
    return i;
  }

  /** {@code s.splitlines(keepends)}: split at {@link Unicode#isLinebreak} characters, "\r\n" counting as one. */
  public static List<String> splitlines(String s, boolean keepends) {
    List<String> lines = new ArrayList<>();
    int n = s.length();
    int start = 0;
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!Unicode.isLinebreak(cp)) {
        i = next;
        continue;
      }
      if (cp == '\r' && next < n && s.charAt(next) == '\n') next++;
      lines.add(s.substring(start, keepends ? next : i));
      start = i = next;
    }
    if (start < n) lines.add(s.substring(start));
    return lines;
  }

  /** {@code s.partition(sep)}: before, sep, after at the first occurrence; (s, "", "") when there is none. */
  public static String[] partition(String s, String sep) {
    checkSeparator(sep);
    int at = StrSearch.indexOf(s, sep, 0, s.length());
    if (at < 0) return new String[] {s, "", ""};
    return new String[] {s.substring(0, at), sep, s.substring(at + sep.length())};
  }

  /** {@code s.rpartition(sep)}: before, sep, after at the last occurrence; ("", "", s) when there is none. */
  public static String[] rpartition(String s, String sep) {
    checkSeparator(sep);
    int at = StrSearch.lastIndexOf(s, sep, 0, s.length());
    if (at < 0) return new String[] {"", "", s};
    return new String[] {s.substring(0, at), sep, s.substring(at + sep.length())};
  }

  private static void checkSeparator(String sep) {
    if (sep.isEmpty()) throw Errors.valueError("empty separator");
  }
}
