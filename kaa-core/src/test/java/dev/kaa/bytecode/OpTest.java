package dev.kaa.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpTest {
  /** Every opcode constant has exactly one table entry, under its own name; no entry lacks a constant. */
  @Test void tableMatchesConstants() throws IllegalAccessException {
    Set<Integer> codes = new HashSet<>();
    for (Field f : Op.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != int.class) continue;
      if (f.getName().equals("COUNT") || f.getName().equals("MAX_ARG") || f.getName().equals("NO_EXTENDED_ARG")) continue;
      int code = f.getInt(null);
      assertTrue(codes.add(code), "two opcodes share " + code);
      Op.Info info = Op.info(code);
      assertNotNull(info, f.getName() + " has no table entry");
      assertEquals(f.getName(), info.name());
      assertEquals(code, info.code());
      assertTrue(code < 256, "opcodes must fit in 8 bits");
    }
    for (int code = 0; code < Op.COUNT; code++) {
      if (Op.info(code) != null) assertTrue(codes.contains(code), "table entry " + code + " has no constant");
    }
  }

  /** opcode.EXTENDED_ARG's number is no instruction's, now or when the table grows. */
  @Test void noExtendedArgIsNoOpcode() {
    assertNull(Op.info(Op.NO_EXTENDED_ARG));
    assertTrue(Op.NO_EXTENDED_ARG >= Op.COUNT && Op.NO_EXTENDED_ARG < 256);
  }

  @Test void jumpsAreExactlyTheJumpOperands() {
    for (int code = 0; code < Op.COUNT; code++) {
      Op.Info info = Op.info(code);
      if (info == null) continue;
      assertEquals(info.arg() == Op.Arg.JUMP, info.has(Op.Flag.JUMPS), info.name());
    }
  }

  @Test void encodingRoundTrips() {
    int word = Op.encode(Op.LOAD_CONST, Op.MAX_ARG);
    assertEquals(Op.LOAD_CONST, Op.opcode(word));
    assertEquals(Op.MAX_ARG, Op.arg(word));
  }

  @Test void stackEffectsFollowOperands() {
    assertEquals(-4, Op.info(Op.CALL).delta(3));
    assertEquals(2, Op.info(Op.LOAD_GLOBAL).delta(1 << 1 | 1));
    assertEquals(1, Op.info(Op.LOAD_GLOBAL).delta(1 << 1));
    assertEquals(3, Op.info(Op.UNPACK_EX).delta(1 | 2 << 8));
    assertEquals(-2, Op.info(Op.MAKE_FUNCTION).delta(1 | 8));
    assertEquals(BinaryOps.ADD, BinaryOps.INPLACE_ADD.plain());
    assertEquals("**=", BinaryOps.of(21).symbol);
  }
}
