package dev.kaa.compile;

import dev.kaa.ast.Alias;
import dev.kaa.ast.ExceptHandler;
import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.Stmt;
import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Intrinsics;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Position;
import java.util.List;

/** Statements: assignments, control flow with the loops' frame blocks, imports, and the body of a module or class. */
final class StmtGen {
  private final CodeGen g;

  StmtGen(CodeGen g) { this.g = g; }

  /**
   * A module's or class's body: SETUP_ANNOTATIONS when it annotates (at a class's {@code prologue} position, or a
   * module's first statement's, as CPython's), then {@code __doc__}, then the statements. A module has no prologue.
   */
  void body(List<Stmt> body, Position prologue) {
    boolean module = prologue == null;
    if (hasAnnotations(body)) g.emit(Op.SETUP_ANNOTATIONS, module ? Position.of(body.get(0)) : prologue);
    if (body.isEmpty()) return;
    int start = 0;
    if (g.optimize < 2 && docstring(body) != null) {
      start = 1;
      Stmt.ExprStmt doc = (Stmt.ExprStmt) body.get(0);
      g.exprs.visit(doc.value());
      g.nameOp("__doc__", ExprContext.Store, Position.of(doc));
    }
    all(body.subList(start, body.size()));
  }

  /** The docstring of a body: its first statement when that is a str literal. */
  static Object docstring(List<Stmt> body) {
    return FutureFeatures.hasDocstring(body) ? ((Expr.Constant) ((Stmt.ExprStmt) body.get(0)).value()).value() : null;
  }

