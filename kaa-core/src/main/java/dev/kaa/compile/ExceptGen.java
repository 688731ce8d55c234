package dev.kaa.compile;

import dev.kaa.ast.ExceptHandler;
import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.Stmt;
import dev.kaa.ast.WithItem;
import dev.kaa.bytecode.Intrinsics;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Position;
import java.util.List;

/**
 * try/except/else/finally, with and async with, async for, and the unwinding of these blocks by break, continue
 * and return (CPython's {@code compiler_unwind_fblock}). Handlers are set up with the assembler's SETUP_FINALLY,
 * SETUP_CLEANUP and SETUP_WITH markers, which become the exception table.
 */
final class ExceptGen {
  private final CodeGen g;

  ExceptGen(CodeGen g) { this.g = g; }

  private static final Position NO_POS = Position.NONE;

  // ---- unwinding

  /**
   * Unwinds the frame blocks from the innermost out, each with its exit code; stops at the innermost loop when
   * {@code toLoop} (and returns it, still in place), else unwinds all and returns null.
   */
  Unwound unwindStack(boolean preserveTop, Position pos, boolean toLoop) {
    List<CodeUnit.FrameBlock> blocks = g.unit.frameBlocks;
    if (blocks.isEmpty()) {
      if (toLoop) throw new IllegalStateException("break or continue outside a loop");
      return new Unwound(null, pos);
    }
    CodeUnit.FrameBlock top = blocks.get(blocks.size() - 1);
    if (toLoop && top.isLoop()) return new Unwound(top, pos);
    blocks.remove(blocks.size() - 1);
    try {
      return unwindStack(preserveTop, unwind(top, preserveTop, pos), toLoop);
    } finally {
      blocks.add(top);
    }
  }

  /**
   * What unwinding left: the loop a {@code break}/{@code continue} stops at (null for {@code return}), and the
   * position of the instructions that follow — none once a {@code finally} body or a {@code with}'s exit ran, as
   * CPython's: the return or jump then appears to run after them, on the line they ended on.
   */
  record Unwound(CodeUnit.FrameBlock loop, Position pos) {}

  /** Emits {@code block}'s exit code; returns the position of what follows it (see {@link Unwound}). */
  Position unwind(CodeUnit.FrameBlock block, boolean preserveTop, Position pos) {
    switch (block.kind()) {
      case WHILE_LOOP, EXCEPTION_HANDLER -> { }
      case FOR_LOOP -> {
        if (preserveTop) g.emit(Op.SWAP, 2, pos);
        g.emit(Op.POP_TOP, pos); // the iterator
      }
      case TRY_EXCEPT -> g.emit(Assembler.POP_BLOCK, pos);
      case FINALLY_TRY -> {
        g.emit(Assembler.POP_BLOCK, pos);
        if (preserveTop) g.unit.push(CodeUnit.FrameBlock.Kind.POP_VALUE, null, null, null, null);
        @SuppressWarnings("unchecked")
        List<Stmt> finalBody = (List<Stmt>) block.datum();
        g.stmts.all(finalBody);
        if (preserveTop) g.unit.pop(CodeUnit.FrameBlock.Kind.POP_VALUE);
        return NO_POS;
      }
      case FINALLY_END -> {
        if (preserveTop) g.emit(Op.SWAP, 2, pos);
        g.emit(Op.POP_TOP, pos); // the exception
        if (preserveTop) g.emit(Op.SWAP, 2, pos);
        g.emit(Assembler.POP_BLOCK, pos);
        g.emit(Op.POP_EXCEPT, pos);
      }
      case WITH, ASYNC_WITH -> {
        Position at = block.pos();
        g.emit(Assembler.POP_BLOCK, at);
        if (preserveTop) g.emit(Op.SWAP, 2, at);
        callExitWithNones(at);
        if (block.kind() == CodeUnit.FrameBlock.Kind.ASYNC_WITH) awaitResult(at);
        g.emit(Op.POP_TOP, at);
        return NO_POS;
      }
      case HANDLER_CLEANUP -> {
        String name = (String) block.datum();
        if (name != null) g.emit(Assembler.POP_BLOCK, pos);
        if (preserveTop) g.emit(Op.SWAP, 2, pos);
        g.emit(Assembler.POP_BLOCK, pos);
        g.emit(Op.POP_EXCEPT, pos);
        if (name != null) clearName(name);
      }
      case POP_VALUE -> {
        if (preserveTop) g.emit(Op.SWAP, 2, pos);
        g.emit(Op.POP_TOP, pos);
      }
    }
    return pos;
  }

