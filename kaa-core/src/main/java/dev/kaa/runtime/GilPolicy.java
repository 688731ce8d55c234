package dev.kaa.runtime;

/**
 * How an interpreter's threads share it ({@code -X gil=...}, {@code PYTHON_GIL}): see docs/gil.md.
 * <ul>
 *   <li>{@link #CPYTHON}: CPython 3.12's GIL, switch interval, drop requests and forced switching (the default);</li>
 *   <li>{@link #PRIORITY}: the same lock, but a thread coming back from blocking I/O is served ahead of CPU-bound
 *       threads (the cure for the convoy effect), without starving them;</li>
 *   <li>{@link #OFF}: free-threaded, as CPython 3.13t: no lock; built-in containers lock themselves.</li>
 * </ul>
 */
public enum GilPolicy {
  CPYTHON, PRIORITY, OFF;

  /**
   * The policy the command line ({@code -X gil=...}) or, unless {@code -E}, the environment ({@code PYTHON_GIL})
   * asks for: a policy's name, or CPython 3.13's {@code 0} (off) and {@code 1} (on); {@link #CPYTHON} when neither.
   */
  static GilPolicy of(Startup startup) {
    String option = startup.xoptions().get("gil");
    if (option == null && startup.flags().ignoreEnvironment() == 0) option = System.getenv("PYTHON_GIL");
    if (option == null || option.isEmpty()) return CPYTHON;
    return switch (option) {
      case "1", "cpython" -> CPYTHON;
      case "priority" -> PRIORITY;
      case "0", "off" -> OFF;
      default -> throw new FatalStartupError("config_read_gil",
          "PYTHON_GIL / -X gil must be \"0\", \"1\", \"cpython\", \"priority\" or \"off\"", "");
    };
  }
}
