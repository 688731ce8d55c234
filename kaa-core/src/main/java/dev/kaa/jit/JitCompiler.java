package dev.kaa.jit;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Op;

/**
 * Compiles a Python code object to a JVM class (docs/jit.md). The interpreter ({@code dev.kaa.interp.JitSupport})
 * decides when, defines the class and runs it; this side only writes class files.
 */
public final class JitCompiler {
  private JitCompiler() {}

  /** Longer code could not compile under HotSpot's method size limit anyway (a few bytes per instruction at least). */
  private static final int MAX_INSTRUCTIONS = 2000;

  /**
   * Whether the loop whose header is instruction {@code header} lies inside another loop of {@code code}: a backward
   * jump (JUMP_BACKWARD, or the conditional jump that closes a while loop) from beyond it to before it.
   */
  public static boolean isNestedLoop(Code code, int header) {
    for (int j = header + 1; j < code.length(); j++) {
      int word = code.word(j);
      Op.Info info = Op.info(Op.opcode(word));
      if (info != null && info.has(Op.Flag.JUMPS) && (word >>> 8) < header) return true;
    }
    return false;
  }

  /**
   * The class file of {@code code} entered at instruction {@code entry} (0, or a loop header for an on-stack
   * replacement), or null when it cannot be compiled (very large bodies).
   */
  public static byte[] compile(Code code, int entry) {
    if (code.length() > MAX_INSTRUCTIONS) return null;
    int[] depths = StackDepths.of(code);
    if (depths == null || depths[entry] < 0) return null;
    return new ClassBuilder(code, depths, entry).build();
  }
}
