package dev.kaa.compile;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One code object being generated (CPython's compiler unit): its scope, instruction stream and the tables its operands
 * index. Operands that depend on the final layout are provisional while generating and fixed in {@link #finish}:
 * cell and free variables are numbered cells-then-frees (the frame slot is known only once every local is), and
 * constants are renumbered after the unused ones are dropped, as CPython's {@code remove_unused_consts} does.
 */
final class CodeUnit {
  /** Provisional constant operands at or above this are tuples CPython folds after code generation. */
  private static final int LATE = 1 << 23;
  /** Provisional deref operands at or above this are free variables; below, cells (which may still be added). */
  private static final int FREE = 1 << 22;

  final Scope scope;
  final CodeUnit parent;
  final String name;
  final String qualname;
  /** The class whose private names ({@code __x}) are mangled here, or null. */
  final String privateName;
  final int firstLineno;
  final Assembler asm = new Assembler();
  final Map<Object, Integer> consts = new LinkedHashMap<>();
  private final List<Object> lateConsts = new ArrayList<>();
  final Map<String, Integer> names = new LinkedHashMap<>();
  final Map<String, Integer> varnames = new LinkedHashMap<>();
  final List<String> cellvars;
  final List<String> freevars;
  /**
   * Names an inlined comprehension binds, while it is generated in a module or class body: they are fast locals
   * there (CPython's {@code u_fasthidden}), resolved as in a function.
   */
  final Set<String> fastHidden = new HashSet<>();
  /** While an inlined comprehension is generated, the names whose scope inside it differs from this unit's. */
  final Map<String, NameScope> comprehensionScopes = new HashMap<>();
  /** How many inlined comprehensions enclose the code being generated. */
  int inlinedComprehensions;
  int argCount;
  int posOnlyArgCount;
  int kwOnlyArgCount;
  /** Loops, try and with blocks enclosing the code being generated, innermost last. */
  final List<FrameBlock> frameBlocks = new ArrayList<>();

  /**
   * A block that break/continue/return must unwind (CPython's fblockinfo). {@code datum} is a try's finally body
   * ({@code List<Stmt>}) or a handler's bound name ({@code String}); {@code pos} where a with statement is.
   */
  record FrameBlock(Kind kind, Assembler.Label start, Assembler.Label exit, Object datum, Position pos) {
    enum Kind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
      EXCEPTION_HANDLER, POP_VALUE }

    boolean isLoop() { return kind == Kind.WHILE_LOOP || kind == Kind.FOR_LOOP; }
  }

  void push(FrameBlock.Kind kind, Assembler.Label start, Assembler.Label exit, Object datum, Position pos) {
    frameBlocks.add(new FrameBlock(kind, start, exit, datum, pos));
  }

  void pop(FrameBlock.Kind kind) {
    FrameBlock top = frameBlocks.remove(frameBlocks.size() - 1);
    if (top.kind() != kind) throw new IllegalStateException("frame block " + top.kind() + " popped as " + kind);
  }

  CodeUnit(Scope scope, CodeUnit parent, String name, String qualname, String privateName, int firstLineno) {
    this.scope = scope;
    this.parent = parent;
    this.name = name;
    this.qualname = qualname;
    this.privateName = privateName;
    this.firstLineno = firstLineno;
    for (String v : scope.varnames()) varnames.putIfAbsent(v, varnames.size());
    this.cellvars = cellvars(scope);
    this.freevars = new ArrayList<>();
    scope.symbols().forEach((n, flags) -> {
      if (Symbols.scope(flags) == NameScope.FREE || (flags & Symbols.DEF_FREE_CLASS) != 0) freevars.add(n);
    });
    freevars.sort(null);
  }

  /**
   * The cells known on entry: sorted (CPython's {@code dictbytype}), then a class's implicit ones; those an inlined
   * comprehension makes are added when met. {@link #cellsInSlotOrder} gives the final order.
   */
  private static List<String> cellvars(Scope scope) {
    List<String> out = new ArrayList<>();
    scope.symbols().forEach((n, flags) -> {
      if (Symbols.scope(flags) == NameScope.CELL && (flags & Symbols.DEF_COMP_CELL) == 0) out.add(n);
    });
    out.sort(null);
    if (scope.kind == ScopeKind.CLASS && scope.needsClassClosure()) out.add("__class__");
    if (scope.kind == ScopeKind.CLASS && scope.needsClassdict()) out.add("__classdict__");
    return out;
  }

  int constIndex(Object value) {
    return consts.computeIfAbsent(value, k -> consts.size());
  }

  /** A constant CPython's flow-graph optimiser would create (a folded tuple): it goes after the others. */
  int lateConstIndex(Object value) {
    int i = lateConsts.indexOf(value);
    if (i < 0) {
      i = lateConsts.size();
      lateConsts.add(value);
    }
    return LATE + i;
  }

  int nameIndex(String n) {
    return names.computeIfAbsent(n, k -> names.size());
  }

  int varnameIndex(String n) {
    return varnames.computeIfAbsent(n, k -> varnames.size());
  }

  /**
   * The provisional operand of a cell ({@code cell = true}) or free variable. A cell an inlined comprehension makes
   * (CPython's {@code DEF_COMP_CELL}) joins {@code co_cellvars} when first used, as CPython adds it.
   */
  int derefIndex(String n, boolean cell) {
    if (cell) {
      if (!cellvars.contains(n)) cellvars.add(n);
      return cellvars.indexOf(n);
    }
    int i = freevars.indexOf(n);
    if (i < 0) throw new IllegalStateException("no free variable " + n + " in " + qualname);
    return FREE + i;
  }

  /** Where {@code name} lives here: its scope inside the inlined comprehension being generated, else the unit's. */
  NameScope scopeOf(String name) {
    NameScope inner = comprehensionScopes.get(name);
    return inner != null ? inner : scope.scopeOf(name);
  }

  /**
   * {@code co_cellvars} as CPython derives it from the frame layout: cells that are also locals (arguments, and names
   * an inlined comprehension saved) in their local slots' order, then the others.
   */
  private List<String> cellsInSlotOrder() {
    List<String> out = new ArrayList<>();
    for (String v : varnames.keySet()) if (cellvars.contains(v)) out.add(v);
    for (String c : cellvars) if (!out.contains(c)) out.add(c);
    return out;
  }

  /**
   * The unit as generated, not assembled: its listing with the provisional operands made plain — a folded ("late")
   * constant indexes the constant list with the late ones appended, a cell or free variable is numbered cells then
   * frees — and its tables.
   */
  CompilerStages.Generated generated(int flags) {
    List<Object> constList = new ArrayList<>(consts.keySet());
    for (Object v : lateConsts) if (!consts.containsKey(v) && !constList.contains(v)) constList.add(v);
    List<Assembler.Listed> listing = new ArrayList<>();
    for (Assembler.Listed in : asm.listing()) {
      int arg = in.arg();
      Op.Info info = in.op() < 256 ? Op.info(in.op()) : null;
      if (info != null && info.arg() == Op.Arg.CONST && arg >= LATE) {
        Object v = lateConsts.get(arg - LATE);
        arg = consts.containsKey(v) ? consts.get(v) : constList.indexOf(v);
      } else if (info != null && info.arg() == Op.Arg.FREE && arg >= FREE) {
        arg = cellvars.size() + arg - FREE;
      }
      listing.add(new Assembler.Listed(in.op(), arg, in.pos()));
    }
    return new CompilerStages.Generated(listing, new CompilerStages.Tables(name, qualname, firstLineno, flags,
        argCount, posOnlyArgCount, kwOnlyArgCount, constList, List.copyOf(names.keySet()),
        List.copyOf(varnames.keySet()), List.copyOf(cellvars), List.copyOf(freevars)));
  }

  Code finish(String filename, int flags) {
    // Every cell is made, and the closure copied in, before RESUME (cells of inlined comprehensions are known only
    // now).
    List<String> cells = cellsInSlotOrder();
    for (int i = 0; i < cells.size(); i++) {
      asm.insertAtStart(i, Op.MAKE_CELL, cellvars.indexOf(cells.get(i)), Position.NONE);
    }
    if (!freevars.isEmpty()) asm.insertAtStart(cells.size(), Op.COPY_FREE_VARS, freevars.size(), Position.NONE);
    List<Object> constList = new ArrayList<>(consts.keySet());
    int[] lateIndex = new int[lateConsts.size()];
    for (int i = 0; i < lateIndex.length; i++) {
      Object v = lateConsts.get(i);
      Integer at = consts.get(v);
      if (at == null) {
        at = constList.size();
        constList.add(v);
        consts.put(v, at);
      }
      lateIndex[i] = at;
    }
    Code raw = asm.assemble(new Assembler.CodeInfo(name, qualname, filename, firstLineno, argCount, posOnlyArgCount,
        kwOnlyArgCount, flags, List.copyOf(varnames.keySet()), cells, freevars, List.copyOf(names.keySet()),
        constList));
    int n = raw.length();
    int[] words = new int[n];
    boolean[] used = new boolean[constList.size()];
    if (used.length > 0) used[0] = true; // the first constant may be the docstring: CPython keeps it
    for (int i = 0; i < n; i++) {
      int w = raw.word(i);
      int op = Op.opcode(w);
      int arg = Op.arg(w);
      if (Op.info(op).arg() == Op.Arg.CONST) {
        arg = arg >= LATE ? lateIndex[arg - LATE] : arg;
        used[arg] = true;
      } else if (Op.info(op).arg() == Op.Arg.FREE) {
        arg = arg < FREE ? raw.cellSlot(cells.indexOf(cellvars.get(arg))) : raw.freeSlot(arg - FREE);
      }
      words[i] = Op.encode(op, arg);
    }
    int[] renumber = new int[used.length];
    List<Object> kept = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (used[i]) {
        renumber[i] = kept.size();
        kept.add(constList.get(i));
      }
    }
    Position[] positions = new Position[n];
    for (int i = 0; i < n; i++) {
      int op = Op.opcode(words[i]);
      int arg = Op.arg(words[i]);
      if (Op.info(op).arg() == Op.Arg.CONST) words[i] = Op.encode(op, renumber[arg]);
      positions[i] = raw.position(i);
    }
    return new Code(raw.name, raw.qualname, raw.filename, raw.firstLineno, raw.argCount, raw.posOnlyArgCount,
        raw.kwOnlyArgCount, raw.flags, raw.stackSize, raw.varnames, raw.cellvars, raw.freevars, raw.names, kept, words,
        positions, raw.exceptionTable());
  }
}
