package dev.kaa.cli;

import dev.kaa.runtime.Startup;
import dev.kaa.runtime.SysFlags;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Combines the options with the {@code PYTHON*} environment variables as CPython's start-up does: a variable counts
 * only when set and not empty, none counts under {@code -E} or {@code -I}; a flag variable holding a number sets the
 * flag to at least that number (any other text counts as 1), so {@code PYTHONOPTIMIZE=2} is {@code -OO}.
 */
final class Settings {
  private final Options options;
  private final Map<String, String> env;
  private final boolean ignoreEnvironment;

  Settings(Options options, Map<String, String> env) {
    this.options = options;
    this.env = env;
    this.ignoreEnvironment = options.ignoreEnvironment || options.isolated;
  }

  /** A variable's value; null when unset, empty, or ignored. */
  String variable(String name) {
    if (ignoreEnvironment) return null;
    String value = env.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  private boolean variableSet(String name) { return variable(name) != null; }

  /** A counter flag: the option's count, raised to the variable's number (text that is no number counts as 1). */
  private int counter(int fromOptions, String name) {
    String value = variable(name);
    if (value == null) return fromOptions;
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      n = 1;
    }
    return Math.max(fromOptions, n < 0 ? 1 : n);
  }

  private static int bit(boolean b) { return b ? 1 : 0; }

  boolean inspect() { return options.inspect || variableSet("PYTHONINSPECT"); }

  boolean safePath() { return options.safePath || options.isolated || variableSet("PYTHONSAFEPATH"); }

  boolean unbuffered() { return options.unbuffered || variableSet("PYTHONUNBUFFERED"); }

  boolean devMode() { return options.xOptions.containsKey("dev") || variableSet("PYTHONDEVMODE"); }

  /** The interpreter's start-up state. {@code stdoutIsTerminal}: stdout then flushes at each newline. */
  Startup startup(List<String> origArgv, String cwd, boolean stdoutIsTerminal) throws FatalError {
    SysFlags flags = new SysFlags(counter(options.debug, "PYTHONDEBUG"), bit(inspect()), bit(options.inspect),
        counter(options.optimize, "PYTHONOPTIMIZE"),
        bit(options.dontWriteBytecode || variableSet("PYTHONDONTWRITEBYTECODE")),
        bit(options.noUserSite || options.isolated || variableSet("PYTHONNOUSERSITE")), bit(options.noSite),
        bit(ignoreEnvironment), counter(options.verbose, "PYTHONVERBOSE"), options.bytesWarning, bit(options.quiet),
        hashRandomization(), bit(options.isolated), devMode(), utf8Mode(),
        bit(options.xOptions.containsKey("warn_default_encoding") || variableSet("PYTHONWARNDEFAULTENCODING")),
        safePath(), intMaxStrDigits());
    String io = variable("PYTHONIOENCODING");
    String ioEncoding = io == null ? null : io.contains(":") ? io.substring(0, io.indexOf(':')) : io;
    String ioErrors = io == null || !io.contains(":") ? null : io.substring(io.indexOf(':') + 1);
    if (ioErrors == null || ioErrors.isEmpty()) {
      // an encoding named without a handler is strict; else the locale's default
      boolean lenient = flags.utf8Mode() != 0 || LENIENT_LOCALES.contains(locale());
      ioErrors = ioEncoding != null && !ioEncoding.isEmpty() ? "strict" : lenient ? "surrogateescape" : "strict";
    }
    return new Startup(origArgv, pythonPath(cwd), flags, warnOptions(), options.xOptions, unbuffered(),
        stdoutIsTerminal && !unbuffered(), ioEncoding, ioErrors);
  }

  /**
   * {@code sys.warnoptions}, lowest priority first as CPython lists them: the development mode's "default",
   * {@code PYTHONWARNINGS} (comma-separated), the {@code -W} options, then {@code -b}'s BytesWarning filter.
   */
  List<String> warnOptions() {
    List<String> all = new ArrayList<>();
    if (devMode()) all.add("default");
    String variable = variable("PYTHONWARNINGS");
    if (variable != null) {
      for (String part : variable.split(",")) if (!part.isEmpty()) all.add(part);
    }
    all.addAll(options.warnOptions);
    if (options.bytesWarning == 1) all.add("default::BytesWarning");
    if (options.bytesWarning > 1) all.add("error::BytesWarning");
    return all;
  }

