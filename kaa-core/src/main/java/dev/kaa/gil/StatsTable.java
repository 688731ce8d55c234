package dev.kaa.gil;

import java.util.List;
import java.util.Locale;

/**
 * The table {@code -X gilstats} prints at exit: per thread, its time running (holding the GIL), waiting for it and
 * blocked in I/O, in milliseconds, its share of all the time the GIL was held, and its acquisitions, forced switches
 * (it let go because another thread asked) and drop requests (it asked).
 */
final class StatsTable {
  private StatsTable() {}

  private static final String ROW = "%-26s %8s %12s %6s %12s %12s %9s %7s %8s%n";

  static String format(List<ThreadRecord.Totals> rows, GilRecorder.RunInfo run, long elapsed) {
    long held = 0;
    for (ThreadRecord.Totals t : rows) held += t.running();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "GIL statistics: policy %s, switch interval %s ms, %s ms of run, %d threads%n",
        run.policy(), millis(run.switchIntervalMicros() * 1000), millis(elapsed), rows.size()));
    out.append(String.format(Locale.ROOT, ROW, "thread", "ident", "running ms", "share", "waiting ms", "blocked ms", "acquired",
        "forced", "drop req"));
    long waiting = 0, blocked = 0, acquisitions = 0, forced = 0, drops = 0;
    for (ThreadRecord.Totals t : rows) {
      out.append(String.format(Locale.ROOT, ROW, name(t.thread()), t.thread().ident, millis(t.running()), share(t.running(), held),
          millis(t.waiting()), millis(t.blocked()), t.acquisitions(), t.forcedSwitches(), t.dropRequests()));
      waiting += t.waiting();
      blocked += t.blocked();
      acquisitions += t.acquisitions();
      forced += t.forcedSwitches();
      drops += t.dropRequests();
    }
    out.append(String.format(Locale.ROOT, ROW, "all threads", "", millis(held), share(held, held), millis(waiting),
        millis(blocked), acquisitions, forced, drops));
    return out.toString();
  }

  private static String name(ThreadRecord r) {
    String n = r.name;
    if (n == null) n = r.thread.getName();
    return n.length() <= 26 ? n : n.substring(0, 25) + "…";
  }

  private static String millis(long nanos) { return String.format(Locale.ROOT, "%.1f", nanos / 1e6); }

  private static String share(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
