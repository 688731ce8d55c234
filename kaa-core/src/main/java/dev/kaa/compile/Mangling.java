package dev.kaa.compile;

/** Private name mangling: inside class {@code C}, {@code __x} means {@code _C__x}. */
public final class Mangling {
  private Mangling() {}

  /**
   * The name as stored: {@code __x} in class {@code _C} becomes {@code _C__x}; left alone are names not starting with two
   * underscores, dunder names ({@code __x__}), dotted names (imports), and any name when the class name is all
   * underscores or there is no class.
   */
  public static String mangle(String className, String name) {
    if (className == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) return name;
    int start = 0;
    while (start < className.length() && className.charAt(start) == '_') start++;
    if (start == className.length()) return name;
    return "_" + className.substring(start) + name;
  }
}
