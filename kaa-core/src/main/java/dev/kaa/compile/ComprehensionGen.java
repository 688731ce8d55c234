package dev.kaa.compile;

import dev.kaa.ast.Comprehension;
import dev.kaa.ast.Expr;
import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Intrinsics;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Comprehensions and generator expressions. A generator expression (and any comprehension the symbol table does not
 * inline) is its own code object, called with the outermost iterator as {@code .0}. A list, set or dict comprehension
 * inside a function is inlined (PEP 709): the variables it binds are saved with LOAD_FAST_AND_CLEAR, and restored
 * after it, and by a handler if it raises.
 */
final class ComprehensionGen {
  private final CodeGen g;

  ComprehensionGen(CodeGen g) { this.g = g; }

  private enum Kind { GENEXP, LIST, SET, DICT }

  void visit(Expr e) {
    if (e instanceof Expr.GeneratorExp x) {
      comprehension(x, Kind.GENEXP, "<genexpr>", x.generators(), x.elt(), null);
    } else if (e instanceof Expr.ListComp x) {
      comprehension(x, Kind.LIST, "<listcomp>", x.generators(), x.elt(), null);
    } else if (e instanceof Expr.SetComp x) {
      comprehension(x, Kind.SET, "<setcomp>", x.generators(), x.elt(), null);
    } else if (e instanceof Expr.DictComp x) {
      comprehension(x, Kind.DICT, "<dictcomp>", x.generators(), x.key(), x.value());
    } else {
      throw new IllegalArgumentException("not a comprehension");
    }
  }

  private void comprehension(Expr e, Kind kind, String name, List<Comprehension> generators, Expr elt, Expr val) {
    Position pos = Position.of(e);
    Scope scope = g.scopeOf(e);
    Comprehension outermost = generators.get(0);
    int getIter = outermost.isAsync() != 0 ? Op.GET_AITER : Op.GET_ITER;
    if (scope.isInlined()) {
      inlined(e, kind, scope, generators, elt, val, pos);
      return;
    }
    g.enterComprehension(scope, name, e);
    if (kind != Kind.GENEXP) g.emit(buildOp(kind), 0, pos);
    Runnable body = () -> {
      generator(generators, 0, 0, elt, val, kind, false, pos);
      if (kind != Kind.GENEXP) g.emit(Op.RETURN_VALUE, pos);
    };
    Code code = g.leaveComprehension(scope, kind == Kind.GENEXP, body);
    g.makeClosure(code, 0, pos);
    g.exprs.visit(outermost.iter());
    g.emit(getIter, pos);
    g.emit(Op.CALL, 0, pos);
    if (scope.isCoroutine() && kind != Kind.GENEXP) {
      // An asynchronous list, set or dict comprehension is a coroutine: await its result.
      g.emit(Op.GET_AWAITABLE, 0, pos);
      g.loadConst(Expr.Constant.Singleton.None, pos);
      g.exprs.yieldFrom(pos, true);
    }
  }

  private static int buildOp(Kind kind) {
    return switch (kind) {
      case LIST -> Op.BUILD_LIST;
      case SET -> Op.BUILD_SET;
      case DICT -> Op.BUILD_MAP;
      case GENEXP -> throw new IllegalArgumentException();
    };
  }

