package dev.kaa.jit;

/**
 * When code objects are compiled (docs/jit.md, "Policy"). The switch is the system property {@code kaa.jit}:
 * {@code off} (the interpreter only), {@code on} (hot code is compiled), {@code always} (every code object at its
 * first run: for testing). A code object has a budget of {@link #loopIterations} backward jumps; each call spends
 * {@link #callWeight()} of it, so {@code kaa.jit.calls} calls or {@code kaa.jit.loops} loop iterations (or a mix)
 * make it hot. Read once at start-up; tests may {@link #configure} another mode. Code objects made while an
 * interpreter starts ({@link #whileStarting}) get {@link #STARTUP_FACTOR} times the budget.
 */
public final class JitPolicy {
  private JitPolicy() {}

  public enum Mode { OFF, ON, ALWAYS }

  private static Mode mode = Mode.OFF;
  /** Whether compiled code may run at all: read by the interpreter's hooks. */
  public static boolean enabled;
  private static int loopIterations;
  private static int callWeight;
  /**
   * How many times the usual budget the code made during an interpreter's start-up gets: importlib's bootstrap,
   * {@code site} and the modules it imports. The import machinery runs a few dozen calls per import, so with the
   * usual budget ~50 of its functions were compiled by every {@code -c pass}, which cost more CPU than it saved
   * (docs/performance.md); a function of those modules that a program calls in a loop still becomes hot.
   */
  static final int STARTUP_FACTOR = 100;
  /** Whether the current thread is starting an interpreter. */
  private static final ThreadLocal<Boolean> STARTING = new ThreadLocal<>();

  static {
    configureFromProperties();
  }

  /** The configuration the system properties give (the start-up one). */
  public static void configureFromProperties() {
    configure(parse(System.getProperty("kaa.jit", "on")), Integer.getInteger("kaa.jit.calls", 10),
        Integer.getInteger("kaa.jit.loops", 1000));
  }

  private static Mode parse(String s) {
    return switch (s) {
      case "on" -> Mode.ON;
      case "always" -> Mode.ALWAYS;
      default -> Mode.OFF;
    };
  }

  /** Sets the mode and thresholds: compile after {@code calls} calls or {@code loops} backward jumps. */
  public static void configure(Mode m, int calls, int loops) {
    mode = m;
    enabled = m != Mode.OFF;
    loopIterations = m == Mode.ALWAYS ? 0 : Math.max(1, loops);
    callWeight = Math.max(1, loopIterations / Math.max(1, calls));
  }

  public static Mode mode() { return mode; }

  /** The budget a new code object starts with. */
  public static int budget() {
    return STARTING.get() == null ? loopIterations : loopIterations * STARTUP_FACTOR;
  }

  /** Runs {@code startup} (an interpreter's start-up) with the start-up budget for the code objects it makes. */
  public static void whileStarting(Runnable startup) {
    Boolean outer = STARTING.get();
    STARTING.set(Boolean.TRUE);
    try {
      startup.run();
    } finally {
      if (outer == null) STARTING.remove();
    }
  }

  /** What one call spends of a code object's budget. */
  public static int callWeight() { return callWeight; }
}