  private void callExitWithNones(Position pos) {
    for (int i = 0; i < 3; i++) g.loadConst(Expr.Constant.Singleton.None, pos);
    g.emit(Op.CALL, 2, pos);
  }

  /** Awaits the awaitable on top (the result of {@code __aexit__} or {@code __aenter__}). */
  private void awaitResult(Position pos) {
    g.emit(Op.GET_AWAITABLE, 2, pos);
    g.loadConst(Expr.Constant.Singleton.None, pos);
    g.exprs.yieldFrom(pos, true);
  }

  /** {@code name = None; del name}: an {@code except ... as name} target does not outlive its handler. */
  private void clearName(String name) {
    g.loadConst(Expr.Constant.Singleton.None, NO_POS);
    g.nameOp(name, ExprContext.Store, NO_POS);
    g.nameOp(name, ExprContext.Del, NO_POS);
  }

  /** COPY 3; POP_EXCEPT; RERAISE 1: restores the exception being handled before re-raising from a handler. */
  private void popExceptAndReraise() {
    g.emit(Op.COPY, 3, NO_POS);
    g.emit(Op.POP_EXCEPT, NO_POS);
    g.emit(Op.RERAISE, 1, NO_POS);
  }

  // ---- try

  void tryStmt(Stmt.Try t) {
    if (t.finalbody().isEmpty()) {
      tryExcept(t);
    } else if (t.handlers().isEmpty()) {
      tryFinally(t, t.finalbody(), () -> g.stmts.all(t.body()));
    } else {
      tryFinally(t, t.finalbody(), () -> tryExcept(t));
    }
  }

  void tryStarStmt(Stmt.TryStar t) {
    if (t.finalbody().isEmpty()) {
      tryStarExcept(t);
    } else {
      tryFinally(t, t.finalbody(), () -> tryStarExcept(t));
    }
  }

  private void tryFinally(Stmt t, List<Stmt> finalBody, Runnable protectedPart) {
    Assembler.Label body = g.label();
    Assembler.Label end = g.label();
    Assembler.Label exit = g.label();
    Assembler.Label cleanup = g.label();
    g.jump(Assembler.SETUP_FINALLY, end, t);
    g.bind(body);
    g.unit.push(CodeUnit.FrameBlock.Kind.FINALLY_TRY, body, end, finalBody, null);
    protectedPart.run();
    g.emit(Assembler.POP_BLOCK, NO_POS);
    g.unit.pop(CodeUnit.FrameBlock.Kind.FINALLY_TRY);
    g.stmts.all(finalBody);
    g.jump(Assembler.JUMP, exit, NO_POS);
    g.bind(end);
    g.jump(Assembler.SETUP_CLEANUP, cleanup, NO_POS);
    g.emit(Op.PUSH_EXC_INFO, NO_POS);
    g.unit.push(CodeUnit.FrameBlock.Kind.FINALLY_END, end, null, null, null);
    g.stmts.all(finalBody);
    g.unit.pop(CodeUnit.FrameBlock.Kind.FINALLY_END);
    g.emit(Op.RERAISE, 0, NO_POS);
    g.bind(cleanup);
    popExceptAndReraise();
    g.bind(exit);
  }

