package dev.kaa.compile;

import dev.kaa.ast.CmpOp;
import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.MatchCase;
import dev.kaa.ast.Pattern;
import dev.kaa.ast.Stmt;
import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.CompareOps;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code match} statement, laid out as CPython 3.12's compiler does it. Each case works on a copy of the subject;
 * a pattern consumes the value on top of the stack and, when it matches, leaves the values of the names it captures
 * underneath whatever it still needs, so that nothing is bound until the whole pattern has matched. A failing test
 * jumps to a "fail pop" label that drops exactly the values pushed so far (one label per stack depth, chained), then on
 * to the next case. The semantic checks (irrefutable patterns, repeated names, or-patterns binding different names)
 * are the front end's ({@link PatternChecks}).
 */
final class PatternGen {
  private final CodeGen g;

  PatternGen(CodeGen g) { this.g = g; }

  /** The state of one case's pattern: names captured so far, values kept above them, and the fail-pop labels. */
  private static final class Context {
    /** Captured names in capture order; their values lie on the stack with the first captured on top. */
    List<String> stores = new ArrayList<>();
    /** How many values above the captures the pattern still needs. */
    int onTop;
    /** {@code failPop.get(n)} pops n values and falls through to {@code failPop.get(n - 1)}. */
    List<Assembler.Label> failPop = new ArrayList<>();
  }

  void match(Stmt.Match m) {
    g.exprs.visit(m.subject());
    List<MatchCase> cases = m.cases();
    int n = cases.size();
    boolean hasDefault = n > 1 && isWildcard(cases.get(n - 1).pattern());
    Assembler.Label end = g.label();
    int last = n - (hasDefault ? 1 : 0) - 1;
    for (int i = 0; i <= last; i++) {
      MatchCase c = cases.get(i);
      Position at = Position.of(c.pattern());
      // Every case but the last tested keeps the subject for the next one.
      if (i != last) g.emit(Op.COPY, 1, at);
      Context pc = new Context();
      pattern(c.pattern(), pc);
      for (String name : pc.stores) g.nameOp(name, ExprContext.Store, at);
      if (c.guard() != null) {
        ensureFailPop(pc, 0);
        g.exprs.jumpIf(c.guard(), pc.failPop.get(0), false);
      }
      if (i != last) g.emit(Op.POP_TOP, at);
      g.stmts.all(c.body());
      g.jump(Assembler.JUMP, end, Position.NONE);
      bindFailPops(pc, at);
    }
    if (hasDefault) {
      MatchCase c = cases.get(n - 1);
      Position at = Position.of(c.pattern());
      g.emit(Op.NOP, at); // the default case's line shows in coverage
      if (c.guard() != null) g.exprs.jumpIf(c.guard(), end, false);
      g.stmts.all(c.body());
    }
    g.bind(end);
  }

  private static boolean isWildcard(Pattern p) {
    return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
  }

  // ---- failing

  private void ensureFailPop(Context pc, int depth) {
    while (pc.failPop.size() <= depth) pc.failPop.add(g.label());
  }

  /** Jumps (with {@code op}) to the label that drops everything this pattern pushed so far. */
  private void jumpToFailPop(Context pc, int op, Position at) {
    int pops = pc.onTop + pc.stores.size();
    ensureFailPop(pc, pops);
    g.jump(op, pc.failPop.get(pops), at);
  }

  /** Binds the fail-pop labels, deepest first, each dropping one value on its way to the next. */
  private void bindFailPops(Context pc, Position at) {
    for (int i = pc.failPop.size() - 1; i > 0; i--) {
      g.bind(pc.failPop.get(i));
      g.emit(Op.POP_TOP, at);
    }
    if (!pc.failPop.isEmpty()) g.bind(pc.failPop.get(0));
    pc.failPop = new ArrayList<>();
  }

  // ---- patterns

