package dev.kaa.jit;

import static dev.kaa.jit.Names.*;
import static org.objectweb.asm.Opcodes.*;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.CodeFlags;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.ExceptionTable;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;

/**
 * The class a code object compiles to (docs/jit.md): a hidden class extending {@code JitCode} whose class data is the
 * {@code PyCode}; static final fields hold its constants, names, keyword-name tuples and inline caches, and
 * {@code run(ThreadState, Frame, PyException, boolean atLoop)} is the code's instructions, one after the other, with
 * one catch-all handler that does what the loop's catch block does: the traceback entry, then the exception table's
 * handler with the stack trimmed to its depth. The same method is entered at the code's start and, for an
 * interpreted frame's on-stack replacement, at its loop headers, so the JVM warms one method whatever entered it.
 */
final class ClassBuilder {
  static final String NAME = INTERP + "JitCompiled";
  static final String CONSTS = "CONSTS", NAMES = "NAMES", KWNAMES = "KWNAMES", CACHES = "CACHES";
  /** HotSpot compiles no method longer than this (-XX:-DontCompileHugeMethods aside): interpreted, it would be slow. */
  static final int MAX_METHOD_BYTES = 8000;

  private final Code code;
  private final int[] depths;
  private final int[] loopEntries;
  private final boolean unboxInts;
  /** In the body's try range: raises {@code thrown} as if by instruction {@code f.lasti} (a loop entered again). */
  private Label raiseAtLasti;

  ClassBuilder(Code code, int[] depths, int[] loopEntries, boolean unboxInts) {
    this.code = code;
    this.depths = depths;
    this.loopEntries = loopEntries;
    this.unboxInts = unboxInts;
  }

  /**
   * ASM's writer, finding the classes it computes frames with through Kaa's class loader. Named and used only as this
   * type, and {@code MethodTooLargeException} not caught by type, so that this class's verification never asks for
   * ASM's classes: they cannot be in the AOT cache (class-file version 49), and the JVM would load them from their jar at
   * every start to check a constraint of this archived class (~3 ms; docs/performance.md, session 20).
   */
  private static final class Writer extends ClassWriter {
    Writer() { super(ClassWriter.COMPUTE_FRAMES); }

    @Override protected ClassLoader getClassLoader() { return ClassBuilder.class.getClassLoader(); }
  }

