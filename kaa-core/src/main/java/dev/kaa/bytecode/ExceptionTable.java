package dev.kaa.bytecode;

import java.util.Arrays;

/**
 * A code object's zero-cost exception table (CPython 3.11+): instruction ranges {@code [start, end)} each naming a
 * handler, the stack depth to unwind to, and whether to push the offending instruction's index ({@code lasti}) before
 * the exception. The happy path never reads it; the eval loop looks here only when an exception is raised.
 */
public final class ExceptionTable {
  public static final ExceptionTable EMPTY = new ExceptionTable(new int[0]);

  private static final int WIDTH = 5;
  /** start, end, handler, depth, lasti (0/1) per entry; entries sorted by start and not overlapping. */
  private final int[] entries;

  public ExceptionTable(int[] entries) {
    if (entries.length % WIDTH != 0) throw new IllegalArgumentException("ragged exception table");
    this.entries = entries;
  }

  public int size() { return entries.length / WIDTH; }

  public int start(int entry) { return entries[entry * WIDTH]; }

  public int end(int entry) { return entries[entry * WIDTH + 1]; }

  public int handler(int entry) { return entries[entry * WIDTH + 2]; }

  public int depth(int entry) { return entries[entry * WIDTH + 3]; }

  public boolean pushesLasti(int entry) { return entries[entry * WIDTH + 4] != 0; }

  /** The entry covering instruction {@code index}, or -1 when an exception there leaves the frame. */
  public int lookup(int index) {
    int lo = 0, hi = size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (index < start(mid)) hi = mid - 1;
      else if (index >= end(mid)) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** The raw entries, for marshal. */
  public int[] toArray() { return entries.clone(); }

  @Override public boolean equals(Object o) { return o instanceof ExceptionTable t && Arrays.equals(entries, t.entries); }

  @Override public int hashCode() { return Arrays.hashCode(entries); }
}
