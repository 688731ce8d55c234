package dev.kaa.runtime;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code -X no_debug_ranges} or {@code PYTHONNODEBUGRANGES} (CPython's {@code code_debug_ranges = 0}): code compiled
 * from then on keeps each instruction's line but no end line or columns, so {@code co_positions()} gives
 * {@code (line, line, None, None)} and tracebacks show no carets. Applied by {@link Compiler} to what the code
 * generator made, as CPython's assembler writes such a location table.
 */
public final class DebugRanges {
  private DebugRanges() {}

  /** Whether the command line, or unless {@code -E} the environment, turns column positions off. */
  public static boolean off(Startup startup) {
    if (startup.xoptions().containsKey("no_debug_ranges")) return true;
    if (startup.flags().ignoreEnvironment() != 0) return false;
    String env = System.getenv("PYTHONNODEBUGRANGES");
    return env != null && !env.isEmpty();
  }

  /** {@code code} as the current interpreter wants it compiled: without columns when they are off. */
  static Code applied(Code code) {
    Interpreter interp = Interpreter.current();
    return interp != null && off(interp.config().startup()) ? withoutColumns(code) : code;
  }

  /** A copy of {@code code}, and of the code objects among its constants, with lines only. */
  static Code withoutColumns(Code code) {
    Position[] positions = code.positions();
    for (int i = 0; i < positions.length; i++) {
      int line = positions[i].lineno();
      positions[i] = line < 0 ? Position.NONE : new Position(line, line, -1, -1);
    }
    List<Object> consts = new ArrayList<>(code.consts().size());
    for (Object c : code.consts()) consts.add(c instanceof Code nested ? withoutColumns(nested) : c);
    int[] words = new int[code.length()];
    for (int i = 0; i < words.length; i++) words[i] = code.word(i);
    return new Code(code.name, code.qualname, code.filename, code.firstLineno, code.argCount, code.posOnlyArgCount,
        code.kwOnlyArgCount, code.flags, code.stackSize, code.varnames, code.cellvars, code.freevars, code.names,
        consts, words, positions, code.exceptionTable());
  }
}
