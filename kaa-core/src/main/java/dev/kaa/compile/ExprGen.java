package dev.kaa.compile;

import dev.kaa.ast.BoolOpKind;
import dev.kaa.ast.CmpOp;
import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.Keyword;
import dev.kaa.ast.Operator;
import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.CompareOps;
import dev.kaa.bytecode.Intrinsics;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Position;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Expressions: loads, stores and deletes, operators, displays, calls, and conditional jumps on a test. */
final class ExprGen {
  /** CPython's {@code STACK_USE_GUIDELINE}: past this many items, displays and calls are built incrementally. */
  static final int STACK_USE_GUIDELINE = 30;

  private final CodeGen g;

  ExprGen(CodeGen g) { this.g = g; }

  // ---- constants

  /** The constant an expression folds to (CPython's AST optimiser), as a code constant; null when it does not. */
  Object constant(Expr e) {
    if (e instanceof Expr.Name n) {
      if (n.ctx() != ExprContext.Load || !n.id().equals("__debug__")) return null;
      return g.optimize == 0;
    }
    if (!(e instanceof Expr.Constant || e instanceof Expr.UnaryOp || e instanceof Expr.BinOp
        || e instanceof Expr.Tuple || e instanceof Expr.Subscript)) {
      return null;
    }
    if (g.optimize > 0 && mentionsDebug(e)) return null;
    Object v = ConstantFolding.fold(e);
    return v == ConstantFolding.NOT_CONSTANT ? null : codeConstant(v);
  }

  /** Under -O, {@code __debug__} is False, which the shared folder does not know: leave such trees to the generator. */
  private static boolean mentionsDebug(Expr e) {
    if (e instanceof Expr.Name n) {
      return n.id().equals("__debug__");
    } else if (e instanceof Expr.UnaryOp u) {
      return mentionsDebug(u.operand());
    } else if (e instanceof Expr.BinOp b) {
      return mentionsDebug(b.left()) || mentionsDebug(b.right());
    } else if (e instanceof Expr.Tuple t) {
      return t.elts().stream().anyMatch(ExprGen::mentionsDebug);
    } else if (e instanceof Expr.Subscript s) {
      return mentionsDebug(s.value()) || mentionsDebug(s.slice());
    } else {
      return false;
    }
  }

  static Object codeConstant(Object folded) {
    if (folded instanceof BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : b;
    } else if (folded instanceof Code.ConstTuple t) {
      List<Object> items = new ArrayList<>();
      for (Object o : t.items()) items.add(codeConstant(o));
      return new Code.ConstTuple(items);
    } else {
      return folded;
    }
  }

  // ---- visiting

