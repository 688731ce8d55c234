package dev.kaa.jit;

import static dev.kaa.bytecode.Op.*;

import dev.kaa.bytecode.Code;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Which stack slots to clear at the start of each line. Generated code keeps the value stack in JVM locals, and a
 * popped value stays in its local until overwritten; while the JVM interprets the method (before C2 proves the local
 * dead), that stale copy keeps alive an object the program deleted, and {@code gc.collect()} would not see it die
 * (weakref callbacks, proxies). So each line's first instruction nulls the slots above its depth that some earlier
 * instruction may have written since the last such clearing: a forward dataflow over the control flow, joined by
 * maximum. C2 removes the stores as dead once the method is hot.
 */
final class StaleSlots {
  private StaleSlots() {}

  /**
   * For each instruction, the exclusive upper end of the slots to null before it (from its depth up), or 0 where
   * nothing is cleared.
   */
  static int[] clearBefore(Code code, int[] depths) {
    int n = code.length();
    boolean[] lineStart = lineStarts(code, depths);
    int[] dirtyIn = new int[n];
    Deque<Integer> work = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (depths[i] >= 0) {
        dirtyIn[i] = depths[i];
        work.add(i);
      }
    }
    // a handler is entered from anywhere in its range: assume every slot may be stale there
    for (int e = 0; e < code.exceptionTable().size(); e++) dirtyIn[code.exceptionTable().handler(e)] = code.stackSize + 1;
    while (!work.isEmpty()) {
      int i = work.poll();
      int word = code.word(i), op = opcode(word), arg = word >>> 8, d = depths[i];
      Info info = info(op);
      int in = lineStart[i] ? d : dirtyIn[i];
      int after = info.has(Flag.NO_FALLTHROUGH) ? d : d + info.delta(arg);
      int jumped = info.has(Flag.JUMPS) ? d + info.jumpDelta() : d;
      int out = Math.max(in, Math.max(d, Math.max(after, jumped)));
      if (info.has(Flag.JUMPS)) flow(arg, out, depths, dirtyIn, work);
      if (!info.has(Flag.NO_FALLTHROUGH)) flow(i + 1, out, depths, dirtyIn, work);
    }
    int[] clear = new int[n];
    for (int i = 0; i < n; i++) {
      if (lineStart[i] && dirtyIn[i] > depths[i]) clear[i] = Math.min(dirtyIn[i], code.stackSize + 1);
    }
    return clear;
  }

  private static void flow(int to, int dirty, int[] depths, int[] dirtyIn, Deque<Integer> work) {
    if (to < 0 || to >= depths.length || depths[to] < 0 || dirtyIn[to] >= dirty) return;
    dirtyIn[to] = dirty;
    work.add(to);
  }

  /** The first reachable instruction of each source line (where a statement usually begins). */
  private static boolean[] lineStarts(Code code, int[] depths) {
    boolean[] start = new boolean[code.length()];
    int line = -1;
    for (int i = 0; i < code.length(); i++) {
      if (depths[i] < 0) continue;
      int l = code.position(i).lineno();
      start[i] = l != line && l > 0;
      line = l;
    }
    return start;
  }
}
