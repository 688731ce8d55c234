package dev.kaa.text;

import dev.kaa.strings.Unicode;

/**
 * CPython's {@code str.isprintable()} for one code point, as {@code repr} asks it: false for the categories Cc, Cf, Cs,
 * Co, Cn, Zl, Zp and Zs (except the space), by Unicode 15.0 as CPython 3.12 has it, from Kaa's pinned tables rather than
 * the JDK's newer Unicode data.
 */
final class UnicodePrintable {
  private UnicodePrintable() {}

  static boolean isPrintable(int cp) {
    return Unicode.isPrintable(cp);
  }
}
