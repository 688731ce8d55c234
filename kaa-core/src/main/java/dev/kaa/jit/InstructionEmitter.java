package dev.kaa.jit;

import static dev.kaa.bytecode.BinaryOps.*;
import static dev.kaa.bytecode.Op.*;
import static dev.kaa.jit.Names.*;
import static org.objectweb.asm.Opcodes.*;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Op;
import java.util.BitSet;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Emits the JVM bytecode of one Python instruction (docs/jit.md, "Generated code"). Python locals and cells stay in
 * the frame's {@code localsplus} array; the value stack lives in JVM locals, slot {@code i} in local
 * {@code STACK + i}, so the depth before each instruction is a constant of the compile. Each case does what
 * {@code Eval.loop}'s case for the same opcode does, calling the same helpers; an instruction whose helper works on
 * the array form of the stack has its operands stored there first ({@link #spill}) and its results read back.
 */
final class InstructionEmitter {
  /** JVM locals of the generated {@code run(ThreadState, Frame, PyException, boolean)}. */
  static final int TS = 1, F = 2, THROWN = 3, AT_LOOP = 4, S = 5, AT = 6, GLOBALS = 7, BUILTINS = 8, EXC = 9,
      STACK = 10;

  private final MethodVisitor mv;
  private final Code code;
  private final String owner;
  private final Label[] labels;
  private final int fixed;
  /** Per frame slot: whether it is a plain local, kept in a JVM local too ({@link #loadMirrors}). */
  private final boolean[] mirrored;
  private final int mirrors;
  private final int constantFields;

  private final int[] depths;
  private final int[] loopEntries;
  /** Where ints may be unboxed, and the first of the long locals beside the stack slots and the plain locals. */
  private final Unboxing unboxing;
  private final int longStack, longLocals;

  InstructionEmitter(MethodVisitor mv, Code code, String owner, Label[] labels, int[] depths, int[] loopEntries,
                     boolean unboxInts) {
    this.mv = mv;
    this.code = code;
    this.owner = owner;
    this.labels = labels;
    this.depths = depths;
    this.loopEntries = loopEntries;
    this.fixed = code.localsPlusCount();
    this.mirrored = new boolean[code.nlocals()];
    java.util.Arrays.fill(mirrored, true);
    for (int c = 0; c < code.cellvars.size(); c++) {
      if (code.cellSlot(c) < mirrored.length) mirrored[code.cellSlot(c)] = false;  // an argument that is a cell
    }
    this.mirrors = STACK + code.stackSize + 1;
    this.constantFields = ClassBuilder.constantFields(code);
    this.unboxing = unboxInts ? Unboxing.of(code, depths, mirrored) : Unboxing.none(code, mirrored);
    this.longStack = mirrors + mirrored.length;
    this.longLocals = longStack + 2 * (code.stackSize + 1);
  }

  private boolean mirrored(int index) { return index < mirrored.length && mirrored[index]; }

  /**
   * Each plain local's JVM copy, read from the frame: at every entry (a call, a loop handed over, a resumption), the
   * one place the frame's locals can have changed behind the compiled code. The frame stays the truth (every store
   * writes both), so tracebacks, {@code f_locals} and a frame handed back see the same values; the copy only spares
   * each LOAD_FAST a load from the array that C2 cannot prove unchanged across a store, which put a store-to-load
   * round trip on every loop-carried local (docs/jit.md, "Locals in JVM locals").
   */
  void loadMirrors() {
    for (int k = 0; k < mirrored.length; k++) {
      if (!mirrored[k]) continue;
      mv.visitVarInsn(ALOAD, S);
      push(k);
      mv.visitInsn(AALOAD);
      mv.visitVarInsn(ASTORE, mirrors + k);
    }
  }

  /**
   * The long locals that may be read before written (those of the slots and locals that may hold an unboxed int): the
   * verifier wants them set on every path, as the object ones.
   */
  void initLongs() {
    BitSet slots = unboxing.usedStack(), locals = unboxing.usedLocals();
    for (int j = slots.nextSetBit(0); j >= 0; j = slots.nextSetBit(j + 1)) {
      mv.visitInsn(LCONST_0);
      mv.visitVarInsn(LSTORE, longSlot(j));
    }
    for (int k = locals.nextSetBit(0); k >= 0; k = locals.nextSetBit(k + 1)) {
      mv.visitInsn(LCONST_0);
      mv.visitVarInsn(LSTORE, longLocal(k));
    }
    if (loopEntries.length > 0 && !(slots.isEmpty() && locals.isEmpty())) {  // the breaker's exit hands longs out raw
      mv.visitVarInsn(ALOAD, TS);
      push(fixed + code.stackSize + 1);
      staticCall(SUPPORT, "reserveExitLongs", "(L" + INTERP + "ThreadState;I)V");
    }
  }

  /** The instruction at {@code i}, entered with {@code d} values on the stack. */
  void emit(int i, int d) {
    int word = code.word(i), op = opcode(word), arg = word >>> 8;
    BitSet unboxed = unboxing.stack(i), unboxedLocals = unboxing.locals(i);
    if (mayRaise(op)) setAt(i);
    if (unboxing.isBarrier(i)) {  // what it calls sees boxed values and the frame's locals up to date
      box(unboxed, 0, d);
      writeBack(unboxedLocals);
      unboxed = unboxedLocals = new BitSet();
    }
    switch (op) {
      case Op.NOP, POP_TOP, KW_NAMES -> {}
      case RESUME -> breakerCheck();
      case PUSH_NULL -> {
        mv.visitInsn(ACONST_NULL);
        store(d);
      }
      case COPY -> {
        load(d - arg);
        store(d);
        if (unboxed.get(d - arg)) moveLong(longSlot(d - arg), longSlot(d));
      }
      case Op.SWAP -> {
        load(d - 1);
        load(d - arg);
        store(d - 1);
        store(d - arg);
        boolean top = unboxed.get(d - 1), other = unboxed.get(d - arg);
        if (top && other) {
          mv.visitVarInsn(LLOAD, longSlot(d - 1));
          mv.visitVarInsn(LLOAD, longSlot(d - arg));
          mv.visitVarInsn(LSTORE, longSlot(d - 1));
          mv.visitVarInsn(LSTORE, longSlot(d - arg));
        } else if (top) {
          moveLong(longSlot(d - 1), longSlot(d - arg));
        } else if (other) {
          moveLong(longSlot(d - arg), longSlot(d - 1));
        }
      }
      case LOAD_CONST -> {
        constant(arg);
        store(d);
      }
      case LOAD_FAST, LOAD_CLOSURE -> {
        local(arg);
        store(d);
        if (mirrored(arg) && unboxedLocals.get(arg)) moveLong(longLocal(arg), longSlot(d));
      }
      case LOAD_FAST_CHECK -> {
        local(arg);
        pushBound(d, arg, "unboundLocal");
      }
      case LOAD_FAST_AND_CLEAR -> {
        local(arg);
        store(d);
        if (mirrored(arg) && unboxedLocals.get(arg)) moveLong(longLocal(arg), longSlot(d));
        mv.visitVarInsn(ALOAD, S);
        push(arg);
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(AASTORE);
        if (mirrored(arg)) {
          mv.visitInsn(ACONST_NULL);
          mv.visitVarInsn(ASTORE, mirrors + arg);
        }
      }
      case STORE_FAST -> storeLocal(arg, d - 1, unboxed.get(d - 1));
      case MAKE_CELL -> {
        mv.visitVarInsn(ALOAD, S);
        push(arg);
        mv.visitTypeInsn(NEW, INTERP + "PyCell");
        mv.visitInsn(DUP);
        local(arg);
        mv.visitMethodInsn(INVOKESPECIAL, INTERP + "PyCell", "<init>", desc("V", D_OBJ), false);
        mv.visitInsn(AASTORE);
      }
      case COPY_FREE_VARS -> {
        mv.visitVarInsn(ALOAD, F);
        push(arg);
        staticCall(OPS, "copyFreeVars", desc("V", D_FRAME, "I"));
      }
      case LOAD_DEREF -> {
        cell(arg);
        mv.visitFieldInsn(GETFIELD, INTERP + "PyCell", "contents", D_OBJ);
        pushBound(d, arg, "unboundDeref");
      }
      case STORE_DEREF -> {
        cell(arg);
        load(d - 1);
        mv.visitFieldInsn(PUTFIELD, INTERP + "PyCell", "contents", D_OBJ);
      }
      case LOAD_NAME -> {
        mv.visitVarInsn(ALOAD, F);
        name(arg);
        staticCall(OPS, "loadName", desc(D_OBJ, D_FRAME, D_STR));
        store(d);
      }
      case STORE_NAME -> {
        mv.visitVarInsn(ALOAD, F);
        name(arg);
        load(d - 1);
        staticCall(OPS, "storeName", desc("V", D_FRAME, D_STR, D_OBJ));
      }
      case LOAD_GLOBAL -> loadGlobal(i, d, arg);
      case STORE_GLOBAL -> {
        mv.visitVarInsn(ALOAD, GLOBALS);
        mv.visitTypeInsn(NEW, OBJECTS + "PyStr");
        mv.visitInsn(DUP);
        name(arg);
        mv.visitMethodInsn(INVOKESPECIAL, OBJECTS + "PyStr", "<init>", desc("V", D_STR), false);
        load(d - 1);
        mv.visitMethodInsn(INVOKEVIRTUAL, OBJECTS + "PyDict", "put", desc("V", D_OBJ, D_OBJ), false);
      }
      case LOAD_ATTR -> {
        if ((arg & 1) == 0) {
          caches(i);
          load(d - 1);
          name(arg >>> 1);
          staticCall(INTERP + "AttributeCache", "load", desc(D_OBJ, "[Ljava/lang/Object;", "I", D_OBJ, D_STR));
          store(d - 1);
        } else {
          spill(d - 1, d);
          caches(i);
          mv.visitVarInsn(ALOAD, S);
          push(fixed + d);
          name(arg >>> 1);
          staticCall(INTERP + "AttributeCache", "loadMethod",
              desc("I", "[Ljava/lang/Object;", "I", D_OBJS, "I", D_STR));
          mv.visitInsn(POP);
          reload(d - 1, d + 1);
        }
      }
      case STORE_ATTR -> {
        caches(i);
        load(d - 1);
        name(arg);
        load(d - 2);
        staticCall(INTERP + "AttributeCache", "store", desc("V", "[Ljava/lang/Object;", "I", D_OBJ, D_STR, D_OBJ));
      }
      case LOAD_SUPER_ATTR -> {
        spill(d - 3, d);
        caches(i);
        mv.visitVarInsn(ALOAD, S);
        push(fixed + d);
        name(arg >>> 2);
        push(arg);
        staticCall(INTERP + "AttributeCache", "loadSuper",
            desc("I", "[Ljava/lang/Object;", "I", D_OBJS, "I", D_STR, "I"));
        mv.visitInsn(POP);
        reload(d - 3, d - 3 + 1 + (arg & 1));
      }
      case BINARY_SUBSCR -> binaryHelper(d, OPS, "getItem");
      case STORE_SUBSCR -> {
        load(d - 2);
        load(d - 1);
        load(d - 3);
        staticCall(OPS, "setItem", desc("V", D_OBJ, D_OBJ, D_OBJ));
      }
      case BINARY_SLICE -> {
        load(d - 3);
        load(d - 2);
        load(d - 1);
        staticCall(OPS, "getSlice", desc(D_OBJ, D_OBJ, D_OBJ, D_OBJ));
        store(d - 3);
      }
      case UNARY_NEGATIVE -> {
        load(d - 1);
        staticCall(OPS, "negative", desc(D_OBJ, D_OBJ));
        store(d - 1);
      }
      case UNARY_NOT -> {
        load(d - 1);
        staticCall(OBJECTS + "Abstract", "isTrue", desc("Z", D_OBJ));
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IXOR);
        bool();
        store(d - 1);
      }
      case BINARY_OP -> {
        Label done = new Label();
        if (!unboxing.isBarrier(i)) unboxedArithmetic(d, arg, unboxed, done);
        writeBack(unboxedLocals);  // the general path, which may call Python code
        box(unboxed, d - 2, d);
        load(d - 2);
        load(d - 1);
        push(arg);
        String helper = arithmetic(arg);
        staticCall(helper == null ? OPS : INTERP + "JitArithmetic", helper == null ? "binary" : helper,
            desc(D_OBJ, D_OBJ, D_OBJ, "I"));
        store(d - 2);
        mv.visitLabel(done);
      }
      case COMPARE_OP -> {
        Label done = new Label();
        if (!unboxing.isBarrier(i) && (unboxed.get(d - 2) || unboxed.get(d - 1))) {
          unboxedCompare(d, arg, unboxed, done);
        }
        writeBack(unboxedLocals);
        box(unboxed, d - 2, d);
        load(d - 2);
        load(d - 1);
        push(arg);
        staticCall(SUPPORT, "compare", desc(D_OBJ, D_OBJ, D_OBJ, "I"));
        store(d - 2);
        mv.visitLabel(done);
      }
      case IS_OP -> {
        Label same = new Label(), done = new Label();
        load(d - 2);
        load(d - 1);
        mv.visitJumpInsn(IF_ACMPEQ, same);
        boolConstant(arg == 1);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(same);
        boolConstant(arg != 1);
        mv.visitLabel(done);
        store(d - 2);
      }
      case CONTAINS_OP -> {
        load(d - 1);
        load(d - 2);
        staticCall(OBJECTS + "Abstract", "contains", desc("Z", D_OBJ, D_OBJ));
        if (arg == 1) {
          mv.visitInsn(ICONST_1);
          mv.visitInsn(IXOR);
        }
        bool();
        store(d - 2);
      }
      case BUILD_TUPLE -> arrayHelper(d, arg, OPS, "tuple", "L" + OBJECTS + "PyTuple;");
      case BUILD_LIST -> {
        spill(d - arg, d);
        mv.visitTypeInsn(NEW, OBJECTS + "PyList");
        mv.visitInsn(DUP);
        mv.visitVarInsn(ALOAD, S);
        push(fixed + d - arg);
        push(arg);
        staticCall(OPS, "copy", desc(D_OBJS, D_OBJS, "I", "I"));
        mv.visitMethodInsn(INVOKESPECIAL, OBJECTS + "PyList", "<init>", desc("V", D_OBJS), false);
        store(d - arg);
      }
      case BUILD_STRING -> arrayHelper(d, arg, OPS, "buildString", "L" + OBJECTS + "PyStr;");
      case BUILD_SLICE -> arrayHelper(d, arg, OPS, "buildSlice", D_OBJ);
      case LIST_APPEND -> {
        load(d - 1 - arg);
        mv.visitTypeInsn(CHECKCAST, OBJECTS + "PyList");
        load(d - 1);
        mv.visitMethodInsn(INVOKEVIRTUAL, OBJECTS + "PyList", "add", desc("V", D_OBJ), false);
      }
      case SET_ADD -> {
        load(d - 1 - arg);
        load(d - 1);
        staticCall(OPS, "setAdd", desc("V", D_OBJ, D_OBJ));
      }
      case MAP_ADD -> {
        load(d - 2 - arg);
        mv.visitTypeInsn(CHECKCAST, OBJECTS + "PyDict");
        load(d - 2);
        load(d - 1);
        mv.visitMethodInsn(INVOKEVIRTUAL, OBJECTS + "PyDict", "put", desc("V", D_OBJ, D_OBJ), false);
      }
      case LIST_EXTEND -> {
        load(d - 1 - arg);
        mv.visitTypeInsn(CHECKCAST, OBJECTS + "PyList");
        load(d - 1);
        staticCall(OPS, "listExtend", desc("V", "L" + OBJECTS + "PyList;", D_OBJ));
      }
      case UNPACK_SEQUENCE -> {
        spill(d - 1, d);
        mv.visitVarInsn(ALOAD, S);
        push(fixed + d);
        push(arg);
        staticCall(OPS, "unpackSequence", desc("I", D_OBJS, "I", "I"));
        mv.visitInsn(POP);
        reload(d - 1, d - 1 + arg);
      }
      case FORMAT_VALUE -> {
        boolean spec = (arg & 4) != 0;
        int at = spec ? d - 2 : d - 1;
        load(at);
        push(arg & 3);
        if (spec) load(d - 1);
        else mv.visitInsn(ACONST_NULL);
        staticCall(OPS, "formatValue", desc(D_OBJ, D_OBJ, "I", D_OBJ));
        store(at);
      }
      case JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT -> mv.visitJumpInsn(GOTO, labels[arg]);
      case JUMP_BACKWARD -> {
        loopBreakerCheck(i, arg, unboxed, unboxedLocals);
        mv.visitJumpInsn(GOTO, labels[arg]);
      }
      case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
        // a backward one closes a while loop: the eval breaker on the way back, as the loop checks it
        boolean onTrue = op == POP_JUMP_IF_TRUE, backward = arg <= i;
        Label fall = new Label(), taken = backward ? new Label() : labels[arg];
        if (unboxed.get(d - 1)) {  // an unboxed int is true when not 0
          Label boxed = new Label();
          load(d - 1);
          unboxedMark();
          mv.visitJumpInsn(IF_ACMPNE, boxed);
          mv.visitVarInsn(LLOAD, longSlot(d - 1));
          mv.visitInsn(LCONST_0);
          mv.visitInsn(LCMP);
          mv.visitJumpInsn(onTrue ? IFNE : IFEQ, taken);
          mv.visitJumpInsn(GOTO, fall);
          mv.visitLabel(boxed);
        }
        load(d - 1);
        boolConstant(onTrue);
        mv.visitJumpInsn(IF_ACMPEQ, taken);
        load(d - 1);
        boolConstant(!onTrue);
        mv.visitJumpInsn(IF_ACMPEQ, fall);
        writeBack(unboxedLocals);  // __bool__ may be Python code
        load(d - 1);
        staticCall(OBJECTS + "Abstract", "isTrue", desc("Z", D_OBJ));
        mv.visitJumpInsn(onTrue ? IFNE : IFEQ, taken);
        if (backward) backwardBranch(taken, fall, arg, i, unboxed, unboxedLocals);
        mv.visitLabel(fall);
      }
      case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
        // `while x is not None:` closes with a backward one
        boolean backward = arg <= i;
        Label fall = new Label(), taken = backward ? new Label() : labels[arg];
        load(d - 1);
        mv.visitFieldInsn(GETSTATIC, OBJECTS + "PyNone", "NONE", "L" + OBJECTS + "PyNone;");
        mv.visitJumpInsn(op == POP_JUMP_IF_NONE ? IF_ACMPEQ : IF_ACMPNE, taken);
        if (backward) backwardBranch(taken, fall, arg, i, unboxed, unboxedLocals);
        mv.visitLabel(fall);
      }
      case GET_ITER -> {
        load(d - 1);
        staticCall(OPS, "iter", desc(D_OBJ, D_OBJ));
        store(d - 1);
      }
      case FOR_ITER -> forIter(i, d, arg, unboxedLocals);
      case CALL -> call(i, d, arg);
      case CALL_FUNCTION_EX -> {
        setLasti(i);
        int kw = arg & 1;
        load(d - 2 - kw);
        load(d - 1 - kw);
        if (kw != 0) load(d - 1);
        else mv.visitInsn(ACONST_NULL);
        staticCall(INTERP + "Calls", "callEx", desc(D_OBJ, D_OBJ, D_OBJ, D_OBJ));
        store(d - 3 - kw);
        breakerCheck();
      }
      case MAKE_FUNCTION -> {
        int popped = 1 + Integer.bitCount(arg & 0xf);
        spill(d - popped, d);
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ALOAD, S);
        push(fixed + d);
        push(arg);
        staticCall(INTERP + "Calls", "makeFunction", desc("I", D_FRAME, D_OBJS, "I", "I"));
        mv.visitInsn(POP);
        reload(d - popped, d - popped + 1);
      }
      case RETURN_VALUE, RETURN_CONST -> {
        setLasti(i);  // a finished frame's f_lineno is the line it returned on, as the interpreter's
        mv.visitVarInsn(ALOAD, F);
        mv.visitInsn(ICONST_M1);
        mv.visitFieldInsn(PUTFIELD, FRAME, "next", "I");
        if (op == RETURN_VALUE) load(d - 1);
        else constant(arg);
        mv.visitInsn(ARETURN);
      }
      case YIELD_VALUE -> {
        // the frame keeps what the interpreter keeps at a yield: stack below the value, resumption index, lasti
        spill(0, d - 1);
        mv.visitVarInsn(ALOAD, F);
        push(i + 1);
        mv.visitFieldInsn(PUTFIELD, FRAME, "next", "I");
        mv.visitVarInsn(ALOAD, F);
        push(fixed + d - 1);
        mv.visitFieldInsn(PUTFIELD, FRAME, "sp", "I");
        setLasti(i);
        mv.visitVarInsn(ALOAD, F);
        push(fixed + d - 1);
        mv.visitMethodInsn(INVOKEVIRTUAL, FRAME, "clearStackFrom", "(I)V", false);
        load(d - 1);
        mv.visitInsn(ARETURN);
      }
      case SEND -> {
        Label yielded = new Label();
        setLasti(i);
        mv.visitVarInsn(ALOAD, TS);
        load(d - 2);
        load(d - 1);
        staticCall(INTERP + "Generators", "send", desc(D_OBJ, D_TS, D_OBJ, D_OBJ));
        mv.visitInsn(DUP);
        store(d - 1);
        mv.visitJumpInsn(IFNONNULL, yielded);
        mv.visitVarInsn(ALOAD, TS);
        staticCall(INTERP + "Generators", "takeReturnValue", desc(D_OBJ, D_TS));
        store(d - 2);
        mv.visitJumpInsn(GOTO, labels[arg]);
        mv.visitLabel(yielded);
      }
      case PUSH_EXC_INFO -> {
        load(d - 1);
        store(d);
        mv.visitVarInsn(ALOAD, TS);
        load(d);
        staticCall(SUPPORT, "pushExcInfo", desc(D_OBJ, D_TS, D_OBJ));
        store(d - 1);
      }
      case POP_EXCEPT -> {
        mv.visitVarInsn(ALOAD, TS);
        load(d - 1);
        staticCall(SUPPORT, "popExcept", desc("V", D_TS, D_OBJ));
      }
      case RERAISE -> {
        if (arg != 0) {
          mv.visitVarInsn(ALOAD, F);
          load(d - 1 - arg);
          staticCall(UNWIND, "lastiFrom", desc("I", D_OBJ));
          mv.visitFieldInsn(PUTFIELD, FRAME, "lasti", "I");
        }
        mv.visitVarInsn(ALOAD, TS);
        load(d - 1);
        throwFrom(UNWIND, "reraise", desc("L" + OBJECTS + "PyException;", D_TS, D_OBJ));
      }
      case RAISE_VARARGS -> {
        spill(d - arg, d);
        mv.visitVarInsn(ALOAD, TS);
        push(arg);
        mv.visitVarInsn(ALOAD, S);
        push(fixed + d - arg);
        throwFrom(UNWIND, "raise", desc("L" + OBJECTS + "PyException;", D_TS, "I", D_OBJS, "I"));
      }
      case CHECK_EXC_MATCH -> {
        load(d - 2);
        load(d - 1);
        staticCall(UNWIND, "exceptionMatches", desc("Z", D_OBJ, D_OBJ));
        bool();
        store(d - 1);
      }
      default -> {
        // the rare opcodes: RareOps.execute on the array form of the whole stack
        int after = d + info(op).delta(arg);
        spill(0, d);
        mv.visitVarInsn(ALOAD, TS);
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ALOAD, S);
        push(fixed + d);
        push(word);
        staticCall(INTERP + "RareOps", "execute", desc("I", D_TS, D_FRAME, D_OBJS, "I", "I"));
        mv.visitInsn(POP);
        reload(0, after);
        if (op == DELETE_FAST && mirrored(arg)) {  // the one rare opcode that writes a local
          mv.visitInsn(ACONST_NULL);
          mv.visitVarInsn(ASTORE, mirrors + arg);
        }
      }
    }
  }

  /**
   * JitArithmetic's helper for BINARY_OP's operator {@code op} (plain or in-place), one per operator so that C2
   * inlines it at the site; null for those without a fast path (Ops.binary, as the loop).
   */
  private static String arithmetic(int op) {
    return switch (op >= OP_INPLACE ? op - OP_INPLACE : op) {
      case OP_ADD -> "add";
      case OP_SUBTRACT -> "subtract";
      case OP_MULTIPLY -> "multiply";
      case OP_FLOOR_DIVIDE -> "floorDivide";
      case OP_REMAINDER -> "remainder";
      case OP_TRUE_DIVIDE -> "trueDivide";
      case OP_AND -> "and";
      case OP_OR -> "or";
      case OP_XOR -> "xor";
      default -> null;
    };
  }

  /** Instructions that cannot raise nor call out need no record of where they are. */
  private static boolean mayRaise(int op) {
    return switch (op) {
      case Op.NOP, POP_TOP, KW_NAMES, PUSH_NULL, COPY, Op.SWAP, LOAD_CONST, LOAD_FAST, LOAD_CLOSURE, LOAD_FAST_AND_CLEAR,
           STORE_FAST, JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT, IS_OP,
           RETURN_VALUE, RETURN_CONST, PUSH_EXC_INFO, POP_EXCEPT, STORE_DEREF, MAKE_CELL -> false;
      default -> true;
    };
  }

  /** The value on the JVM stack goes to slot {@code d}; null raises Ops.{@code error}(f, slot). */
  private void pushBound(int d, int slot, String error) {
    mv.visitInsn(DUP);
    store(d);
    Label bound = new Label();
    mv.visitJumpInsn(IFNONNULL, bound);
    mv.visitVarInsn(ALOAD, F);
    push(slot);
    throwFrom(OPS, error, desc("L" + OBJECTS + "PyException;", D_FRAME, "I"));
    mv.visitLabel(bound);
  }

  private void loadGlobal(int i, int d, int arg) {
    Label hit = new Label();
    caches(i);
    mv.visitInsn(AALOAD);
    mv.visitVarInsn(ALOAD, GLOBALS);
    mv.visitVarInsn(ALOAD, BUILTINS);
    String dict = "L" + OBJECTS + "PyDict;";
    staticCall(INTERP + "GlobalCache", "hit", desc(D_OBJ, "Ljava/lang/Object;", dict, dict));
    mv.visitInsn(DUP);
    mv.visitJumpInsn(IFNONNULL, hit);
    mv.visitInsn(POP);
    mv.visitVarInsn(ALOAD, F);
    name(arg >>> 1);
    push(i);
    staticCall(INTERP + "GlobalCache", "load", desc(D_OBJ, D_FRAME, D_STR, "I"));
    mv.visitLabel(hit);
    if ((arg & 1) != 0) {
      mv.visitInsn(ACONST_NULL);
      store(d);
      store(d + 1);
    } else {
      store(d);
    }
  }

  /**
   * FOR_ITER: a range's items unboxed; generators and built-in iterators directly (a type profile per loop), anything
   * else by __next__. Those may run Python code, so the frame's locals are written back first.
   */
  private void forIter(int i, int d, int target, BitSet unboxedLocals) {
    String plain = INTERP + "PyGenerator$Plain", iterNext = OBJECTS + "IterNext";
    Label notGenerator = new Label(), notBuiltin = new Label(), got = new Label(), notRange = new Label();
    Label item = new Label();
    if (unboxing.unboxesRange(i)) rangeItem(d, target, notRange, item);
    mv.visitLabel(notRange);
    writeBack(unboxedLocals);
    load(d - 1);
    mv.visitTypeInsn(INSTANCEOF, plain);
    mv.visitJumpInsn(IFEQ, notGenerator);
    load(d - 1);
    mv.visitTypeInsn(CHECKCAST, plain);
    mv.visitVarInsn(ALOAD, TS);
    mv.visitMethodInsn(INVOKEVIRTUAL, plain, "next", desc(D_OBJ, D_TS), false);
    mv.visitJumpInsn(GOTO, got);
    mv.visitLabel(notGenerator);
    load(d - 1);
    mv.visitTypeInsn(INSTANCEOF, iterNext);
    mv.visitJumpInsn(IFEQ, notBuiltin);
    load(d - 1);
    mv.visitTypeInsn(CHECKCAST, iterNext);
    mv.visitMethodInsn(INVOKEINTERFACE, iterNext, "iterNext", desc(D_OBJ), true);
    mv.visitJumpInsn(GOTO, got);
    mv.visitLabel(notBuiltin);
    mv.visitVarInsn(ALOAD, TS);
    load(d - 1);
    staticCall(SUPPORT, "next", desc(D_OBJ, D_TS, D_OBJ));
    mv.visitLabel(got);
    mv.visitInsn(DUP);
    store(d);
    mv.visitJumpInsn(IFNULL, labels[target]);
    mv.visitLabel(item);
  }

  /** A range's next item, unboxed, then to {@code item}; the end to {@code target}; other iterators to the rest. */
  private void rangeItem(int d, int target, Label notRange, Label item) {
    String range = RANGE_ITERATOR;
    load(d - 1);
    mv.visitTypeInsn(INSTANCEOF, range);
    mv.visitJumpInsn(IFEQ, notRange);
    load(d - 1);
    mv.visitTypeInsn(CHECKCAST, range);
    mv.visitMethodInsn(INVOKEVIRTUAL, range, "hasNext", "()Z", false);
    Label more = new Label();
    mv.visitJumpInsn(IFNE, more);
    mv.visitInsn(ACONST_NULL);
    store(d);
    mv.visitJumpInsn(GOTO, labels[target]);
    mv.visitLabel(more);
    load(d - 1);
    mv.visitTypeInsn(CHECKCAST, range);
    mv.visitMethodInsn(INVOKEVIRTUAL, range, "nextLong", "()J", false);
    mv.visitVarInsn(LSTORE, longSlot(d));
    unboxedMark();
    store(d);
    mv.visitJumpInsn(GOTO, item);
  }

  // ---- unboxed ints (Unboxing; docs/jit.md, "Unboxed ints")

  /**
   * In the catch-all handler: every slot and local that may hold an unboxed int anywhere, boxed (and the locals
   * written to the frame), so that handlers start with none and the frame an exception leaves is up to date.
   */
  void boxEverything() {
    box(unboxing.usedStack(), 0, code.stackSize + 1);
    writeBack(unboxing.usedLocals());
  }

  private static final String RANGE_ITERATOR = OBJECTS + "PyRangeIterator$Small";
  private static final String ARITHMETIC = INTERP + "JitArithmetic";

  private int longSlot(int j) { return longStack + 2 * j; }

  private int longLocal(int k) { return longLocals + 2 * k; }

  /** JitArithmetic.UNBOXED: in an object slot, the value is the int in the slot's long local. */
  private void unboxedMark() { mv.visitFieldInsn(GETSTATIC, ARITHMETIC, "UNBOXED", D_OBJ); }

  private void moveLong(int from, int to) {
    mv.visitVarInsn(LLOAD, from);
    mv.visitVarInsn(LSTORE, to);
  }

  /** Boxes the stack slots in {@code [from, to)} that may hold an unboxed int. */
  private void box(BitSet unboxed, int from, int to) {
    for (int j = unboxed.nextSetBit(from); j >= 0 && j < to; j = unboxed.nextSetBit(j + 1)) boxSlot(j);
  }

  private void boxSlot(int j) {
    Label boxed = new Label();
    load(j);
    unboxedMark();
    mv.visitJumpInsn(IF_ACMPNE, boxed);
    mv.visitVarInsn(LLOAD, longSlot(j));
    boxLong();
    store(j);
    mv.visitLabel(boxed);
  }

  /**
   * The locals that may hold an unboxed int, boxed and written to the frame (an unboxed store writes only the JVM
   * locals): before anything that may read the frame.
   */
  private void writeBack(BitSet unboxedLocals) {
    for (int k = unboxedLocals.nextSetBit(0); k >= 0; k = unboxedLocals.nextSetBit(k + 1)) {  // mirrored ones only
      Label boxed = new Label();
      mv.visitVarInsn(ALOAD, mirrors + k);
      unboxedMark();
      mv.visitJumpInsn(IF_ACMPNE, boxed);
      mv.visitVarInsn(LLOAD, longLocal(k));
      boxLong();
      mv.visitVarInsn(ASTORE, mirrors + k);
      mv.visitVarInsn(ALOAD, S);
      push(k);
      mv.visitVarInsn(ALOAD, mirrors + k);
      mv.visitInsn(AASTORE);
      mv.visitLabel(boxed);
    }
  }

  private void boxLong() {
    mv.visitMethodInsn(INVOKESTATIC, OBJECTS + "PyInt", "of", "(J)L" + OBJECTS + "PyInt;", false);
  }

  /**
   * Stack slot {@code j}'s value as a long in its long local: already there when unboxed, else read from an exact
   * int in long range; anything else goes to {@code general}.
   */
  private void unboxInto(int j, boolean mayBeUnboxed, Label general) {
    Label have = new Label();
    if (mayBeUnboxed) {
      load(j);
      unboxedMark();
      mv.visitJumpInsn(IF_ACMPEQ, have);
    }
    longOfExactInt(STACK + j, "exactLong", longSlot(j), general);
    mv.visitLabel(have);
  }

  /**
   * JVM local {@code from}'s object (a stack slot, a mirror) as a long into long local {@code to} when
   * JitArithmetic.{@code test} says it is an exact int in long range; otherwise to {@code otherwise}.
   */
  private void longOfExactInt(int from, String test, int to, Label otherwise) {
    mv.visitVarInsn(ALOAD, from);
    staticCall(ARITHMETIC, test, desc("Z", D_OBJ));
    mv.visitJumpInsn(IFEQ, otherwise);
    mv.visitVarInsn(ALOAD, from);
    mv.visitTypeInsn(CHECKCAST, OBJECTS + "PyInt");
    mv.visitMethodInsn(INVOKEVIRTUAL, OBJECTS + "PyInt", "longValue", "()J", false);
    mv.visitVarInsn(LSTORE, to);
  }

  /**
   * BINARY_OP of two ints in long range whose result is one: computed in longs, left unboxed in slot {@code d - 2},
   * then to {@code done}. Anything else (other types, an overflow, a divisor not positive) falls through to the
   * general path the caller emits next.
   */
  private void unboxedArithmetic(int d, int op, BitSet unboxed, Label done) {
    Label general = new Label();
    unboxInto(d - 2, unboxed.get(d - 2), general);
    unboxInto(d - 1, unboxed.get(d - 1), general);
    int a = longSlot(d - 2), b = longSlot(d - 1);
    int base = op >= OP_INPLACE ? op - OP_INPLACE : op;
    String overflows = switch (base) {
      case OP_ADD -> "addOverflows";
      case OP_SUBTRACT -> "subtractOverflows";
      case OP_MULTIPLY -> "multiplyOverflows";
      default -> null;
    };
    if (overflows != null) {
      mv.visitVarInsn(LLOAD, a);
      mv.visitVarInsn(LLOAD, b);
      staticCall(ARITHMETIC, overflows, "(JJ)Z");
      mv.visitJumpInsn(IFNE, general);
    } else if (base == OP_FLOOR_DIVIDE || base == OP_REMAINDER) {  // a zero or negative divisor: the general path
      mv.visitVarInsn(LLOAD, b);
      mv.visitInsn(LCONST_0);
      mv.visitInsn(LCMP);
      mv.visitJumpInsn(IFLE, general);
    }
    mv.visitVarInsn(LLOAD, a);
    mv.visitVarInsn(LLOAD, b);
    switch (base) {
      case OP_ADD -> mv.visitInsn(LADD);
      case OP_SUBTRACT -> mv.visitInsn(LSUB);
      case OP_MULTIPLY -> mv.visitInsn(LMUL);
      case OP_FLOOR_DIVIDE -> staticCall("java/lang/Math", "floorDiv", "(JJ)J");
      case OP_REMAINDER -> staticCall("java/lang/Math", "floorMod", "(JJ)J");
      case OP_AND -> mv.visitInsn(LAND);
      case OP_OR -> mv.visitInsn(LOR);
      case OP_XOR -> mv.visitInsn(LXOR);
      default -> throw new IllegalArgumentException("no unboxed form of operator " + op);
    }
    mv.visitVarInsn(LSTORE, a);
    unboxedMark();
    store(d - 2);
    mv.visitJumpInsn(GOTO, done);
    mv.visitLabel(general);
  }

  /** COMPARE_OP of two ints in long range: the bool in slot {@code d - 2}, then to {@code done}; else falls through. */
  private void unboxedCompare(int d, int op, BitSet unboxed, Label done) {
    Label general = new Label(), holds = new Label(), result = new Label();
    unboxInto(d - 2, unboxed.get(d - 2), general);
    unboxInto(d - 1, unboxed.get(d - 1), general);
    mv.visitVarInsn(LLOAD, longSlot(d - 2));
    mv.visitVarInsn(LLOAD, longSlot(d - 1));
    mv.visitInsn(LCMP);
    mv.visitJumpInsn(switch (op) {  // CompareOps: < <= == != > >=
      case 0 -> IFLT;
      case 1 -> IFLE;
      case 2 -> IFEQ;
      case 3 -> IFNE;
      case 4 -> IFGT;
      default -> IFGE;
    }, holds);
    boolConstant(false);
    mv.visitJumpInsn(GOTO, result);
    mv.visitLabel(holds);
    boolConstant(true);
    mv.visitLabel(result);
    store(d - 2);
    mv.visitJumpInsn(GOTO, done);
    mv.visitLabel(general);
  }

  /** CALL: callable, self or NULL and the arguments go to the frame's array, where the callee's frame copies them. */
  private void call(int i, int d, int argc) {
    int base = d - argc - 2;
    int kwConst = i > 0 && opcode(code.word(i - 1)) == KW_NAMES ? code.word(i - 1) >>> 8 : -1;
    spill(base, d);
    setLasti(i);
    mv.visitVarInsn(ALOAD, TS);
    mv.visitVarInsn(ALOAD, F);
    mv.visitVarInsn(ALOAD, S);
    push(fixed + base);
    push(argc);
    if (kwConst >= 0) {
      mv.visitFieldInsn(GETSTATIC, owner, ClassBuilder.KWNAMES, "[[" + D_STR);
      push(kwConst);
      mv.visitInsn(AALOAD);
    } else {
      mv.visitInsn(ACONST_NULL);
    }
    staticCall(SUPPORT, "call", desc(D_OBJ, D_TS, D_FRAME, D_OBJS, "I", "I", "[" + D_STR));
    store(base);
    breakerCheck();
  }

  // ---- small pieces

  private void binaryHelper(int d, String owner, String method) {
    load(d - 2);
    load(d - 1);
    staticCall(owner, method, desc(D_OBJ, D_OBJ, D_OBJ));
    store(d - 2);
  }

  /** {@code helper(s, from, n)} over the top {@code n} values, its result replacing them. */
  private void arrayHelper(int d, int n, String owner, String method, String ret) {
    spill(d - n, d);
    mv.visitVarInsn(ALOAD, S);
    push(fixed + d - n);
    push(n);
    staticCall(owner, method, desc(ret, D_OBJS, "I", "I"));
    store(d - n);
  }

  /** Stores stack slots {@code [from, to)} into the frame's array at their interpreter positions. */
  private void spill(int from, int to) {
    for (int j = from; j < to; j++) {
      mv.visitVarInsn(ALOAD, S);
      push(fixed + j);
      load(j);
      mv.visitInsn(AASTORE);
    }
  }

  /** Reads stack slots {@code [from, to)} back from the frame's array. */
  void reload(int from, int to) {
    for (int j = from; j < to; j++) {
      mv.visitVarInsn(ALOAD, S);
      push(fixed + j);
      mv.visitInsn(AALOAD);
      store(j);
    }
  }

  void load(int slot) { mv.visitVarInsn(ALOAD, STACK + slot); }

  void store(int slot) { mv.visitVarInsn(ASTORE, STACK + slot); }

  private void local(int index) {
    if (mirrored(index)) {
      mv.visitVarInsn(ALOAD, mirrors + index);
      return;
    }
    mv.visitVarInsn(ALOAD, S);
    push(index);
    mv.visitInsn(AALOAD);
  }

  /**
   * STORE_FAST. An unboxed int goes to the local's JVM locals only; the frame's array gets it at the next barrier
   * (Unboxing), so a loop's int stays unboxed from one iteration to the next.
   */
  private void storeLocal(int index, int slot, boolean mayBeUnboxed) {
    if (!mayBeUnboxed && mirrored(index) && unboxing.unboxesOnStore(index)) {  // an int unboxed on the way in
      Label notInt = new Label(), done = new Label();
      mv.visitVarInsn(ALOAD, S);
      push(index);
      load(slot);
      mv.visitInsn(AASTORE);
      longOfExactInt(STACK + slot, "exactLongOrNull", longLocal(index), notInt);
      unboxedMark();
      mv.visitVarInsn(ASTORE, mirrors + index);
      mv.visitJumpInsn(GOTO, done);
      mv.visitLabel(notInt);
      load(slot);
      mv.visitVarInsn(ASTORE, mirrors + index);
      mv.visitLabel(done);
      return;
    }
    if (mayBeUnboxed && mirrored(index)) {
      Label unboxedValue = new Label();
      load(slot);
      mv.visitVarInsn(ASTORE, mirrors + index);
      moveLong(longSlot(slot), longLocal(index));
      load(slot);
      unboxedMark();
      mv.visitJumpInsn(IF_ACMPEQ, unboxedValue);
      mv.visitVarInsn(ALOAD, S);
      push(index);
      load(slot);
      mv.visitInsn(AASTORE);
      mv.visitLabel(unboxedValue);
      return;
    }
    if (mayBeUnboxed) boxSlot(slot);  // a local the compiled code does not mirror (none today) takes objects only
    mv.visitVarInsn(ALOAD, S);
    push(index);
    load(slot);
    mv.visitInsn(AASTORE);
    if (mirrored(index)) {
      load(slot);
      mv.visitVarInsn(ASTORE, mirrors + index);
    }
  }

  private void cell(int index) {
    local(index);
    mv.visitTypeInsn(CHECKCAST, INTERP + "PyCell");
  }

  private void constant(int index) {
    if (index < constantFields) {
      mv.visitFieldInsn(GETSTATIC, owner, ClassBuilder.CONST + index, D_OBJ);
      return;
    }
    mv.visitFieldInsn(GETSTATIC, owner, ClassBuilder.CONSTS, D_OBJS);
    push(index);
    mv.visitInsn(AALOAD);
  }

  private void name(int index) {
    mv.visitFieldInsn(GETSTATIC, owner, ClassBuilder.NAMES, "[" + D_STR);
    push(index);
    mv.visitInsn(AALOAD);
  }

  private void caches(int i) {
    mv.visitFieldInsn(GETSTATIC, owner, ClassBuilder.CACHES, "[Ljava/lang/Object;");
    push(i);
  }

  private void bool() { staticCall(PY_BOOL, "of", desc(D_BOOL, "Z")); }

  private void boolConstant(boolean b) { mv.visitFieldInsn(GETSTATIC, PY_BOOL, b ? "TRUE" : "FALSE", D_BOOL); }

  /**
   * Where a generator's frame resumes after the yield at {@code i} (stack depth {@code d} with the sent value): the
   * stack back from the frame, the thrown exception raised there if any, then the next instruction.
   */
  void resumption(int i, int d) {
    reload(0, d);
    throwIfThrown(i);
    mv.visitJumpInsn(GOTO, labels[i + 1]);
  }

  /** {@code generator.throw()}: the exception raised as if by instruction {@code at}. */
  void throwIfThrown(int at) {
    Label none = new Label();
    mv.visitVarInsn(ALOAD, THROWN);
    mv.visitJumpInsn(IFNULL, none);
    setAt(at);
    mv.visitVarInsn(ALOAD, THROWN);
    mv.visitInsn(ATHROW);
    mv.visitLabel(none);
  }

  private void setAt(int i) {
    push(i);
    mv.visitVarInsn(ISTORE, AT);
  }

  private void setLasti(int i) {
    mv.visitVarInsn(ALOAD, F);
    push(i);
    mv.visitFieldInsn(PUTFIELD, FRAME, "lasti", "I");
  }

  /**
   * The taken side of a backward conditional jump (the end of a while loop): the eval breaker on the way back to
   * {@code target}, as the loop checks it; the fall-through side continues at {@code fall}.
   */
  private void backwardBranch(Label taken, Label fall, int target, int i, BitSet unboxed, BitSet unboxedLocals) {
    mv.visitJumpInsn(GOTO, fall);
    mv.visitLabel(taken);
    loopBreakerCheck(i, target, unboxed, unboxedLocals);
    mv.visitJumpInsn(GOTO, labels[target]);
  }

  /**
   * The eval breaker on backward jump {@code i} to {@code target}. At a header the class is entered at (an outermost
   * loop's), the breaker's service is not called from the loop: the method leaves, its stack in the frame as an
   * interpreter handing the loop over leaves it, and returns {@code JitSupport.BREAK}; the caller services the
   * breaker and enters again at the header (an exception the service raised is raised there, as if by this jump). So
   * the loop holds no call for the breaker: a call on any path of a loop, however rare, made C2 keep the loop's values
   * in stack slots across the whole loop (docs/jit.md, "The breaker leaves the loop"). Other loops (nested ones,
   * which the class is not entered at) call the service as before ({@link #breakerCheck}).
   */
  private void loopBreakerCheck(int i, int target, BitSet unboxed, BitSet unboxedLocals) {
    Label go = new Label();
    if (java.util.Arrays.binarySearch(loopEntries, target) < 0) {
      if (unboxedLocals.isEmpty()) {
        breakerCheck();
        return;
      }
      mv.visitFieldInsn(GETSTATIC, INTERP + "Eval", "evalBreaker", "I");  // its service may read the frame
      mv.visitJumpInsn(IFEQ, go);
      writeBack(unboxedLocals);
      breakerCheck();
      mv.visitLabel(go);
      return;
    }
    mv.visitFieldInsn(GETSTATIC, INTERP + "Eval", "evalBreaker", "I");
    mv.visitJumpInsn(IFEQ, go);
    for (int k = unboxedLocals.nextSetBit(0); k >= 0; k = unboxedLocals.nextSetBit(k + 1)) {
      mv.visitVarInsn(ALOAD, S);  // the object slot as it is, an UNBOXED mark included
      push(k);
      mv.visitVarInsn(ALOAD, mirrors + k);
      mv.visitInsn(AASTORE);
      exitLong(k, longLocal(k));
    }
    for (int j = unboxed.nextSetBit(0); j >= 0; j = unboxed.nextSetBit(j + 1)) exitLong(fixed + j, longSlot(j));
    spill(0, depths[target]);  // the stack's object slots, marks included
    mv.visitVarInsn(ALOAD, F);
    push(target);
    mv.visitFieldInsn(PUTFIELD, FRAME, "next", "I");
    mv.visitVarInsn(ALOAD, F);
    push(fixed + depths[target]);
    mv.visitFieldInsn(PUTFIELD, FRAME, "sp", "I");
    setLasti(i);
    mv.visitFieldInsn(GETSTATIC, SUPPORT, "BREAK", D_OBJ);
    mv.visitInsn(ARETURN);
    mv.visitLabel(go);
  }

  /**
   * Entering loop header {@code header} from before the loop (falling into it, or an on-stack replacement's stub): the
   * locals the loop may keep unboxed are unboxed now when they hold an int in long range, so that the header is
   * entered with them unboxed from everywhere and C2, seeing the test below never fail, folds the loop's own tests
   * of them away (a value unboxed on one path into the header and boxed on another cost every iteration a test and
   * the loop its values in registers).
   */
  void unboxAtLoopEntry(int header) {
    BitSet locals = unboxing.unboxedOnLoopEntry(header);  // mirrored ones only, as every unboxed local
    for (int k = locals.nextSetBit(0); k >= 0; k = locals.nextSetBit(k + 1)) {
      Label done = new Label();
      mv.visitVarInsn(ALOAD, mirrors + k);
      unboxedMark();
      mv.visitJumpInsn(IF_ACMPEQ, done);
      longOfExactInt(mirrors + k, "exactLongOrNull", longLocal(k), done);
      unboxedMark();
      mv.visitVarInsn(ASTORE, mirrors + k);
      mv.visitLabel(done);
    }
  }

  /**
   * The breaker's exit from a loop hands unboxed ints out without a call: the long of frame slot {@code index} (kept
   * in long local {@code from}) to the thread's exit longs, where JitSupport.runCompiled boxes the slots the exit left
   * UNBOXED (an unused value where it did not). Boxing here, a call to PyInt.of on a path out of the loop, made C2
   * keep the loop's values in stack slots (docs/jit.md).
   */
  private void exitLong(int index, int from) {
    mv.visitVarInsn(ALOAD, TS);
    mv.visitFieldInsn(GETFIELD, INTERP + "ThreadState", "exitLongs", "[J");
    push(index);
    mv.visitVarInsn(LLOAD, from);
    mv.visitInsn(LASTORE);
  }

  /**
   * The eval breaker, as the loop checks it at RESUME, after a call and at the backward jumps of loops the class is
   * not entered at ({@link #loopBreakerCheck} has the others): JitSupport.breaker, which C2 inlines, so that every
   * site shares one branch profile (see there).
   */
  private void breakerCheck() {
    staticCall(SUPPORT, "breaker", "()V");
  }

  private void throwFrom(String owner, String method, String descriptor) {
    staticCall(owner, method, descriptor);
    mv.visitInsn(ATHROW);
  }

  private void staticCall(String owner, String method, String descriptor) {
    mv.visitMethodInsn(INVOKESTATIC, owner, method, descriptor, false);
  }

  void push(int v) {
    if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
    else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
    else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
    else mv.visitLdcInsn(v);
  }
}