  private void pattern(Pattern p, Context pc) {
    Position at = Position.of(p);
    if (p instanceof Pattern.MatchValue v) {
      g.exprs.visit(v.value());
      g.emit(Op.COMPARE_OP, CompareOps.EQ.ordinal(), at);
      jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, at);
    } else if (p instanceof Pattern.MatchSingleton s) {
      singleton(s.value(), pc, at);
    } else if (p instanceof Pattern.MatchSequence s) {
      sequence(s.patterns(), pc, at);
    } else if (p instanceof Pattern.MatchMapping m) {
      mapping(m, pc, at);
    } else if (p instanceof Pattern.MatchClass c) {
      classPattern(c, pc, at);
    } else if (p instanceof Pattern.MatchStar s) {
      storeName(s.name(), pc, at);
    } else if (p instanceof Pattern.MatchAs a) {
      if (a.pattern() == null) {
        storeName(a.name(), pc, at);
        return;
      }
      // A copy to bind once the sub-pattern has matched.
      pc.onTop++;
      g.emit(Op.COPY, 1, at);
      pattern(a.pattern(), pc);
      pc.onTop--;
      storeName(a.name(), pc, at);
    } else if (p instanceof Pattern.MatchOr o) {
      or(o, pc, at);
    }
  }

  /** {@code is None/True/False}: CPython's flow-graph pass makes the None test a POP_JUMP_IF_NOT_NONE. */
  private void singleton(Object value, Context pc, Position at) {
    if (value == Expr.Constant.Singleton.None) {
      g.unit.constIndex(value); // CPython adds the constant before dropping the load: keeps co_consts' order
      jumpToFailPop(pc, Op.POP_JUMP_IF_NOT_NONE, at);
      return;
    }
    g.loadConst(value, at);
    g.emit(Op.IS_OP, 0, at);
    jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, at);
  }

  /** Binds the value on top to {@code name} once the case matches (a wildcard drops it). */
  private void storeName(String name, Context pc, Position at) {
    if (name == null) {
      g.emit(Op.POP_TOP, at);
      return;
    }
    // Down under the values still needed and the earlier captures.
    rotate(pc.onTop + pc.stores.size() + 1, at);
    pc.stores.add(name);
  }

  /** Moves the top of the stack down to position {@code count} (1 = top). */
  private void rotate(int count, Position at) {
    for (int i = count; i > 1; i--) g.emit(Op.SWAP, i, at);
  }

  private void lengthCheck(int size, CmpOp op, Context pc, Position at) {
    g.emit(Op.GET_LEN, at);
    g.loadConst((long) size, at);
    g.emit(Op.COMPARE_OP, (op == CmpOp.Eq ? CompareOps.EQ : CompareOps.GE).ordinal(), at);
    jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, at);
  }

  /** A sub-pattern "is None" test: {@code COPY 1; POP_JUMP_IF_NONE} (CPython's optimised {@code is not None}). */
  private void failIfNone(Context pc, Position at) {
    g.emit(Op.COPY, 1, at);
    g.unit.constIndex(Expr.Constant.Singleton.None);
    jumpToFailPop(pc, Op.POP_JUMP_IF_NONE, at);
  }

  private void sequence(List<Pattern> patterns, Context pc, Position at) {
    int size = patterns.size();
    int star = -1;
    boolean onlyWildcards = true;
    boolean starWildcard = false;
    for (int i = 0; i < size; i++) {
      Pattern p = patterns.get(i);
      if (p instanceof Pattern.MatchStar s) {
        star = i;
        starWildcard = s.name() == null;
        onlyWildcards &= starWildcard;
      } else {
        onlyWildcards &= isWildcard(p);
      }
    }
    pc.onTop++; // the subject stays on top through the type and length tests
    g.emit(Op.MATCH_SEQUENCE, at);
    jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, at);
    if (star < 0) {
      lengthCheck(size, CmpOp.Eq, pc, at);
    } else if (size > 1) {
      lengthCheck(size - 1, CmpOp.GtE, pc, at);
    }
    pc.onTop--;
    if (onlyWildcards) {
      g.emit(Op.POP_TOP, at); // [], [_], [*_], [_, *_, _]...: nothing to look at
    } else if (starWildcard) {
      sequenceBySubscript(patterns, star, pc, at);
    } else {
      sequenceByUnpacking(patterns, star, pc, at);
    }
  }

  private void sequenceByUnpacking(List<Pattern> patterns, int star, Context pc, Position at) {
    int size = patterns.size();
    if (star < 0) {
      g.emit(Op.UNPACK_SEQUENCE, size, at);
    } else {
      g.emit(Op.UNPACK_EX, star + ((size - star - 1) << 8), at);
    }
    pc.onTop += size;
    for (Pattern p : patterns) {
      pc.onTop--;
      pattern(p, pc);
    }
  }

  /** {@code [a, *_, b]}: indexes only the items it needs (from the end through len(), which any sequence has). */
  private void sequenceBySubscript(List<Pattern> patterns, int star, Context pc, Position at) {
    int size = patterns.size();
    pc.onTop++;
    for (int i = 0; i < size; i++) {
      Pattern p = patterns.get(i);
      if (i == star || isWildcard(p)) continue;
      g.emit(Op.COPY, 1, at);
      if (i < star) {
        g.loadConst((long) i, at);
      } else {
        g.emit(Op.GET_LEN, at);
        g.loadConst((long) (size - i), at);
        g.emit(Op.BINARY_OP, BinaryOps.SUBTRACT.ordinal(), at);
      }
      g.emit(Op.BINARY_SUBSCR, at);
      pattern(p, pc);
    }
    pc.onTop--;
    g.emit(Op.POP_TOP, at);
  }

  private void mapping(Pattern.MatchMapping m, Context pc, Position at) {
    int size = m.keys().size();
    pc.onTop++;
    g.emit(Op.MATCH_MAPPING, at);
    jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE, at);
    if (size == 0 && m.rest() == null) {
      pc.onTop--;
      g.emit(Op.POP_TOP, at); // {}
      return;
    }
    if (size > 0) lengthCheck(size, CmpOp.GtE, pc, at);
    g.exprs.tuple(m.keys(), at);
    g.emit(Op.MATCH_KEYS, at);
    pc.onTop += 2; // the keys and the values (or None)
    failIfNone(pc, at);
    g.emit(Op.UNPACK_SEQUENCE, size, at);
    pc.onTop += size - 1;
    for (Pattern p : m.patterns()) {
      pc.onTop--;
      pattern(p, pc);
    }
    pc.onTop -= 2;
    if (m.rest() == null) {
      g.emit(Op.POP_TOP, at); // the keys
      g.emit(Op.POP_TOP, at); // the subject
      return;
    }
    // rest = dict(subject); del rest[k] for each key
    g.emit(Op.BUILD_MAP, 0, at);
    g.emit(Op.SWAP, 3, at);
    g.emit(Op.DICT_UPDATE, 2, at);
    g.emit(Op.UNPACK_SEQUENCE, size, at);
    for (int left = size; left > 0; left--) {
      g.emit(Op.COPY, 1 + left, at);
      g.emit(Op.SWAP, 2, at);
      g.emit(Op.DELETE_SUBSCR, at);
    }
    storeName(m.rest(), pc, at);
  }

  private void classPattern(Pattern.MatchClass c, Context pc, Position at) {
    int nargs = c.patterns().size();
    int nattrs = c.kwdAttrs().size();
    g.exprs.visit(c.cls());
    g.loadConst(new Code.ConstTuple(new ArrayList<>(c.kwdAttrs())), at);
    g.emit(Op.MATCH_CLASS, nargs, at);
    pc.onTop++; // the tuple of attributes, or None
    failIfNone(pc, at);
    g.emit(Op.UNPACK_SEQUENCE, nargs + nattrs, at);
    pc.onTop += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      Pattern p = i < nargs ? c.patterns().get(i) : c.kwdPatterns().get(i - nargs);
      if (isWildcard(p)) {
        g.emit(Op.POP_TOP, at);
      } else {
        pattern(p, pc);
      }
    }
  }

  /**
   * Each alternative matches a copy of the subject with its own captures; the names every alternative binds are put
   * in the first one's order (the others rotate theirs to match), then moved under the outer pattern's values.
   */
  private void or(Pattern.MatchOr o, Context pc, Position at) {
    Assembler.Label end = g.label();
    List<String> control = null;
    Context outer = pc;
    for (Pattern alt : o.patterns()) {
      Context inner = new Context();
      Position altAt = Position.of(alt);
      g.emit(Op.COPY, 1, altAt);
      pattern(alt, inner);
      if (control == null) {
        control = inner.stores;
      } else {
        reorder(inner.stores, control, altAt);
      }
      g.jump(Assembler.JUMP, end, altAt);
      bindFailPops(inner, altAt);
    }
    // No alternative matched: drop the subject and fail.
    g.emit(Op.POP_TOP, at);
    jumpToFailPop(outer, Assembler.JUMP, at);
    g.bind(end);
    int n = control.size();
    int rotations = n + 1 + outer.onTop + outer.stores.size();
    for (String name : control) {
      rotate(rotations, at);
      outer.stores.add(name);
    }
    g.emit(Op.POP_TOP, at); // the subject
  }

  /** Rotates an alternative's captures on the stack (and in {@code stores}) into {@code control}'s order. */
  private void reorder(List<String> stores, List<String> control, Position at) {
    for (int icontrol = control.size() - 1; icontrol >= 0; icontrol--) {
      int istores = stores.indexOf(control.get(icontrol));
      if (istores == icontrol) continue;
      // Move the first istores + 1 captures to sit at icontrol.
      int count = istores + 1;
      List<String> moved = new ArrayList<>(stores.subList(0, count));
      stores.subList(0, count).clear();
      stores.addAll(icontrol - istores, moved);
      for (int r = 0; r < count; r++) rotate(icontrol + 1, at);
    }
  }
}
