package dev.kaa.runtime;

/**
 * {@code sys.flags}, field for field in CPython 3.12's order: what the command line and the environment asked for.
 * {@link #DEFAULT} is python3.12 started without options in a clean environment.
 */
public record SysFlags(int debug, int inspect, int interactive, int optimize, int dontWriteBytecode, int noUserSite,
                       int noSite, int ignoreEnvironment, int verbose, int bytesWarning, int quiet,
                       int hashRandomization, int isolated, boolean devMode, int utf8Mode, int warnDefaultEncoding,
                       boolean safePath, int intMaxStrDigits) {
  /** CPython's default limit on the digits of an int converted from or to a str. */
  public static final int DEFAULT_INT_MAX_STR_DIGITS = 4300;

  public static final SysFlags DEFAULT = new SysFlags(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false,
      DEFAULT_INT_MAX_STR_DIGITS);
}