  /** The body of a try with handlers: protected by a handler at {@code except}. */
  private void protectedBody(Stmt t, List<Stmt> body, Assembler.Label except) {
    Assembler.Label start = g.label();
    g.jump(Assembler.SETUP_FINALLY, except, t);
    g.bind(start);
    g.unit.push(CodeUnit.FrameBlock.Kind.TRY_EXCEPT, start, null, null, null);
    g.stmts.all(body);
    g.unit.pop(CodeUnit.FrameBlock.Kind.TRY_EXCEPT);
    g.emit(Assembler.POP_BLOCK, NO_POS);
  }

  /** Where the handlers start: the exception becomes the one being handled, under a cleanup that restores it. */
  private void enterHandlers(Assembler.Label except, Assembler.Label cleanup) {
    g.bind(except);
    g.jump(Assembler.SETUP_CLEANUP, cleanup, NO_POS);
    g.emit(Op.PUSH_EXC_INFO, NO_POS);
    g.unit.push(CodeUnit.FrameBlock.Kind.EXCEPTION_HANDLER, null, null, null, null);
  }

  /**
   * A clause's body under a cleanup handler at {@code cleanupEnd} (which clears {@code name} if bound); returns with
   * the body's POP_BLOCK emitted, before the clause's own exit.
   */
  private void clauseBody(ExceptHandler h, Assembler.Label cleanupEnd, Position pos) {
    Assembler.Label cleanupBody = g.label();
    g.jump(Assembler.SETUP_CLEANUP, cleanupEnd, pos);
    g.bind(cleanupBody);
    g.unit.push(CodeUnit.FrameBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, h.name(), null);
    g.stmts.all(h.body());
    g.unit.pop(CodeUnit.FrameBlock.Kind.HANDLER_CLEANUP);
    g.emit(Assembler.POP_BLOCK, NO_POS);
  }

  private void tryExcept(Stmt.Try t) {
    Assembler.Label except = g.label();
    Assembler.Label end = g.label();
    Assembler.Label cleanup = g.label();
    protectedBody(t, t.body(), except);
    g.stmts.all(t.orelse());
    g.jump(Assembler.JUMP, end, NO_POS);
    enterHandlers(except, cleanup);
    for (ExceptHandler h : t.handlers()) {
      Position pos = Position.of(h);
      Assembler.Label nextExcept = g.label();
      if (h.type() != null) {
        g.exprs.visit(h.type());
        g.emit(Op.CHECK_EXC_MATCH, pos);
        g.jump(Op.POP_JUMP_IF_FALSE, nextExcept, pos);
      }
      if (h.name() != null) {
        Assembler.Label cleanupEnd = g.label();
        g.nameOp(h.name(), ExprContext.Store, pos);
        clauseBody(h, cleanupEnd, NO_POS);
        g.emit(Assembler.POP_BLOCK, NO_POS);
        g.emit(Op.POP_EXCEPT, NO_POS);
        clearName(h.name());
        g.jump(Assembler.JUMP, end, NO_POS);
        g.bind(cleanupEnd);
        clearName(h.name());
        g.emit(Op.RERAISE, 1, NO_POS);
      } else {
        Assembler.Label cleanupBody = g.label();
        g.emit(Op.POP_TOP, pos);
        g.bind(cleanupBody);
        g.unit.push(CodeUnit.FrameBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, null, null);
        g.stmts.all(h.body());
        g.unit.pop(CodeUnit.FrameBlock.Kind.HANDLER_CLEANUP);
        g.emit(Assembler.POP_BLOCK, NO_POS);
        g.emit(Op.POP_EXCEPT, NO_POS);
        g.jump(Assembler.JUMP, end, NO_POS);
      }
      g.bind(nextExcept);
    }
    g.unit.pop(CodeUnit.FrameBlock.Kind.EXCEPTION_HANDLER);
    g.emit(Op.RERAISE, 0, NO_POS);
    g.bind(cleanup);
    popExceptAndReraise();
    g.bind(end);
  }

