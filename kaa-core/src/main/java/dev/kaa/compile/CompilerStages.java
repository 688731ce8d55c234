package dev.kaa.compile;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Kaa's compiler as three stages that can be run one at a time, for {@code _testinternalcapi}'s
 * {@code compiler_codegen}, {@code optimize_cfg} and {@code assemble_code_object} (docs/test-support.md): code
 * generation ({@link CodeGen#codegen}: a tree to a listing and tables), the flow-graph passes ({@link #optimise}) and
 * assembly ({@link #assemble}). Between stages the code is a flat listing of {@link Assembler.Listed} instructions;
 * a jump's operand is the index of its target in the listing.
 */
public final class CompilerStages {
  private CompilerStages() {}

  /**
   * What a code object has besides its instructions. Constants are compile-time forms ({@link Code}); in a listing,
   * a cell or free variable's operand numbers the cells then the frees (assembly turns it into a frame slot).
   */
  public record Tables(String name, String qualname, int firstLineno, int flags, int argCount, int posOnlyArgCount,
                       int kwOnlyArgCount, List<Object> consts, List<String> names, List<String> varnames,
                       List<String> cellvars, List<String> freevars) {}

  /** A unit as the code generator leaves it. */
  public record Generated(List<Assembler.Listed> listing, Tables tables) {}

  /** The flow-graph passes' result: the listing, and for each constant given its new index (-1: no longer used). */
  public record Optimised(List<Assembler.Listed> listing, int[] constIndex) {}

  /**
   * The assembler's flow-graph passes over {@code listing} (unreachable blocks dropped, cancelling pairs removed,
   * LOAD_FAST_CHECK where a local may be unbound; {@code locals} locals, none a parameter), then the constants no
   * instruction uses dropped (the first is kept: it may be a docstring), as {@link CodeUnit#finish} does.
   */
  public static Optimised optimise(List<Assembler.Listed> listing, int constCount, int locals) {
    List<Assembler.Listed> passed = Assembler.of(listing).optimisedListing(0, locals);
    boolean[] used = new boolean[constCount];
    if (constCount > 0) used[0] = true;
    for (Assembler.Listed in : passed) {
      if (takesConst(in.op())) {
        check(in.arg(), constCount, "constant");
        used[in.arg()] = true;
      }
    }
    int[] renumber = renumberUsed(used);
    List<Assembler.Listed> out = new ArrayList<>(passed.size());
    for (Assembler.Listed in : passed) {
      out.add(takesConst(in.op()) ? new Assembler.Listed(in.op(), renumber[in.arg()], in.pos()) : in);
    }
    return new Optimised(out, renumber);
  }

  /** For each constant, its index once the unused ones are gone, or -1 when it goes. */
  static int[] renumberUsed(boolean[] used) {
    int[] out = new int[used.length];
    int next = 0;
    for (int i = 0; i < used.length; i++) out[i] = used[i] ? next++ : -1;
    return out;
  }

  /**
   * A code object from a listing and its tables: operands are checked against the tables, cell and free operands
   * become frame slots, the prefix that makes the cells and copies the closure is put first (as {@link CodeUnit#finish}
   * does), and the assembler does the rest. Throws IllegalArgumentException on an operand no table has.
   */
  public static Code assemble(List<Assembler.Listed> listing, Tables t, String filename) {
    int cells = t.cellvars().size();
    int[] slot = derefSlots(t);
    List<Assembler.Listed> full = new ArrayList<>();
    for (int i = 0; i < cells; i++) full.add(new Assembler.Listed(Op.MAKE_CELL, slot[i], Position.NONE));
    if (!t.freevars().isEmpty()) full.add(new Assembler.Listed(Op.COPY_FREE_VARS, t.freevars().size(), Position.NONE));
    int shift = full.size();
    for (Assembler.Listed in : listing) {
      int op = in.op(), arg = in.arg();
      if (!Assembler.isKnown(op)) throw new IllegalArgumentException("unknown opcode " + op);
      if (Assembler.hasTarget(op)) {
        arg += shift;
      } else {
        Op.Arg kind = op == Assembler.STORE_FAST_MAYBE_NULL ? Op.Arg.LOCAL : op < 256 ? kindOf(op) : Op.Arg.NONE;
        switch (kind) {
          case CONST -> check(arg, t.consts().size(), "constant");
          case NAME -> check(arg, t.names().size(), "name");
          case GLOBAL_NAME, ATTR_NAME -> check(arg >> 1, t.names().size(), "name");
          case SUPER_ATTR_NAME -> check(arg >> 2, t.names().size(), "name");
          case LOCAL -> check(arg, t.varnames().size(), "local");
          case FREE -> arg = slot[check(arg, slot.length, "cell or free variable")];
          default -> { }
        }
      }
      full.add(new Assembler.Listed(op, arg, in.pos()));
    }
    return Assembler.of(full).assemble(new Assembler.CodeInfo(t.name(), t.qualname(), filename, t.firstLineno(),
        t.argCount(), t.posOnlyArgCount(), t.kwOnlyArgCount(), t.flags(), t.varnames(), t.cellvars(), t.freevars(),
        t.names(), t.consts()));
  }

  /** The frame slot of each cell then each free variable (the locals-plus layout of {@link Code}). */
  private static int[] derefSlots(Tables t) {
    int cells = t.cellvars().size();
    int[] slot = new int[cells + t.freevars().size()];
    int next = t.varnames().size();
    for (int i = 0; i < cells; i++) {
      int argument = t.varnames().indexOf(t.cellvars().get(i));
      slot[i] = argument >= 0 ? argument : next++;
    }
    for (int i = cells; i < slot.length; i++) slot[i] = next++;
    return slot;
  }

  private static Op.Arg kindOf(int op) { return Op.info(op).arg(); }

  private static boolean takesConst(int op) { return op < 256 && Op.info(op) != null && kindOf(op) == Op.Arg.CONST; }

  private static int check(int index, int size, String what) {
    if (index < 0 || index >= size) throw new IllegalArgumentException(what + " index " + index + " out of range");
    return index;
  }
}
