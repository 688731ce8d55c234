package dev.kaa.modules.sre;

import static dev.kaa.modules.sre.SreOp.*;

import java.util.Arrays;

/**
 * The backtracking engine: runs a pattern's {@link SreCode} against a subject's code points. One matcher serves one
 * call ({@code match}, {@code search}, ...) or one scanner, and is reused for each attempt.
 *
 * <p>Backtracking never uses the Java stack: every choice still open (the next alternative of a BRANCH, one fewer
 * repetition of a REPEAT_ONE, ...) and the old value of every register a step changes (group marks, repeat counts)
 * is pushed on one int stack, so failing pops entries, undoing registers, until it reaches a choice to resume.
 * Lookarounds, atomic groups and possessive repeats push a marker; when their inner pattern succeeds the choices above
 * the marker are cut away (the undo entries stay, so failing later still restores the registers they changed).
 */
final class SreMatcher {
  // Stack entry tags (the tag is pushed last, so entries are read from the top down).
  private static final int T_CHOICE = 1;     // pc, pos
  private static final int T_MARK = 2;       // mark index, old value, old lastindex
  private static final int T_REPEAT = 3;     // repeat id, old count, old last position
  private static final int T_BRANCH = 4;     // pc of the next alternative, pos
  private static final int T_GREEDY = 5;     // tail pc, start pos, count, min
  private static final int T_LAZY = 6;       // tail pc, pos, count, max, item pc
  private static final int T_LAZY_BODY = 7;  // until pc, pos
  private static final int T_MARKER = 8;     // previous marker, saved pos, op pc, count
  /** Entry sizes by tag, the tag included. */
  private static final int[] SIZE = {0, 3, 4, 4, 3, 5, 6, 3, 5};
  /** Backtracking steps between two looks at the interpreter's pending work (Ctrl-C). */
  private static final int POLL_INTERVAL = 1 << 14;

  private final SreCode program;
  private final int[] code;
  final int[] text;
  /** Where the subject ends for this matcher (endpos); nothing at or after it is seen. */
  final int end;
  final int[] marks;
  int lastIndex;
  private final int[] repeatCount;
  private final int[] repeatLast;
  private int[] stack = new int[64];
  private int sp;
  /** The stack index of the innermost lookaround/atomic/possessive marker whose inner pattern is running, or -1. */
  private int activeMarker;
  private final Runnable poll;
  private int ticks;
  private boolean marksDirty;

  /** fullmatch: succeed only at {@link #end}. */
  boolean matchAll;
  /** An empty match at {@link #startPos} is refused (the scanners' rule after an empty match). */
  boolean mustAdvance;
  int startPos;
  int matchStart;
  int matchEnd;

  // Where a resumed choice continues (set by backtrack).
  private int resumePc;
  private int resumePos;

  SreMatcher(SreCode program, int[] text, int end, int groups, Runnable poll) {
    this.program = program;
    this.code = program.code;
    this.text = text;
    this.end = end;
    this.marks = new int[2 * groups];
    Arrays.fill(marks, -1);
    this.repeatCount = new int[program.repeats];
    this.repeatLast = new int[program.repeats];
    this.poll = poll;
  }

  /**
   * Readies the registers for an attempt. A failed attempt leaves the marks as it found them (failing undoes every
   * change), so only a success makes them dirty.
   */
  private void reset() {
    if (marksDirty) {
      Arrays.fill(marks, -1);
      marksDirty = false;
    }
    lastIndex = -1;
    sp = 0;
    activeMarker = -1;
  }

  /** Matches anchored at {@code at}. */
  boolean match(int at) {
    startPos = at;
    if (at > end || end - at < program.minLength) return false;
    return attempt(at);
  }