  /**
   * {@code try: ... except* T as e: ...}. The handler works on {@code prev_exc orig list rest}: {@code rest} is what of
   * the group no clause has matched yet (CHECK_EG_MATCH splits it), {@code list} collects what the clauses raise and,
   * last, the unmatched rest; PREP_RERAISE_STAR then makes from the original group and that list the group to re-raise,
   * or None.
   */
  private void tryStarExcept(Stmt.TryStar t) {
    Assembler.Label except = g.label();
    Assembler.Label orElse = g.label();
    Assembler.Label end = g.label();
    Assembler.Label cleanup = g.label();
    Assembler.Label reraiseStar = g.label();
    Assembler.Label reraise = g.label();
    protectedBody(t, t.body(), except);
    g.jump(Assembler.JUMP, orElse, NO_POS);
    // break, continue and return cannot leave an except* clause (a syntax error): nothing to unwind there.
    enterHandlers(except, cleanup);
    List<ExceptHandler> handlers = t.handlers();
    for (int i = 0; i < handlers.size(); i++) {
      ExceptHandler h = handlers.get(i);
      Position pos = Position.of(h);
      Assembler.Label noMatch = g.label();
      Assembler.Label next = g.label();
      Assembler.Label cleanupEnd = g.label();
      if (i == 0) {
        g.emit(Op.BUILD_LIST, 0, pos);
        g.emit(Op.COPY, 2, pos);
      }
      g.exprs.visit(h.type());
      g.emit(Op.CHECK_EG_MATCH, pos);
      g.emit(Op.COPY, 1, pos);
      g.jump(Op.POP_JUMP_IF_NONE, noMatch, pos);
      if (h.name() != null) {
        g.nameOp(h.name(), ExprContext.Store, pos);
      } else {
        g.emit(Op.POP_TOP, pos);
      }
      clauseBody(h, cleanupEnd, pos);
      if (h.name() != null) clearName(h.name());
      g.jump(Assembler.JUMP, next, NO_POS);
      // The clause raised: its exception joins the list.
      g.bind(cleanupEnd);
      if (h.name() != null) clearName(h.name());
      g.emit(Op.LIST_APPEND, 3, NO_POS);
      g.emit(Op.POP_TOP, NO_POS); // lasti
      g.jump(Assembler.JUMP, next, NO_POS);
      g.bind(noMatch);
      g.emit(Op.POP_TOP, pos); // the None match
      g.bind(next);
      if (i == handlers.size() - 1) {
        g.emit(Op.LIST_APPEND, 1, NO_POS); // what is left unmatched
        g.jump(Assembler.JUMP, reraiseStar, NO_POS);
      }
    }
    g.unit.pop(CodeUnit.FrameBlock.Kind.EXCEPTION_HANDLER);
    g.bind(reraiseStar);
    g.emit(Op.CALL_INTRINSIC_2, Intrinsics.Two.PREP_RERAISE_STAR.ordinal(), NO_POS);
    g.emit(Op.COPY, 1, NO_POS);
    g.jump(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_POS);
    g.emit(Op.POP_TOP, NO_POS);
    g.emit(Assembler.POP_BLOCK, NO_POS);
    g.emit(Op.POP_EXCEPT, NO_POS);
    g.jump(Assembler.JUMP, end, NO_POS);
    g.bind(reraise);
    g.emit(Assembler.POP_BLOCK, NO_POS);
    g.emit(Op.SWAP, 2, NO_POS);
    g.emit(Op.POP_EXCEPT, NO_POS);
    g.emit(Op.RERAISE, 0, NO_POS);
    g.bind(cleanup);
    popExceptAndReraise();
    g.bind(orElse);
    g.stmts.all(t.orelse());
    g.bind(end);
  }

  // ---- with

