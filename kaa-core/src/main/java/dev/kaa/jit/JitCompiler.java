package dev.kaa.jit;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.CodeFlags;

/**
 * Compiles a Python code object to a JVM class (docs/jit.md). The interpreter ({@code dev.kaa.interp.JitSupport})
 * decides when, defines the class and runs it; this side only writes class files.
 */
public final class JitCompiler {
  private JitCompiler() {}

  /**
   * The class file of {@code code} entered at instruction {@code entry} (0, or a loop header for an on-stack
   * replacement), or null when the code is of a kind not compiled (generators, coroutines, very large bodies).
   */
  public static byte[] compile(Code code, int entry) {
    if (CodeFlags.makesGenerator(code.flags)) return null;
    int[] depths = StackDepths.of(code);
    if (depths == null || depths[entry] < 0) return null;
    return new ClassBuilder(code, depths, entry).build();
  }
}
