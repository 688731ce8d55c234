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
  /**
   * The constants, instructions, positions and exception table: what running or inspecting the code needs, but not
   * making a function of it. Null until a code object unmarshalled inside another is first used ({@link #body()}).
   * Read without a lock: {@link Body}'s fields are final, so a thread sees null or the whole body.
   */
  private Body body;
  /** Where the body comes from while {@link #body} is null; guarded by {@code this}. */
  private LazyBody lazy;
  private final int[] cellSlots;
  private final int localsPlusCount;

  /** The runtime's Python objects for {@link #consts()}, made on first use. Racy but idempotent: constants are immutable. */
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
    this(name, qualname, filename, firstLineno, argCount, posOnlyArgCount, kwOnlyArgCount, flags, stackSize, varnames,
        cellvars, freevars, names, new Body(consts, instructions, packedPositions, exceptionTable), null);
  }

  /**
   * A code object whose body is {@code body}, or, when that is null, is decoded by {@code lazy} at its first use
   * (unmarshalling: most functions of a module never run, docs/pyc.md).
   */
  Code(String name, String qualname, String filename, int firstLineno, int argCount, int posOnlyArgCount,
       int kwOnlyArgCount, int flags, int stackSize, List<String> varnames, List<String> cellvars,
       List<String> freevars, List<String> names, Body body, LazyBody lazy) {
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
    this.body = body;
    this.lazy = lazy;
    this.cellSlots = new int[cellvars.size()];
    int next = varnames.size();
    for (int i = 0; i < cellSlots.length; i++) {
      int arg = varnames.indexOf(cellvars.get(i));
      cellSlots[i] = arg >= 0 ? arg : next++;
    }
    this.localsPlusCount = next + freevars.size();
  }

  /**
   * The constants, instructions, positions and exception table. Immutable; the constants' list is unmodifiable.
   * Made by the constructor, or decoded here at the first use of a code object unmarshalled lazily.
   */
  public static final class Body {
    final List<Object> consts;
    /** One word per instruction ({@link Op#encode}). Never modified after construction. */
    final int[] instructions;
    /**
     * Four ints per instruction: lineno, end lineno, column, end column ({@link Position}); null until
     * {@link #positions()} decodes them from {@link #encodedPositions}.
     */
    private volatile int[] positions;
    private final EncodedPositions encodedPositions;
    final ExceptionTable exceptionTable;

    Body(List<Object> consts, int[] instructions, int[] packedPositions, ExceptionTable exceptionTable) {
      if (packedPositions.length != 4 * instructions.length) {
        throw new IllegalArgumentException("one position per instruction");
      }
      this.consts = List.copyOf(consts);
      this.instructions = instructions;
      this.positions = packedPositions;
      this.encodedPositions = null;
      this.exceptionTable = exceptionTable;
    }

    /**
     * A body whose positions stay encoded until asked for: only tracebacks, line events, {@code f_lineno} and the
     * like read them, and most code objects run without any of those (docs/pyc.md).
     */
    Body(List<Object> consts, int[] instructions, EncodedPositions positions, ExceptionTable exceptionTable) {
      this.consts = List.copyOf(consts);
      this.instructions = instructions;
      this.encodedPositions = positions;
      this.exceptionTable = exceptionTable;
    }

    /** The packed positions, decoded now if they were not yet (racy but harmless: each decoding gives equal arrays). */
    int[] positions() {
      int[] p = positions;
      if (p == null) positions = p = encodedPositions.decode(instructions.length);
      return p;
    }
  }

  /** Decodes a body's positions, left encoded by {@link Marshal}. */
  interface EncodedPositions {
    /** Four ints for each of {@code n} instructions. */
    int[] decode(int n);
  }

  /** Decodes a body not decoded yet ({@link Marshal}'s encoded bytes). */
  interface LazyBody {
    /** The body of {@code owner}, after {@code renames} (old, new file name pairs) were asked of it, in order. */
    Body decode(Code owner, List<String[]> renames);
  }

  /** File renames asked of this code before its body was decoded: applied to the nested code when it is. */
  private List<String[]> pendingRenames = List.of();

  /** The body, decoded now if it was not yet (once, whichever thread asks first). */
  private Body body() {
    Body b = body;
    return b != null ? b : decodeBody();
  }

  private synchronized Body decodeBody() {
    if (body == null) {
      body = lazy.decode(this, pendingRenames);
      lazy = null;
      pendingRenames = List.of();
    }
    return body;
  }

  /** Whether the body has been decoded (or was never encoded): for tests of lazy unmarshalling. */
  public boolean bodyDecoded() { return body != null; }

  /** Whether the body's positions have been decoded (or were never encoded): for the same tests. */
  public boolean positionsDecoded() { return body != null && body.positions != null; }

  /** The constants ({@code co_consts}' compile-time forms); unmodifiable. */
  public List<Object> consts() { return body().consts; }

  public ExceptionTable exceptionTable() { return body().exceptionTable; }

  /** Number of instructions. */
  public int length() { return body().instructions.length; }

  /** The instruction word at {@code index}. */
  public int word(int index) { return body().instructions[index]; }

  /** The positions of every instruction, in order (what a copy with other fields keeps). */
  public Position[] positions() {
    Position[] ps = new Position[length()];
    for (int i = 0; i < ps.length; i++) ps[i] = position(i);
    return ps;
  }

  /** The instruction words, for the eval loop's hot path; callers must not modify the array. */
  public int[] instructionsForInterpreter() { return body().instructions; }

  public Position position(int index) {
    int[] positions = body().positions();
    int k = 4 * index;
    return new Position(positions[k], positions[k + 1], positions[k + 2], positions[k + 3]);
  }

  /**
   * Whether two code objects are the same program (CPython's code equality): the same names, counts, flags, first
   * line, instructions, positions, exception table and constants (compared by their compile-time form, so that
   * {@code 0.0} and {@code -0.0}, or {@code 1} and {@code True}, differ; nested code objects by content).
   */
  public boolean sameContent(Code o) {
    if (this == o) return true;
    if (!(name.equals(o.name) && qualname.equals(o.qualname) && argCount == o.argCount
        && posOnlyArgCount == o.posOnlyArgCount && kwOnlyArgCount == o.kwOnlyArgCount && flags == o.flags
        && firstLineno == o.firstLineno && varnames.equals(o.varnames) && cellvars.equals(o.cellvars)
        && freevars.equals(o.freevars) && names.equals(o.names))) {
      return false;
    }
    Body b = body(), ob = o.body();
    return java.util.Arrays.equals(b.instructions, ob.instructions) && java.util.Arrays.equals(b.positions(), ob.positions())
        && java.util.Arrays.equals(b.exceptionTable.toArray(), ob.exceptionTable.toArray())
        && sameConstants(b.consts, ob.consts);
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
        java.util.Arrays.hashCode(body().instructions), names, varnames, consts().size());
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
    if (body == null && deferRename(old, newName)) return;
    for (Object c : body().consts) {
      if (c instanceof Code inner) inner.rename(old, newName);
    }
  }

  /** Keeps a rename for the nested code of a body not decoded yet (importlib renames every module it loads). */
  private synchronized boolean deferRename(String old, String newName) {
    if (body != null) return false;
    List<String[]> renames = new java.util.ArrayList<>(pendingRenames);
    renames.add(new String[] {old, newName});
    pendingRenames = renames;
    return true;
  }

  /** Asks {@code renames} of the nested code of a body being decoded, as {@link #renameFile} would have. */
  static void applyRenames(List<Object> consts, List<String[]> renames) {
    for (String[] r : renames) {
      for (Object c : consts) {
        if (c instanceof Code inner) inner.rename(r[0], r[1]);
      }
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