  /** The class file, or null when its method would be too large for HotSpot to compile. */
  byte[] build() {
    Writer cw = new Writer();
    cw.visit(V21, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, NAME, null, JIT_CODE, null);
    cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, CONSTS, D_OBJS, null, null).visitEnd();
    cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, NAMES, "[" + D_STR, null, null).visitEnd();
    cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, KWNAMES, "[[" + D_STR, null, null).visitEnd();
    cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, CACHES, "[Ljava/lang/Object;", null, null).visitEnd();
    int constants = constantFields(code);
    for (int k = 0; k < constants; k++) {
      cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, CONST + k, D_OBJ, null, null).visitEnd();
    }
    classInit(cw, constants);
    constructor(cw);
    MethodVisitor mv = cw.visitMethod(ACC_FINAL, "run", desc(D_OBJ, D_TS, D_FRAME, "L" + OBJECTS + "PyException;", "Z"),
        null, null);
    Label end = run(mv);
    byte[] bytes;
    try {
      bytes = cw.toByteArray();
    } catch (RuntimeException e) {
      if (e instanceof MethodTooLargeException) return null;
      throw e;
    }
    return end.getOffset() > MAX_METHOD_BYTES ? null : bytes;
  }

  /**
   * How many of the code's constants get a static final field each ({@code CONST0...}): HotSpot folds a static final
   * field's value into compiled code (an int constant's type test and value, a tuple's length), never an element of
   * the CONSTS array. Codes with very many constants (tables) keep to the array: a field each would swell the class.
   */
  static int constantFields(Code code) {
    int n = code.consts().size();
    return n <= MAX_CONSTANT_FIELDS ? n : 0;
  }

  static final String CONST = "CONST";
  private static final int MAX_CONSTANT_FIELDS = 256;

  /** The static fields from the class data, the PyCode. */
  private static void classInit(Writer cw, int constants) {
    MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
    mv.visitCode();
    mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
        "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
    mv.visitLdcInsn("_");
    mv.visitLdcInsn(org.objectweb.asm.Type.getObjectType(PY_CODE));
    mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
    mv.visitTypeInsn(CHECKCAST, PY_CODE);
    field(mv, "consts", CONSTS, D_OBJS);
    field(mv, "names", NAMES, "[" + D_STR);
    field(mv, "keywordNames", KWNAMES, "[[" + D_STR);
    field(mv, "inlineCaches", CACHES, "[Ljava/lang/Object;");
    mv.visitInsn(POP);
    for (int k = 0; k < constants; k++) {
      mv.visitFieldInsn(GETSTATIC, NAME, CONSTS, D_OBJS);
      mv.visitLdcInsn(k);
      mv.visitInsn(AALOAD);
      mv.visitFieldInsn(PUTSTATIC, NAME, CONST + k, D_OBJ);
    }
    mv.visitInsn(RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  private static void field(MethodVisitor mv, String from, String to, String descriptor) {
    mv.visitInsn(DUP);
    mv.visitFieldInsn(GETFIELD, PY_CODE, from, descriptor);
    mv.visitFieldInsn(PUTSTATIC, NAME, to, descriptor);
  }

  /** {@code JitCode(int[] loopEntries)}: the interpreter's side asks the object where it can enter. */
  private static void constructor(Writer cw) {
    MethodVisitor mv = cw.visitMethod(0, "<init>", "([I)V", null, null);
    mv.visitCode();
    mv.visitVarInsn(ALOAD, 0);
    mv.visitVarInsn(ALOAD, 1);
    mv.visitMethodInsn(INVOKESPECIAL, JIT_CODE, "<init>", "([I)V", false);
    mv.visitInsn(RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** The body of {@code run}; returns a label at its end, whose offset is the method's size once written. */
  private Label run(MethodVisitor mv) {
    int n = code.length();
    Label[] labels = new Label[n];
    for (int i = 0; i < n; i++) labels[i] = new Label();
    Label start = new Label(), end = new Label(), handler = new Label(), methodEnd = new Label();
    Label atLoop = new Label();
    raiseAtLasti = new Label();
    InstructionEmitter emit = new InstructionEmitter(mv, code, NAME, labels, depths, loopEntries, unboxInts);
    mv.visitCode();
    mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
    prologue(mv, emit);
    if (loopEntries.length > 0) {  // without loops, run is never entered at one
      mv.visitVarInsn(ILOAD, InstructionEmitter.AT_LOOP);
      mv.visitJumpInsn(IFNE, atLoop);
    }
    mv.visitLabel(start);
    Label body = new Label();
    if (loopEntries.length > 0) {  // an exception the breaker's service raised, re-entering at a loop (loopEntries)
      mv.visitJumpInsn(GOTO, body);
      mv.visitLabel(raiseAtLasti);
      mv.visitVarInsn(ALOAD, InstructionEmitter.F);
      mv.visitFieldInsn(GETFIELD, FRAME, "lasti", "I");
      mv.visitVarInsn(ISTORE, InstructionEmitter.AT);
      mv.visitVarInsn(ALOAD, InstructionEmitter.THROWN);
      mv.visitInsn(ATHROW);
    }
    mv.visitLabel(body);
    if (CodeFlags.makesGenerator(code.flags)) resumptions(mv, emit);
    int[] clear = StaleSlots.clearBefore(code, depths);
    for (int i = 0; i < n; i++) {
      if (i > 0 && depths[i - 1] >= 0) emit.unboxAtLoopEntry(i);  // at a loop's header, falling in from before it
      mv.visitLabel(labels[i]);
      if (depths[i] < 0) continue;
      for (int j = depths[i]; j < clear[i]; j++) {
        mv.visitInsn(ACONST_NULL);
        emit.store(j);
      }
      emit.emit(i, depths[i]);
    }
    mv.visitLabel(end);
    mv.visitLabel(handler);
    handlers(mv, emit, labels);
    if (loopEntries.length > 0) {
      mv.visitLabel(atLoop);
      loopEntries(mv, emit, labels);
    }
    mv.visitLabel(methodEnd);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    return methodEnd;
  }

  /**
   * The frame's array, globals and builtins in locals; every stack slot null (the verifier wants them set on every
   * path).
   */
  private void prologue(MethodVisitor mv, InstructionEmitter emit) {
    mv.visitVarInsn(ALOAD, InstructionEmitter.F);
    mv.visitFieldInsn(GETFIELD, FRAME, "localsplus", D_OBJS);
    mv.visitVarInsn(ASTORE, InstructionEmitter.S);
    mv.visitVarInsn(ALOAD, InstructionEmitter.F);
    mv.visitFieldInsn(GETFIELD, FRAME, "globals", "L" + OBJECTS + "PyDict;");
    mv.visitVarInsn(ASTORE, InstructionEmitter.GLOBALS);
    mv.visitVarInsn(ALOAD, InstructionEmitter.F);
    mv.visitFieldInsn(GETFIELD, FRAME, "builtins", "L" + OBJECTS + "PyDict;");
    mv.visitVarInsn(ASTORE, InstructionEmitter.BUILTINS);
    mv.visitInsn(ICONST_0);
    mv.visitVarInsn(ISTORE, InstructionEmitter.AT);
    mv.visitInsn(ACONST_NULL);
    mv.visitVarInsn(ASTORE, InstructionEmitter.EXC);
    for (int j = 0; j <= code.stackSize; j++) {
      mv.visitInsn(ACONST_NULL);
      emit.store(j);
    }
    emit.loadMirrors();
    emit.initLongs();
  }

  /**
   * An on-stack replacement (run's {@code atLoop}): a switch on {@link dev.kaa.interp.Frame}'s {@code next}, the loop
   * header the interpreter stopped at, to a stub that reloads the stack it left in the frame and jumps to the header.
   * Out of line, after the handlers: a call pays one test of {@code atLoop}. The interpreter only hands over at the
   * class's entries; any other index is our bug, an IllegalStateException.
   */
  private void loopEntries(MethodVisitor mv, InstructionEmitter emit, Label[] labels) {
    Label[] stubs = new Label[loopEntries.length];
    for (int e = 0; e < stubs.length; e++) stubs[e] = new Label();
    Label none = new Label();
    mv.visitVarInsn(ALOAD, InstructionEmitter.F);
    mv.visitFieldInsn(GETFIELD, FRAME, "next", "I");
    mv.visitLookupSwitchInsn(none, loopEntries, stubs);
    for (int e = 0; e < stubs.length; e++) {
      mv.visitLabel(stubs[e]);
      emit.reload(0, depths[loopEntries[e]]);
      mv.visitVarInsn(ALOAD, InstructionEmitter.THROWN);
      mv.visitJumpInsn(IFNONNULL, raiseAtLasti);
      emit.unboxAtLoopEntry(loopEntries[e]);
      mv.visitJumpInsn(GOTO, labels[loopEntries[e]]);
    }
    mv.visitLabel(none);
    mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
    mv.visitInsn(DUP);
    mv.visitLdcInsn("no loop entry at this instruction");
    mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
    mv.visitInsn(ATHROW);
  }

  /**
   * A generator's frame starts at instruction 0 or resumes after one of its yields ({@code Frame.next}): a switch to
   * the matching entry, which reloads the stack and raises a thrown exception there.
   */
  private void resumptions(MethodVisitor mv, InstructionEmitter emit) {
    java.util.List<Integer> yields = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < code.length(); i++) {
      if (depths[i] >= 0 && Op.opcode(code.word(i)) == Op.YIELD_VALUE) yields.add(i);
    }
    int[] keys = new int[yields.size() + 1];
    Label[] targets = new Label[keys.length];
    Label first = new Label();
    targets[0] = first;
    for (int j = 0; j < yields.size(); j++) {
      keys[j + 1] = yields.get(j) + 1;
      targets[j + 1] = new Label();
    }
    mv.visitVarInsn(ALOAD, InstructionEmitter.F);
    mv.visitFieldInsn(GETFIELD, FRAME, "next", "I");
    mv.visitLookupSwitchInsn(first, keys, targets);
    for (int j = 0; j < yields.size(); j++) {
      mv.visitLabel(targets[j + 1]);
      int i = yields.get(j);
      emit.resumption(i, depths[i + 1]);
    }
    mv.visitLabel(first);
    emit.throwIfThrown(0);
  }

  /**
   * The catch-all handler: the exception as a Python one, the traceback entry and the table's lookup
   * (JitSupport.handlerEntry, which throws it on when no entry covers the instruction), then per entry: lasti and
   * the exception pushed at the entry's depth, and a jump to its handler.
   */
  private void handlers(MethodVisitor mv, InstructionEmitter emit, Label[] labels) {
    mv.visitMethodInsn(INVOKESTATIC, UNWIND, "asPython", desc("L" + OBJECTS + "PyException;", "Ljava/lang/Throwable;"),
        false);
    mv.visitVarInsn(ASTORE, InstructionEmitter.EXC);
    emit.boxEverything();
    mv.visitVarInsn(ALOAD, InstructionEmitter.TS);
    mv.visitVarInsn(ALOAD, InstructionEmitter.F);
    mv.visitVarInsn(ALOAD, InstructionEmitter.EXC);
    mv.visitVarInsn(ILOAD, InstructionEmitter.AT);
    mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "handlerEntry",
        desc("I", D_TS, D_FRAME, "L" + OBJECTS + "PyException;", "I"), false);
    ExceptionTable table = code.exceptionTable();
    if (table.size() == 0) {
      mv.visitInsn(POP);
      mv.visitInsn(ACONST_NULL);
      mv.visitInsn(ATHROW);
      return;
    }
    Label[] stubs = new Label[table.size()];
    for (int e = 0; e < stubs.length; e++) stubs[e] = new Label();
    mv.visitTableSwitchInsn(0, stubs.length - 1, stubs[0], stubs);
    for (int e = 0; e < stubs.length; e++) {
      mv.visitLabel(stubs[e]);
      int d = table.depth(e);
      if (table.pushesLasti(e)) {
        mv.visitVarInsn(ALOAD, InstructionEmitter.F);
        mv.visitVarInsn(ILOAD, InstructionEmitter.AT);
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "handlerLasti", desc("L" + OBJECTS + "PyInt;", D_FRAME, "I"), false);
        emit.store(d++);
      }
      mv.visitVarInsn(ALOAD, InstructionEmitter.EXC);
      mv.visitMethodInsn(INVOKEVIRTUAL, OBJECTS + "PyException", "value",
          desc("L" + OBJECTS + "PyBaseException;"), false);
      emit.store(d);
      mv.visitJumpInsn(GOTO, labels[table.handler(e)]);
    }
  }
}
