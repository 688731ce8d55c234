package dev.kaa.modules.json;

import dev.kaa.objects.PyStr;

/**
 * A str being decoded, indexed by code point as Python indexes it: the Java string itself when every character is in
 * the Basic Multilingual Plane (the usual case), else its code points.
 */
final class JsonText {
  final PyStr str;
  private final String s;
  /** The code points, when some character needs two Java chars; null otherwise. */
  private final int[] codePoints;
  final int length;

  JsonText(PyStr str) {
    this.str = str;
    this.s = str.value;
    int n = str.length();
    this.codePoints = n == s.length() ? null : s.codePoints().toArray();
    this.length = n;
  }

  int at(int i) { return codePoints == null ? s.charAt(i) : codePoints[i]; }

  String slice(int from, int to) {
    return codePoints == null ? s.substring(from, to) : new String(codePoints, from, to - from);
  }

  /** Whether the text at {@code i} starts with the ASCII {@code word}. */
  boolean startsWith(String word, int i) {
    if (i + word.length() > length) return false;
    for (int k = 0; k < word.length(); k++) if (at(i + k) != word.charAt(k)) return false;
    return true;
  }
}