  /** Finds the first match starting at or after {@code from}. */
  boolean search(int from) {
    startPos = from;
    if (from > end) return false;
    int min = program.minLength;
    int last = end - min;  // the last start position that leaves room for the shortest match
    int first = program.start;
    if (first + 1 < code.length && code[first] == AT
        && (code[first + 1] == AT_BEGINNING || code[first + 1] == AT_BEGINNING_STRING)) {
      return from <= last && attempt(from);  // anchored at the string's start: no other position can match
    }
    if (code.length > 0 && code[0] == INFO) {
      int flags = code[2];
      if ((flags & INFO_PREFIX) != 0) return searchPrefix(from, last, code[5]);
      if ((flags & INFO_CHARSET) != 0) {
        for (int i = from; i <= last; i++) {
          if (i < end && SreChars.inSet(code, 5, text[i]) && attempt(i)) return true;
          tick();
        }
        return false;
      }
    }
    if (first < code.length && code[first] == LITERAL) {
      int c = code[first + 1];
      for (int i = from; i <= last; i++) {
        if (i < end && text[i] == c && attempt(i)) return true;
        tick();
      }
      return false;
    }
    for (int i = from; i <= last; i++) {
      if (attempt(i)) return true;
      tick();
    }
    return false;
  }

  /** Search when the pattern starts with a literal prefix (INFO's): only where the prefix occurs can it match. */
  private boolean searchPrefix(int from, int last, int length) {
    int prefix = 7;
    int c0 = code[prefix];
    for (int i = from; i <= last && i + length <= end; i++) {
      if (text[i] != c0) continue;
      int k = 1;
      while (k < length && text[i + k] == code[prefix + k]) k++;
      if (k == length && attempt(i)) return true;
      tick();
    }
    return false;
  }

  private boolean attempt(int at) {
    reset();
    matchStart = at;
    return run(program.start, at);
  }

  private void tick() {
    if (++ticks >= POLL_INTERVAL) {
      ticks = 0;
      if (poll != null) poll.run();
    }
  }

  // ---- the stack

  private void ensure(int n) {
    if (sp + n > stack.length) stack = Arrays.copyOf(stack, Math.max(stack.length * 2, sp + n));
  }

  private void push2(int tag, int a, int b) {
    ensure(3);
    int[] s = stack;
    s[sp] = a;
    s[sp + 1] = b;
    s[sp + 2] = tag;
    sp += 3;
  }

  private void push3(int tag, int a, int b, int c) {
    ensure(4);
    int[] s = stack;
    s[sp] = a;
    s[sp + 1] = b;
    s[sp + 2] = c;
    s[sp + 3] = tag;
    sp += 4;
  }

  private void push4(int tag, int a, int b, int c, int d) {
    ensure(5);
    int[] s = stack;
    s[sp] = a;
    s[sp + 1] = b;
    s[sp + 2] = c;
    s[sp + 3] = d;
    s[sp + 4] = tag;
    sp += 5;
  }

  private void push5(int tag, int a, int b, int c, int d, int e) {
    ensure(6);
    int[] s = stack;
    s[sp] = a;
    s[sp + 1] = b;
    s[sp + 2] = c;
    s[sp + 3] = d;
    s[sp + 4] = e;
    s[sp + 5] = tag;
    sp += 6;
  }

  private void setMark(int i, int pos) {
    push3(T_MARK, i, marks[i], lastIndex);
    marks[i] = pos;
    if ((i & 1) != 0) lastIndex = i / 2 + 1;
  }

  private void setRepeat(int id, int count, int last) {
    push3(T_REPEAT, id, repeatCount[id], repeatLast[id]);
    repeatCount[id] = count;
    repeatLast[id] = last;
  }

  private void pushMarker(int pos, int opPc) {
    int at = sp;
    push4(T_MARKER, activeMarker, pos, opPc, 0);
    activeMarker = at;
  }

  /**
   * Removes the marker at {@code at} and every choice above it, keeping the undo entries (moved down in their order),
   * so a later failure still restores what the inner pattern changed.
   */
  private void cut(int at) {
    int[] s = stack;
    int top = sp;
    int n = 0;
    int[] starts = new int[8];
    for (int i = top; i > at + SIZE[T_MARKER]; ) {
      int tag = s[i - 1];
      int start = i - SIZE[tag];
      if (tag == T_MARK || tag == T_REPEAT) {
        if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
        starts[n++] = start;
      }
      i = start;
    }
    int dst = at;
    for (int k = n - 1; k >= 0; k--) {
      int start = starts[k];
      int size = SIZE[s[start + 3]];
      System.arraycopy(s, start, s, dst, size);
      dst += size;
    }
    sp = dst;
  }

