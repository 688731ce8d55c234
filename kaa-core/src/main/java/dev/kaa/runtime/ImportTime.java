package dev.kaa.runtime;

import java.util.function.Consumer;

/**
 * {@code -X importtime} (or {@code PYTHONPROFILEIMPORTTIME}): a line on stderr for each module importlib finds and
 * loads, as CPython prints them: the microseconds spent in the module itself, with the imports it made, and its
 * name indented by how deep it was imported. A header comes before the first line. Times are rounded up, as
 * CPython's.
 */
final class ImportTime {
  private final Consumer<String> out;
  private boolean headerWritten;
  private int depth;
  /** Nanoseconds spent in the imports made so far at the current depth (what a parent takes off its own time). */
  private long nestedNanos;

  ImportTime(Consumer<String> out) { this.out = out; }

  /** Whether the command line ({@code -X importtime}) or, unless {@code -E}, the environment asks for the report. */
  static boolean requested(Startup startup) {
    if (startup.xoptions().containsKey("importtime")) return true;
    if (startup.flags().ignoreEnvironment() != 0) return false;
    String env = System.getenv("PYTHONPROFILEIMPORTTIME");
    return env != null && !env.isEmpty();
  }

  /** An import starts: the clock reading and the nested time so far, for {@link #leave}. */
  Started enter() {
    if (!headerWritten) {
      out.accept("import time: self [us] | cumulative | imported package\n");
      headerWritten = true;
    }
    depth++;
    Started s = new Started(System.nanoTime(), nestedNanos);
    nestedNanos = 0;
    return s;
  }

  /** The import of {@code name}, begun at {@code started}, has ended (loaded or failed): its line. */
  void leave(String name, Started started) {
    long cumulative = System.nanoTime() - started.nanos();
    depth--;
    out.accept(String.format("import time: %9d | %10d | %s%s\n", micros(cumulative - nestedNanos), micros(cumulative),
        "  ".repeat(depth), name));
    nestedNanos = started.nestedBefore() + cumulative;
  }

  private static long micros(long nanos) { return (nanos + 999) / 1000; }

  record Started(long nanos, long nestedBefore) {}
}
