package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Marshal;
import dev.kaa.bytecode.Position;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Warnings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The compiler's output for a fixed sample of the language is what {@link Marshal#COMPILER_REVISION} says. The pyc
 * magic covers the instruction table by construction; this covers the compiler: a change in the instructions,
 * constants, positions or exception tables it emits for the same source fails here, naming the new revision, and
 * setting it changes the magic, so no cached {@code .pyc} made by the old compiler is taken for current.
 */
class CompilerRevisionTest {
  static final Path CORPUS = Path.of("src/test/resources/compiler-revision/corpus.py");

  @Test void compilerOutputMatchesTheRevisionInThePycMagic() throws Exception {
    Code code = Compiler.compile(Files.readAllBytes(CORPUS), "<corpus>", Mode.EXEC, true, Warnings.IGNORE, 0);
    StringBuilder listing = new StringBuilder();
    describe(code, listing);
    byte[] d = MessageDigest.getInstance("SHA-256").digest(listing.toString().getBytes(StandardCharsets.UTF_8));
    int revision = (d[0] & 0xff) | (d[1] & 0xff) << 8 | (d[2] & 0xff) << 16 | (d[3] & 0xff) << 24;
    assertEquals(revision, Marshal.COMPILER_REVISION, String.format(
        "the compiler's output changed: set Marshal.COMPILER_REVISION to 0x%08x (then MarshalTest names the new "
            + "CODE_MAGIC)", revision));
  }

  /**
   * Everything the compiler decided about {@code code}, as text. Not the marshal bytes: every code object carries the
   * magic, which this revision is part of.
   */
  private static void describe(Code code, StringBuilder out) {
    out.append("code ").append(code.qualname).append(' ').append(code.argCount).append(' ')
        .append(code.posOnlyArgCount).append(' ').append(code.kwOnlyArgCount).append(' ').append(code.flags)
        .append(' ').append(code.stackSize).append(' ').append(code.firstLineno).append('\n');
    out.append(code.varnames).append(code.cellvars).append(code.freevars).append(code.names).append('\n');
    for (int i = 0; i < code.length(); i++) {
      Position p = code.position(i);
      out.append(Integer.toHexString(code.word(i))).append(' ').append(p.lineno()).append(':').append(p.colOffset())
          .append('-').append(p.endLineno()).append(':').append(p.endColOffset()).append('\n');
    }
    out.append("exceptions ").append(Arrays.toString(code.exceptionTable().toArray())).append('\n');
    for (Object c : code.consts()) {
      if (c instanceof Code nested) {
        describe(nested, out);
      } else {
        out.append("const ").append(c == null ? "null" : c.getClass().getSimpleName() + " " + c).append('\n');
      }
    }
  }
}
