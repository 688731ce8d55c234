package dev.kaa.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The "Did you mean" of NameError, AttributeError and ImportError messages: the candidate closest to the missing name
 * by CPython 3.12's weighted edit distance (a case change costs 1, any other edit 2; common prefixes and suffixes are
 * free), accepted when no more than about a third of the characters change, earlier candidates winning ties.
 */
final class Suggestions {
  private Suggestions() {}

  private static final int MAX_CANDIDATES = 750, MAX_STRING_SIZE = 40, MOVE_COST = 2, CASE_COST = 1;

  /** The best candidate for {@code name} (never {@code name} itself), or null. */
  static String closest(String name, List<String> candidates) {
    if (candidates.size() >= MAX_CANDIDATES) return null;
    byte[] target = name.getBytes(StandardCharsets.UTF_8);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(name)) continue;
      byte[] item = candidate.getBytes(StandardCharsets.UTF_8);
      int maxDistance = Math.min((target.length + item.length + 3) * MOVE_COST / 6, bestDistance - 1);
      int d = distance(target, item, maxDistance);
      if (d > maxDistance) continue;
      if (best == null || d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int substitutionCost(byte a, byte b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    return lower(a) == lower(b) ? CASE_COST : MOVE_COST;
  }

  private static byte lower(byte c) { return c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c; }

  /** The weighted Levenshtein distance, or {@code maxCost + 1} once it surely exceeds {@code maxCost}. */
  static int distance(byte[] a, byte[] b, int maxCost) {
    int aStart = 0, bStart = 0, aEnd = a.length, bEnd = b.length;
    while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
      aStart++;
      bStart++;
    }
    while (aEnd > aStart && bEnd > bStart && a[aEnd - 1] == b[bEnd - 1]) {
      aEnd--;
      bEnd--;
    }
    int aSize = aEnd - aStart, bSize = bEnd - bStart;
    if (aSize == 0 || bSize == 0) return (aSize + bSize) * MOVE_COST;
    if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
    if (bSize < aSize) {  // the shorter one indexes the row
      byte[] t = a;
      a = b;
      b = t;
      int ts = aStart;
      aStart = bStart;
      bStart = ts;
      int tz = aSize;
      aSize = bSize;
      bSize = tz;
    }
    if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
    int[] row = new int[aSize];
    for (int i = 0; i < aSize; i++) row[i] = (i + 1) * MOVE_COST;
    int result = 0;
    for (int j = 0; j < bSize; j++) {
      byte code = b[bStart + j];
      int diagonal = j * MOVE_COST;
      result = diagonal;
      int minimum = Integer.MAX_VALUE;
      for (int i = 0; i < aSize; i++) {
        int substitute = diagonal + substitutionCost(code, a[aStart + i]);
        diagonal = row[i];
        int insertDelete = Math.min(result, diagonal) + MOVE_COST;
        result = Math.min(insertDelete, substitute);
        row[i] = result;
        minimum = Math.min(minimum, result);
      }
      if (minimum > maxCost) return maxCost + 1;
    }
    return result;
  }
}