  void visit(Expr e) {
    Object folded = constant(e);
    if (folded != null) {
      g.loadConst(folded, Position.of(e));
      return;
    }
    Position pos = Position.of(e);
    if (e instanceof Expr.Constant k) {
      throw new IllegalStateException("a constant that does not fold");
    } else if (e instanceof Expr.Name n) {
      g.nameOp(n.id(), n.ctx(), pos);
    } else if (e instanceof Expr.BoolOp b) {
      boolOp(b);
    } else if (e instanceof Expr.NamedExpr n) {
      visit(n.value());
      g.emit(Op.COPY, 1, pos);
      store(n.target());
    } else if (e instanceof Expr.BinOp b && constant(b.right()) == null && PercentFormat.rewrite(b) != null) {
      // (a tuple of constants is folded first, and then the % is left alone)
      visit(PercentFormat.rewrite(b));
    } else if (e instanceof Expr.BinOp b) {
      visit(b.left());
      visit(b.right());
      g.emit(Op.BINARY_OP, BinaryOps.forOperator(b.op(), false).ordinal(), pos);
    } else if (e instanceof Expr.UnaryOp u) {
      visit(u.operand());
      switch (u.op()) {
        case Invert -> g.emit(Op.UNARY_INVERT, pos);
        case Not -> g.emit(Op.UNARY_NOT, pos);
        case USub -> g.emit(Op.UNARY_NEGATIVE, pos);
        case UAdd -> g.emit(Op.CALL_INTRINSIC_1, Intrinsics.One.UNARY_POSITIVE.ordinal(), pos);
      }
    } else if (e instanceof Expr.Lambda l) {
      g.lambda(l);
    } else if (e instanceof Expr.IfExp i) {
      Assembler.Label end = g.label();
      Assembler.Label orElse = g.label();
      jumpIf(i.test(), orElse, false);
      visit(i.body());
      g.jump(Assembler.JUMP, end, Position.NONE);
      g.bind(orElse);
      visit(i.orelse());
      g.bind(end);
    } else if (e instanceof Expr.Dict d) {
      dict(d);
    } else if (e instanceof Expr.Set s) {
      starUnpack(s.elts(), 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false, pos);
    } else if (e instanceof Expr.ListExpr l) {
      switch (l.ctx()) {
        case Load -> starUnpack(l.elts(), 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false, pos);
        case Store -> unpackAndStore(l.elts(), pos);
        case Del -> l.elts().forEach(this::visit);
      }
    } else if (e instanceof Expr.Tuple t) {
      switch (t.ctx()) {
        case Load -> starUnpack(t.elts(), 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true, pos);
        case Store -> unpackAndStore(t.elts(), pos);
        case Del -> t.elts().forEach(this::visit);
      }
    } else if (e instanceof Expr.ListComp x) {
      g.comprehensions.visit(x);
    } else if (e instanceof Expr.SetComp x) {
      g.comprehensions.visit(x);
    } else if (e instanceof Expr.DictComp x) {
      g.comprehensions.visit(x);
    } else if (e instanceof Expr.GeneratorExp x) {
      g.comprehensions.visit(x);
    } else if (e instanceof Expr.Await a) {
      visit(a.value());
      g.emit(Op.GET_AWAITABLE, 0, pos);
      g.loadConst(Expr.Constant.Singleton.None, pos);
      yieldFrom(pos, true);
    } else if (e instanceof Expr.Yield y) {
      if (y.value() != null) visit(y.value());
      else g.loadConst(Expr.Constant.Singleton.None, pos);
      if (g.unit.scope.isCoroutine()) g.emit(Op.CALL_INTRINSIC_1, Intrinsics.One.ASYNC_GEN_WRAP.ordinal(), pos);
      g.emit(Op.YIELD_VALUE, pos);
      g.emit(Op.RESUME, 1, pos);
    } else if (e instanceof Expr.YieldFrom y) {
      visit(y.value());
      g.emit(Op.GET_YIELD_FROM_ITER, pos);
      g.loadConst(Expr.Constant.Singleton.None, pos);
      yieldFrom(pos, false);
    } else if (e instanceof Expr.Compare c) {
      compare(c);
    } else if (e instanceof Expr.Call c) {
      call(c);
    } else if (e instanceof Expr.FormattedValue f) {
      visit(f.value());
      int oparg = switch (f.conversion()) {
        case 's' -> 1;
        case 'r' -> 2;
        case 'a' -> 3;
        default -> 0;
      };
      if (f.formatSpec() != null) {
        visit(f.formatSpec());
        oparg |= 4;
      }
      g.emit(Op.FORMAT_VALUE, oparg, pos);
    } else if (e instanceof Expr.JoinedStr j) {
      joinedStr(j, pos);
    } else if (e instanceof Expr.Attribute a) {
      attribute(a, pos);
    } else if (e instanceof Expr.Subscript s) {
      subscript(s, pos);
    } else if (e instanceof Expr.Starred s) {
      if (s.ctx() != ExprContext.Store) throw new IllegalStateException("starred expression outside a display");
      visit(s.value());
    } else if (e instanceof Expr.Slice s) {
      g.emit(Op.BUILD_SLICE, slice(s), pos);
    }
  }

  void store(Expr target) { visit(target); }


  /** {@code yield from} and {@code await}: the SEND loop, with CLEANUP_THROW for exceptions thrown in. */
  void yieldFrom(Position pos, boolean await) {
    Assembler.Label send = g.label();
    Assembler.Label fail = g.label();
    Assembler.Label exit = g.label();
    g.bind(send);
    g.jump(Op.SEND, exit, pos);
    g.jump(Assembler.SETUP_FINALLY, fail, pos);
    g.emit(Op.YIELD_VALUE, pos);
    g.emit(Assembler.POP_BLOCK, pos);
    g.emit(Op.RESUME, await ? 3 : 2, pos);
    g.jump(Assembler.JUMP_NO_INTERRUPT, send, pos);
    g.bind(fail);
    g.emit(Op.CLEANUP_THROW, pos);
    // CLEANUP_THROW leaves {None value}; SEND's exit has only the value (Kaa's SEND pops the receiver itself).
    g.emit(Op.SWAP, 2, pos);
    g.emit(Op.POP_TOP, pos);
    g.bind(exit);
    // where both ways out meet, the await's position (CPython's END_SEND): what follows without one of its own (an
    // expression statement's POP_TOP) runs on the await's line; the assembler drops the NOP, or hands its position on
    g.emit(Op.NOP, pos);
  }