  /** Pops everything down to (and including) the marker at {@code at}, restoring registers, resuming nothing. */
  private void unwind(int at) {
    while (sp > at) {
      int tag = stack[sp - 1];
      if (tag == T_MARK || tag == T_REPEAT) undo(tag);
      else sp -= SIZE[tag];
    }
  }

  private void undo(int tag) {
    int[] s = stack;
    sp -= 4;
    if (tag == T_MARK) {
      marks[s[sp]] = s[sp + 1];
      lastIndex = s[sp + 2];
    } else {
      repeatCount[s[sp]] = s[sp + 1];
      repeatLast[s[sp]] = s[sp + 2];
    }
  }

  /** Enters the first viable alternative from the one at {@code alt}, leaving a choice for the rest. */
  private boolean enterAlternative(int alt, int pos) {
    int[] code = this.code;
    while (code[alt] != 0) {
      int body = alt + 1;
      int next = alt + code[alt];
      if (!canStart(body, pos)) {
        alt = next;
        continue;
      }
      if (code[next] != 0) push2(T_BRANCH, next, pos);
      resumePc = body;
      resumePos = pos;
      return true;
    }
    return false;
  }

  /**
   * False when the code at {@code pc} surely fails at {@code pos}: its first op that reads a character (after group
   * marks, which read none) is a literal or a set the character there is not in. Lets BRANCH skip alternatives
   * without leaving a choice for them.
   */
  private boolean canStart(int pc, int pos) {
    while (code[pc] == MARK) pc += 2;
    return switch (code[pc]) {
      case LITERAL -> pos < end && text[pos] == code[pc + 1];
      case IN -> pos < end && SreChars.inSet(code, pc + 2, text[pos]);
      default -> true;
    };
  }

  /** Pops to the most recent open choice and sets {@link #resumePc}/{@link #resumePos}; false when none is left. */
  private boolean backtrack() {
    tick();
    int[] s;
    while (sp > 0) {
      s = stack;
      int tag = s[sp - 1];
      switch (tag) {
        case T_CHOICE -> {
          sp -= 3;
          resumePc = s[sp];
          resumePos = s[sp + 1];
          return true;
        }
        case T_MARK, T_REPEAT -> undo(tag);
        case T_BRANCH -> {
          sp -= 3;
          if (enterAlternative(s[sp], s[sp + 1])) return true;
        }
        case T_GREEDY -> {
          sp -= 5;
          int tail = s[sp], start = s[sp + 1], count = s[sp + 2] - 1, min = s[sp + 3];
          if (code[tail] == LITERAL) {
            int c = code[tail + 1];
            while (count >= min && (start + count >= end || text[start + count] != c)) count--;
          }
          if (count >= min) {
            if (count > min) push4(T_GREEDY, tail, start, count, min);
            resumePc = tail;
            resumePos = start + count;
            return true;
          }
        }
        case T_LAZY -> {
          sp -= 6;
          int tail = s[sp], pos = s[sp + 1], count = s[sp + 2], max = s[sp + 3], item = s[sp + 4];
          if (count < max && pos < end && matchOne(item, text[pos])) {
            push5(T_LAZY, tail, pos + 1, count + 1, max, item);
            resumePc = tail;
            resumePos = pos + 1;
            return true;
          }
        }
        case T_LAZY_BODY -> {
          sp -= 3;
          int until = s[sp], pos = s[sp + 1];
          int repeat = program.repeatOf[until];
          int id = program.repeatId[until];
          int count = repeatCount[id];
          int max = code[repeat + 3];
          if ((count < max || max == MAXREPEAT) && pos != repeatLast[id]) {
            setRepeat(id, count, pos);
            resumePc = repeat + 4;
            resumePos = pos;
            return true;
          }
        }
        case T_MARKER -> {
          sp -= 5;
          int savedPos = s[sp + 1], opPc = s[sp + 2], count = s[sp + 3];
          activeMarker = s[sp];
          int op = code[opPc];
          if (op == ASSERT_NOT) {
            resumePc = opPc + 1 + code[opPc + 1];
            resumePos = savedPos;
            return true;
          }
          if (op == POSSESSIVE_REPEAT && count >= code[opPc + 2]) {
            resumePc = opPc + 2 + code[opPc + 1];
            resumePos = savedPos;
            return true;
          }
        }
        default -> throw new IllegalStateException("sre stack");
      }
    }
    return false;
  }

