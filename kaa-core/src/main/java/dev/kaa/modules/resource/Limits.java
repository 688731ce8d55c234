package dev.kaa.modules.resource;

import dev.kaa.modules.posix.FdTable;
import java.util.List;

/**
 * The resource limits a process has, from {@code /proc/PID/limits}: one row per resource, in the order of the
 * RLIMIT_ numbers, soft then hard, "unlimited" being RLIM_INFINITY. Kaa's own limit on open files is its descriptor
 * table's size ({@link FdTable#LIMIT}), which is what a program meets, whatever the JVM process may open.
 */
final class Limits {
  private Limits() {}

  static final int NLIMITS = 16, RLIMIT_NOFILE = 7;
  /** RLIM_INFINITY: all bits set, -1 as CPython shows it. */
  static final long INFINITY = -1;

  /** {@code {soft, hard}} of {@code resource} for process {@code pid} ("self" for this one); null if unknown. */
  static long[] of(String pid, int resource) {
    if (resource == RLIMIT_NOFILE && pid.equals("self")) return new long[] {FdTable.LIMIT, FdTable.LIMIT};
    List<String> lines = ProcFiles.lines("/proc/" + pid + "/limits");
    if (lines == null) return null;
    if (lines.size() <= resource + 1) return new long[] {INFINITY, INFINITY};
    String row = lines.get(resource + 1);
    // the name column is 26 characters wide and has spaces; the two limits follow
    String[] values = row.substring(Math.min(26, row.length())).trim().split("\\s+");
    if (values.length < 2) return new long[] {INFINITY, INFINITY};
    return new long[] {value(values[0]), value(values[1])};
  }

  private static long value(String s) {
    return s.equals("unlimited") ? INFINITY : Long.parseUnsignedLong(s);
  }
}