  /** Whether a body has an annotated assignment outside nested functions and classes (CPython's {@code find_ann}). */
  static boolean hasAnnotations(List<Stmt> body) {
    for (Stmt s : body) {
      boolean found;
      if (s instanceof Stmt.AnnAssign a) {
        found = true;
      } else if (s instanceof Stmt.For f) {
        found = hasAnnotations(f.body()) || hasAnnotations(f.orelse());
      } else if (s instanceof Stmt.AsyncFor f) {
        found = hasAnnotations(f.body()) || hasAnnotations(f.orelse());
      } else if (s instanceof Stmt.While w) {
        found = hasAnnotations(w.body()) || hasAnnotations(w.orelse());
      } else if (s instanceof Stmt.If i) {
        found = hasAnnotations(i.body()) || hasAnnotations(i.orelse());
      } else if (s instanceof Stmt.With w) {
        found = hasAnnotations(w.body());
      } else if (s instanceof Stmt.AsyncWith w) {
        found = hasAnnotations(w.body());
      } else if (s instanceof Stmt.Try t) {
        found = hasAnnotations(t.body()) || handlersAnnotate(t.handlers()) || hasAnnotations(t.orelse())
            || hasAnnotations(t.finalbody());
      } else if (s instanceof Stmt.TryStar t) {
        found = hasAnnotations(t.body()) || handlersAnnotate(t.handlers())
            || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody());
      } else if (s instanceof Stmt.Match m) {
        found = m.cases().stream().anyMatch(c -> hasAnnotations(c.body()));
      } else {
        found = false;
      }
      if (found) return true;
    }
    return false;
  }

  private static boolean handlersAnnotate(List<ExceptHandler> handlers) {
    return handlers.stream().anyMatch(h -> hasAnnotations(h.body()));
  }

  void all(List<Stmt> stmts) {
    for (Stmt s : stmts) visit(s);
  }

  void visit(Stmt s) {
    Position pos = Position.of(s);
    if (s instanceof Stmt.FunctionDef f) {
      g.functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
          f.typeParams());
    } else if (s instanceof Stmt.AsyncFunctionDef f) {
      g.functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
          f.typeParams());
    } else if (s instanceof Stmt.ClassDef c) {
      g.classDef(c);
    } else if (s instanceof Stmt.Return r) {
      returnStmt(r);
    } else if (s instanceof Stmt.Delete d) {
      d.targets().forEach(g.exprs::visit);
    } else if (s instanceof Stmt.Assign a) {
      g.exprs.visit(a.value());
      for (int i = 0; i < a.targets().size(); i++) {
        if (i < a.targets().size() - 1) g.emit(Op.COPY, 1, pos);
        g.exprs.store(a.targets().get(i));
      }
    } else if (s instanceof Stmt.TypeAlias t) {
      g.typeParams.typeAlias(t);
    } else if (s instanceof Stmt.AugAssign a) {
      augAssign(a);
    } else if (s instanceof Stmt.AnnAssign a) {
      annAssign(a);
    } else if (s instanceof Stmt.For f) {
      forLoop(f);
    } else if (s instanceof Stmt.AsyncFor f) {
      g.blocks.asyncFor(f);
    } else if (s instanceof Stmt.While w) {
      whileLoop(w);
    } else if (s instanceof Stmt.If i) {
      Assembler.Label end = g.label();
      Assembler.Label next = i.orelse().isEmpty() ? end : g.label();
      g.exprs.jumpIf(i.test(), next, false);
      all(i.body());
      if (!i.orelse().isEmpty()) {
        g.jump(Assembler.JUMP, end, Position.NONE);
        g.bind(next);
        all(i.orelse());
      }
      g.bind(end);
    } else if (s instanceof Stmt.With w) {
      g.blocks.with(w, w.items(), w.body(), 0, false);
    } else if (s instanceof Stmt.AsyncWith w) {
      g.blocks.with(w, w.items(), w.body(), 0, true);
    } else if (s instanceof Stmt.Match m) {
      g.patterns.match(m);
    } else if (s instanceof Stmt.Raise r) {
      int n = 0;
      if (r.exc() != null) {
        g.exprs.visit(r.exc());
        n++;
        if (r.cause() != null) {
          g.exprs.visit(r.cause());
          n++;
        }
      }
      g.emit(Op.RAISE_VARARGS, n, pos);
    } else if (s instanceof Stmt.Try t) {
      g.blocks.tryStmt(t);
    } else if (s instanceof Stmt.TryStar t) {
      g.blocks.tryStarStmt(t);
    } else if (s instanceof Stmt.Assert a) {
      assertStmt(a);
    } else if (s instanceof Stmt.Import i) {
      i.names().forEach(alias -> importName(alias, pos));
    } else if (s instanceof Stmt.ImportFrom i) {
      importFrom(i, pos);
    } else if (s instanceof Stmt.Global x) {
    } else if (s instanceof Stmt.Nonlocal x) {
    } else if (s instanceof Stmt.ExprStmt e) {
      exprStmt(e, pos);
    } else if (s instanceof Stmt.Pass p) {
      g.emit(Op.NOP, pos);  // carries the line, as CPython's: a trace function (pdb, coverage) sees it run
    } else if (s instanceof Stmt.Break b) {
      breakStmt(b, pos);
    } else if (s instanceof Stmt.Continue c) {
      continueStmt(c, pos);
    }
  }

  private void exprStmt(Stmt.ExprStmt e, Position pos) {
    if (g.interactive && g.unit.parent == null) {
      g.exprs.visit(e.value());
      g.emit(Op.CALL_INTRINSIC_1, Intrinsics.One.PRINT.ordinal(), pos);
      g.emit(Op.POP_TOP, Position.NONE);
      return;
    }
    if (e.value() instanceof Expr.Constant) {
      g.emit(Op.NOP, pos);  // a constant statement does nothing, but its line runs (a trace sees it), as CPython's
      return;
    }
    g.exprs.visit(e.value());
    // no position of its own, as CPython's: it runs on the line the expression ended on (`(\n f()\n)` is all f's line)
    g.emit(Op.POP_TOP, Position.NONE);
  }

  private void returnStmt(Stmt.Return r) {
    Position pos = Position.of(r);
    Object constant = r.value() == null ? Expr.Constant.Singleton.None : g.exprs.constant(r.value());
    // The lines a trace sees run before any finally body or with exit the return goes through, as CPython's: the
    // value's (a NOP for a constant), then the statement's when the value is on another line.
    if (constant == null) {
      g.exprs.visit(r.value());
    } else if (r.value() != null) {
      g.emit(Op.NOP, Position.of(r.value()));
    }
    if (r.value() == null || r.value().lineno() != r.lineno()) g.emit(Op.NOP, pos);
    Position at = g.blocks.unwindStack(constant == null, pos, false).pos();
    if (constant != null) {
      g.emit(Op.RETURN_CONST, g.unit.constIndex(constant), at);
    } else {
      g.emit(Op.RETURN_VALUE, at);
    }
  }

  private void breakStmt(Stmt.Break b, Position pos) {
    g.emit(Op.NOP, pos);  // the statement's line runs before the exits of the blocks it leaves (a trace sees it)
    ExceptGen.Unwound u = g.blocks.unwindStack(false, pos, true);
    Position at = g.blocks.unwind(u.loop(), false, u.pos());
    g.jump(Assembler.JUMP, u.loop().exit(), at);
  }

  private void continueStmt(Stmt.Continue c, Position pos) {
    g.emit(Op.NOP, pos);  // as break's
    ExceptGen.Unwound u = g.blocks.unwindStack(false, pos, true);
    g.jump(Assembler.JUMP, u.loop().start(), u.pos());
  }

  private void whileLoop(Stmt.While w) {
    Assembler.Label loop = g.label();
    Assembler.Label body = g.label();
    Assembler.Label anchor = g.label();
    Assembler.Label end = g.label();
    g.bind(loop);
    g.unit.push(CodeUnit.FrameBlock.Kind.WHILE_LOOP, loop, end, null, null);
    g.exprs.jumpIf(w.test(), anchor, false);
    g.bind(body);
    all(w.body());
    g.exprs.jumpIf(w.test(), body, true);
    g.unit.pop(CodeUnit.FrameBlock.Kind.WHILE_LOOP);
    g.bind(anchor);
    all(w.orelse());
    g.bind(end);
  }

  private void forLoop(Stmt.For f) {
    Position pos = Position.of(f);
    Assembler.Label start = g.label();
    Assembler.Label cleanup = g.label();
    Assembler.Label end = g.label();
    g.unit.push(CodeUnit.FrameBlock.Kind.FOR_LOOP, start, end, null, null);
    g.exprs.iterable(f.iter());
    g.emit(Op.GET_ITER, pos);
    g.bind(start);
    g.jump(Op.FOR_ITER, cleanup, pos);
    g.exprs.store(f.target());
    all(f.body());
    g.jump(Assembler.JUMP, start, Position.NONE);
    g.bind(cleanup);
    g.unit.pop(CodeUnit.FrameBlock.Kind.FOR_LOOP);
    all(f.orelse());
    g.bind(end);
  }

  /** The target's instructions carry the target's position, the operation the statement's, as CPython's. */
  private void augAssign(Stmt.AugAssign a) {
    Position pos = Position.of(a);
    Position at = Position.of(a.target());
    int op = BinaryOps.forOperator(a.op(), true).ordinal();
    if (a.target() instanceof Expr.Attribute t) {
      Position name = ExprGen.atAttributeName(at, t);
      g.exprs.visit(t.value());
      g.emit(Op.COPY, 1, at);
      g.emit(Op.LOAD_ATTR, g.nameIndex(t.attr()) << 1, name);
      g.exprs.visit(a.value());
      g.emit(Op.BINARY_OP, op, pos);
      g.emit(Op.SWAP, 2, name);
      g.emit(Op.STORE_ATTR, g.nameIndex(t.attr()), name);
    } else if (a.target() instanceof Expr.Subscript t && t.slice() instanceof Expr.Slice s && s.step() == null) {
      g.exprs.visit(t.value());
      g.exprs.slice(s);
      g.emit(Op.COPY, 3, at);
      g.emit(Op.COPY, 3, at);
      g.emit(Op.COPY, 3, at);
      g.emit(Op.BINARY_SLICE, at);
      g.exprs.visit(a.value());
      g.emit(Op.BINARY_OP, op, pos);
      g.emit(Op.SWAP, 4, at);
      g.emit(Op.SWAP, 3, at);
      g.emit(Op.SWAP, 2, at);
      g.emit(Op.STORE_SLICE, at);
    } else if (a.target() instanceof Expr.Subscript t) {
      g.exprs.visit(t.value());
      g.exprs.visit(t.slice());
      g.emit(Op.COPY, 2, at);
      g.emit(Op.COPY, 2, at);
      g.emit(Op.BINARY_SUBSCR, at);
      g.exprs.visit(a.value());
      g.emit(Op.BINARY_OP, op, pos);
      g.emit(Op.SWAP, 3, at);
      g.emit(Op.SWAP, 2, at);
      g.emit(Op.STORE_SUBSCR, at);
    } else if (a.target() instanceof Expr.Name t) {
      g.nameOp(t.id(), ExprContext.Load, at);
      g.exprs.visit(a.value());
      g.emit(Op.BINARY_OP, op, pos);
      g.nameOp(t.id(), ExprContext.Store, at);
    } else {
      throw new IllegalStateException("augmented assignment to " + a.target().getClass().getSimpleName());
    }
  }

  private boolean moduleOrClass() {
    return g.unit.parent == null || g.unit.scope.kind == ScopeKind.CLASS;
  }

  private void annAssign(Stmt.AnnAssign a) {
    Position pos = Position.of(a);
    if (a.value() != null) {
      g.exprs.visit(a.value());
      g.exprs.store(a.target());
    }
    if (a.target() instanceof Expr.Name n) {
      if (a.simple() == 1 && moduleOrClass()) {
        g.exprs.visit(g.futureAnnotations() ? CodeGen.annotationString(a.annotation()) : a.annotation());
        g.emit(Op.LOAD_NAME, g.unit.nameIndex("__annotations__"), pos);
        g.loadConst(g.mangle(n.id()), pos);
        g.emit(Op.STORE_SUBSCR, pos);
      }
    } else if (a.target() instanceof Expr.Attribute t) {
      if (a.value() == null) evaluateAndDrop(t.value());
    } else if (a.target() instanceof Expr.Subscript t) {
      if (a.value() == null) {
        evaluateAndDrop(t.value());
        annotationSubscript(t.slice());
      }
    } else {
      throw new IllegalStateException("annotated assignment to " + a.target().getClass().getSimpleName());
    }
    // Under the annotations future a complex target's annotation is not evaluated at all.
    if (a.simple() == 0 && moduleOrClass() && !g.futureAnnotations()) evaluateAndDrop(a.annotation());
  }

  private void evaluateAndDrop(Expr e) {
    g.exprs.visit(e);
    g.emit(Op.POP_TOP, Position.of(e));
  }

  private void annotationSubscript(Expr slice) {
    if (slice instanceof Expr.Slice s) {
      if (s.lower() != null) evaluateAndDrop(s.lower());
      if (s.upper() != null) evaluateAndDrop(s.upper());
      if (s.step() != null) evaluateAndDrop(s.step());
    } else if (slice instanceof Expr.Tuple t) {
      t.elts().forEach(this::annotationSubscript);
    } else {
      evaluateAndDrop(slice);
    }
  }

  private void assertStmt(Stmt.Assert a) {
    if (g.optimize > 0) return;
    Position pos = Position.of(a);
    Assembler.Label end = g.label();
    g.exprs.jumpIf(a.test(), end, true);
    g.emit(Op.LOAD_ASSERTION_ERROR, pos);
    if (a.msg() != null) {
      g.exprs.visit(a.msg());
      g.emit(Op.CALL, 0, pos);
    }
    g.emit(Op.RAISE_VARARGS, 1, pos);
    g.bind(end);
  }

  /** An import's instructions all carry the statement's position, as CPython's: its tracebacks show no carets. */
  private void importName(Alias alias, Position at) {
    g.loadConst(0L, at);
    g.loadConst(Expr.Constant.Singleton.None, at);
    String name = alias.name();
    g.emit(Op.IMPORT_NAME, g.nameIndex(name), at);
    if (alias.asname() == null) {
      int dot = name.indexOf('.');
      g.nameOp(dot < 0 ? name : name.substring(0, dot), ExprContext.Store, at);
      return;
    }
    int dot = name.indexOf('.');
    if (dot >= 0) {
      while (true) {
        int pos2 = dot + 1;
        dot = name.indexOf('.', pos2);
        String attr = name.substring(pos2, dot < 0 ? name.length() : dot);
        g.emit(Op.IMPORT_FROM, g.nameIndex(attr), at);
        if (dot < 0) break;
        g.emit(Op.SWAP, 2, at);
        g.emit(Op.POP_TOP, at);
      }
      g.nameOp(alias.asname(), ExprContext.Store, at);
      g.emit(Op.POP_TOP, at);
      return;
    }
    g.nameOp(alias.asname(), ExprContext.Store, at);
  }

  private void importFrom(Stmt.ImportFrom i, Position pos) {
    List<Object> names = i.names().stream().map(a -> (Object) a.name()).toList();
    g.loadConst((long) i.level(), pos);
    g.loadConst(new Code.ConstTuple(names), pos);
    g.emit(Op.IMPORT_NAME, g.nameIndex(i.module() == null ? "" : i.module()), pos);
    for (Alias alias : i.names()) {
      if (alias.name().equals("*")) {
        g.emit(Op.CALL_INTRINSIC_1, Intrinsics.One.IMPORT_STAR.ordinal(), pos);
        g.emit(Op.POP_TOP, pos);
        return;
      }
      g.emit(Op.IMPORT_FROM, g.nameIndex(alias.name()), pos);
      g.nameOp(alias.asname() != null ? alias.asname() : alias.name(), ExprContext.Store, pos);
    }
    g.emit(Op.POP_TOP, pos);
  }
}