  // ---- single characters

  /** Whether the one-character item at {@code pc} (the body of a REPEAT_ONE family op) matches {@code c}. */
  private boolean matchOne(int pc, int c) {
    int[] code = this.code;
    return switch (code[pc]) {
      case LITERAL -> c == code[pc + 1];
      case NOT_LITERAL -> c != code[pc + 1];
      case ANY -> c != '\n';
      case ANY_ALL -> true;
      case IN -> SreChars.inSet(code, pc + 2, c);
      case IN_IGNORE -> SreChars.inSet(code, pc + 2, SreChars.asciiLower(c));
      case IN_UNI_IGNORE -> SreChars.inSet(code, pc + 2, SreChars.uniLower(c));
      case IN_LOC_IGNORE -> SreChars.inSet(code, pc + 2, c)
          || SreChars.inSet(code, pc + 2, SreChars.localeLower(c))
          || SreChars.inSet(code, pc + 2, SreChars.localeUpper(c));
      case LITERAL_IGNORE -> SreChars.asciiLower(c) == code[pc + 1];
      case NOT_LITERAL_IGNORE -> SreChars.asciiLower(c) != code[pc + 1];
      case LITERAL_UNI_IGNORE -> SreChars.uniLower(c) == code[pc + 1];
      case NOT_LITERAL_UNI_IGNORE -> SreChars.uniLower(c) != code[pc + 1];
      case LITERAL_LOC_IGNORE -> localeIgnoreEquals(code[pc + 1], c);
      case NOT_LITERAL_LOC_IGNORE -> !localeIgnoreEquals(code[pc + 1], c);
      case CATEGORY -> SreChars.category(code[pc + 1], c);
      default -> throw SreCode.invalid();
    };
  }

  private static boolean localeIgnoreEquals(int pattern, int c) {
    return c == pattern || SreChars.localeLower(c) == pattern || SreChars.localeUpper(c) == pattern;
  }

  /** How many times (at most {@code max}) the item at {@code pc} matches in a row from {@code pos}. */
  private int count(int pc, int pos, int max) {
    int limit = end - pos < max ? end : pos + max;
    int[] text = this.text;
    int i = pos;
    switch (code[pc]) {
      case ANY_ALL -> i = limit;
      case ANY -> {
        while (i < limit && text[i] != '\n') i++;
      }
      case LITERAL -> {
        int c = code[pc + 1];
        while (i < limit && text[i] == c) i++;
      }
      case NOT_LITERAL -> {
        int c = code[pc + 1];
        while (i < limit && text[i] != c) i++;
      }
      case IN -> {
        int set = pc + 2;
        while (i < limit && SreChars.inSet(code, set, text[i])) i++;
      }
      default -> {
        while (i < limit && matchOne(pc, text[i])) i++;
      }
    }
    return i - pos;
  }

  private boolean isWordAt(int at, int kind) {
    if (at < 0 || at >= end) return false;
    int c = text[at];
    return kind == AT_UNI_BOUNDARY ? SreChars.isUniWord(c) : SreChars.isAsciiWord(c);
  }

  private boolean at(int where, int pos) {
    switch (where) {
      case AT_BEGINNING, AT_BEGINNING_STRING:
        return pos == 0;
      case AT_BEGINNING_LINE:
        return pos == 0 || text[pos - 1] == '\n';
      case AT_END:
        return pos == end || (pos + 1 == end && text[pos] == '\n');
      case AT_END_LINE:
        return pos == end || text[pos] == '\n';
      case AT_END_STRING:
        return pos == end;
      case AT_BOUNDARY, AT_LOC_BOUNDARY, AT_UNI_BOUNDARY: {
        if (end == 0) return false;
        int kind = where == AT_UNI_BOUNDARY ? AT_UNI_BOUNDARY : AT_BOUNDARY;
        return isWordAt(pos - 1, kind) != isWordAt(pos, kind);
      }
      case AT_NON_BOUNDARY, AT_LOC_NON_BOUNDARY, AT_UNI_NON_BOUNDARY: {
        if (end == 0) return false;
        int kind = where == AT_UNI_NON_BOUNDARY ? AT_UNI_BOUNDARY : AT_BOUNDARY;
        return isWordAt(pos - 1, kind) == isWordAt(pos, kind);
      }
      default:
        throw SreCode.invalid();
    }
  }

