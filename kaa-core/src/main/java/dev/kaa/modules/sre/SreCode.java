package dev.kaa.modules.sre;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyException;

/**
 * A pattern's code as {@code re._compiler} made it, with what the engine wants to know before matching: a number for
 * each REPEAT (its count and last position live in the matcher's registers under that number) and, for each
 * MAX_UNTIL/MIN_UNTIL, the REPEAT it closes. Walking the code once here also rejects code the engine cannot run.
 */
final class SreCode {
  /** The code as given ({@code Pattern.__eq__} compares it). */
  final int[] original;
  /** The code the engine runs: counts and lengths beyond a Java int clamped to {@link SreOp#MAXREPEAT}. */
  final int[] code;
  /** For the pc of each REPEAT and each *_UNTIL: the repeat's register number (else -1). */
  final int[] repeatId;
  /** For the pc of each *_UNTIL: the pc of its REPEAT. */
  final int[] repeatOf;
  final int repeats;
  /** The pc where matching starts (after the INFO block), and the minimum subject length INFO promises. */
  final int start;
  final int minLength;
  private final int groups;

  SreCode(int[] code, int groups) {
    this.original = code;
    this.code = code = code.clone();
    this.groups = groups;
    repeatId = new int[code.length];
    repeatOf = new int[code.length];
    java.util.Arrays.fill(repeatId, -1);
    int n = 0;
    try {
      n = scan(0, code.length, 0);
    } catch (ArrayIndexOutOfBoundsException e) {
      throw invalid();
    }
    repeats = n;
    if (code.length > 0 && code[0] == SreOp.INFO) {
      start = 1 + code[1];
      minLength = code[3];
    } else {
      start = 0;
      minLength = 0;
    }
  }

  /** An unsigned count word read as a Java int: 2**31 and more (MAXREPEAT, MAXCODE) become Integer.MAX_VALUE. */
  private void clamp(int at) {
    if (code[at] < 0) code[at] = SreOp.MAXREPEAT;
  }

  static PyException invalid() { return Errors.of(dev.kaa.objects.ExceptionTypes.RuntimeError, "invalid SRE code"); }

  /** Walks the ops in [pc, end), numbering repeats from {@code n}; returns the next free number. */
  private int scan(int pc, int end, int n) {
    while (pc < end) {
      int op = code[pc];
      switch (op) {
        case SreOp.FAILURE, SreOp.SUCCESS, SreOp.ANY, SreOp.ANY_ALL, SreOp.MAX_UNTIL, SreOp.MIN_UNTIL -> pc++;
        case SreOp.AT, SreOp.CATEGORY, SreOp.LITERAL, SreOp.NOT_LITERAL, SreOp.LITERAL_IGNORE,
            SreOp.NOT_LITERAL_IGNORE, SreOp.LITERAL_LOC_IGNORE, SreOp.NOT_LITERAL_LOC_IGNORE,
            SreOp.LITERAL_UNI_IGNORE, SreOp.NOT_LITERAL_UNI_IGNORE -> pc += 2;
        case SreOp.MARK -> {
          if (code[pc + 1] < 0 || code[pc + 1] >= 2 * groups) throw invalid();
          pc += 2;
        }
        case SreOp.GROUPREF, SreOp.GROUPREF_IGNORE, SreOp.GROUPREF_LOC_IGNORE, SreOp.GROUPREF_UNI_IGNORE -> {
          if (code[pc + 1] < 0 || code[pc + 1] >= groups) throw invalid();
          pc += 2;
        }
        case SreOp.INFO -> {
          clamp(pc + 3);
          clamp(pc + 4);
          if (code[pc + 1] <= 0) throw invalid();
          pc += 1 + code[pc + 1];
        }
        case SreOp.JUMP, SreOp.IN, SreOp.IN_IGNORE, SreOp.IN_LOC_IGNORE, SreOp.IN_UNI_IGNORE -> {
          if (code[pc + 1] <= 0) throw invalid();
          pc += 1 + code[pc + 1];
        }
        case SreOp.GROUPREF_EXISTS -> {
          if (code[pc + 1] < 0 || code[pc + 1] >= groups) throw invalid();
          pc += 3;
        }
        case SreOp.BRANCH -> {
          int alt = pc + 1;
          while (code[alt] != 0) {
            n = scan(alt + 1, alt + code[alt], n);
            alt += code[alt];
          }
          pc = alt + 1;
        }
        case SreOp.ASSERT, SreOp.ASSERT_NOT -> {
          clamp(pc + 2);
          n = scan(pc + 3, pc + 1 + code[pc + 1], n);
          pc += 1 + code[pc + 1];
        }
        case SreOp.ATOMIC_GROUP -> {
          n = scan(pc + 2, pc + 1 + code[pc + 1], n);
          pc += 1 + code[pc + 1];
        }
        case SreOp.REPEAT_ONE, SreOp.MIN_REPEAT_ONE, SreOp.POSSESSIVE_REPEAT_ONE -> {
          clamp(pc + 2);
          clamp(pc + 3);
          pc += 1 + code[pc + 1];
        }
        case SreOp.REPEAT, SreOp.POSSESSIVE_REPEAT -> {
          clamp(pc + 2);
          clamp(pc + 3);
          int until = pc + 1 + code[pc + 1];
          int id = n++;
          if (op == SreOp.REPEAT) {
            if (code[until] != SreOp.MAX_UNTIL && code[until] != SreOp.MIN_UNTIL) throw invalid();
            repeatId[pc] = id;
            repeatId[until] = id;
            repeatOf[until] = pc;
          } else if (code[until] != SreOp.SUCCESS) {
            throw invalid();
          }
          n = scan(pc + 4, until, n);
          pc = until + 1;
        }
        default -> throw invalid();
      }
    }
    return n;
  }
}
