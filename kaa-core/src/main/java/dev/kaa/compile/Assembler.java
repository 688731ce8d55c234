package dev.kaa.compile;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.ExceptionTable;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Position;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Turns the code generator's instruction stream into a {@link Code}: basic blocks, exception handlers propagated along
 * the control-flow graph, stack depth, jump resolution and the exception table. CPython's flowgraph.c and
 * assemble.c do the same work; this one keeps to what correctness needs (optimisations come when measured).
 *
 * <p>The generator emits real opcodes from {@link Op} plus a few pseudo-instructions that exist only here:
 * {@link #JUMP} (forward or backward is decided by the layout), {@link #JUMP_NO_INTERRUPT}, and the handler markers
 * {@link #SETUP_FINALLY}, {@link #SETUP_CLEANUP}, {@link #SETUP_WITH} and {@link #POP_BLOCK}. A SETUP marker pushes a
 * handler for the instructions that follow it along every control-flow path, until a POP_BLOCK on that path: handlers
 * follow the flow of control, not the text, because {@code break}/{@code return} inside a {@code try} leave the
 * protected region in the middle of it.
 */
public final class Assembler {
  /** Unconditional jump; becomes JUMP_FORWARD or JUMP_BACKWARD. */
  public static final int JUMP = 256;
  /** Unconditional jump that must not check the eval breaker (inside yield-from/await loops). */
  public static final int JUMP_NO_INTERRUPT = 257;
  /** Handler that receives the exception: depth + 1 at the handler. */
  public static final int SETUP_FINALLY = 258;
  /** Cleanup handler that also receives lasti: depth + 2 at the handler. */
  public static final int SETUP_CLEANUP = 259;
  /** A with-statement's handler: the context manager's result slot is dropped, lasti and the exception pushed. */
  public static final int SETUP_WITH = 260;
  /** Ends the innermost handler on this path. */
  public static final int POP_BLOCK = 261;
  /**
   * STORE_FAST of a value that may be NULL (a variable an inlined comprehension saved, put back): for the
   * unbound-local analysis the local may be unbound after it.
   */
  public static final int STORE_FAST_MAYBE_NULL = 262;

  /** The pseudo-instructions' names, from {@link #JUMP} on (CPython's names for the same ideas). */
  public static final List<String> PSEUDO_NAMES = List.of("JUMP", "JUMP_NO_INTERRUPT", "SETUP_FINALLY",
      "SETUP_CLEANUP", "SETUP_WITH", "POP_BLOCK", "STORE_FAST_MAYBE_NULL");

  /**
   * The real instructions a pseudo-instruction may become in a code object (CPython's {@code opcode._pseudo_ops}): a
   * jump the first when it goes forward, the second when back; a handler marker a NOP where it keeps a line of its
   * own, else nothing.
   */
  public static List<Integer> realForms(int pseudo) {
    return switch (pseudo) {
      case JUMP -> JUMP_FORMS;
      case JUMP_NO_INTERRUPT -> JUMP_NO_INTERRUPT_FORMS;
      case SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH, POP_BLOCK -> MARKER_FORMS;
      case STORE_FAST_MAYBE_NULL -> STORE_FORMS;
      default -> throw new IllegalArgumentException("not a pseudo-instruction: " + pseudo);
    };
  }

  private static final List<Integer> JUMP_FORMS = List.of(Op.JUMP_FORWARD, Op.JUMP_BACKWARD);
  private static final List<Integer> JUMP_NO_INTERRUPT_FORMS = List.of(Op.JUMP_FORWARD, Op.JUMP_BACKWARD_NO_INTERRUPT);
  private static final List<Integer> MARKER_FORMS = List.of(Op.NOP);
  private static final List<Integer> STORE_FORMS = List.of(Op.STORE_FAST);

  /** A jump target; bound to a position in the stream with {@link #bind}. */
  public static final class Label {
    private Block block;
  }

  private record Instr(int op, int arg, Label target, Position pos) {}

  private static final class Block {
    final List<Instr> instrs = new ArrayList<>();
    Block next;            // the block after this one in emission order
    BitSet maybeUnbound;   // locals that may be unbound on entry (null: not reached by that analysis yet)
    boolean queued;
    int startDepth = -1;   // -1: not reached by the stack-depth walk
    Handler[] handlers;    // per instruction: the innermost handler, or null
    HandlerStack entryStack;
    boolean reached;
    int predecessors;      // edges into it from reachable blocks: jumps, handler markers, falling through
    int firstIndex;        // index of its first instruction in the final code

    /** Its last instruction; the block is not empty. */
    Instr last() { return instrs.get(instrs.size() - 1); }

    boolean fallsThrough() {
      if (instrs.isEmpty()) return true;
      int op = last().op;
      return !(op == JUMP || op == JUMP_NO_INTERRUPT || (op < 256 && Op.info(op).has(Op.Flag.NO_FALLTHROUGH)));
    }
  }

  private record Handler(Block block, boolean lasti) {}

  /** An immutable stack of handlers, shared between paths. */
  private record HandlerStack(Handler top, HandlerStack rest) {
    static final HandlerStack EMPTY = new HandlerStack(null, null);
  }

  private final List<Block> blocks = new ArrayList<>();
  private Block current;

  public Assembler() {
    current = new Block();
    blocks.add(current);
  }

  public Label newLabel() { return new Label(); }

  /** Marks the next instruction as {@code label}'s target. */
  public void bind(Label label) {
    if (label.block != null) throw new IllegalStateException("label bound twice");
    if (!current.instrs.isEmpty()) startBlock();
    label.block = current;
  }

  public void emit(int op, int arg, Position pos) {
    if (op < 256 && Op.info(op).has(Op.Flag.JUMPS)) throw new IllegalArgumentException("use emitJump for " + op);
    if (op == POP_BLOCK) arg = 0;
    current.instrs.add(new Instr(op, arg, null, pos));
    if (op < 256 && Op.info(op).has(Op.Flag.NO_FALLTHROUGH)) startBlock();
  }

  public void emit(int op, Position pos) { emit(op, 0, pos); }

  /** Inserts an instruction at {@code index} of the entry block (the prefix that makes cells, before RESUME). */
  public void insertAtStart(int index, int op, int arg, Position pos) {
    blocks.get(0).instrs.add(index, new Instr(op, arg, null, pos));
  }

  /** A jump, conditional jump, FOR_ITER/SEND, or a SETUP_* handler marker, to {@code target}. */
  public void emitJump(int op, Label target, Position pos) {
    current.instrs.add(new Instr(op, 0, target, pos));
    boolean setup = op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    if (!setup) startBlock();
  }

  private void startBlock() {
    Block b = new Block();
    current.next = b;
    blocks.add(b);
    current = b;
  }

  /** The parts of a code object that are not the instructions. */
  public record CodeInfo(String name, String qualname, String filename, int firstLineno, int argCount,
                         int posOnlyArgCount, int kwOnlyArgCount, int flags, List<String> varnames,
                         List<String> cellvars, List<String> freevars, List<String> names, List<Object> consts) {}

  public Code assemble(CodeInfo info) {
    optimise(parameterCount(info), info.varnames().size());
    int stackSize = computeStackDepth();
    for (Block b : blocks) if (b.reached) markersToNops(b);
    List<Block> live = blocks.stream().filter(b -> b.reached).toList();
    int index = 0;
    for (Block b : live) {
      b.firstIndex = index;
      for (Instr in : b.instrs) if (!isMarker(in.op)) index++;
    }
    int[] words = new int[index];
    Position[] positions = new Position[index];
    Handler[] handlerOf = new Handler[index];
    int i = 0;
    for (Block b : live) {
      for (int k = 0; k < b.instrs.size(); k++) {
        Instr in = b.instrs.get(k);
        if (isMarker(in.op)) continue;
        int op = in.op == STORE_FAST_MAYBE_NULL ? Op.STORE_FAST : in.op;
        int arg = in.arg;
        if (in.target != null) {
          arg = targetIndex(in.target);
          if (op == JUMP || op == JUMP_NO_INTERRUPT) op = realForms(op).get(arg > i ? 0 : 1);
        }
        Position pos = in.pos == null ? Position.NONE : in.pos;  // resolveLines gave a line where CPython has one
        words[i] = Op.encode(op, arg);
        positions[i] = pos;
        handlerOf[i] = b.handlers[k];
        i++;
      }
    }
    return new Code(info.name(), info.qualname(), info.filename(), info.firstLineno(), info.argCount(),
        info.posOnlyArgCount(), info.kwOnlyArgCount(), info.flags(), stackSize, info.varnames(), info.cellvars(),
        info.freevars(), info.names(), info.consts(), words, positions, exceptionTable(handlerOf));
  }

  /**
   * The passes that work on the flow graph (CPython's flowgraph.c stage): pairs that cancel out are dropped,
   * handlers propagated (which finds the unreachable blocks), and loads of locals that may be unbound made
   * {@code LOAD_FAST_CHECK}. {@code parameters} locals start bound. The stack depth is assembly's.
   */
  private void optimise(int parameters, int locals) {
    threadJumps();
    inlineSmallExits();
    for (Block b : blocks) {
      removeRedundantPairs(b);
      removePackUnpack(b);
      removeRedundantNops(b);
    }
    propagateHandlers();
    removeJumpsToNext();
    checkUnboundLoads(parameters, locals);
    resolveLines();
  }

  /**
   * An unconditional jump to the block laid out right after it (once unreachable blocks are gone: the body of an
   * {@code if False:}) is a NOP with its position, dropped unless it carries a line, as in CPython's flow-graph pass.
   */
  private void removeJumpsToNext() {
    for (Block b : blocks) {
      if (!b.reached || b.instrs.isEmpty()) continue;
      int end = b.instrs.size() - 1;
      Instr jump = b.instrs.get(end);
      if (!isUnconditionalJump(jump.op)) continue;
      Block next = b.next;
      while (next != null && (!next.reached || next.instrs.isEmpty())) next = next.next;
      if (next == null || blockAt(jump.target) != next) continue;
      b.next = next;  // it falls through now: past the unreachable blocks, which the layout leaves out
      b.instrs.set(end, new Instr(Op.NOP, 0, null, jump.pos));
      removeRedundantNops(b);
    }
  }

  // ---- line numbers along the flow of control

  /** The most instructions a returning or raising block may have to be copied in place of a jump to it. */
  private static final int MAX_EXIT_COPY = 4;

  private static boolean isUnconditionalJump(int op) { return op == JUMP || op == JUMP_NO_INTERRUPT; }

  /** Whether the block ends the code unit's run: its last instruction returns or raises. */
  private static boolean exitsScope(Block b) {
    if (b.instrs.isEmpty()) return false;
    int op = b.last().op;
    return op == Op.RETURN_VALUE || op == Op.RETURN_CONST || op == Op.RAISE_VARARGS || op == Op.RERAISE;
  }

  /** The block whose instructions a jump to {@code label} runs: empty blocks fall through to the next. */
  private static Block blockAt(Label label) { return nonEmpty(target(label)); }

  private static Block nonEmpty(Block b) {
    while (b != null && b.instrs.isEmpty()) b = b.next;
    return b;
  }

  /**
   * An unconditional jump to a short block that returns or raises becomes a copy of that block, as in CPython's
   * flow-graph pass: each path then returns on its own line (a trace sees no line the path did not run) and saves
   * the jump. The jump leaves a NOP with its position, which the copy's first instruction takes if it has none.
   */
  private void inlineSmallExits() {
    for (Block b : blocks) {
      if (b.instrs.isEmpty()) continue;
      int end = b.instrs.size() - 1;
      Instr jump = b.instrs.get(end);
      if (!isUnconditionalJump(jump.op)) continue;
      Block exit = blockAt(jump.target);
      if (exit == null || exit == b || !exitsScope(exit) || exit.instrs.size() > MAX_EXIT_COPY) continue;
      if (exit.instrs.stream().anyMatch(in -> isMarker(in.op))) continue;
      b.instrs.set(end, new Instr(Op.NOP, 0, null, jump.pos));
      b.instrs.addAll(exit.instrs);
    }
  }

  /**
   * Instructions the generator gave no line (an implicit {@code return None}, the jump out of an {@code if} body)
   * take one from the code that runs before them, as CPython's assembler does: an exit block without a line that
   * several jumps reach is copied once per jump first, so each copy is on the line of the path that reaches it;
   * then, within a block, the line of the instruction before, and into a block with one way in, the line its
   * predecessor ended on. What is still without a line afterwards stays so ({@code co_lines} says None).
   */
  private void resolveLines() {
    countPredecessors();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!b.reached || b.instrs.isEmpty()) continue;
      int end = b.instrs.size() - 1;
      Instr jump = b.instrs.get(end);
      if (jump.target == null || isMarker(jump.op)) continue;
      Block exit = blockAt(jump.target);
      if (!exitWithoutLine(exit) || exit.predecessors < 2) continue;
      Block copy = copyOf(exit);
      giveFirstLine(copy, jump.pos);
      copy.next = exit.next;
      exit.next = copy;
      int at = blocks.indexOf(exit) + 1;
      blocks.add(at, copy);
      if (at <= i) i++;  // the copy went in before the block being looked at
      Label to = new Label();
      to.block = copy;
      b.instrs.set(end, new Instr(jump.op, jump.arg, to, jump.pos));
      exit.predecessors--;
    }
    // An exit block without a line still reached by falling through has only that one way in.
    for (Block b : blocks) {
      if (!b.reached || b.instrs.isEmpty() || !b.fallsThrough()) continue;
      Block next = nonEmpty(b.next);
      if (next != null && exitWithoutLine(next)) {
        giveFirstLine(next, b.last().pos);
      }
    }
    for (Block b : blocks) {
      if (!b.reached || b.instrs.isEmpty()) continue;
      Position prev = null;
      for (int k = 0; k < b.instrs.size(); k++) {
        Instr in = b.instrs.get(k);
        if (isMarker(in.op)) continue;  // a handler marker's NOP stays only for a line of its own
        if (lineOf(in) >= 0) prev = in.pos;
        else if (prev != null) b.instrs.set(k, withPos(in, prev));
      }
      if (prev == null) continue;
      if (b.fallsThrough()) giveLineToSoleSuccessor(nonEmpty(b.next), prev);
      Instr last = b.last();
      if (last.target != null && !isMarker(last.op)) giveLineToSoleSuccessor(blockAt(last.target), prev);
    }
  }

  private static void giveLineToSoleSuccessor(Block b, Position pos) {
    if (b != null && b.predecessors == 1) giveFirstLine(b, pos);
  }

  /** The block's first instruction that is not a handler marker takes {@code pos} if it has no line. */
  private static void giveFirstLine(Block b, Position pos) {
    int k = realAfter(b.instrs, -1);
    if (k >= 0 && lineOf(b.instrs.get(k)) < 0) b.instrs.set(k, withPos(b.instrs.get(k), pos));
  }

  private static boolean exitWithoutLine(Block b) {
    if (b == null || !exitsScope(b)) return false;
    for (Instr in : b.instrs) if (lineOf(in) >= 0) return false;
    return true;
  }

  private static Instr withPos(Instr in, Position pos) { return new Instr(in.op, in.arg, in.target, pos); }

  private static Block copyOf(Block b) {
    Block copy = new Block();
    copy.instrs.addAll(b.instrs);
    copy.reached = true;
    copy.entryStack = b.entryStack;
    copy.handlers = b.handlers.clone();
    copy.maybeUnbound = b.maybeUnbound;
    copy.predecessors = 1;
    return copy;
  }

  /** Counts, for every reachable block, the edges into it from reachable blocks. */
  private void countPredecessors() {
    for (Block b : blocks) b.predecessors = 0;
    Block entry = nonEmpty(blocks.get(0));
    if (entry != null) entry.predecessors++;  // the code's start is one way in
    for (Block b : blocks) {
      if (!b.reached || b.instrs.isEmpty()) continue;
      for (Instr in : b.instrs) if (in.target != null) blockAt(in.target).predecessors++;
      if (b.fallsThrough()) {
        Block next = nonEmpty(b.next);
        if (next != null) next.predecessors++;
      }
    }
  }

  // ---- the instruction stream as a list (what _testinternalcapi shows of the compiler's stages)

  /**
   * One instruction of a flat listing: an opcode or pseudo-instruction, its operand and position. For a jump or a
   * handler marker ({@link #hasTarget}) the operand is the index in the listing of the instruction it leads to.
   */
  public record Listed(int op, int arg, Position pos) {}

  /** Whether {@code op}'s operand is a place in the code: a jump, FOR_ITER/SEND, or a SETUP_* handler marker. */
  public static boolean hasTarget(int op) {
    if (op >= 256) return op >= JUMP && op <= SETUP_WITH;
    Op.Info info = Op.info(op);
    return info != null && info.has(Op.Flag.JUMPS);
  }

  /** Whether {@code op} is an instruction the assembler takes: one of {@link Op}'s, or a pseudo-instruction. */
  public static boolean isKnown(int op) {
    return op >= 256 ? op < 256 + PSEUDO_NAMES.size() : Op.info(op) != null;
  }

  /** The stream as generated, every block in emission order, handler markers included. */
  public List<Listed> listing() { return listing(blocks); }

  /** Runs {@link #optimise} and lists what is left: the reachable blocks, handler markers included. */
  public List<Listed> optimisedListing(int parameters, int locals) {
    optimise(parameters, locals);
    return listing(blocks.stream().filter(b -> b.reached).toList());
  }

  private static List<Listed> listing(List<Block> shown) {
    java.util.Map<Block, Integer> start = new java.util.IdentityHashMap<>();
    int index = 0;
    for (Block b : shown) {
      start.put(b, index);
      index += b.instrs.size();
    }
    List<Listed> out = new ArrayList<>(index);
    for (Block b : shown) {
      for (Instr in : b.instrs) {
        int arg = in.target == null ? in.arg : start.getOrDefault(target(in.target), -1);
        out.add(new Listed(in.op, arg, in.pos == null ? Position.NONE : in.pos));
      }
    }
    return out;
  }

  /**
   * An assembler holding {@code listing}, as if generated: a label is bound before each instruction some jump or
   * marker leads to. Throws IllegalArgumentException on an unknown opcode or a target outside the listing.
   */
  public static Assembler of(List<Listed> listing) {
    int n = listing.size();
    Label[] labels = new Label[n];
    for (Listed in : listing) {
      if (!isKnown(in.op)) throw new IllegalArgumentException("unknown opcode " + in.op);
      if (!hasTarget(in.op)) continue;
      if (in.arg < 0 || in.arg >= n) throw new IllegalArgumentException("jump target " + in.arg + " out of range");
      if (labels[in.arg] == null) labels[in.arg] = new Label();
    }
    Assembler a = new Assembler();
    for (int i = 0; i < n; i++) {
      Listed in = listing.get(i);
      if (labels[i] != null) a.bind(labels[i]);
      if (hasTarget(in.op)) {
        a.emitJump(in.op, labels[in.arg], in.pos);
      } else {
        a.emit(in.op, in.arg, in.pos);
      }
    }
    return a;
  }

  /**
   * Drops {@code LOAD_CONST; POP_TOP} and {@code COPY 1; POP_TOP} within a block, as CPython's flow-graph pass does
   * (the constant then leaves co_consts if nothing else uses it). Dropping one pair can bring another together.
   */
  private static void removeRedundantPairs(Block b) {
    List<Instr> kept = new ArrayList<>(b.instrs.size());
    for (Instr in : b.instrs) {
      if (in.op == Op.POP_TOP) {
        int last = kept.size() - 1;
        while (last >= 0 && isMarker(kept.get(last).op)) last--;
        if (last >= 0) {
          Instr prev = kept.get(last);
          if (prev.op == Op.LOAD_CONST || (prev.op == Op.COPY && prev.arg == 1)) {
            kept.remove(last);
            continue;
          }
        }
      }
      kept.add(in);
    }
    if (kept.size() != b.instrs.size()) {
      b.instrs.clear();
      b.instrs.addAll(kept);
    }
  }

  /**
   * {@code a, b = x, y}: BUILD_TUPLE n; UNPACK_SEQUENCE n makes a tuple only to take it apart again, so, as in
   * CPython's flow-graph pass, the pair becomes nothing (n = 1) or SWAP n (n = 2, 3, which reverses the top n as the
   * pair does). When n local stores (or POP_TOPs) on one line follow, the SWAP goes too and the first and last stores
   * change places, unless they store to one local or the middle one shares a local with them (then order matters).
   */
  private static void removePackUnpack(Block b) {
    List<Instr> in = b.instrs;
    for (int k = 0; k + 1 < in.size(); k++) {
      Instr pack = in.get(k), unpack = in.get(k + 1);
      int n = pack.arg;
      if (pack.op != Op.BUILD_TUPLE || unpack.op != Op.UNPACK_SEQUENCE || unpack.arg != n || n > 3) continue;
      in.remove(k + 1);
      if (n == 1) {
        in.remove(k);
      } else if (storesCanTrade(in, k + 1, n)) {
        in.remove(k);
        Instr first = in.get(k);
        in.set(k, in.get(k + n - 1));
        in.set(k + n - 1, first);
      } else {
        in.set(k, new Instr(Op.SWAP, n, null, unpack.pos));
      }
    }
  }

  /**
   * A jump whose target starts with a JUMP goes straight to where that one goes, when the second is on the same line
   * or on none (CPython's jump threading): the block left behind is often unreachable then, and a trace sees no line
   * run that did not. A JUMP becomes JUMP_BACKWARD or JUMP_FORWARD by where it lands, and a conditional jump that
   * lands backward checks the breaker, so a loop still passes the eval breaker.
   */
  private void threadJumps() {
    for (Block b : blocks) {
      for (int k = 0; k < b.instrs.size(); k++) {
        Instr in = b.instrs.get(k);
        for (int hops = 0; threadable(in.op) && hops < blocks.size(); hops++) {
          Instr next = firstAt(in.target);
          if (next == null || next.op != JUMP || next.target == in.target) break;
          if (lineOf(next) >= 0 && lineOf(next) != lineOf(in)) break;
          in = new Instr(in.op, 0, next.target, in.pos);
          b.instrs.set(k, in);
        }
      }
    }
  }

  /**
   * Jumps that may go straight to where a JUMP they land on goes: JUMP and the conditional jumps (a conditional jump
   * may then go backward, to a loop's head: the loop checks the eval breaker there as at JUMP_BACKWARD).
   */
  private static boolean threadable(int op) {
    return op == JUMP || op == Op.POP_JUMP_IF_FALSE || op == Op.POP_JUMP_IF_TRUE || op == Op.POP_JUMP_IF_NONE
        || op == Op.POP_JUMP_IF_NOT_NONE;
  }

  /** The instruction a jump to {@code label} runs first (empty blocks fall through), or null. */
  private static Instr firstAt(Label label) {
    Block b = blockAt(label);
    return b == null ? null : b.instrs.get(0);
  }

  /**
   * A NOP is there to carry its line (a {@code pass}, a {@code case _}); as in CPython's flow-graph pass, it goes when
   * it has no line or an instruction next to it in its block is on the same line, and, when it ends its block, when
   * the next block starts on its line. The instruction after it in the block takes its position when it had none.
   */
  private static void removeRedundantNops(Block b) {
    List<Instr> in = b.instrs;
    for (int k = 0; k < in.size(); k++) {
      Instr nop = in.get(k);
      if (nop.op != Op.NOP) continue;
      int line = lineOf(nop);
      int prev = realBefore(in, k), next = realAfter(in, k);
      boolean redundant = line < 0 || prev >= 0 && lineOf(in.get(prev)) == line;
      if (!redundant && next >= 0) {
        Instr after = in.get(next);
        if (lineOf(after) < 0) in.set(next, withPos(after, nop.pos));
        redundant = lineOf(after) < 0 || lineOf(after) == line;
      } else if (!redundant) {
        Block following = b.next;
        while (following != null && realAfter(following.instrs, -1) < 0) following = following.next;
        redundant = following != null && lineOf(following.instrs.get(realAfter(following.instrs, -1))) == line;
      }
      if (redundant) {
        in.remove(k);
        if (b.handlers != null) b.handlers = without(b.handlers, k);
        k--;
      }
    }
  }

  private static Handler[] without(Handler[] handlers, int k) {
    Handler[] out = Arrays.copyOf(handlers, handlers.length - 1);
    System.arraycopy(handlers, k + 1, out, k, out.length - k);
    return out;
  }

  /**
   * Once the passes that need them are done, the handler markers become NOPs with their positions, covered by no
   * handler, and go unless they carry a line nothing else does, as CPython's pseudo-instructions do: so the line of
   * a {@code try:} has an instruction, which tracing and coverage see run.
   */
  private static void markersToNops(Block b) {
    boolean any = false;
    for (int k = 0; k < b.instrs.size(); k++) {
      Instr in = b.instrs.get(k);
      if (isMarker(in.op)) {
        b.instrs.set(k, new Instr(Op.NOP, 0, null, in.pos));
        b.handlers[k] = null;
        any = true;
      }
    }
    if (any) removeRedundantNops(b);
  }

  private static int lineOf(Instr in) { return in.pos == null ? -1 : in.pos.lineno(); }

  /** The index of the last instruction before {@code k} that is not a handler marker, or -1. */
  private static int realBefore(List<Instr> in, int k) {
    for (int i = k - 1; i >= 0; i--) if (!isMarker(in.get(i).op)) return i;
    return -1;
  }

  /** The index of the first instruction after {@code k} that is not a handler marker, or -1. */
  private static int realAfter(List<Instr> in, int k) {
    for (int i = k + 1; i < in.size(); i++) if (!isMarker(in.get(i).op)) return i;
    return -1;
  }

  /** Whether instructions {@code from .. from+n-1} are local stores or POP_TOPs on one line that may be reordered. */
  private static boolean storesCanTrade(List<Instr> in, int from, int n) {
    if (from + n > in.size()) return false;
    int line = in.get(from).pos == null ? -1 : in.get(from).pos.lineno();
    int[] slots = new int[n];
    for (int i = 0; i < n; i++) {
      Instr x = in.get(from + i);
      boolean store = x.op == Op.STORE_FAST || x.op == STORE_FAST_MAYBE_NULL;
      if (!store && x.op != Op.POP_TOP) return false;
      if ((x.pos == null ? -1 : x.pos.lineno()) != line) return false;
      slots[i] = store ? x.arg : -1 - i;
    }
    for (int i = 1; i < n; i++) if (slots[i] == slots[0] || slots[i] == slots[n - 1] && i != n - 1) return false;
    return true;
  }

  private static boolean isMarker(int op) {
    return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH || op == POP_BLOCK;
  }

  /** Walks the flow graph from the entry, giving every instruction the handler in force on the paths that reach it. */
  private void propagateHandlers() {
    Deque<Block> work = new ArrayDeque<>();
    reach(blocks.get(0), HandlerStack.EMPTY, work);
    while (!work.isEmpty()) {
      Block b = work.pop();
      HandlerStack stack = b.entryStack;
      b.handlers = new Handler[b.instrs.size()];
      for (int k = 0; k < b.instrs.size(); k++) {
        Instr in = b.instrs.get(k);
        switch (in.op) {
          case SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH -> {
            Block handler = target(in.target);
            reach(handler, stack, work);
            stack = new HandlerStack(new Handler(handler, in.op != SETUP_FINALLY), stack);
          }
          case POP_BLOCK -> {
            if (stack.top == null) throw new IllegalStateException("POP_BLOCK without a handler");
            stack = stack.rest;
          }
          default -> {
            b.handlers[k] = stack.top;
            if (in.target != null) reach(target(in.target), stack, work);
          }
        }
      }
      if (b.fallsThrough() && b.next != null) reach(b.next, stack, work);
    }
  }

  private static void reach(Block b, HandlerStack stack, Deque<Block> work) {
    if (b.reached) return;
    b.reached = true;
    b.entryStack = stack;
    work.push(b);
  }

  private static Block target(Label label) {
    if (label.block == null) throw new IllegalStateException("jump to an unbound label");
    return label.block;
  }

  /** The deepest the value stack gets on any path; checks no path pops more than it pushed. */
  private int computeStackDepth() {
    Deque<Block> work = new ArrayDeque<>();
    int max = 0;
    setDepth(blocks.get(0), 0, work);
    while (!work.isEmpty()) {
      Block b = work.pop();
      int depth = b.startDepth;
      max = Math.max(max, depth);  // a handler starts deeper than any instruction before it may leave the stack
      for (Instr in : b.instrs) {
        switch (in.op) {
          case SETUP_FINALLY, SETUP_WITH -> setDepth(target(in.target), depth + 1, work);
          case SETUP_CLEANUP -> setDepth(target(in.target), depth + 2, work);
          case POP_BLOCK -> { }
          case JUMP, JUMP_NO_INTERRUPT -> setDepth(target(in.target), depth, work);
          default -> {
            Op.Info info = Op.info(in.op == STORE_FAST_MAYBE_NULL ? Op.STORE_FAST : in.op);
            int popped = info.popped().applyAsInt(in.arg);
            if (popped > depth) {
              throw new IllegalStateException(info.name() + " pops " + popped + " with only " + depth + " on the stack");
            }
            if (in.target != null) setDepth(target(in.target), depth + info.jumpDelta(), work);
            depth += info.delta(in.arg);
          }
        }
        max = Math.max(max, depth);
      }
      if (b.fallsThrough() && b.next != null) setDepth(b.next, depth, work);
    }
    return max;
  }

  private static void setDepth(Block b, int depth, Deque<Block> work) {
    if (b.startDepth < 0) {
      b.startDepth = depth;
      work.push(b);
    } else if (b.startDepth != depth) {
      throw new IllegalStateException("inconsistent stack depth at a join: " + b.startDepth + " vs " + depth);
    }
  }

  private static int parameterCount(CodeInfo info) {
    int n = info.argCount() + info.kwOnlyArgCount();
    if ((info.flags() & dev.kaa.bytecode.CodeFlags.VARARGS) != 0) n++;
    if ((info.flags() & dev.kaa.bytecode.CodeFlags.VARKEYWORDS) != 0) n++;
    return n;
  }

  /**
   * CPython's unbound-local analysis: a forward data flow of "may be unbound" over the blocks (exception handlers
   * receive the state of every instruction they cover), after which a LOAD_FAST stays one only where the local is
   * surely bound, else becomes LOAD_FAST_CHECK. Parameters start bound, other locals unbound; DELETE_FAST and
   * LOAD_FAST_AND_CLEAR unbind; a store or a checked load binds.
   */
  private void checkUnboundLoads(int parameters, int locals) {
    Deque<Block> work = new ArrayDeque<>();
    BitSet start = new BitSet();
    start.set(parameters, Math.max(parameters, locals));
    mayBeUnbound(blocks.get(0), start, work);
    // Every block is scanned once at least: a DELETE_FAST anywhere is an origin too.
    for (Block b : blocks) {
      if (b.reached && b.maybeUnbound == null) b.maybeUnbound = new BitSet();
      if (b.reached && !b.queued) {
        b.queued = true;
        work.add(b);
      }
    }
    while (!work.isEmpty()) {
      Block b = work.poll();
      b.queued = false;
      BitSet unbound = (BitSet) b.maybeUnbound.clone();
      for (int k = 0; k < b.instrs.size(); k++) {
        Instr in = b.instrs.get(k);
        if (b.handlers[k] != null) mayBeUnbound(b.handlers[k].block(), unbound, work);
        switch (in.op) {
          case Op.DELETE_FAST, Op.LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> unbound.set(in.arg);
          case Op.STORE_FAST, Op.LOAD_FAST_CHECK -> unbound.clear(in.arg);
          case Op.LOAD_FAST -> {
            if (unbound.get(in.arg)) b.instrs.set(k, new Instr(Op.LOAD_FAST_CHECK, in.arg, null, in.pos));
            unbound.clear(in.arg);
          }
          default -> { }
        }
        if (in.target != null && !isMarker(in.op)) mayBeUnbound(target(in.target), unbound, work);
      }
      if (b.fallsThrough() && b.next != null) mayBeUnbound(b.next, unbound, work);
    }
  }

  private static void mayBeUnbound(Block b, BitSet unbound, Deque<Block> work) {
    if (b.maybeUnbound == null) {
      b.maybeUnbound = (BitSet) unbound.clone();
    } else {
      BitSet both = (BitSet) b.maybeUnbound.clone();
      both.or(unbound);
      if (both.equals(b.maybeUnbound)) return;
      b.maybeUnbound = both;
    }
    if (!b.queued) {
      b.queued = true;
      work.add(b);
    }
  }

  /** The index of the first real instruction at or after the label (empty blocks fall through). */
  private static int targetIndex(Label label) { return firstIndexOf(target(label)); }

  private static int firstIndexOf(Block b) {
    while (b.instrs.stream().allMatch(in -> isMarker(in.op)) && b.next != null) b = b.next;
    return b.firstIndex;
  }

  /**
   * The record's {@code equals}, written out: the generated one is bootstrapped through {@code ObjectMethods} at its
   * first call, which spins classes at every start (docs/performance.md), since every start compiles something.
   */
  private static boolean sameHandler(Handler a, Handler b) {
    return a == b || a != null && b != null && a.block == b.block && a.lasti == b.lasti;
  }

  /** Runs of instructions with the same handler become one entry each. */
  private static ExceptionTable exceptionTable(Handler[] handlerOf) {
    int[] out = new int[0];
    int n = 0;
    for (int i = 0; i < handlerOf.length; ) {
      Handler h = handlerOf[i];
      int j = i + 1;
      while (j < handlerOf.length && sameHandler(handlerOf[j], h)) j++;
      if (h != null) {
        if (out.length < (n + 1) * 5) out = Arrays.copyOf(out, Math.max(10, out.length * 2));
        int lasti = h.lasti ? 1 : 0;
        int depth = h.block.startDepth - 1 - lasti;
        int[] entry = {i, j, firstIndexOf(h.block), depth, lasti};
        System.arraycopy(entry, 0, out, n * 5, 5);
        n++;
      }
      i = j;
    }
    return n == 0 ? ExceptionTable.EMPTY : new ExceptionTable(Arrays.copyOf(out, n * 5));
  }
}
