package dev.kaa.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kaa.ast.Expr;
import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.ExceptionTable;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssemblerTest {
  private static final Position P1 = new Position(1, 1, 0, 5);
  private static final Position P2 = new Position(2, 2, 4, 9);

  /** A function of one parameter, x, with one other local, e. */
  private static Code assemble(Assembler asm) {
    return asm.assemble(new Assembler.CodeInfo("f", "f", "t.py", 1, 1, 0, 0, 0, List.of("x", "e"), List.of(),
        List.of(), List.of("g"), List.of(Expr.Constant.Singleton.None)));
  }

  private static List<String> names(Code code) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < code.length(); i++) {
      int w = code.word(i);
      String name = Op.info(Op.opcode(w)).name();
      out.add(Op.info(Op.opcode(w)).arg() == Op.Arg.NONE ? name : name + " " + Op.arg(w));
    }
    return out;
  }

  /** while x: x = g()  — a loop: backward jump resolved, stack depth 2 (NULL + callable). */
  @Test void loopJumpsResolveAndStackDepthIsTheMaximum() {
    Assembler asm = new Assembler();
    Assembler.Label top = asm.newLabel(), done = asm.newLabel();
    asm.bind(top);
    asm.emit(Op.LOAD_FAST, 0, P1);
    asm.emitJump(Op.POP_JUMP_IF_FALSE, done, P1);
    asm.emit(Op.LOAD_GLOBAL, 0 << 1 | 1, P2);
    asm.emit(Op.CALL, 0, P2);
    asm.emit(Op.STORE_FAST, 0, P2);
    asm.emitJump(Assembler.JUMP, top, P2);
    asm.bind(done);
    asm.emit(Op.RETURN_CONST, 0, P1);
    Code code = assemble(asm);
    assertEquals(List.of("LOAD_FAST 0", "POP_JUMP_IF_FALSE 6", "LOAD_GLOBAL 1", "CALL 0", "STORE_FAST 0",
        "JUMP_BACKWARD 0", "RETURN_CONST 0"), names(code));
    assertEquals(2, code.stackSize);
    assertEquals(P2, code.position(4));
    assertEquals(0, code.exceptionTable().size());
  }

  /**
   * if x: e = g()  / e; x; del x; x — e may be unbound after the if (checked), x is bound until deleted (plain load),
   * then checked; a checked load that succeeded proves the local bound for what follows.
   */
  @Test void loadsOfLocalsThatMayBeUnboundAreChecked() {
    Assembler asm = new Assembler();
    Assembler.Label after = asm.newLabel();
    asm.emit(Op.LOAD_FAST, 0, P1);
    asm.emitJump(Op.POP_JUMP_IF_FALSE, after, P1);
    asm.emit(Op.LOAD_GLOBAL, 0 << 1 | 1, P1);
    asm.emit(Op.CALL, 0, P1);
    asm.emit(Op.STORE_FAST, 1, P1);
    asm.bind(after);
    for (int local : new int[] {1, 1, 0}) {
      asm.emit(Op.LOAD_FAST, local, P2);
      asm.emit(Op.POP_TOP, P2);
    }
    asm.emit(Op.DELETE_FAST, 0, P2);
    asm.emit(Op.LOAD_FAST, 0, P2);
    asm.emit(Op.RETURN_VALUE, P2);
    assertEquals(List.of("LOAD_FAST 0", "POP_JUMP_IF_FALSE 5", "LOAD_GLOBAL 1", "CALL 0", "STORE_FAST 1",
        "LOAD_FAST_CHECK 1", "POP_TOP", "LOAD_FAST 1", "POP_TOP", "LOAD_FAST 0", "POP_TOP", "DELETE_FAST 0",
        "LOAD_FAST_CHECK 0", "RETURN_VALUE"), names(assemble(asm)));
  }

  /** try: e = g()  except: e — the handler may be entered before the store: its load is checked. */
  @Test void handlersSeeTheLocalsOfEveryInstructionTheyCover() {
    Assembler asm = new Assembler();
    Assembler.Label handler = asm.newLabel();
    asm.emitJump(Assembler.SETUP_FINALLY, handler, P1);
    asm.emit(Op.LOAD_GLOBAL, 1, P1);
    asm.emit(Op.CALL, 0, P1);
    asm.emit(Op.STORE_FAST, 1, P1);
    asm.emit(Assembler.POP_BLOCK, P1);
    asm.emit(Op.LOAD_FAST, 1, P1);
    asm.emit(Op.RETURN_VALUE, P1);
    asm.bind(handler);
    asm.emit(Op.POP_TOP, P2);
    asm.emit(Op.LOAD_FAST, 1, P2);
    asm.emit(Op.RETURN_VALUE, P2);
    assertEquals(List.of("LOAD_GLOBAL 1", "CALL 0", "STORE_FAST 1", "LOAD_FAST 1", "RETURN_VALUE", "POP_TOP",
        "LOAD_FAST_CHECK 1", "RETURN_VALUE"), names(assemble(asm)));
  }

  /**
   * try: g()  except: pass — the protected call gets an entry to the handler at depth 0; the handler's own
   * instructions are covered by the cleanup handler with lasti.
   */
  @Test void handlersBecomeExceptionTableEntries() {
    Assembler asm = new Assembler();
    Assembler.Label handler = asm.newLabel(), cleanup = asm.newLabel(), end = asm.newLabel();
    asm.emitJump(Assembler.SETUP_FINALLY, handler, P1);
    asm.emit(Op.LOAD_GLOBAL, 1, P1);              // 0
    asm.emit(Op.CALL, 0, P1);                     // 1
    asm.emit(Op.POP_TOP, P1);                     // 2
    asm.emit(Assembler.POP_BLOCK, P1);
    asm.emitJump(Assembler.JUMP, end, P1);        // 3
    asm.bind(handler);
    asm.emitJump(Assembler.SETUP_CLEANUP, cleanup, P2);
    asm.emit(Op.PUSH_EXC_INFO, P2);               // 4
    asm.emit(Op.POP_TOP, P2);                     // 5
    asm.emit(Assembler.POP_BLOCK, P2);
    asm.emit(Op.POP_EXCEPT, P2);                  // 6
    asm.emitJump(Assembler.JUMP, end, P2);        // 7
    asm.bind(cleanup);
    asm.emit(Op.COPY, 3, P2);                     // 8
    asm.emit(Op.POP_EXCEPT, P2);                  // 9
    asm.emit(Op.RERAISE, 1, P2);                  // 10
    asm.bind(end);
    asm.emit(Op.RETURN_CONST, 0, P1);             // 11
    Code code = assemble(asm);
    assertEquals("RETURN_CONST 0", names(code).get(3));  // the jump to a one-instruction exit is a copy of it
    assertEquals(11, code.length());                      // both jumps copied it: the block at `end` is gone
    ExceptionTable t = code.exceptionTable();
    assertEquals(2, t.size());
    assertEquals(List.of(0, 3, 4, 0, 0), entry(t, 0));   // the try body -> handler; the way out follows POP_BLOCK
    assertEquals(List.of(4, 6, 8, 1, 1), entry(t, 1));   // the handler body -> cleanup at depth 1, with lasti (as CPython)
    assertEquals(0, t.lookup(2));
    assertEquals(-1, t.lookup(6));
    assertEquals(4, code.stackSize);
  }

  /** A POP_BLOCK on one path (a `return` inside the try) must not unprotect the code after it on the other path. */
  @Test void handlersFollowControlFlowNotText() {
    Assembler asm = new Assembler();
    Assembler.Label handler = asm.newLabel(), skip = asm.newLabel();
    asm.emitJump(Assembler.SETUP_FINALLY, handler, P1);
    asm.emit(Op.LOAD_FAST, 0, P1);                // 0
    asm.emitJump(Op.POP_JUMP_IF_FALSE, skip, P1); // 1
    asm.emit(Assembler.POP_BLOCK, P1);
    asm.emit(Op.RETURN_CONST, 0, P1);             // 2 (unprotected)
    asm.bind(skip);
    asm.emit(Op.LOAD_GLOBAL, 1, P2);              // 3 (protected again)
    asm.emit(Op.CALL, 0, P2);                     // 4
    asm.emit(Op.POP_TOP, P2);                     // 5
    asm.emit(Assembler.POP_BLOCK, P2);
    asm.emit(Op.RETURN_CONST, 0, P2);             // 6
    asm.bind(handler);
    asm.emit(Op.POP_TOP, P2);                     // 7
    asm.emit(Op.RETURN_CONST, 0, P2);             // 8
    Code code = assemble(asm);
    ExceptionTable t = code.exceptionTable();
    assertEquals(7, t.handler(t.lookup(1)));
    assertEquals(-1, t.lookup(2));
    assertEquals(7, t.handler(t.lookup(4)));
    assertEquals(-1, t.lookup(6));
  }

  @Test void unreachableCodeIsDropped() {
    Assembler asm = new Assembler();
    asm.emit(Op.RETURN_CONST, 0, P1);
    asm.emit(Op.LOAD_FAST, 0, P1);
    asm.emit(Op.RETURN_VALUE, P1);
    assertEquals(List.of("RETURN_CONST 0"), names(assemble(asm)));
  }

  @Test void stackUnderflowIsACompilerBug() {
    Assembler asm = new Assembler();
    asm.emit(Op.POP_TOP, P1);
    asm.emit(Op.RETURN_CONST, 0, P1);
    assertThrows(IllegalStateException.class, () -> assemble(asm));
  }

  private static List<Integer> entry(ExceptionTable t, int i) {
    return List.of(t.start(i), t.end(i), t.handler(i), t.depth(i), t.pushesLasti(i) ? 1 : 0);
  }
}
