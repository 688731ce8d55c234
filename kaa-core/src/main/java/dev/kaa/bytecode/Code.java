package dev.kaa.bytecode;

import java.util.List;

/**
 * A code object: what the compiler makes of a module, class body, function, lambda or comprehension, and what the eval
 * loop runs. Immutable, so one code object serves every thread and every interpreter.
 *
 * <p>Locals-plus layout, as in CPython 3.11+: a frame's slots are {@link #varnames} (arguments first), then the cell
 * variables that are not arguments, then {@link #freevars}; the value stack follows. {@link #cellSlot(int)} maps a
 * {@code co_cellvars} index to its slot (an argument that is also a cell keeps its argument slot, turned into a cell by
 * {@code MAKE_CELL}). Operands of {@code LOAD_DEREF} and friends are slot numbers.
 *
 * <p>Constants are plain Java values — the AST's constant forms ({@link dev.kaa.ast.Expr.Constant}), nested
 * {@code Code}, {@link ConstTuple}, {@link ConstComplex} and {@link ConstFrozenSet} — so the compiler and marshal need no runtime. The runtime
 * turns them into Python objects once per code object and keeps them in {@link #runtimeConstants}.
 */
public final class Code {
  public final String name;
  public final String qualname;
  /** Where the source is: changed only by {@link #renameFile}, when a cached module's source has moved. */
  public String filename;
  public final int firstLineno;
  public final int argCount;
  public final int posOnlyArgCount;
  public final int kwOnlyArgCount;
  public final int flags;
  public final int stackSize;
  public final List<String> varnames;
  public final List<String> cellvars;
  public final List<String> freevars;
  public final List<String> names;
  public final List<Object> consts;
  /** One word per instruction ({@link Op#encode}). Never modified after construction. */
  private final int[] instructions;
  /** Four ints per instruction: lineno, end lineno, column, end column ({@link Position}). */
  private final int[] positions;
  public final ExceptionTable exceptionTable;
  private final int[] cellSlots;
  private final int localsPlusCount;

  /** The runtime's Python objects for {@link #consts}, made on first use. Racy but idempotent: constants are immutable. */
  public Object runtimeConstants;

  public Code(String name, String qualname, String filename, int firstLineno, int argCount, int posOnlyArgCount,
              int kwOnlyArgCount, int flags, int stackSize, List<String> varnames, List<String> cellvars,
              List<String> freevars, List<String> names, List<Object> consts, int[] instructions,
              Position[] positions, ExceptionTable exceptionTable) {
    this(name, qualname, filename, firstLineno, argCount, posOnlyArgCount, kwOnlyArgCount, flags, stackSize, varnames,
        cellvars, freevars, names, consts, instructions.clone(), packed(positions), exceptionTable);
  }

  /** {@code positions} packed four ints an instruction, as {@link #positions} holds them. */
  private static int[] packed(Position[] positions) {
    int[] packed = new int[positions.length * 4];
    for (int i = 0; i < positions.length; i++) {
      Position p = positions[i];
      packed[4 * i] = p.lineno();
      packed[4 * i + 1] = p.endLineno();
      packed[4 * i + 2] = p.colOffset();
      packed[4 * i + 3] = p.endColOffset();
    }
    return packed;
  }

  /**
   * A code object over {@code instructions} and {@code packedPositions} (four ints an instruction: line, end line,
   * column, end column), both kept as they are: the caller hands them over. Unmarshalling decodes straight into them
   * (a {@link Position} object per instruction was ~3% of a start's main thread).
   */
  Code(String name, String qualname, String filename, int firstLineno, int argCount, int posOnlyArgCount,
       int kwOnlyArgCount, int flags, int stackSize, List<String> varnames, List<String> cellvars,
       List<String> freevars, List<String> names, List<Object> consts, int[] instructions, int[] packedPositions,
       ExceptionTable exceptionTable) {
    if (packedPositions.length != 4 * instructions.length) {
      throw new IllegalArgumentException("one position per instruction");
    }
    this.name = name;
    this.qualname = qualname;
    this.filename = filename;
    this.firstLineno = firstLineno;
    this.argCount = argCount;
    this.posOnlyArgCount = posOnlyArgCount;
    this.kwOnlyArgCount = kwOnlyArgCount;
    this.flags = flags;
    this.stackSize = stackSize;
    this.varnames = List.copyOf(varnames);
    this.cellvars = List.copyOf(cellvars);
    this.freevars = List.copyOf(freevars);
    this.names = List.copyOf(names);
    this.consts = List.copyOf(consts);
    this.instructions = instructions;
    this.positions = packedPositions;
    this.exceptionTable = exceptionTable;
    this.cellSlots = new int[cellvars.size()];
    int next = varnames.size();
    for (int i = 0; i < cellSlots.length; i++) {
      int arg = varnames.indexOf(cellvars.get(i));
      cellSlots[i] = arg >= 0 ? arg : next++;
    }
    this.localsPlusCount = next + freevars.size();
  }