  /** The items from {@code index} on, each a nested with (as CPython compiles {@code with a, b:}). */
  void with(Stmt s, List<WithItem> items, List<Stmt> body, int index, boolean async) {
    Position pos = Position.of(s);
    WithItem item = items.get(index);
    Assembler.Label block = g.label();
    Assembler.Label fin = g.label();
    Assembler.Label exit = g.label();
    Assembler.Label cleanup = g.label();
    g.exprs.visit(item.contextExpr());
    if (async) {
      g.emit(Op.BEFORE_ASYNC_WITH, pos);
      g.emit(Op.GET_AWAITABLE, 1, pos);
      g.loadConst(Expr.Constant.Singleton.None, pos);
      g.exprs.yieldFrom(pos, true);
    } else {
      g.emit(Op.BEFORE_WITH, pos);
    }
    g.jump(Assembler.SETUP_WITH, fin, pos);
    g.bind(block);
    CodeUnit.FrameBlock.Kind kind = async ? CodeUnit.FrameBlock.Kind.ASYNC_WITH : CodeUnit.FrameBlock.Kind.WITH;
    g.unit.push(kind, block, fin, null, pos);
    if (item.optionalVars() != null) {
      g.exprs.store(item.optionalVars());
    } else {
      g.emit(Op.POP_TOP, pos);
    }
    if (index + 1 == items.size()) {
      g.stmts.all(body);
    } else {
      with(s, items, body, index + 1, async);
    }
    g.emit(Assembler.POP_BLOCK, NO_POS);
    g.unit.pop(kind);
    callExitWithNones(pos);
    if (async) awaitResult(pos);
    g.emit(Op.POP_TOP, pos);
    g.jump(Assembler.JUMP, exit, pos);
    g.bind(fin);
    g.jump(Assembler.SETUP_CLEANUP, cleanup, pos);
    g.emit(Op.PUSH_EXC_INFO, pos);
    g.emit(Op.WITH_EXCEPT_START, pos);
    if (async) awaitResult(pos);
    withExceptFinish(cleanup);
    g.bind(exit);
  }

  private void withExceptFinish(Assembler.Label cleanup) {
    Assembler.Label suppress = g.label();
    Assembler.Label exit = g.label();
    g.jump(Op.POP_JUMP_IF_TRUE, suppress, NO_POS);
    g.emit(Op.RERAISE, 2, NO_POS);
    g.bind(suppress);
    g.emit(Op.POP_TOP, NO_POS); // the exception
    g.emit(Assembler.POP_BLOCK, NO_POS);
    g.emit(Op.POP_EXCEPT, NO_POS);
    g.emit(Op.POP_TOP, NO_POS); // lasti
    g.emit(Op.POP_TOP, NO_POS); // __exit__
    g.jump(Assembler.JUMP, exit, NO_POS);
    g.bind(cleanup);
    popExceptAndReraise();
    g.bind(exit);
  }

  // ---- async for

  /**
   * One step of an async iteration (the async iterator on top): awaits {@code __anext__} and stores the item, or
   * goes to {@code end} (where END_ASYNC_FOR ends the loop on StopAsyncIteration).
   */
  void awaitNextItem(Assembler.Label end, Expr target, Position pos) {
    g.jump(Assembler.SETUP_FINALLY, end, pos);
    g.emit(Op.GET_ANEXT, pos);
    g.loadConst(Expr.Constant.Singleton.None, pos);
    g.exprs.yieldFrom(pos, true);
    g.emit(Assembler.POP_BLOCK, pos);
    g.exprs.store(target);
  }

  void asyncFor(Stmt.AsyncFor f) {
    Position pos = Position.of(f);
    Assembler.Label start = g.label();
    Assembler.Label except = g.label();
    Assembler.Label end = g.label();
    g.exprs.visit(f.iter());
    g.emit(Op.GET_AITER, pos);
    g.bind(start);
    g.unit.push(CodeUnit.FrameBlock.Kind.FOR_LOOP, start, end, null, null);
    awaitNextItem(except, f.target(), pos);
    g.stmts.all(f.body());
    g.jump(Assembler.JUMP, start, NO_POS);
    g.unit.pop(CodeUnit.FrameBlock.Kind.FOR_LOOP);
    g.bind(except);
    g.emit(Op.END_ASYNC_FOR, Position.of(f.iter()));
    g.stmts.all(f.orelse());
    g.bind(end);
  }
}