  private void boolOp(Expr.BoolOp b) {
    Assembler.Label end = g.label();
    int jump = b.op() == BoolOpKind.And ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
    List<Expr> values = b.values();
    for (int i = 0; i < values.size() - 1; i++) {
      visit(values.get(i));
      g.emit(Op.COPY, 1, b);
      g.jump(jump, end, b);
      g.emit(Op.POP_TOP, b);
    }
    visit(values.get(values.size() - 1));
    g.bind(end);
  }

  private void compareOp(CmpOp op, Position pos) {
    switch (op) {
      case Is -> g.emit(Op.IS_OP, 0, pos);
      case IsNot -> g.emit(Op.IS_OP, 1, pos);
      case In -> g.emit(Op.CONTAINS_OP, 0, pos);
      case NotIn -> g.emit(Op.CONTAINS_OP, 1, pos);
      case Eq -> g.emit(Op.COMPARE_OP, CompareOps.EQ.ordinal(), pos);
      case NotEq -> g.emit(Op.COMPARE_OP, CompareOps.NE.ordinal(), pos);
      case Lt -> g.emit(Op.COMPARE_OP, CompareOps.LT.ordinal(), pos);
      case LtE -> g.emit(Op.COMPARE_OP, CompareOps.LE.ordinal(), pos);
      case Gt -> g.emit(Op.COMPARE_OP, CompareOps.GT.ordinal(), pos);
      case GtE -> g.emit(Op.COMPARE_OP, CompareOps.GE.ordinal(), pos);
    }
  }

  /** A comparator, with CPython's rewrite of a literal list or set after {@code in} into a tuple or frozenset. */
  private void comparator(Expr e, CmpOp op, boolean last) {
    if (last && (op == CmpOp.In || op == CmpOp.NotIn)) {
      iterable(e);
    } else {
      visit(e);
    }
  }

  /** An iterable position ({@code for} loops, {@code in}): a literal list becomes a tuple, a constant set a frozenset. */
  void iterable(Expr e) {
    if (e instanceof Expr.ListExpr l && l.ctx() == ExprContext.Load) {
      Expr.Tuple t = new Expr.Tuple(l.elts(), ExprContext.Load, l.lineno(), l.colOffset(), l.endLineno(),
          l.endColOffset());
      visit(t);
    } else if (e instanceof Expr.Set s) {
      List<Object> items = constants(s.elts());
      if (items != null) g.loadConst(new Code.ConstFrozenSet(distinct(items)), Position.of(s));
      else visit(s);
    } else {
      visit(e);
    }
  }

  /** The items without those equal in Python to an earlier one ({@code {1, 1.0, True}} is {@code {1}}), in order. */
  private static List<Object> distinct(List<Object> items) {
    List<Object> out = new ArrayList<>();
    List<Object> keys = new ArrayList<>();
    for (Object item : items) {
      Object key = equalityKey(item);
      if (!keys.contains(key)) {
        keys.add(key);
        out.add(item);
      }
    }
    return out;
  }

  /** A value equal (Java equals) for constants Python's == finds equal: numbers by value across types. */
  private static Object equalityKey(Object c) {
    if (c instanceof Boolean b) {
      return BigInteger.valueOf(b ? 1 : 0);
    } else if (c instanceof Long l) {
      return BigInteger.valueOf(l);
    } else if (c instanceof Double d && !d.isInfinite() && d == Math.rint(d)) {
      return new java.math.BigDecimal(d).toBigInteger();
    } else if (c instanceof Double d) {
      return d == 0.0 ? 0.0 : d; // -0.0 == 0.0
    } else if (c instanceof Expr.Constant.Imaginary i && i.imag() == 0.0) {
      return BigInteger.ZERO;
    } else if (c instanceof Code.ConstComplex x && x.imag() == 0.0) {
      return equalityKey(x.real());
    } else if (c instanceof Code.ConstTuple t) {
      return t.items().stream().map(ExprGen::equalityKey).toList();
    } else {
      return c;
    }
  }

