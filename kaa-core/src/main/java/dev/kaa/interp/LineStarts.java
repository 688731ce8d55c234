package dev.kaa.interp;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.ExceptionTable;
import dev.kaa.bytecode.Op;

/**
 * What {@code sys.settrace}'s line events need to know of a code object, worked out the first time a frame of it is
 * traced (docs/tracing.md): each instruction's line, and which instructions may start a line event — the first of
 * each run of one line in layout order, every jump target and every exception handler, as CPython 3.12 instruments
 * its code. An instruction of that set reports its line when the instruction run before it in the frame was on
 * another line (or was RESUME).
 */
final class LineStarts {
  /** Each instruction's line, -1 for none. */
  final int[] lines;
  final boolean[] starts;
  /** The frame's first RESUME: the instructions before it (cells, free variables) send no events. */
  final int firstTraceable;

  private LineStarts(Code code) {
    int n = code.length();
    lines = new int[n];
    starts = new boolean[n];
    for (int i = 0; i < n; i++) lines[i] = code.position(i).lineno();
    int first = 0;
    while (first < n && Op.opcode(code.word(first)) != Op.RESUME) first++;
    firstTraceable = first < n ? first : 0;
    int current = -1;
    for (int i = firstTraceable; i < n; i++) {
      int op = Op.opcode(code.word(i));
      if (op == Op.RESUME || op == Op.END_ASYNC_FOR) continue;  // neither starts a line nor ends one
      starts[i] = lines[i] != current && lines[i] >= 0;
      current = lines[i];
    }
    for (int i = firstTraceable; i < n; i++) {
      int word = code.word(i);
      Op.Info info = Op.info(Op.opcode(word));
      if (info.has(Op.Flag.JUMPS) && info.code() != Op.JUMP_BACKWARD_NO_INTERRUPT) markTarget(word >>> 8);
    }
    ExceptionTable table = code.exceptionTable();
    for (int e = 0; e < table.size(); e++) markTarget(table.handler(e));
  }

  private void markTarget(int target) {
    if (target < lines.length && lines[target] >= 0) starts[target] = true;
  }

  static LineStarts of(PyCode p) {
    LineStarts l = p.lineStarts;
    if (l == null) p.lineStarts = l = new LineStarts(p.code);
    return l;
  }

  /** The line of instruction {@code i}, -1 for none or before the first instruction. */
  int line(int i) { return i >= 0 && i < lines.length ? lines[i] : -1; }
}