  /** Number of instructions. */
  public int length() { return instructions.length; }

  /** The instruction word at {@code index}. */
  public int word(int index) { return instructions[index]; }

  /** The positions of every instruction, in order (what a copy with other fields keeps). */
  public Position[] positions() {
    Position[] ps = new Position[instructions.length];
    for (int i = 0; i < ps.length; i++) ps[i] = position(i);
    return ps;
  }

  /** The instruction words, for the eval loop's hot path; callers must not modify the array. */
  public int[] instructionsForInterpreter() { return instructions; }

  public Position position(int index) {
    int k = 4 * index;
    return new Position(positions[k], positions[k + 1], positions[k + 2], positions[k + 3]);
  }

  /**
   * Whether two code objects are the same program (CPython's code equality): the same names, counts, flags, first
   * line, instructions, positions, exception table and constants (compared by their compile-time form, so that
   * {@code 0.0} and {@code -0.0}, or {@code 1} and {@code True}, differ; nested code objects by content).
   */
  public boolean sameContent(Code o) {
    return this == o || name.equals(o.name) && qualname.equals(o.qualname) && argCount == o.argCount
        && posOnlyArgCount == o.posOnlyArgCount && kwOnlyArgCount == o.kwOnlyArgCount && flags == o.flags
        && firstLineno == o.firstLineno && java.util.Arrays.equals(instructions, o.instructions)
        && java.util.Arrays.equals(positions, o.positions)
        && java.util.Arrays.equals(exceptionTable.toArray(), o.exceptionTable.toArray()) && varnames.equals(o.varnames)
        && cellvars.equals(o.cellvars) && freevars.equals(o.freevars) && names.equals(o.names)
        && sameConstants(consts, o.consts);
  }

  private static boolean sameConstants(List<Object> a, List<Object> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      Object x = a.get(i), y = b.get(i);
      boolean same = x instanceof Code cx ? y instanceof Code cy && cx.sameContent(cy)
          : x instanceof ConstTuple tx ? y instanceof ConstTuple ty && sameConstants(tx.items(), ty.items())
          : x.equals(y);
      if (!same) return false;
    }
    return true;
  }

  /** A hash agreeing with {@link #sameContent}. */
  public int contentHash() {
    return java.util.Objects.hash(name, qualname, argCount, posOnlyArgCount, kwOnlyArgCount, flags, firstLineno,
        java.util.Arrays.hashCode(instructions), names, varnames, consts.size());
  }

  /** {@code co_nlocals}. */
  public int nlocals() { return varnames.size(); }

  /** The frame slot of {@code co_cellvars[index]}. */
  public int cellSlot(int index) { return cellSlots[index]; }

  /** The frame slot of {@code co_freevars[index]}. */
  public int freeSlot(int index) { return localsPlusCount - freevars.size() + index; }

  /** Locals, cells and free variables: the frame slots below the value stack. */
  public int localsPlusCount() { return localsPlusCount; }

  /** The name of frame slot {@code slot} (a local, cell or free variable). */
  public String slotName(int slot) {
    if (slot < varnames.size()) return varnames.get(slot);
    for (int i = 0; i < cellSlots.length; i++) if (cellSlots[i] == slot) return cellvars.get(i);
    return freevars.get(slot - (localsPlusCount - freevars.size()));
  }

  public boolean hasFlag(int flag) { return (flags & flag) != 0; }

  /**
   * Names this code, and the code inside it that named the same file, after {@code newName}: a module loaded from a
   * pyc written where its source used to be (importlib's {@code _imp._fix_co_filename}).
   */
  public void renameFile(String newName) {
    String old = filename;
    if (!old.equals(newName)) rename(old, newName);
  }

  private void rename(String old, String newName) {
    if (!filename.equals(old)) return;
    filename = newName;
    for (Object c : consts) {
      if (c instanceof Code inner) inner.rename(old, newName);
    }
  }

  @Override public String toString() {
    return "<code object " + name + ", file \"" + filename + "\", line " + firstLineno + ">";
  }

  /** A tuple constant (folded tuple displays, keyword-name tuples, {@code __slots__}-like literals). */
  public record ConstTuple(List<Object> items) {
    public ConstTuple { items = List.copyOf(items); }
  }

  /** A complex constant that is not a literal: what {@code 1 + 2j} folds to (a literal {@code 2j} is Imaginary). */
  public record ConstComplex(double real, double imag) {}

  /** A frozenset constant ({@code x in {1, 2, 3}} compiles the set display to one). */
  public record ConstFrozenSet(List<Object> items) {
    public ConstFrozenSet { items = List.copyOf(items); }
  }
}
