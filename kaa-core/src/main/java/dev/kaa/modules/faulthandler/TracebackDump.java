package dev.kaa.modules.faulthandler;

import dev.kaa.interp.Frame;
import dev.kaa.interp.ThreadState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The text faulthandler writes: each thread's Python frames, innermost first, in CPython's layout. Names are written
 * in ASCII with escapes and cut at 500 characters, stacks at 100 frames and the listing at 100 threads, as CPython's
 * dump (meant for a process in trouble) does. Other threads' frames are read without stopping them, as CPython's
 * signal-time dump reads them: a frame may have moved on by one line.
 */
final class TracebackDump {
  private TracebackDump() {}

  private static final int MAX_FRAMES = 100, MAX_STRING = 500, MAX_THREADS = 100;

  /** The stack of {@code current} alone, under "Stack"; null stands for a thread that runs no Python. */
  static String stack(ThreadState current) {
    StringBuilder out = new StringBuilder("Stack (most recent call first):\n");
    frames(out, current == null ? null : current.frame());
    return out.toString();
  }

  /**
   * Every thread running Python, newest first (the order of CPython's thread list), {@code current} (may be null)
   * marked "Current thread".
   */
  static String allThreads(ThreadState current) { return allThreads(current, false); }

  /** The same; {@code collecting}: the interpreter is collecting garbage, which the current thread's stack says first. */
  static String allThreads(ThreadState current, boolean collecting) {
    List<Map.Entry<Long, ThreadState>> threads = new ArrayList<>();
    for (Map.Entry<Long, ThreadState> e : ThreadState.live().entrySet()) {
      if (e.getValue() == current || e.getValue().frame() != null) threads.add(e);
    }
    threads.sort(Map.Entry.<Long, ThreadState>comparingByKey(Comparator.reverseOrder()));
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (Map.Entry<Long, ThreadState> e : threads) {
      if (n > 0) out.append('\n');
      if (n == MAX_THREADS) {
        out.append("...\n");
        break;
      }
      out.append(e.getValue() == current ? "Current thread 0x" : "Thread 0x")
          .append(String.format("%016x", e.getKey())).append(" (most recent call first):\n");
      if (collecting && e.getValue() == current) out.append("  Garbage-collecting\n");
      frames(out, e.getValue().frame());
      n++;
    }
    return out.toString();
  }

  /**
   * The thread that a signal interrupts, as CPython's handler sees it on the main thread: the oldest thread
   * running Python; null when none is.
   */
  static ThreadState mainThread() {
    ThreadState oldest = null;
    long oldestId = Long.MAX_VALUE;
    for (Map.Entry<Long, ThreadState> e : ThreadState.live().entrySet()) {
      if (e.getValue().frame() != null && e.getKey() < oldestId) {
        oldest = e.getValue();
        oldestId = e.getKey();
      }
    }
    return oldest;
  }

  private static void frames(StringBuilder out, Frame top) {
    if (top == null) {
      out.append("  <no Python frame>\n");
      return;
    }
    int depth = 0;
    for (Frame f = top; f != null; f = f.back()) {
      if (depth++ == MAX_FRAMES) {
        out.append("  ...\n");
        break;
      }
      out.append("  File \"");
      ascii(out, f.code().filename);
      int line;
      try {
        line = f.lineno();
      } catch (RuntimeException e) {  // a frame another thread is changing under us
        line = -1;
      }
      out.append("\", line ").append(line < 0 ? "???" : Integer.toString(line)).append(" in ");
      ascii(out, f.code().name);
      out.append('\n');
    }
  }

  /** {@code s} with every character outside printable ASCII escaped, cut to {@link #MAX_STRING} characters. */
  private static void ascii(StringBuilder out, String s) {
    int count = 0;
    for (int i = 0; i < s.length(); ) {
      if (count++ == MAX_STRING) {
        out.append("...");
        return;
      }
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c >= ' ' && c < 0x7f) out.append((char) c);
      else if (c <= 0xff) out.append(String.format("\\x%02x", c));
      else if (c <= 0xffff) out.append(String.format("\\u%04x", c));
      else out.append(String.format("\\U%08x", c));
    }
  }
}
