package dev.kaa.interp;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.ExceptionTable;
import dev.kaa.bytecode.Op;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A trace function's {@code frame.f_lineno = n} (pdb's {@code jump}): the first line with code at or after
 * {@code n}, entered at an instruction whose value stack the frame's stack can be cut down to, with CPython 3.12's
 * ValueErrors otherwise. The kind of each stack entry (a plain object, a NULL, a for loop's iterator, an except
 * block's saved exception, a re-raise's location) is found by a walk of the code's control flow, as CPython's
 * {@code mark_stacks}: a jump may leave loops and except blocks (their entries are popped) but not enter them.
 */
final class LineJump {
  private LineJump() {}

  private static final byte OBJECT = 1, NULL = 2, ITERATOR = 3, EXCEPT = 4, LASTI = 5;

  /**
   * Checks a jump of {@code f}, stopped before instruction {@code at} with its stack pointer in {@link Frame#sp},
   * to line {@code line}; pops what the target does not have and returns the target's index. {@code atYield}: from
   * the return event of the YIELD_VALUE at {@code at}, whose value stays on top of the stack for it to yield.
   */
  static int to(ThreadState ts, Frame f, int at, int line, boolean atYield) {
    Code code = f.code;
    if (line < code.firstLineno) throw Errors.valueError("line %d comes before the current code block", line);
    int[] starts = lineStarts(f.pycode);
    int target = Integer.MAX_VALUE;
    for (int l : starts) if (l >= line && l < target) target = l;
    if (target == Integer.MAX_VALUE) throw Errors.valueError("line %d comes after the current code block", line);
    byte[][] stacks = stacks(code);
    byte[] from = stacks[at];
    // a yield's value leaves with it: the generator resumes at the target without it (and without a sent value)
    if (atYield && from != null) from = Arrays.copyOf(from, from.length - 1);
    int best = -1;
    String refusal = null;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] != target) continue;
      byte[] to = stacks[i];
      if (compatible(from, to)) {
        if (best < 0 || to.length > stacks[best].length) best = i;
      } else if (refusal == null) {
        refusal = from == null ? "can't jump from unreachable code" : explain(to);
      }
    }
    if (best < 0) throw Errors.valueError("%s", refusal);
    assignNoneToUnbound(f);
    int base = code.localsPlusCount();
    for (int depth = from.length; depth > stacks[best].length; depth--) {  // below a yield's value
      int slot = base + depth - 1;
      if (from[depth - 1] == EXCEPT) {
        PyObject saved = f.localsplus[slot];
        ts.excInfo.value = saved instanceof PyBaseException e ? e : null;
      }
      f.localsplus[slot] = null;
    }
    if (atYield) {
      f.traceState().resumeSp = base + stacks[best].length;
    } else {
      f.sp = base + stacks[best].length;
    }
    return best;
  }

  /** CPython 3.12 gives None to the frame's unbound variables, with a warning, before a jump. */
  private static void assignNoneToUnbound(Frame f) {
    int unbound = 0;
    for (int slot = 0; slot < f.code.localsPlusCount(); slot++) if (f.localsplus[slot] == null) unbound++;
    if (unbound == 0) return;
    dev.kaa.objects.RuntimeWarnings.warn(dev.kaa.objects.ExceptionTypes.RuntimeWarning,
        "assigning None to " + unbound + " unbound local" + (unbound == 1 ? "" : "s"), 1);
    for (int slot = 0; slot < f.code.localsPlusCount(); slot++) {
      if (f.localsplus[slot] == null) f.localsplus[slot] = PyNone.NONE;
    }
  }

  /** Each instruction's line when it starts a run of lines (CPython's marklines), else -1. */
  private static int[] lineStarts(PyCode p) {
    LineStarts facts = LineStarts.of(p);
    int[] starts = new int[facts.lines.length];
    int last = -1;
    for (int i = 0; i < starts.length; i++) {
      int l = facts.lines[i];
      starts[i] = l != last && l >= 0 ? l : -1;
      if (starts[i] >= 0) last = l;
    }
    return starts;
  }

  private static boolean compatible(byte[] from, byte[] to) {
    if (from == null || to == null || from.length < to.length) return false;
    for (int i = 0; i < to.length; i++) {
      boolean ok = switch (to[i]) {
        case OBJECT -> from[i] != NULL;
        case NULL -> true;
        default -> from[i] == to[i];
      };
      if (!ok) return false;
    }
    return true;
  }

  private static String explain(byte[] to) {
    if (to == null) return "can't jump into an exception handler, or code may be unreachable";
    return switch (to[to.length - 1]) {
      case EXCEPT -> "can't jump into an 'except' block as there's no exception";
      case LASTI -> "can't jump into a re-raising block as there's no location";
      case ITERATOR -> "can't jump into the body of a for loop";
      default -> "incompatible stacks";
    };
  }

  /** The kinds of the stack entries before each instruction (null where no path reaches). */
  private static byte[][] stacks(Code code) {
    int n = code.length();
    byte[][] stacks = new byte[n][];
    ExceptionTable table = code.exceptionTable();
    ArrayDeque<Integer> work = new ArrayDeque<>();
    stacks[0] = new byte[0];
    work.add(0);
    while (!work.isEmpty()) {
      int i = work.poll();
      byte[] in = stacks[i];
      int word = code.word(i);
      int op = Op.opcode(word), arg = Op.arg(word);
      Op.Info info = Op.info(op);
      int entry = table.lookup(i);
      if (entry >= 0) {
        byte[] h = Arrays.copyOf(in, table.depth(entry) + (table.pushesLasti(entry) ? 2 : 1));
        if (table.pushesLasti(entry)) h[h.length - 2] = LASTI;
        h[h.length - 1] = EXCEPT;  // the exception being handled: code that expects it cannot be jumped into
        flow(stacks, work, table.handler(entry), h);
      }
      if (info.has(Op.Flag.JUMPS)) {
        byte[] j = Arrays.copyOf(in, in.length + info.jumpDelta());
        for (int k = in.length; k < j.length; k++) j[k] = OBJECT;
        flow(stacks, work, arg, j);
      }
      if (!info.has(Op.Flag.NO_FALLTHROUGH) && i + 1 < n) flow(stacks, work, i + 1, after(in, op, arg, info));
    }
    return stacks;
  }

  private static byte[] after(byte[] in, int op, int arg, Op.Info info) {
    switch (op) {
      case Op.PUSH_NULL -> { return push(in, NULL); }
      case Op.GET_ITER, Op.GET_AITER -> {
        byte[] out = in.clone();
        out[out.length - 1] = ITERATOR;
        return out;
      }
      case Op.FOR_ITER -> { return push(in, OBJECT); }
      case Op.PUSH_EXC_INFO -> { return push(in, EXCEPT); }  // the saved exception under the one handled
      case Op.COPY -> { return push(in, in[in.length - arg]); }
      case Op.SWAP -> {
        byte[] out = in.clone();
        out[out.length - 1] = in[in.length - arg];
        out[out.length - arg] = in[in.length - 1];
        return out;
      }
      case Op.LOAD_GLOBAL -> { return (arg & 1) != 0 ? push(push(in, NULL), OBJECT) : push(in, OBJECT); }
      // a method load leaves the method or a NULL under its self or attribute: a jump must not hand it to code
      // that reads an object there
      case Op.LOAD_ATTR, Op.LOAD_SUPER_ATTR -> {
        if ((arg & 1) == 0) return push(Arrays.copyOf(in, in.length - info.popped().applyAsInt(arg)), OBJECT);
        return push(push(Arrays.copyOf(in, in.length - info.popped().applyAsInt(arg)), NULL), OBJECT);
      }
      default -> {
        // by the net effect, as CPython's: an instruction that reads an entry and leaves it (GET_ANEXT under an
        // async for's iterator) keeps its kind
        int delta = info.pushed().applyAsInt(arg) - info.popped().applyAsInt(arg);
        byte[] out = Arrays.copyOf(in, in.length + delta);
        for (int k = in.length; k < out.length; k++) out[k] = OBJECT;
        return out;
      }
    }
  }

  private static byte[] push(byte[] in, byte kind) {
    byte[] out = Arrays.copyOf(in, in.length + 1);
    out[in.length] = kind;
    return out;
  }

  private static void flow(byte[][] stacks, ArrayDeque<Integer> work, int to, byte[] stack) {
    if (stacks[to] == null) {
      stacks[to] = stack;
      work.add(to);
    }
  }
}
