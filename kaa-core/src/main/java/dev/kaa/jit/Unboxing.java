package dev.kaa.jit;

import static dev.kaa.bytecode.BinaryOps.*;
import static dev.kaa.bytecode.Op.*;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.ExceptionTable;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Where compiled code may hold an int unboxed (docs/jit.md, "Unboxed ints"). Each stack slot and each plain local has
 * a {@code long} JVM local beside its object one; the object one holding {@code JitSupport.UNBOXED} says the value is
 * that long, as an exact int. Only a few instructions make or pass such values: the int fast paths of BINARY_OP,
 * FOR_ITER over a range, and the moves (LOAD_FAST, STORE_FAST, COPY, SWAP); COMPARE_OP and the conditional jumps read
 * them. Every other instruction is a <em>barrier</em>: before it, the stack slots that may be unboxed are boxed and
 * the locals that may be are boxed and written to the frame, so whatever it calls (which may read the frame's
 * locals: tracebacks, {@code f_locals}, a signal handler) sees the frame as the interpreter would have it. A local's
 * store that is unboxed writes only its JVM locals; the frame catches up at the next barrier, or on the rare path of
 * an instruction that calls out (a BINARY_OP of other types, an iterator that is not a range's).
 *
 * <p>This is a forward dataflow over the control flow: per instruction, which stack slots and locals may hold an
 * unboxed int on entry (joined by union). A barrier leaves none, and neither does the catch-all handler, which boxes
 * whatever may be unboxed before an exception reaches a handler or leaves the frame (a general path writes the locals
 * back before it calls out, but an error of the JVM itself, a StackOverflowError, can arrive anywhere).
 */
final class Unboxing {
  private final BitSet[] stackIn, localsIn;
  private final boolean[] mirrored;
  private final boolean[] barrier, inLoop, rangeUnboxed;
  /** The loops' headers: the targets of backward jumps. */
  private final BitSet headers = new BitSet();
  /** The locals an exact int in long range is stored into unboxed, whatever the slot held. */
  private BitSet unboxOnStore = new BitSet();

  private Unboxing(Code code, boolean[] mirrored) {
    int n = code.length();
    this.stackIn = new BitSet[n];
    this.localsIn = new BitSet[n];
    this.mirrored = mirrored;
    this.barrier = new boolean[n];
    this.inLoop = loops(code, headers);
    this.rangeUnboxed = new boolean[n];
    for (int i = 0; i < n; i++) {
      barrier[i] = isBarrier(code, i);
      rangeUnboxed[i] = opcode(code.word(i)) == FOR_ITER && i + 1 < n && opcode(code.word(i + 1)) == STORE_FAST
          && usedInArithmetic(code, code.word(i + 1) >>> 8);
    }
  }

  /** Whether STORE_FAST to local {@code k} unboxes an exact int in long range. */
  boolean unboxesOnStore(int k) { return unboxOnStore.get(k); }

  /** Whether FOR_ITER {@code i} takes a range's items unboxed. */
  boolean unboxesRange(int i) { return rangeUnboxed[i]; }

  /** The locals to unbox on entering loop header {@code i} from before its loop (none when {@code i} is no header). */
  BitSet unboxedOnLoopEntry(int i) { return headers.get(i) ? locals(i) : new BitSet(); }

  /** The stack slots that may hold an unboxed int on entry to instruction {@code i} (never null). */
  BitSet stack(int i) { return stackIn[i] == null ? new BitSet() : stackIn[i]; }

  /** The plain locals that may hold an unboxed int on entry to instruction {@code i} (never null). */
  BitSet locals(int i) { return localsIn[i] == null ? new BitSet() : localsIn[i]; }

  static Unboxing of(Code code, int[] depths, boolean[] mirrored) {
    Unboxing u = new Unboxing(code, mirrored);
    Deque<Integer> work = new ArrayDeque<>();
    u.flow(0, new BitSet(), new BitSet(), work);
    // the catch-all handler boxes every slot and local that may be unboxed before a handler runs
    ExceptionTable table = code.exceptionTable();
    for (int e = 0; e < table.size(); e++) u.flow(table.handler(e), new BitSet(), new BitSet(), work);
    u.propagate(code, depths, work);
    // a local some loop keeps unboxed is stored unboxed everywhere it can be (x = 0 before the loop), so the loop
    // sees one representation from its first iteration on; that only adds to what may be unboxed, so the dataflow
    // goes on from where it stopped
    u.unboxOnStore = u.usedLocals();
    if (!u.unboxOnStore.isEmpty()) {
      for (int i = 0; i < depths.length; i++) if (u.stackIn[i] != null) work.add(i);
      u.propagate(code, depths, work);
    }
    return u;
  }

  private void propagate(Code code, int[] depths, Deque<Integer> work) {
    while (!work.isEmpty()) {
      int i = work.poll();
      if (depths[i] >= 0) transfer(code, i, depths[i], work);
    }
  }

  /** The stack slots that may hold an unboxed int somewhere: their long locals are read, so set at entry. */
  BitSet usedStack() {
    BitSet all = new BitSet();
    for (BitSet b : stackIn) if (b != null) all.or(b);
    return all;
  }

  /** The locals that may hold an unboxed int somewhere. */
  BitSet usedLocals() {
    BitSet all = new BitSet();
    for (BitSet b : localsIn) if (b != null) all.or(b);
    return all;
  }

  /** No int unboxed anywhere: every instruction a barrier, with nothing to box. */
  static Unboxing none(Code code, boolean[] mirrored) {
    Unboxing u = new Unboxing(code, mirrored);
    java.util.Arrays.fill(u.barrier, true);
    java.util.Arrays.fill(u.rangeUnboxed, false);
    return u;
  }

  /** Whether instruction {@code i} is a barrier: unboxed values are boxed and locals written back before it. */
  boolean isBarrier(int i) { return barrier[i]; }

  /** A barrier whatever the values may be; a BINARY_OP is decided with them ({@link #unboxedArithmetic}). */
  private static boolean isBarrier(Code code, int i) {
    int word = code.word(i), op = opcode(word), arg = word >>> 8;
    return switch (op) {
      case NOP, KW_NAMES, POP_TOP, PUSH_NULL, LOAD_CONST, COPY, SWAP, LOAD_FAST, LOAD_CLOSURE, LOAD_FAST_AND_CLEAR,
           STORE_FAST, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
           POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, FOR_ITER -> false;
      case COMPARE_OP -> arg > 5;
      default -> true;  // BINARY_OP too, until transfer finds it may take ints unboxed
    };
  }

  /** The BINARY_OP operators (plain or in-place) whose int fast path compiled code takes unboxed. */
  static boolean intOperator(int op) {
    return switch (op >= OP_INPLACE ? op - OP_INPLACE : op) {
      case OP_ADD, OP_SUBTRACT, OP_MULTIPLY, OP_FLOOR_DIVIDE, OP_REMAINDER, OP_AND, OP_OR, OP_XOR -> true;
      default -> false;
    };
  }

  private boolean mirrored(int k) { return k < mirrored.length && mirrored[k]; }

  /**
   * Whether BINARY_OP {@code i} (operator {@code op}), entered with unboxed slots {@code s}, takes ints unboxed: in a
   * loop, with an operand that may be unboxed, or with an int constant just loaded and a result that goes on as an
   * int may ({@code n += 1}, {@code i * 2 + 1}, {@code k % 3 == 0}). Otherwise it keeps its general helper, as a
   * barrier: the fast path's code counts against the method's size limit (8,000 bytes, near which a few of the
   * standard library's functions are), and pays where ints go round a loop, not for {@code line + ' '}, nor for
   * {@code f(len(s) + 1)}, whose result is boxed at once, nor for arithmetic run once.
   */
  private boolean unboxedArithmetic(Code code, int i, int op, int d, BitSet s) {
    if (!inLoop[i] || !intOperator(op)) return false;
    if (s.get(d - 1) || s.get(d - 2)) return true;
    if (opcode(code.word(i - 1)) != LOAD_CONST || i + 1 >= code.length()) return false;
    Object c = code.consts().get(code.word(i - 1) >>> 8);
    boolean intConstant = c instanceof Long || c instanceof java.math.BigInteger b && b.bitLength() < 64;
    return intConstant && switch (opcode(code.word(i + 1))) {
      case STORE_FAST, BINARY_OP, COMPARE_OP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> true;
      default -> false;
    };
  }

  /**
   * Whether local {@code k} is an operand of arithmetic or a comparison somewhere: loaded right before a BINARY_OP or
   * COMPARE_OP, or before a constant or local that is. A loop's variable that is not ({@code for _ in range(n)}, an
   * index {@code a[i]}) gains nothing unboxed, which every barrier would box again, and costs the loop's code.
   */
  private static boolean usedInArithmetic(Code code, int k) {
    for (int p = 0; p + 1 < code.length(); p++) {
      int word = code.word(p);
      if (opcode(word) != LOAD_FAST || (word >>> 8) != k) continue;
      int next = opcode(code.word(p + 1));
      if (next == LOAD_CONST || next == LOAD_FAST) next = p + 2 < code.length() ? opcode(code.word(p + 2)) : -1;
      if (next == BINARY_OP || next == COMPARE_OP) return true;
    }
    return false;
  }

  /** The instructions between a backward jump's target and the jump; the targets into {@code headers}. */
  private static boolean[] loops(Code code, BitSet headers) {
    boolean[] in = new boolean[code.length()];
    for (int j = 0; j < code.length(); j++) {
      int word = code.word(j), target = word >>> 8;
      Info info = info(opcode(word));
      if (info != null && info.has(Flag.JUMPS) && target <= j) {
        java.util.Arrays.fill(in, target, j + 1, true);
        headers.set(target);
      }
    }
    return in;
  }

  private void transfer(Code code, int i, int d, Deque<Integer> work) {
    int word = code.word(i), op = opcode(word), arg = word >>> 8;
    Info info = info(op);
    BitSet s = (BitSet) stack(i).clone(), l = (BitSet) locals(i).clone();
    // decided again as what may be unboxed before it grows (never back: the dataflow stays monotone)
    if (op == BINARY_OP) barrier[i] = !unboxedArithmetic(code, i, arg, d, s);
    if (barrier[i]) {
      s.clear();
      l.clear();
      if (info.has(Flag.JUMPS)) flow(arg, s, l, work);
      if (!info.has(Flag.NO_FALLTHROUGH)) flow(i + 1, s, l, work);
      return;
    }
    switch (op) {
      case POP_TOP -> s.clear(d - 1);
      case PUSH_NULL, LOAD_CONST -> s.clear(d);
      case COPY -> s.set(d, s.get(d - arg));
      case SWAP -> {
        boolean top = s.get(d - 1);
        s.set(d - 1, s.get(d - arg));
        s.set(d - arg, top);
      }
      case LOAD_FAST, LOAD_CLOSURE -> s.set(d, mirrored(arg) && l.get(arg));
      case LOAD_FAST_AND_CLEAR -> {
        s.set(d, mirrored(arg) && l.get(arg));
        l.clear(arg);
      }
      case STORE_FAST -> {
        l.set(arg, mirrored(arg) && (s.get(d - 1) || unboxOnStore.get(arg)));
        s.clear(d - 1);
      }
      case BINARY_OP -> {
        s.clear(d - 1);
        s.set(d - 2);
      }
      case COMPARE_OP -> {
        s.clear(d - 1);
        s.clear(d - 2);
      }
      case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> s.clear(d - 1);
      case FOR_ITER -> {
        BitSet ended = (BitSet) s.clone();
        ended.clear(d - 1);
        flow(arg, ended, l, work);
        s.set(d, rangeUnboxed[i]);
        flow(i + 1, s, l, work);
        return;
      }
      default -> {}
    }
    if (info.has(Flag.JUMPS)) flow(arg, s, l, work);
    if (!info.has(Flag.NO_FALLTHROUGH)) flow(i + 1, s, l, work);
  }

  private void flow(int to, BitSet s, BitSet l, Deque<Integer> work) {
    if (to < 0 || to >= stackIn.length) return;
    if (stackIn[to] == null) {
      stackIn[to] = (BitSet) s.clone();
      localsIn[to] = (BitSet) l.clone();
      work.add(to);
      return;
    }
    BitSet s2 = (BitSet) stackIn[to].clone(), l2 = (BitSet) localsIn[to].clone();
    s2.or(s);
    l2.or(l);
    if (s2.equals(stackIn[to]) && l2.equals(localsIn[to])) return;
    stackIn[to] = s2;
    localsIn[to] = l2;
    work.add(to);
  }
}