  /** The folded values of all the expressions, or null when one is not constant. */
  private List<Object> constants(List<Expr> elts) {
    List<Object> items = new ArrayList<>();
    for (Expr x : elts) {
      if (x instanceof Expr.Starred) return null;
      Object c = constant(x);
      if (c == null) return null;
      items.add(c);
    }
    return items;
  }

  private void compare(Expr.Compare c) {
    Position pos = Position.of(c);
    visit(c.left());
    int n = c.ops().size() - 1;
    if (n == 0) {
      comparator(c.comparators().get(0), c.ops().get(0), true);
      compareOp(c.ops().get(0), pos);
      return;
    }
    Assembler.Label cleanup = g.label();
    for (int i = 0; i < n; i++) {
      visit(c.comparators().get(i));
      g.emit(Op.SWAP, 2, pos);
      g.emit(Op.COPY, 2, pos);
      compareOp(c.ops().get(i), pos);
      g.emit(Op.COPY, 1, pos);
      g.jump(Op.POP_JUMP_IF_FALSE, cleanup, pos);
      g.emit(Op.POP_TOP, pos);
    }
    comparator(c.comparators().get(n), c.ops().get(n), true);
    compareOp(c.ops().get(n), pos);
    Assembler.Label end = g.label();
    g.jump(Assembler.JUMP, end, Position.NONE);
    g.bind(cleanup);
    g.emit(Op.SWAP, 2, pos);
    g.emit(Op.POP_TOP, pos);
    g.bind(end);
  }

