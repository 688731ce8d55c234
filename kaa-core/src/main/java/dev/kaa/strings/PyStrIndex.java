package dev.kaa.strings;

import dev.kaa.objects.Errors;

/**
 * A Python view of a Java String: length, indexing and slicing by code point. A string without surrogate pairs (the
 * common case, and every Latin-1 string) indexes by char, O(1). One with astral characters gets, on first use, the char
 * offset of every {@value #BLOCK}th code point, so finding a code point costs one array read, plus a walk of at most
 * {@value #BLOCK} code points in the blocks that hold an astral character. Lone surrogates are single code points; a
 * pair is one.
 */
public final class PyStrIndex {
  /** Code points per index entry: a 4-byte entry per 32 code points, walks of at most 32. */
  static final int BLOCK = 32;

  private final String s;
  private final int length;
  /**
   * Char offset of code point {@code k * BLOCK} for each block k, then the string's length; null until first needed.
   * Volatile so that a thread seeing the array sees its contents (building it twice in a race is harmless).
   */
  private volatile int[] blocks;

  private PyStrIndex(String s, int length) {
    this.s = s;
    this.length = length;
  }

  /** The view of {@code s}; scans it once for surrogate pairs (the runtime keeps the view with its str). */
  public static PyStrIndex of(String s) {
    // Java counts code points as Python does (a pair is one, a lone surrogate one), and at once for a Latin-1 string
    return new PyStrIndex(s, s.codePointCount(0, s.length()));
  }

  public String string() { return s; }

  /** {@code len(s)}: the number of code points. */
  public int length() { return length; }

  /** True when every code point is one char, so char offsets are code point indices. */
  public boolean isBmp() { return length == s.length(); }

  /** The char offset of code point {@code index}, 0 <= index <= length(). */
  public int charIndex(int index) {
    if (isBmp()) return index;
    int[] b = blocks();
    int block = index / BLOCK;
    int at = b[block];
    if (b[block + 1] - at == Math.min(BLOCK, length - block * BLOCK)) return at + index % BLOCK;  // no pair in it
    for (int k = index % BLOCK; k > 0; k--) at += charsAt(at);
    return at;
  }

  /** The code point index of the code point starting at char offset {@code charIndex} (or of the end). */
  public int codePointIndex(int charIndex) {
    if (isBmp()) return charIndex;
    int[] b = blocks();
    int lo = 0, hi = b.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (b[mid] <= charIndex) lo = mid;
      else hi = mid - 1;
    }
    int index = lo * BLOCK;
    if (b[lo + 1] - b[lo] == Math.min(BLOCK, length - index)) return index + charIndex - b[lo];
    for (int at = b[lo]; at < charIndex; at += charsAt(at)) index++;
    return index;
  }

  /** The code point at {@code index}, 0 <= index < length(). */
  public int codePointAt(int index) {
    return isBmp() ? s.charAt(index) : s.codePointAt(charIndex(index));
  }

  /** {@code s[index]} with Python's negative indices; IndexError when out of range. */
  public String getItem(int index) {
    int i = index < 0 ? index + length : index;
    if (i < 0 || i >= length) throw Errors.indexError("string index out of range");
    if (isBmp()) return String.valueOf(s.charAt(i));
    return Character.toString(s.codePointAt(charIndex(i)));
  }

  /** The code points {@code start <= i < end} (0 <= start <= end <= length()). */
  public String substring(int start, int end) {
    if (isBmp()) return s.substring(start, end);
    int from = charIndex(start);
    int to = from;
    for (int k = start; k < end; k++) to += charsAt(to);
    return s.substring(from, to);
  }

  /**
   * {@code s[start:stop:step]} for indices already adjusted as {@code slice.indices(len(s))} adjusts them (so
   * {@code -1 <= start, stop <= length()} and {@code step != 0}).
   */
  public String slice(int start, int stop, int step) {
    if (step == 1) return start >= stop ? "" : substring(start, stop);
    int count = step > 0 ? (stop > start ? (stop - start - 1) / step + 1 : 0)
        : (start > stop ? (start - stop - 1) / -step + 1 : 0);
    StringBuilder out = new StringBuilder(count);
    for (int k = 0, i = start; k < count; k++, i += step) {
      if (isBmp()) out.append(s.charAt(i));
      else out.appendCodePoint(codePointAt(i));
    }
    return out.toString();
  }

  private int charsAt(int at) {
    return Character.isHighSurrogate(s.charAt(at)) && at + 1 < s.length() && Character.isLowSurrogate(s.charAt(at + 1))
        ? 2 : 1;
  }

  private int[] blocks() {
    int[] b = blocks;
    if (b == null) {
      b = new int[length / BLOCK + 2];
      for (int at = 0, k = 0; k < length; k++) {
        if (k % BLOCK == 0) b[k / BLOCK] = at;
        at += charsAt(at);
      }
      if (length % BLOCK == 0) b[length / BLOCK] = s.length();
      b[b.length - 1] = s.length();
      blocks = b;
    }
    return b;
  }
}
