package dev.kaa.text;

/**
 * CPython's {@code str.isprintable()} for one code point: false for the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs
 * (except the space). CPython 3.12 uses Unicode 15.0; the JDK running us may know a newer version, so code points
 * assigned after 15.0 are still treated as unassigned (Cn) here.
 */
final class UnicodePrintable {
  private UnicodePrintable() {}

  static boolean isPrintable(int cp) {
    if (cp == ' ') return true;
    switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
           Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> {
        return false;
      }
      default -> {
        return !assignedAfterUnicode15(cp);
      }
    }
  }

  /**
   * Ranges (inclusive pairs) that Unicode 15.1 and 16.0 assign and 15.0 leaves unassigned, measured by comparing
   * JDK 25's {@link Character#getType} with CPython 3.12's {@code str.isprintable()} over all code points.
   */
  private static final int[] NEWER = {
      0x897, 0x897, 0x1b4e, 0x1b4f, 0x1b7f, 0x1b7f, 0x1c89, 0x1c8a, 0x2427, 0x2429, 0x2ffc, 0x2fff,
      0x31e4, 0x31e5, 0x31ef, 0x31ef, 0xa7cb, 0xa7cd, 0xa7da, 0xa7dc, 0x105c0, 0x105f3, 0x10d40, 0x10d65,
      0x10d69, 0x10d85, 0x10d8e, 0x10d8f, 0x10ec2, 0x10ec4, 0x10efc, 0x10efc, 0x11380, 0x11389, 0x1138b, 0x1138b,
      0x1138e, 0x1138e, 0x11390, 0x113b5, 0x113b7, 0x113c0, 0x113c2, 0x113c2, 0x113c5, 0x113c5, 0x113c7, 0x113ca,
      0x113cc, 0x113d5, 0x113d7, 0x113d8, 0x113e1, 0x113e2, 0x116d0, 0x116e3, 0x11bc0, 0x11be1, 0x11bf0, 0x11bf9,
      0x11f5a, 0x11f5a, 0x13460, 0x143fa, 0x16100, 0x16139, 0x16d40, 0x16d79, 0x18cff, 0x18cff, 0x1cc00, 0x1ccf9,
      0x1cd00, 0x1ceb3, 0x1e5d0, 0x1e5fa, 0x1e5ff, 0x1e5ff, 0x1f8b2, 0x1f8bb, 0x1f8c0, 0x1f8c1, 0x1fa89, 0x1fa89,
      0x1fa8f, 0x1fa8f, 0x1fabe, 0x1fabe, 0x1fac6, 0x1fac6, 0x1fadc, 0x1fadc, 0x1fadf, 0x1fadf, 0x1fae9, 0x1fae9,
      0x1fbcb, 0x1fbef, 0x2ebf0, 0x2ee5d,
  };

  private static boolean assignedAfterUnicode15(int cp) {
    int[] r = NEWER;
    int lo = 0, hi = r.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < r[2 * mid]) hi = mid - 1;
      else if (cp > r[2 * mid + 1]) lo = mid + 1;
      else return true;
    }
    return false;
  }
}