  /**
   * {@code PYTHONPATH}'s directories, made absolute (an empty entry is the working directory); CPython's {@code site}
   * then drops repeats, so Kaa does too unless {@code -S}.
   */
  List<String> pythonPath(String cwd) {
    String variable = variable("PYTHONPATH");
    if (variable == null) return List.of();
    List<String> dirs = new ArrayList<>();
    for (String entry : variable.split(":", -1)) dirs.add(Path.of(cwd).resolve(entry).normalize().toString());
    return options.noSite ? dirs : new ArrayList<>(new LinkedHashSet<>(dirs));
  }

  /** {@code PYTHONHASHSEED}: 0 turns randomization off; "random" or a seed leaves it on. */
  private int hashRandomization() throws FatalError {
    String seed = variable("PYTHONHASHSEED");
    if (seed == null || seed.equals("random")) return 1;
    try {
      long n = Long.parseLong(seed);
      if (n < 0 || n > 4294967295L) throw new NumberFormatException();
      return n == 0 ? 0 : 1;
    } catch (NumberFormatException e) {
      throw new FatalError("config_init_hash_seed",
          "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]", "preinitialized");
    }
  }

  /** UTF-8 mode: {@code -X utf8}, else {@code PYTHONUTF8}, else on in the C and POSIX locales, as CPython's. */
  private int utf8Mode() throws FatalError {
    if (options.xOptions.containsKey("utf8")) {
      String v = options.xOptions.get("utf8");
      if (v == null || v.equals("1")) return 1;
      if (v.equals("0")) return 0;
      throw new FatalError("preconfig_init_utf8_mode", "invalid -X utf8 option value", "preinitializing");
    }
    String variable = variable("PYTHONUTF8");
    if (variable != null) {
      if (variable.equals("1")) return 1;
      if (variable.equals("0")) return 0;
      throw new FatalError("preconfig_init_utf8_mode", "invalid PYTHONUTF8 environment variable value",
          "preinitializing");
    }
    String locale = locale();
    return locale.equals("C") || locale.equals("POSIX") ? 1 : 0;
  }

  /**
   * The locales where CPython's standard streams default to {@code surrogateescape}: the legacy C and POSIX ones and
   * the UTF-8 ones it coerces them to.
   */
  private static final java.util.Set<String> LENIENT_LOCALES = java.util.Set.of("C", "POSIX", "C.UTF-8", "C.utf8",
      "UTF-8");

  /** The LC_CTYPE locale's name as the C library picks it: LC_ALL, else LC_CTYPE, else LANG, else "C". */
  private String locale() {
    for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
      String v = env.get(name);
      if (v != null && !v.isEmpty()) return v;
    }
    return "C";
  }

  /** {@code -X int_max_str_digits=N}, else {@code PYTHONINTMAXSTRDIGITS}: 0 (no limit) or at least 640. */
  private int intMaxStrDigits() throws FatalError {
    if (options.xOptions.containsKey("int_max_str_digits")) {
      return digitLimit(options.xOptions.get("int_max_str_digits"), "-X int_max_str_digits");
    }
    String variable = variable("PYTHONINTMAXSTRDIGITS");
    return variable == null ? SysFlags.DEFAULT_INT_MAX_STR_DIGITS : digitLimit(variable, "PYTHONINTMAXSTRDIGITS");
  }

  private static int digitLimit(String value, String source) throws FatalError {
    try {
      int n = Integer.parseInt(value == null ? "" : value);
      if (n == 0 || n >= 640) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new FatalError("config_init_int_max_str_digits",
        source + ": invalid limit; must be >= 640 or 0 for unlimited.", "preinitialized");
  }
}
