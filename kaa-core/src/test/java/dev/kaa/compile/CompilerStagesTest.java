package dev.kaa.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Position;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Warnings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiler's stages run one at a time, as _testinternalcapi exposes them. */
class CompilerStagesTest {
  private static final Position P = new Position(1, 1, 0, 1);

  private static FrontEnd.Result front(String source) {
    return FrontEnd.compileString(source, "<stages>", Mode.EXEC, Warnings.IGNORE);
  }

  private static List<String> names(List<Assembler.Listed> listing) {
    List<String> out = new ArrayList<>();
    for (Assembler.Listed in : listing) {
      out.add(in.op() >= 256 ? Assembler.PSEUDO_NAMES.get(in.op() - 256) : Op.info(in.op()).name());
    }
    return out;
  }

  private static Assembler.Listed at(int op, int arg) { return new Assembler.Listed(op, arg, P); }

  /** Generating then assembling, one stage after the other, gives what the compiler gives in one go. */
  @Test void codegenThenAssembleIsTheCompiler() {
    String source = "x = 1\nfor i in range(3):\n    if i == x: continue\n    x = (i, 2.5)\ntry:\n    y\nexcept E as e:\n"
        + "    pass\ndef f(a, *b): return a + len(b)\n";
    CompilerStages.Generated g = CodeGen.codegen(front(source), "<stages>", 0);
    Code whole = CodeGen.compile(front(source), "<stages>", 0);
    Code staged = CompilerStages.assemble(g.listing(), g.tables(), "<stages>");
    assertTrue(whole.sameContent(staged), "staged:\n" + staged + "\nwhole:\n" + whole);
  }

  /** The generator's listing: pseudo-instructions kept, jumps as indexes into the listing, a unit's tables. */
  @Test void codegenListsPseudoInstructionsAndJumpIndexes() {
    CompilerStages.Generated g = CodeGen.codegen(front("for x in y:\n    z = x\n"), "<stages>", 0);
    List<String> names = names(g.listing());
    assertTrue(names.contains("JUMP"), names.toString());
    for (Assembler.Listed in : g.listing()) {
      if (Assembler.hasTarget(in.op())) assertTrue(in.arg() >= 0 && in.arg() < g.listing().size(), in.toString());
    }
    int jump = names.indexOf("JUMP");
    assertEquals("FOR_ITER", names.get(g.listing().get(jump).arg()), "the loop jumps back to its FOR_ITER");
    assertEquals(List.of("y", "x", "z"), g.tables().names());
    assertEquals("<module>", g.tables().name());
  }

  /**
   * The flow-graph passes: code after a return goes, a LOAD_CONST; POP_TOP pair goes, a load of a local that may be
   * unbound is checked, and the constants no longer used go (the first stays), the others renumbered.
   */
  @Test void optimiseDropsDeadCodeAndUnusedConstants() {
    List<Assembler.Listed> listing = List.of(
        at(Op.LOAD_CONST, 1), at(Op.POP_TOP, 0),
        at(Op.LOAD_FAST, 0), at(Op.POP_JUMP_IF_FALSE, 5),
        at(Op.RETURN_CONST, 3),
        at(Op.RETURN_CONST, 2),
        at(Op.RETURN_CONST, 4));
    CompilerStages.Optimised o = CompilerStages.optimise(listing, 5, 1);
    assertEquals(List.of("LOAD_FAST_CHECK", "POP_JUMP_IF_FALSE", "RETURN_CONST", "RETURN_CONST"), names(o.listing()));
    assertArrayEquals(new int[] {0, -1, 1, 2, -1}, o.constIndex());
    assertEquals(3, o.listing().get(1).arg(), "the jump's target moved with the code");
    assertEquals(2, o.listing().get(2).arg());
    assertEquals(1, o.listing().get(3).arg());
  }

  /** A NOP stays only where it is the one instruction of its line. */
  @Test void redundantNopsGo() {
    Code pass = CodeGen.compile(front("def f():\n    pass\n"), "<stages>", 0);
    Code f = (Code) pass.consts().get(0);
    for (int i = 0; i < f.length(); i++) assertFalse(Op.opcode(f.word(i)) == Op.NOP);
    assertEquals(2, f.position(f.length() - 1).lineno(), "the return took the pass's line");
    Code kept = CodeGen.compile(front("if x:\n    pass\ny\n"), "<stages>", 0);
    boolean nop = false;
    for (int i = 0; i < kept.length(); i++) nop |= Op.opcode(kept.word(i)) == Op.NOP && kept.position(i).lineno() == 2;
    assertTrue(nop, "line 2 has only the pass");
  }

  /** Operands are checked against the tables, and cell operands become frame slots behind a MAKE_CELL prefix. */
  @Test void assembleChecksOperandsAndPlacesCells() {
    CompilerStages.Tables t = new CompilerStages.Tables("f", "f", 1, 0, 1, 0, 0, List.of(1L), List.of(),
        List.of("a"), List.of("c"), List.of());
    assertThrows(IllegalArgumentException.class,
        () -> CompilerStages.assemble(List.of(at(Op.RETURN_CONST, 1)), t, "t.py"));
    assertThrows(IllegalArgumentException.class, () -> CompilerStages.assemble(List.of(at(999, 0)), t, "t.py"));
    assertThrows(IllegalArgumentException.class,
        () -> CompilerStages.assemble(List.of(at(Assembler.JUMP, 7)), t, "t.py"));
    Code code = CompilerStages.assemble(List.of(at(Op.RESUME, 0), at(Op.LOAD_CONST, 0), at(Op.STORE_DEREF, 0),
        at(Op.LOAD_DEREF, 0), at(Op.RETURN_VALUE, 0)), t, "t.py");
    assertEquals(Op.encode(Op.MAKE_CELL, 1), code.word(0));
    assertEquals(Op.encode(Op.STORE_DEREF, 1), code.word(3), "cell c lives in slot 1, after local a");
  }
}