  /** Jumps to {@code target} when {@code e}'s truth is {@code cond}; falls through otherwise. */
  void jumpIf(Expr e, Assembler.Label target, boolean cond) {
    Object c = constant(e);
    if (c != null) {
      // CPython's flow-graph pass turns a jump on a constant into a jump or nothing, leaving a NOP on the test's
      // line (`while 1:` runs its line once, a trace sees it); the constant stays registered.
      g.unit.constIndex(c);
      g.emit(Op.NOP, Position.of(e));
      if (ConstantFolding.truthy(c instanceof Code.ConstTuple ? c : folded(c)) == cond) {
        g.jump(Assembler.JUMP, target, Position.of(e));
      }
      return;
    }
    if (e instanceof Expr.UnaryOp u && u.op() == dev.kaa.ast.UnaryOpKind.Not) {
      jumpIf(u.operand(), target, !cond);
    } else if (e instanceof Expr.BoolOp b) {
      boolean isOr = b.op() == BoolOpKind.Or;
      Assembler.Label next2 = isOr != cond ? g.label() : target;
      List<Expr> values = b.values();
      for (int i = 0; i < values.size() - 1; i++) jumpIf(values.get(i), next2, isOr);
      jumpIf(values.get(values.size() - 1), target, cond);
      if (next2 != target) g.bind(next2);
    } else if (e instanceof Expr.IfExp i) {
      Assembler.Label end = g.label();
      Assembler.Label next2 = g.label();
      jumpIf(i.test(), next2, false);
      jumpIf(i.body(), target, cond);
      g.jump(Assembler.JUMP, end, Position.NONE);
      g.bind(next2);
      jumpIf(i.orelse(), target, cond);
      g.bind(end);
    } else if (e instanceof Expr.Compare cmp && cmp.ops().size() > 1) {
      Position pos = Position.of(cmp);
      Assembler.Label cleanup = g.label();
      visit(cmp.left());
      int n = cmp.ops().size() - 1;
      for (int i = 0; i < n; i++) {
        visit(cmp.comparators().get(i));
        g.emit(Op.SWAP, 2, pos);
        g.emit(Op.COPY, 2, pos);
        compareOp(cmp.ops().get(i), pos);
        g.jump(Op.POP_JUMP_IF_FALSE, cleanup, pos);
      }
      comparator(cmp.comparators().get(n), cmp.ops().get(n), true);
      compareOp(cmp.ops().get(n), pos);
      g.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target, pos);
      Assembler.Label end = g.label();
      g.jump(Assembler.JUMP, end, Position.NONE);
      g.bind(cleanup);
      g.emit(Op.POP_TOP, pos);
      if (!cond) g.jump(Assembler.JUMP, target, Position.NONE);
      g.bind(end);
    } else if (e instanceof Expr.Compare cmp && isNoneTest(cmp)) {
      // CPython's flow-graph pass: LOAD_CONST None; IS_OP; POP_JUMP_IF_x is one POP_JUMP_IF_(NOT_)NONE.
      visit(cmp.left());
      g.unit.constIndex(Expr.Constant.Singleton.None);
      boolean jumpIfNone = cond != (cmp.ops().get(0) == CmpOp.IsNot);
      g.jump(jumpIfNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, target, cmp);
    } else {
      visit(e);
      g.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target, e);
    }
  }

  /** {@code x is None} or {@code x is not None} (None on the right). */
  private boolean isNoneTest(Expr.Compare c) {
    return c.ops().size() == 1 && (c.ops().get(0) == CmpOp.Is || c.ops().get(0) == CmpOp.IsNot)
        && constant(c.comparators().get(0)) == Expr.Constant.Singleton.None;
  }

  /** A code constant back in the folder's terms, for its truth test. */
  private static Object folded(Object c) {
    return c instanceof Long l ? BigInteger.valueOf(l) : c;
  }

  // ---- displays

  /** Whether {@link #tuple} makes these one constant. */
  boolean foldableTuple(List<Expr> elts) { return constants(elts) != null; }

  /** Pushes a tuple of the expressions (function defaults): one constant when they all fold, as CPython's optimiser. */
  void tuple(List<Expr> elts, Position pos) {
    List<Object> items = constants(elts);
    if (items != null) {
      for (Object item : items) g.unit.constIndex(item);
      g.emit(Op.LOAD_CONST, g.unit.lateConstIndex(new Code.ConstTuple(items)), pos);
      return;
    }
    for (Expr e : elts) visit(e);
    g.emit(Op.BUILD_TUPLE, elts.size(), pos);
  }

  /** CPython's {@code starunpack_helper}: a list, set or tuple display, with {@code pushed} items already below. */
  void starUnpack(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple, Position pos) {
    int n = elts.size();
    if (n > 2) {
      List<Object> items = constants(elts);
      if (items != null) {
        if (tuple && pushed == 0) {
          g.loadConst(new Code.ConstTuple(items), pos);
        } else {
          Object folded = add == Op.SET_ADD ? new Code.ConstFrozenSet(items) : new Code.ConstTuple(items);
          g.emit(build, pushed, pos);
          g.loadConst(folded, pos);
          g.emit(extend, 1, pos);
          if (tuple) g.emit(Op.CALL_INTRINSIC_1, Intrinsics.One.LIST_TO_TUPLE.ordinal(), pos);
        }
        return;
      }
    }
    boolean big = n + pushed > STACK_USE_GUIDELINE;
    boolean seenStar = elts.stream().anyMatch(x -> x instanceof Expr.Starred);
    if (!seenStar && !big) {
      if (tuple && pushed == 0 && foldableTuple(elts)) {
        tuple(elts, pos); // CPython's flow-graph pass folds the BUILD_TUPLE of constants (f(1, **kw), f(**kw))
        return;
      }
      for (Expr x : elts) visit(x);
      g.emit(tuple ? Op.BUILD_TUPLE : build, n + pushed, pos);
      return;
    }
    boolean built = false;
    if (big) {
      g.emit(build, pushed, pos);
      built = true;
    }
    for (int i = 0; i < n; i++) {
      Expr x = elts.get(i);
      if (x instanceof Expr.Starred s) {
        if (!built) {
          g.emit(build, i + pushed, pos);
          built = true;
        }
        visit(s.value());
        g.emit(extend, 1, pos);
      } else {
        visit(x);
        if (built) g.emit(add, 1, pos);
      }
    }
    if (tuple) g.emit(Op.CALL_INTRINSIC_1, Intrinsics.One.LIST_TO_TUPLE.ordinal(), pos);
  }

  private void unpackAndStore(List<Expr> elts, Position pos) {
    int n = elts.size();
    boolean seenStar = false;
    for (int i = 0; i < n; i++) {
      if (elts.get(i) instanceof Expr.Starred && !seenStar) {
        g.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8), pos);
        seenStar = true;
      }
    }
    if (!seenStar) g.emit(Op.UNPACK_SEQUENCE, n, pos);
    for (Expr x : elts) visit(x instanceof Expr.Starred s ? s.value() : x);
  }

  private void dict(Expr.Dict d) {
    Position pos = Position.of(d);
    int elements = 0;
    boolean haveDict = false;
    int n = d.values().size();
    for (int i = 0; i < n; i++) {
      if (d.keys().get(i) == null) {
        if (elements > 0) {
          subDict(d, i - elements, i, pos);
          if (haveDict) g.emit(Op.DICT_UPDATE, 1, pos);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          g.emit(Op.BUILD_MAP, 0, pos);
          haveDict = true;
        }
        visit(d.values().get(i));
        g.emit(Op.DICT_UPDATE, 1, pos);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        subDict(d, i - elements, i + 1, pos);
        if (haveDict) g.emit(Op.DICT_UPDATE, 1, pos);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements > 0) {
      subDict(d, n - elements, n, pos);
      if (haveDict) g.emit(Op.DICT_UPDATE, 1, pos);
      haveDict = true;
    }
    if (!haveDict) g.emit(Op.BUILD_MAP, 0, pos);
  }

  /** Items begin..end of a dict display: BUILD_CONST_KEY_MAP when the keys are constants, built by MAP_ADD when many. */
  private void subDict(Expr.Dict d, int begin, int end, Position pos) {
    int n = end - begin;
    boolean big = n * 2 > STACK_USE_GUIDELINE;
    List<Object> keys = n > 1 && !big ? constants(d.keys().subList(begin, end)) : null;
    if (keys != null) {
      for (int i = begin; i < end; i++) visit(d.values().get(i));
      g.loadConst(new Code.ConstTuple(keys), pos);
      g.emit(Op.BUILD_CONST_KEY_MAP, n, pos);
      return;
    }
    if (big) g.emit(Op.BUILD_MAP, 0, pos);
    for (int i = begin; i < end; i++) {
      visit(d.keys().get(i));
      visit(d.values().get(i));
      if (big) g.emit(Op.MAP_ADD, 1, pos);
    }
    if (!big) g.emit(Op.BUILD_MAP, n, pos);
  }

  private void joinedStr(Expr.JoinedStr j, Position pos) {
    List<Expr> values = j.values();
    if (values.size() > STACK_USE_GUIDELINE) {
      g.loadConst("", pos);
      g.emit(Op.LOAD_ATTR, g.nameIndex("join") << 1 | 1, pos);
      g.emit(Op.BUILD_LIST, 0, pos);
      for (Expr v : values) {
        visit(v);
        g.emit(Op.LIST_APPEND, 1, pos);
      }
      g.emit(Op.CALL, 1, pos);
      return;
    }
    for (Expr v : values) visit(v);
    if (values.size() != 1) g.emit(Op.BUILD_STRING, values.size(), pos);
  }

  // ---- attributes and subscripts

  private void attribute(Expr.Attribute a, Position pos) {
    if (a.ctx() == ExprContext.Load && superCall(a)) {
      Expr.Call sup = (Expr.Call) a.value();
      loadSuperArgs(sup);
      g.emit(Op.LOAD_SUPER_ATTR, g.nameIndex(a.attr()) << 2 | (sup.args().isEmpty() ? 0 : 2), pos);
      return;
    }
    visit(a.value());
    Position name = atAttributeName(pos, a);
    switch (a.ctx()) {
      case Load -> g.emit(Op.LOAD_ATTR, g.nameIndex(a.attr()) << 1, name);
      case Store -> g.emit(Op.STORE_ATTR, g.nameIndex(a.attr()), name);
      case Del -> g.emit(Op.DELETE_ATTR, g.nameIndex(a.attr()), name);
    }
  }

  /**
   * {@code pos} moved to start at {@code attr}'s name when the name is on a later line than {@code pos} starts, as
   * CPython places an attribute's instructions (and a method call's), so that the traceback of a failure in a
   * chain split over lines shows the line of the failing {@code .name}. Like CPython, the column is the end column
   * less the name's length in characters.
   */
  static Position atAttributeName(Position pos, Expr.Attribute attr) {
    if (pos.lineno() == attr.endLineno()) return pos;
    int length = attr.attr().codePointCount(0, attr.attr().length());
    int col = length <= attr.endColOffset() ? attr.endColOffset() - length : -1;
    int endCol = length <= attr.endColOffset() ? pos.endColOffset() : -1;
    int endLineno = Math.max(attr.endLineno(), pos.endLineno());
    if (endLineno == attr.endLineno() && endCol != -1) endCol = Math.max(col, endCol);
    return new Position(attr.endLineno(), endLineno, col, endCol);
  }

  /** {@code super().x} or {@code super(C, self).x} with the builtin super: LOAD_SUPER_ATTR (CPython's test). */
  private boolean superCall(Expr.Attribute a) {
    if (!(a.value() instanceof Expr.Call call) || !(call.func() instanceof Expr.Name name)
        || !name.id().equals("super") || a.attr().equals("__class__") || !call.keywords().isEmpty()) {
      return false;
    }
    if (g.unit.scope.scopeOf("super") != NameScope.GLOBAL_IMPLICIT) return false;
    if (g.symtable.top().scopeOf("super") != null) return false;
    if (call.args().size() == 2) return call.args().stream().noneMatch(x -> x instanceof Expr.Starred);
    if (!call.args().isEmpty()) return false;
    if (g.unit.argCount == 0 && g.unit.posOnlyArgCount == 0) return false;
    return g.unit.scope.scopeOf("__class__") == NameScope.FREE && !g.unit.scope.kind.equals(ScopeKind.CLASS);
  }

  /** {@code super} at its name's position, {@code __class__} and the first argument at the call's, as CPython's. */
  private void loadSuperArgs(Expr.Call sup) {
    Position pos = Position.of(sup);
    g.nameOp("super", ExprContext.Load, Position.of(sup.func()));
    if (sup.args().size() == 2) {
      visit(sup.args().get(0));
      visit(sup.args().get(1));
      return;
    }
    g.nameOp("__class__", ExprContext.Load, pos);
    g.nameOp(g.unit.varnames.keySet().iterator().next(), ExprContext.Load, pos);
  }

  private static boolean isTwoElementSlice(Expr e) {
    return e instanceof Expr.Slice s && s.step() == null;
  }

  private void subscript(Expr.Subscript s, Position pos) {
    if (s.ctx() != ExprContext.Del && isTwoElementSlice(s.slice())) {
      visit(s.value());
      slice((Expr.Slice) s.slice());
      g.emit(s.ctx() == ExprContext.Load ? Op.BINARY_SLICE : Op.STORE_SLICE, pos);
      return;
    }
    visit(s.value());
    visit(s.slice());
    g.emit(switch (s.ctx()) {
      case Load -> Op.BINARY_SUBSCR;
      case Store -> Op.STORE_SUBSCR;
      case Del -> Op.DELETE_SUBSCR;
    }, pos);
  }

  /** Pushes a slice's bounds (None for a missing one); returns how many (2, or 3 with a step). */
  int slice(Expr.Slice s) {
    Position pos = Position.of(s);
    if (s.lower() != null) visit(s.lower());
    else g.loadConst(Expr.Constant.Singleton.None, pos);
    if (s.upper() != null) visit(s.upper());
    else g.loadConst(Expr.Constant.Singleton.None, pos);
    if (s.step() == null) return 2;
    visit(s.step());
    return 3;
  }

  // ---- calls

  private void call(Expr.Call c) {
    Position pos = Position.of(c);
    if (methodCall(c)) return;
    if (c.func() instanceof Expr.Name n && n.ctx() == ExprContext.Load && g.isPlainGlobal(n.id())) {
      // CPython's optimiser folds PUSH_NULL into the LOAD_GLOBAL that follows it.
      g.emit(Op.LOAD_GLOBAL, g.unit.nameIndex(g.mangle(n.id())) << 1 | 1, Position.of(n));
    } else {
      g.emit(Op.PUSH_NULL, Position.of(c.func()));
      visit(c.func());
    }
    callHelper(pos, 0, c.args(), c.keywords());
  }

  private boolean methodCall(Expr.Call c) {
    if (!(c.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) return false;
    if (meth.value() instanceof Expr.Name n
        && (g.symtable.top().flags(n.id()) & Symbols.DEF_IMPORT) != 0) {
      return false;
    }
    int nargs = c.args().size();
    int nkw = c.keywords().size();
    if (nargs + nkw + (nkw != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (c.args().stream().anyMatch(x -> x instanceof Expr.Starred)) return false;
    if (c.keywords().stream().anyMatch(k -> k.arg() == null)) return false;
    Position pos = Position.of(c);
    if (superCall(meth)) {
      Expr.Call sup = (Expr.Call) meth.value();
      loadSuperArgs(sup);
      g.emit(Op.LOAD_SUPER_ATTR, g.nameIndex(meth.attr()) << 2 | (sup.args().isEmpty() ? 0 : 2) | 1,
          Position.of(meth));
    } else {
      visit(meth.value());
      g.emit(Op.LOAD_ATTR, g.nameIndex(meth.attr()) << 1 | 1, atAttributeName(Position.of(meth), meth));
    }
    for (Expr a : c.args()) visit(a);
    if (nkw > 0) keywordNames(c.keywords(), atAttributeName(Position.of(meth), meth));
    g.emit(Op.CALL, nargs + nkw, atAttributeName(pos, meth));
    return true;
  }

  private void keywordNames(List<Keyword> keywords, Position pos) {
    List<Object> names = new ArrayList<>();
    for (Keyword k : keywords) {
      visit(k.value());
      names.add(k.arg());
    }
    g.emit(Op.KW_NAMES, g.unit.constIndex(new Code.ConstTuple(names)), pos);
  }

  /** CPython's {@code compiler_call_helper}: the arguments of a call whose callable (and n more) are pushed. */
  void callHelper(Position pos, int n, List<Expr> args, List<Keyword> keywords) {
    int nargs = args.size();
    int nkw = keywords.size();
    boolean ex = nargs + nkw * 2 > STACK_USE_GUIDELINE
        || args.stream().anyMatch(x -> x instanceof Expr.Starred)
        || keywords.stream().anyMatch(k -> k.arg() == null);
    if (!ex) {
      for (Expr a : args) visit(a);
      if (nkw > 0) keywordNames(keywords, pos);
      g.emit(Op.CALL, n + nargs + nkw, pos);
      return;
    }
    if (n == 0 && nargs == 1 && args.get(0) instanceof Expr.Starred s) {
      visit(s.value());
    } else {
      starUnpack(args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true, pos);
    }
    if (nkw > 0) {
      boolean haveDict = false;
      int seen = 0;
      for (int i = 0; i < nkw; i++) {
        Keyword k = keywords.get(i);
        if (k.arg() == null) {
          if (seen > 0) {
            subKwargs(keywords, i - seen, i, pos);
            if (haveDict) g.emit(Op.DICT_MERGE, 1, pos);
            haveDict = true;
            seen = 0;
          }
          if (!haveDict) {
            g.emit(Op.BUILD_MAP, 0, pos);
            haveDict = true;
          }
          visit(k.value());
          g.emit(Op.DICT_MERGE, 1, pos);
        } else {
          seen++;
        }
      }
      if (seen > 0) {
        subKwargs(keywords, nkw - seen, nkw, pos);
        if (haveDict) g.emit(Op.DICT_MERGE, 1, pos);
      }
    }
    g.emit(Op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0, pos);
  }

  private void subKwargs(List<Keyword> keywords, int begin, int end, Position pos) {
    int n = end - begin;
    boolean big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      List<Object> names = new ArrayList<>();
      for (int i = begin; i < end; i++) {
        visit(keywords.get(i).value());
        names.add(keywords.get(i).arg());
      }
      g.loadConst(new Code.ConstTuple(names), pos);
      g.emit(Op.BUILD_CONST_KEY_MAP, n, pos);
      return;
    }
    if (big) g.emit(Op.BUILD_MAP, 0, pos);
    for (int i = begin; i < end; i++) {
      g.loadConst(keywords.get(i).arg(), pos);
      visit(keywords.get(i).value());
      if (big) g.emit(Op.MAP_ADD, 1, pos);
    }
    if (!big) g.emit(Op.BUILD_MAP, n, pos);
  }
}
