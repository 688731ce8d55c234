package dev.kaa.jit;

import static dev.kaa.bytecode.Op.*;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.ExceptionTable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The value-stack depth before each instruction, found by following the code's control flow (and its exception
 * handlers, entered at the table's depth plus what they push): generated code keeps stack slot {@code i} in a JVM
 * local of its own, so every instruction's slots must be known when it is compiled. -1 marks an unreachable
 * instruction.
 */
final class StackDepths {
  private StackDepths() {}

  /** The depths, or null when the code has something the compiler does not take (then it stays interpreted). */
  static int[] of(Code code) {
    int n = code.length();
    int[] depth = new int[n];
    Arrays.fill(depth, -1);
    Deque<Integer> work = new ArrayDeque<>();
    if (!reach(depth, 0, 0, work)) return null;
    ExceptionTable table = code.exceptionTable();
    for (int e = 0; e < table.size(); e++) {
      int d = table.depth(e) + (table.pushesLasti(e) ? 1 : 0) + 1;
      if (!reach(depth, table.handler(e), d, work)) return null;
    }
    while (!work.isEmpty()) {
      int i = work.pop();
      int word = code.word(i), op = opcode(word), arg = word >>> 8;
      if (op == KW_NAMES && (i + 1 >= n || opcode(code.word(i + 1)) != CALL)) return null;
      Info info = info(op);
      if (info == null) return null;
      int d = depth[i];
      if (info.popped().applyAsInt(arg) > d) return null;
      if (info.has(Flag.JUMPS) && !reach(depth, arg, d + info.jumpDelta(), work)) return null;
      if (!info.has(Flag.NO_FALLTHROUGH) && !reach(depth, i + 1, d + info.delta(arg), work)) return null;
    }
    for (int d : depth) if (d > code.stackSize) return null;
    return depth;
  }

  private static boolean reach(int[] depth, int i, int d, Deque<Integer> work) {
    if (i < 0 || i >= depth.length || d < 0) return false;
    if (depth[i] < 0) {
      depth[i] = d;
      work.push(i);
      return true;
    }
    return depth[i] == d;
  }
}
