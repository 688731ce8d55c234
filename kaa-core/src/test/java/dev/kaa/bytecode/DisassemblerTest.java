package dev.kaa.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.compile.CodeGen;
import dev.kaa.compile.FrontEnd;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Warnings;
import org.junit.jupiter.api.Test;

/**
 * The disassembler's layout on a small program (and, through it, the code the generator makes for it). The `if`'s
 * jump goes straight back to the loop's head (threaded through the jump that ends the body); the return after the
 * loop has no line of its own: it takes the loop's, from FOR_ITER, its one way in (python3.12 too).
 */
class DisassemblerTest {
  private static String dis(String source) {
    return Disassembler.dis(CodeGen.compile(FrontEnd.compileString(source, "<dis>", Mode.EXEC, Warnings.IGNORE),
        "<dis>", 0));
  }

  @Test
  void loopWithConditionAndFString() {
    String source = """
        for i in range(3):
            if i > 1:
                print(f"{i!r}")
        """;
    assertEquals("""
           0         0 RESUME                         0

           1         2 PUSH_NULL
                     4 LOAD_NAME                      0 (range)
                     6 LOAD_CONST                     0 (3)
                     8 CALL                           1
                    10 GET_ITER
              >>    12 FOR_ITER                      19 (to 38)
                    14 STORE_NAME                     1 (i)

           2        16 LOAD_NAME                      1 (i)
                    18 LOAD_CONST                     1 (1)
                    20 COMPARE_OP                     4 (>)
                    22 POP_JUMP_IF_FALSE              6 (to 12)

           3        24 PUSH_NULL
                    26 LOAD_NAME                      2 (print)
                    28 LOAD_NAME                      1 (i)
                    30 FORMAT_VALUE                   2 (repr)
                    32 CALL                           1
                    34 POP_TOP
                    36 JUMP_BACKWARD                  6 (to 12)

           1  >>    38 RETURN_CONST                   2 (None)
        """, dis(source));
  }
}
