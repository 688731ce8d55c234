package dev.kaa.gil;

import java.util.Arrays;

/**
 * One thread's trace events, in parallel arrays that grow by doubling: a span ({@code running}, {@code waiting},
 * {@code blocked}) or an instant ({@code drop_request}, {@code forced_switch}). Times are {@link System#nanoTime}
 * values; each event is paid for from the recorder's {@link TraceBudget}, so a long run keeps its first events and
 * counts the rest.
 */
final class TraceLane {
  static final byte RUNNING = 0, WAITING = 1, BLOCKED = 2, DROP_REQUEST = 3, FORCED_SWITCH = 4;

  private final TraceBudget budget;
  private byte[] kinds = new byte[64];
  private long[] starts = new long[64], ends = new long[64];
  /** A waiting span: 1 when it ended by a drop on request; an instant: the other thread's ident. */
  private long[] numbers = new long[64];
  /** A blocked span's call ({@code "time.sleep"}...). */
  private String[] whats = new String[64];
  private int size;

  TraceLane(TraceBudget budget) { this.budget = budget; }

  void span(byte kind, long start, long end, long number, String what) {
    if (!budget.spend()) return;
    if (size == kinds.length) grow();
    kinds[size] = kind;
    starts[size] = start;
    ends[size] = end;
    numbers[size] = number;
    whats[size] = what;
    size++;
  }

  void instant(byte kind, long at, long otherThread) { span(kind, at, at, otherThread, null); }

  private void grow() {
    int n = size * 2;
    kinds = Arrays.copyOf(kinds, n);
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    numbers = Arrays.copyOf(numbers, n);
    whats = Arrays.copyOf(whats, n);
  }

  int size() { return size; }

  byte kind(int i) { return kinds[i]; }

  long start(int i) { return starts[i]; }

  long end(int i) { return ends[i]; }

  long number(int i) { return numbers[i]; }

  String what(int i) { return whats[i]; }

  /** The events' indices by start time (a waiter's drop request is recorded before the wait it ends). */
  Integer[] inTimeOrder() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
    return order;
  }
}