  /**
   * PEP 709: the comprehension's loop in the enclosing code. The names it binds are saved (LOAD_FAST_AND_CLEAR; a cell
   * gets a fresh cell by MAKE_CELL) and restored after it, and by a handler if it raises. While it is generated, a
   * name whose scope inside differs from outside is resolved with the inside scope (a name free inside is whatever it
   * is outside). In a class body every name of the comprehension is saved and resolved as in a function: a class
   * namespace is not visible from a comprehension. In a module or class body the saved names are fast locals.
   */
  private void inlined(Expr e, Kind kind, Scope scope, List<Comprehension> generators, Expr elt, Expr val,
                       Position pos) {
    CodeUnit unit = g.unit;
    Scope outer = unit.scope;
    boolean inClass = outer.kind == ScopeKind.CLASS && unit.inlinedComprehensions == 0;
    boolean functionLike = outer.kind.isFunctionLike();
    g.exprs.visit(generators.get(0).iter());
    g.emit(generators.get(0).isAsync() != 0 ? Op.GET_AITER : Op.GET_ITER, pos);
    unit.inlinedComprehensions++;
    Map<String, NameScope> savedScopes = new HashMap<>();
    List<String> pushed = new ArrayList<>();
    List<String> hidden = new ArrayList<>();
    for (var entry : scope.symbols().entrySet()) {
      String n = entry.getKey();
      int flags = entry.getValue();
      boolean parameter = (flags & Symbols.DEF_PARAM) != 0; // .0, the iterator of a comprehension not inlined
      if (parameter && !inClass) continue;
      NameScope inside = Symbols.scope(flags);
      NameScope outside = unit.scopeOf(n);
      boolean keepOuter = inside == NameScope.FREE && !inClass;
      if (inside != outside && !keepOuter && !(inside == NameScope.CELL && outside == NameScope.FREE)) {
        savedScopes.put(n, unit.comprehensionScopes.get(n));
        unit.comprehensionScopes.put(n, inside);
      }
      if (((flags & Symbols.DEF_LOCAL) != 0 && (flags & Symbols.DEF_NONLOCAL) == 0) || inClass) {
        g.emit(Op.LOAD_FAST_AND_CLEAR, unit.varnameIndex(n), pos);
        if (inside == NameScope.CELL) g.emit(Op.MAKE_CELL, unit.derefIndex(n, outside != NameScope.FREE), pos);
        pushed.add(n);
        if (!functionLike && unit.fastHidden.add(n)) hidden.add(n);
      }
    }
    Assembler.Label cleanup = g.label();
    Assembler.Label end = g.label();
    if (!pushed.isEmpty()) {
      g.emit(Op.SWAP, pushed.size() + 1, pos);
      g.jump(Assembler.SETUP_FINALLY, cleanup, pos);
    }
    g.emit(buildOp(kind), 0, pos);
    g.emit(Op.SWAP, 2, pos);
    generator(generators, 0, 0, elt, val, kind, true, pos);
    unit.inlinedComprehensions--;
    savedScopes.forEach((n, before) -> {
      if (before == null) unit.comprehensionScopes.remove(n);
      else unit.comprehensionScopes.put(n, before);
    });
    if (!pushed.isEmpty()) {
      g.emit(Assembler.POP_BLOCK, Position.NONE);
      g.jump(Assembler.JUMP_NO_INTERRUPT, end, Position.NONE);
      g.bind(cleanup);
      g.emit(Op.SWAP, 2, Position.NONE);
      g.emit(Op.POP_TOP, Position.NONE);
      restore(pushed);
      g.emit(Op.RERAISE, 0, Position.NONE);
      g.bind(end);
      restore(pushed);
    }
    unit.fastHidden.removeAll(hidden);
  }

  /** Puts the saved values back (STORE_FAST of a NULL unbinds), keeping the result on top. */
  private void restore(List<String> pushed) {
    g.emit(Op.SWAP, pushed.size() + 1, Position.NONE);
    for (int i = pushed.size() - 1; i >= 0; i--) {
      g.emit(Assembler.STORE_FAST_MAYBE_NULL, g.unit.varnameIndex(pushed.get(i)), Position.NONE);
    }
  }

  /** What each innermost iteration does: yield the element, or add it to the result {@code depth} items down. */
  private void element(Expr elt, Expr val, Kind kind, int depth) {
    Position at = elementPosition(elt, val, kind);
    g.exprs.visit(elt);
    switch (kind) {
      case GENEXP -> {
        if (g.unit.scope.isCoroutine()) {
          g.emit(Op.CALL_INTRINSIC_1, Intrinsics.One.ASYNC_GEN_WRAP.ordinal(), at);
        }
        g.emit(Op.YIELD_VALUE, at);
        g.emit(Op.RESUME, 1, at);
        g.emit(Op.POP_TOP, at);
      }
      case LIST -> g.emit(Op.LIST_APPEND, depth + 1, at);
      case SET -> g.emit(Op.SET_ADD, depth + 1, at);
      case DICT -> {
        g.exprs.visit(val);
        g.emit(Op.MAP_ADD, depth + 1, at);
      }
    }
  }

