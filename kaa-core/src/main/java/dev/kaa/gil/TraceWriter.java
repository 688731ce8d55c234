package dev.kaa.gil;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the threads' trace events as Chrome trace-event JSON, the contract of docs/gil-trace-format.md: thread
 * names, then each thread's events in time order, timestamps in microseconds since the interpreter started. Under
 * {@code -X gil=off} only blocked spans and names are written (no thread waits for a lock).
 */
final class TraceWriter {
  private TraceWriter() {}

  /** Writes the trace to {@code file}; returns null, or what went wrong. */
  static String write(Path file, List<ThreadRecord> threads, long origin, GilRecorder.RunInfo run, long refused) {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      boolean lockless = run.policy().equals("off");
      w.write("{\"traceEvents\": [\n");
      boolean first = true;
      for (ThreadRecord t : threads) {
        String name = t.name != null ? t.name : t.thread.getName();
        first = event(w, first, "{\"ph\": \"M\", \"name\": \"thread_name\", \"pid\": 1, \"tid\": " + t.ident
            + ", \"args\": {\"name\": " + quote(name) + "}}");
      }
      for (ThreadRecord t : threads) {
        TraceLane lane = t.lane();
        for (int i : lane.inTimeOrder()) {
          byte kind = lane.kind(i);
          if (lockless && kind != TraceLane.BLOCKED) continue;
          first = event(w, first, event(lane, i, t.ident, origin));
        }
      }
      w.write("\n], \"displayTimeUnit\": \"ms\", \"otherData\": {\"policy\": " + quote(run.policy())
          + ", \"switch_interval_us\": " + run.switchIntervalMicros() + ", \"kaa_version\": " + quote(run.version())
          + ", \"argv\": [");
      for (int i = 0; i < run.argv().size(); i++) w.write((i == 0 ? "" : ", ") + quote(run.argv().get(i)));
      w.write("], \"events_not_recorded\": " + refused + "}}\n");
      return null;
    } catch (IOException e) {
      return e.getMessage() == null ? e.toString() : e.getMessage();
    }
  }

  private static boolean event(Writer w, boolean first, String json) throws IOException {
    if (!first) w.write(",\n");
    w.write(json);
    return false;
  }

  private static String event(TraceLane lane, int i, long tid, long origin) {
    String head = "\"pid\": 1, \"tid\": " + tid + ", \"ts\": " + micros(lane.start(i) - origin);
    String dur = ", \"dur\": " + micros(lane.end(i) - lane.start(i));
    byte kind = lane.kind(i);
    if (kind == TraceLane.RUNNING) return "{\"ph\": \"X\", \"cat\": \"gil\", \"name\": \"running\", " + head + dur + "}";
    if (kind == TraceLane.WAITING) {
      return "{\"ph\": \"X\", \"cat\": \"gil\", \"name\": \"waiting\", " + head + dur + ", \"args\": {\"dropped\": "
          + (lane.number(i) != 0) + "}}";
    }
    if (kind == TraceLane.BLOCKED) {
      return "{\"ph\": \"X\", \"cat\": \"gil\", \"name\": \"blocked\", " + head + dur + ", \"args\": {\"what\": "
          + quote(lane.what(i)) + "}}";
    }
    if (kind == TraceLane.DROP_REQUEST) {
      return "{\"ph\": \"i\", \"name\": \"drop_request\", \"s\": \"t\", " + head + ", \"args\": {\"holder\": "
          + lane.number(i) + "}}";
    }
    return "{\"ph\": \"i\", \"name\": \"forced_switch\", \"s\": \"t\", " + head + ", \"args\": {\"to\": "
        + lane.number(i) + "}}";
  }

  private static String micros(long nanos) { return String.format(Locale.ROOT, "%.3f", nanos / 1e3); }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
