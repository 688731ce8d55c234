package dev.kaa.jit;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Op;
import java.util.TreeSet;

/**
 * Compiles a Python code object to a JVM class (docs/jit.md). The interpreter ({@code dev.kaa.interp.JitSupport})
 * decides when, defines the class and runs it; this side only writes class files.
 */
public final class JitCompiler {
  private JitCompiler() {}

  /** Longer code could not compile under HotSpot's method size limit anyway (a few bytes per instruction at least). */
  private static final int MAX_INSTRUCTIONS = 2000;

  /** {@code -Dkaa.jit.unbox=false}: no int unboxed (to measure what unboxing does). */
  private static final boolean UNBOX_INTS = !"false".equals(System.getProperty("kaa.jit.unbox"));

  /**
   * A compiled class: its class file, and the loop headers (sorted) at which its method can be entered besides the
   * code's start, for an interpreted frame's on-stack replacement.
   */
  public record Compiled(byte[] classFile, int[] loopEntries) {}

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
   * The class of {@code code}: one method for every entry, the code's start (or a generator's resumptions) and the
   * header of each outermost loop, so that whatever warmed the method in the JVM (a loop handed over by the
   * interpreter, or calls) serves every later entry. Null when it cannot be compiled (very large bodies).
   */
  public static Compiled compile(Code code) {
    int[] depths = depths(code);
    return depths == null ? null : build(code, depths, outermostLoopHeaders(code, depths));
  }

  /**
   * A class entered at {@code header}, the header of a loop nested in another: an entry there makes the outer loop
   * irreducible, which C2 does not optimise, so the code's own class has none; this one serves a frame whose inner
   * loop ran on for long (docs/jit.md). Null when it cannot be compiled.
   */
  public static Compiled compileNested(Code code, int header) {
    int[] depths = depths(code);
    return depths == null || depths[header] < 0 ? null : build(code, depths, new int[] {header});
  }

  private static int[] depths(Code code) {
    return code.length() > MAX_INSTRUCTIONS ? null : StackDepths.of(code);
  }

  private static Compiled build(Code code, int[] depths, int[] loopEntries) {
    byte[] bytes = UNBOX_INTS ? new ClassBuilder(code, depths, loopEntries, true).build() : null;
    // unboxed ints' code can take a method near the limit over it: then the class without them (docs/jit.md)
    if (bytes == null) bytes = new ClassBuilder(code, depths, loopEntries, false).build();
    if (bytes != null && DUMP != null) dump(code, bytes);
    return bytes == null ? null : new Compiled(bytes, loopEntries);
  }

  /** {@code -Dkaa.jit.dump=DIR}: each class written there as QUALNAME.class too, for javap (docs/jit.md). */
  private static final String DUMP = System.getProperty("kaa.jit.dump");

  private static void dump(Code code, byte[] bytes) {
    try {
      java.nio.file.Files.write(java.nio.file.Path.of(DUMP, code.qualname.replaceAll("[^\\w.]", "_") + ".class"), bytes);
    } catch (java.io.IOException | RuntimeException e) {
      System.err.println("kaa.jit.dump: " + e);  // a developer's switch: say why, go on
    }
  }

  /**
   * The targets of the reachable backward jumps at which the interpreter hands a frame over (JUMP_BACKWARD and the
   * conditional jumps that close a while loop: Eval.backedge), less those of loops nested in another.
   */
  static int[] outermostLoopHeaders(Code code, int[] depths) {
    TreeSet<Integer> headers = new TreeSet<>();
    for (int i = 0; i < code.length(); i++) {
      int word = code.word(i), target = word >>> 8;
      if (depths[i] < 0 || !handsOver(Op.opcode(word)) || target > i || depths[target] < 0) continue;
      if (!isNestedLoop(code, target)) headers.add(target);
    }
    return headers.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean handsOver(int op) {
    return op == Op.JUMP_BACKWARD || op == Op.POP_JUMP_IF_FALSE || op == Op.POP_JUMP_IF_TRUE
        || op == Op.POP_JUMP_IF_NONE || op == Op.POP_JUMP_IF_NOT_NONE;
  }
}