  private boolean groupRef(int op, int group, int pos) {
    int i = 2 * group;
    if (i + 1 >= marks.length) return false;
    int s = marks[i], e = marks[i + 1];
    if (s < 0 || e < 0 || e < s) return false;
    int length = e - s;
    if (pos + length > end) return false;
    for (int k = 0; k < length; k++) {
      int a = text[s + k], b = text[pos + k];
      boolean same = switch (op) {
        case GROUPREF -> a == b;
        case GROUPREF_IGNORE -> SreChars.asciiLower(a) == SreChars.asciiLower(b);
        case GROUPREF_UNI_IGNORE -> SreChars.uniLower(a) == SreChars.uniLower(b);
        default -> SreChars.localeLower(a) == SreChars.localeLower(b);
      };
      if (!same) return false;
    }
    resumePos = pos + length;
    return true;
  }

  // ---- the main loop

  private boolean run(int pc, int pos) {
    final int[] code = this.code;
    final int[] text = this.text;
    final int end = this.end;
    while (true) {
      fail:
      {
        switch (code[pc]) {
          case FAILURE:
            break fail;
          case SUCCESS: {
            if (activeMarker < 0) {
              if ((matchAll && pos != end) || (mustAdvance && pos == startPos)) break fail;
              matchEnd = pos;
              marksDirty = true;
              return true;
            }
            int m = activeMarker;
            int prev = stack[m], savedPos = stack[m + 1], opPc = stack[m + 2];
            switch (code[opPc]) {
              case ASSERT -> {
                cut(m);
                activeMarker = prev;
                pos = savedPos;
                pc = opPc + 1 + code[opPc + 1];
              }
              case ASSERT_NOT -> {
                unwind(m);
                activeMarker = prev;
                break fail;
              }
              case ATOMIC_GROUP -> {
                cut(m);
                activeMarker = prev;
                pc = opPc + 1 + code[opPc + 1];
              }
              default -> {  // POSSESSIVE_REPEAT: one more repetition done
                int count = stack[m + 3] + 1;
                cut(m);
                activeMarker = prev;
                if (pos == savedPos || count >= code[opPc + 3]) {
                  pc = opPc + 2 + code[opPc + 1];
                } else {
                  pushMarker(pos, opPc);
                  stack[activeMarker + 3] = count;
                  pc = opPc + 4;
                }
              }
            }
            continue;
          }
          case ANY:
            if (pos >= end || text[pos] == '\n') break fail;
            pc++;
            pos++;
            continue;
          case ANY_ALL:
            if (pos >= end) break fail;
            pc++;
            pos++;
            continue;
          case LITERAL:
            if (pos >= end || text[pos] != code[pc + 1]) break fail;
            pc += 2;
            pos++;
            continue;
          case NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE,
              LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, CATEGORY:
            if (pos >= end || !matchOne(pc, text[pos])) break fail;
            pc += 2;
            pos++;
            continue;
          case IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE:
            if (pos >= end || !matchOne(pc, text[pos])) break fail;
            pc += 1 + code[pc + 1];
            pos++;
            continue;
          case AT:
            if (!at(code[pc + 1], pos)) break fail;
            pc += 2;
            continue;
          case INFO:
            if (code[pc + 3] != 0 && end - pos < code[pc + 3]) break fail;
            pc += 1 + code[pc + 1];
            continue;
          case JUMP:
            pc += 1 + code[pc + 1];
            continue;
          case MARK:
            if (code[pc + 1] >= marks.length) throw SreCode.invalid();
            setMark(code[pc + 1], pos);
            pc += 2;
            continue;
          case BRANCH:
            if (!enterAlternative(pc + 1, pos)) break fail;
            pc = resumePc;
            continue;
          case REPEAT_ONE: {
            int min = code[pc + 2], max = code[pc + 3];
            if (min > end - pos) break fail;
            int count = count(pc + 4, pos, max);
            if (count < min) break fail;
            int tail = pc + 1 + code[pc + 1];
            if (count > min && !(activeMarker < 0 && code[tail] == SUCCESS)) {
              if (code[tail] == LITERAL) {
                // the tail needs its literal next: give back characters until it is there
                int c = code[tail + 1];
                while (count >= min && (pos + count >= end || text[pos + count] != c)) count--;
                if (count < min) break fail;
              }
              if (count > min) push4(T_GREEDY, tail, pos, count, min);
            }
            pos += count;
            pc = tail;
            continue;
          }
          case MIN_REPEAT_ONE: {
            int min = code[pc + 2], max = code[pc + 3];
            if (min > end - pos) break fail;
            int count = 0;
            if (min > 0) {
              count = count(pc + 4, pos, min);
              if (count < min) break fail;
              pos += count;
            }
            int tail = pc + 1 + code[pc + 1];
            if (!(activeMarker < 0 && code[tail] == SUCCESS && !matchAll && !mustAdvance)) {
              push5(T_LAZY, tail, pos, count, max, pc + 4);
            }
            pc = tail;
            continue;
          }
          case POSSESSIVE_REPEAT_ONE: {
            int min = code[pc + 2], max = code[pc + 3];
            if (min > end - pos) break fail;
            int count = count(pc + 4, pos, max);
            if (count < min) break fail;
            pos += count;
            pc += 1 + code[pc + 1];
            continue;
          }
          case REPEAT: {
            int id = program.repeatId[pc];
            setRepeat(id, -1, -1);
            pc += 1 + code[pc + 1];
            continue;
          }
          case MAX_UNTIL: {
            int repeat = program.repeatOf[pc];
            int id = program.repeatId[pc];
            int min = code[repeat + 2], max = code[repeat + 3];
            int count = repeatCount[id] + 1;
            if (count < min) {
              setRepeat(id, count, pos);
              pc = repeat + 4;
            } else if ((count < max || max == MAXREPEAT) && pos != repeatLast[id]) {
              push2(T_CHOICE, pc + 1, pos);
              setRepeat(id, count, pos);
              pc = repeat + 4;
            } else {
              pc++;
            }
            continue;
          }
          case MIN_UNTIL: {
            int repeat = program.repeatOf[pc];
            int id = program.repeatId[pc];
            int count = repeatCount[id] + 1;
            if (count < code[repeat + 2]) {
              setRepeat(id, count, pos);
              pc = repeat + 4;
            } else {
              setRepeat(id, count, repeatLast[id]);
              push2(T_LAZY_BODY, pc, pos);
              pc++;
            }
            continue;
          }
          case POSSESSIVE_REPEAT:
            if (code[pc + 3] == 0) {
              pc += 2 + code[pc + 1];
            } else {
              pushMarker(pos, pc);
              pc += 4;
            }
            continue;
          case ATOMIC_GROUP:
            pushMarker(pos, pc);
            pc += 2;
            continue;
          case ASSERT, ASSERT_NOT: {
            int from = pos - code[pc + 2];
            if (from < 0) {
              if (code[pc] == ASSERT) break fail;
              pc += 1 + code[pc + 1];
              continue;
            }
            pushMarker(pos, pc);
            pos = from;
            pc += 3;
            continue;
          }
          case GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE:
            if (!groupRef(code[pc], code[pc + 1], pos)) break fail;
            pos = resumePos;
            pc += 2;
            continue;
          case GROUPREF_EXISTS: {
            int i = 2 * code[pc + 1];
            boolean set = i + 1 < marks.length && marks[i] >= 0 && marks[i + 1] >= 0 && marks[i] <= marks[i + 1];
            pc = set ? pc + 3 : pc + 1 + code[pc + 2];
            continue;
          }
          default:
            throw SreCode.invalid();
        }
      }
      if (!backtrack()) return false;
      pc = resumePc;
      pos = resumePos;
    }
  }
}
