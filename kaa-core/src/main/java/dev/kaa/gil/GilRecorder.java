package dev.kaa.gil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The records of every thread of one interpreter's GIL, kept for {@code -X gilstats} (a table at exit) and
 * {@code -X giltrace=FILE} (the trace written at exit): made only when one of them is asked for, so that without
 * them the lock takes no timestamps.
 */
public final class GilRecorder {
  /** Where the trace goes when {@code -X giltrace} names no file. */
  static final String DEFAULT_TRACE_FILE = "giltrace.json";

  /** The time every figure counts from: the interpreter's start. */
  final long origin = System.nanoTime();
  private final boolean stats;
  /** Null when no trace is recorded. */
  private final Path traceFile;
  private final TraceBudget budget;
  private final List<ThreadRecord> threads = new CopyOnWriteArrayList<>();

  private GilRecorder(boolean stats, Path traceFile, long traceEvents) {
    this.stats = stats;
    this.traceFile = traceFile;
    this.budget = new TraceBudget(traceEvents);
  }

  /**
   * The recorder {@code -X gilstats} and {@code -X giltrace[=FILE]} ask for ({@code xoptions} as
   * {@code sys._xoptions}: null for an option without a value), or null when neither is given.
   */
  public static GilRecorder of(Map<String, String> xoptions) {
    boolean stats = xoptions.containsKey("gilstats");
    boolean trace = xoptions.containsKey("giltrace");
    if (!stats && !trace) return null;
    String file = xoptions.get("giltrace");
    return new GilRecorder(stats, trace ? Path.of(file == null ? DEFAULT_TRACE_FILE : file) : null,
        TraceBudget.DEFAULT_EVENTS);
  }

  /**
   * The record of {@code thread}, seen by the lock for the first time now: {@code arriving}, it comes to ask for
   * the lock (a new thread); otherwise it has run Python since the interpreter started (the main thread).
   */
  public ThreadRecord newThread(Thread thread, boolean arriving, String name) {
    ThreadRecord r = new ThreadRecord(thread, arriving ? GilState.OUTSIDE : GilState.RUNNING,
        arriving ? System.nanoTime() : origin, traceFile == null ? null : new TraceLane(budget));
    r.name = name;
    threads.add(r);
    return r;
  }

  /** The time now, as the records count it. */
  public static long now() { return System.nanoTime(); }

  /**
   * At the interpreter's end: the statistics table (returned, for stderr) and the trace file. {@code run} describes
   * the run for both; returns the text to print (empty when only a trace was asked for), which also tells of a trace
   * that could not be written.
   */
  public String finish(RunInfo run) {
    long now = System.nanoTime();
    List<ThreadRecord.Totals> rows = new ArrayList<>();
    for (ThreadRecord r : threads) rows.add(r.totals(now));
    StringBuilder out = new StringBuilder();
    if (stats) out.append(StatsTable.format(rows, run, now - origin));
    if (traceFile != null) {
      for (ThreadRecord r : threads) r.closeSpan(now);
      String problem = TraceWriter.write(traceFile, threads, origin, run, budget.refused());
      if (problem != null) out.append("giltrace: cannot write ").append(traceFile).append(": ").append(problem)
          .append('\n');
    }
    return out.toString();
  }

  /** What the statistics and the trace say about the run besides the threads' figures. */
  public record RunInfo(String policy, long switchIntervalMicros, String version, List<String> argv) {}
}
