package dev.kaa.modules.io;

/**
 * Where a line ends in decoded text, under the three newline modes of the text classes: translated (only
 * {@code \n} remains), universal ({@code \r}, {@code \n} or {@code \r\n}) or one fixed terminator.
 */
final class LineEnds {
  private LineEnds() {}

  /** The newline modes: how {@code newline=} reads. */
  enum Mode { TRANSLATED, UNIVERSAL, FIXED }

  /**
   * The index just past the first line end in {@code text[start:end]}, or -1 when there is none. In universal mode a
   * {@code \r} as the very last character ends a line only when {@code complete} (more text may bring its
   * {@code \n}); then -1 is returned and the caller reads more.
   */
  static int find(CharSequence text, int start, int end, Mode mode, String fixed, boolean complete) {
    switch (mode) {
      case TRANSLATED:
        for (int i = start; i < end; i++) {
          if (text.charAt(i) == '\n') return i + 1;
        }
        return -1;
      case UNIVERSAL:
        for (int i = start; i < end; i++) {
          char c = text.charAt(i);
          if (c == '\n') return i + 1;
          if (c == '\r') {
            if (i + 1 < end) return text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            return complete ? i + 1 : -1;
          }
        }
        return -1;
      default:
        char first = fixed.charAt(0);
        for (int i = start; i < end; i++) {
          if (text.charAt(i) != first) continue;
          if (fixed.length() == 1) return i + 1;
          if (i + 1 < end) {
            if (text.charAt(i + 1) == fixed.charAt(1)) return i + 2;
          } else if (!complete) {
            return -1;
          }
        }
        return -1;
    }
  }
}
