package dev.kaa.jit;

import dev.kaa.bytecode.Code;

/**
 * Compiles a Python code object to a JVM class (docs/jit.md). The interpreter ({@code dev.kaa.interp.JitSupport})
 * decides when, defines the class and runs it; this side only writes class files.
 */
public final class JitCompiler {
  private JitCompiler() {}

  /** Longer code could not compile under HotSpot's method size limit anyway (a few bytes per instruction at least). */
  private static final int MAX_INSTRUCTIONS = 2000;

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