  /**
   * Where an iteration's own instructions are: the element's position; a dict's from the key's start to the value's
   * end, as CPython's (an unhashable key's traceback marks both). The loop's jump back is there too.
   */
  private static Position elementPosition(Expr elt, Expr val, Kind kind) {
    if (kind != Kind.DICT) return Position.of(elt);
    return new Position(elt.lineno(), val.endLineno(), elt.colOffset(), val.endColOffset());
  }

  /** {@code async for} in a comprehension: each item awaited from GET_ANEXT, StopAsyncIteration ending the loop. */
  private void asyncGenerator(List<Comprehension> generators, int index, int depth, Expr elt, Expr val, Kind kind,
                              boolean iterOnStack, Position pos) {
    Comprehension gen = generators.get(index);
    Assembler.Label start = g.label();
    Assembler.Label except = g.label();
    Assembler.Label ifCleanup = g.label();
    if (index == 0 && !iterOnStack) {
      g.emit(Op.LOAD_FAST, g.unit.varnameIndex(".0"), pos);
    } else if (index > 0) {
      g.exprs.visit(gen.iter());
      g.emit(Op.GET_AITER, pos);
    }
    g.bind(start);
    g.blocks.awaitNextItem(except, gen.target(), pos);
    for (Expr cond : gen.ifs()) g.exprs.jumpIf(cond, ifCleanup, false);
    if (index + 1 < generators.size()) {
      generator(generators, index + 1, depth + 1, elt, val, kind, false, pos);
    } else {
      element(elt, val, kind, depth + 1);
    }
    g.bind(ifCleanup);
    g.jump(Assembler.JUMP, start, elementPosition(elt, val, kind));
    g.bind(except);
    g.emit(Op.END_ASYNC_FOR, pos);
  }

  /**
   * One {@code for} of a comprehension. Its loop instructions carry {@code pos}, the whole comprehension's position, as
   * CPython's: the traceback of a failing iterator marks the comprehension.
   */
  private void generator(List<Comprehension> generators, int index, int depth, Expr elt, Expr val, Kind kind,
                         boolean iterOnStack, Position pos) {
    if (generators.get(index).isAsync() != 0) {
      asyncGenerator(generators, index, depth, elt, val, kind, iterOnStack, pos);
      return;
    }
    Comprehension gen = generators.get(index);
    Assembler.Label start = g.label();
    Assembler.Label ifCleanup = g.label();
    Assembler.Label anchor = g.label();
    boolean loop = true;
    if (index == 0 && !iterOnStack) {
      g.emit(Op.LOAD_FAST, g.unit.varnameIndex(".0"), pos);
    } else if (index > 0) {
      List<Expr> elts;
      if (gen.iter() instanceof Expr.ListExpr l) {
        elts = l.elts();
      } else if (gen.iter() instanceof Expr.Tuple t) {
        elts = t.elts();
      } else {
        elts = null;
      }
      if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
        // for y in [f(x)]: a plain assignment
        g.exprs.visit(elts.get(0));
        loop = false;
      } else {
        g.exprs.visit(gen.iter());
        g.emit(Op.GET_ITER, pos);
      }
    }
    if (loop) {
      depth++;
      g.bind(start);
      g.jump(Op.FOR_ITER, anchor, pos);
    }
    g.exprs.store(gen.target());
    for (Expr cond : gen.ifs()) g.exprs.jumpIf(cond, ifCleanup, false);
    if (index + 1 < generators.size()) {
      generator(generators, index + 1, depth, elt, val, kind, false, pos);
    } else {
      element(elt, val, kind, depth);
    }
    g.bind(ifCleanup);
    if (loop) {
      g.jump(Assembler.JUMP, start, elementPosition(elt, val, kind));
      g.bind(anchor);
    }
  }
}
