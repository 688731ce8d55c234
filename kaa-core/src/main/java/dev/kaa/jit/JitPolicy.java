package dev.kaa.jit;

/**
 * When code objects are compiled (docs/jit.md, "Policy"). The switch is the system property {@code kaa.jit}:
 * {@code off} (the interpreter only), {@code on} (hot code is compiled), {@code always} (every code object at its
 * first run: for testing). A code object has a budget of {@link #loopIterations} backward jumps; each call spends
 * {@link #callWeight()} of it, so {@code kaa.jit.calls} calls or {@code kaa.jit.loops} loop iterations (or a mix)
 * make it hot. Read once at start-up; tests may {@link #configure} another mode.
 */
public final class JitPolicy {
  private JitPolicy() {}

  public enum Mode { OFF, ON, ALWAYS }

  private static Mode mode = Mode.OFF;
  /** Whether compiled code may run at all: read by the interpreter's hooks. */
  public static boolean enabled;
  private static int loopIterations;
  private static int callWeight;

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
  public static int budget() { return loopIterations; }

  /** What one call spends of a code object's budget. */
  public static int callWeight() { return callWeight; }
}
