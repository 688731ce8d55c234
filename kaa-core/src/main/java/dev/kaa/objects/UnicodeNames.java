package dev.kaa.objects;

import java.util.Locale;

/**
 * The Unicode name of a code point as CPython's {@code unicodedata.name} gives it, from the JDK's copy of the
 * Unicode character database (and back): the JDK invents names for characters that have none (controls, unassigned code points:
 * "BASIC LATIN 0"), and spells the ideographs' names its own way; both are corrected here.
 */
public final class UnicodeNames {
  private UnicodeNames() {}

  /** The name, or null when the code point has none. */
  public static String nameOf(int cp) {
    int type = Character.getType(cp);
    if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE
        || type == Character.PRIVATE_USE) {
      return null;
    }
    String name = Character.getName(cp);
    if (name == null) return null;
    String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
    if (name.startsWith("CJK UNIFIED IDEOGRAPHS") || name.startsWith("CJK COMPATIBILITY IDEOGRAPHS")) {
      return name.startsWith("CJK UNIFIED") ? "CJK UNIFIED IDEOGRAPH-" + hex : "CJK COMPATIBILITY IDEOGRAPH-" + hex;
    }
    return name.endsWith(" " + hex) && !name.contains("-") ? null : name;
  }

  /** The code point named {@code name} (any case), or -1: the JDK's names, CJK ideographs by their code. */
  public static int codePointOf(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    for (String prefix : new String[] {"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"}) {
      if (upper.startsWith(prefix)) {
        try {
          int cp = Integer.parseInt(upper.substring(prefix.length()), 16);
          return upper.equals(nameOf(cp)) ? cp : -1;
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    try {
      int cp = Character.codePointOf(upper);
      return upper.equals(nameOf(cp)) ? cp : -1;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
