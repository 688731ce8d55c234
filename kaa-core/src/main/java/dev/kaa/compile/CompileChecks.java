package dev.kaa.compile;

import dev.kaa.bytecode.Code;
import dev.kaa.ast.Alias;
import dev.kaa.ast.Arg;
import dev.kaa.ast.Arguments;
import dev.kaa.ast.Comprehension;
import dev.kaa.ast.ExceptHandler;
import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.Keyword;
import dev.kaa.ast.Located;
import dev.kaa.ast.MatchCase;
import dev.kaa.ast.Mod;
import dev.kaa.ast.Stmt;
import dev.kaa.ast.TypeParam;
import dev.kaa.ast.WithItem;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Warnings;
import java.util.ArrayList;
import java.util.List;

/**
 * The SyntaxErrors and SyntaxWarnings CPython's compiler raises while generating code, found without generating any:
 * the tree is walked in the code generator's order (units, their stacks of loops and try/with blocks, finally bodies
 * compiled again wherever a return, break or continue leaves them), so the first error and the sequence of warnings
 * are CPython's. Runs after {@link Symtable#build}, whose flags some checks read.
 */
public final class CompileChecks {
  /** CPython's static limit on nested loops, try and with blocks in one code object. */
  private static final int MAX_BLOCKS = 20;

  /** What the code generator is compiling (CPython's compiler scope types). */
  private enum UnitKind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPE_PARAMS }

  /** A block on the unit's stack, which return, break and continue unwind (CPython's fblock types). */
  private enum BlockKind {
    WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER,
    EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
  }

  private record Block(BlockKind kind, List<Stmt> finalBody) {}

  private record Unit(UnitKind kind, Scope scope, List<Block> blocks) {}

  /** CPython's "no location": what an error after an unwound finally block reports. */
  private static final int[] NO_LOCATION = {-1, -1, -1, -1};

  private final Symtable symtable;
  private final String filename;
  private final Warnings warnings;
  private final PatternChecks patterns;
  private final boolean allowTopLevelAwait;
  private Unit unit;

  private CompileChecks(Symtable symtable, String filename, Warnings warnings, boolean allowTopLevelAwait) {
    this.symtable = symtable;
    this.filename = filename;
    this.warnings = warnings;
    this.allowTopLevelAwait = allowTopLevelAwait;
    this.patterns = new PatternChecks(filename, this::expr, this::forbidden);
  }

  /** Raises CPython's compile-stage SyntaxError, if any, and reports its SyntaxWarnings to {@code w} in order. */
  public static void check(Mod module, Symtable st, String filename, Warnings w) throws CompileError {
    check(module, st, filename, w, false);
  }

  /**
   * The same, for compile() with {@code PyCF_ALLOW_TOP_LEVEL_AWAIT} when {@code allowTopLevelAwait} (as the asyncio
   * REPL compiles): {@code await}, {@code async for}, {@code async with} and asynchronous comprehensions are then
   * allowed at module level.
   */
  public static void check(Mod module, Symtable st, String filename, Warnings w, boolean allowTopLevelAwait)
      throws CompileError {
    CompileChecks checks = new CompileChecks(st, filename, w, allowTopLevelAwait);
    checks.unit = new Unit(UnitKind.MODULE, st.top(), new ArrayList<>());
    if (module instanceof Mod.Module m) {
      checks.statements(m.body());
    } else if (module instanceof Mod.Interactive i) {
      checks.statements(i.body());
    } else if (module instanceof Mod.Expression e) {
      checks.expr(e.body());
    } else if (module instanceof Mod.FunctionType f) {
    }
  }

  // ---- units and blocks ----

  private void inUnit(UnitKind kind, Object node, Runnable body) {
    Unit outer = unit;
    Scope scope = symtable.scopeOf(node);
    unit = new Unit(kind, scope, new ArrayList<>());
    body.run();
    unit = outer;
  }

  /** CPython's IS_TOP_LEVEL_AWAIT: the flag is given and the code being compiled is the module's. */
  private boolean topLevelAwait() {
    return allowTopLevelAwait && unit.scope.kind == ScopeKind.MODULE;
  }

  private void push(BlockKind kind, List<Stmt> finalBody, int[] loc) {
    if (unit.blocks.size() >= MAX_BLOCKS) throw error("too many statically nested blocks", loc);
    unit.blocks.add(new Block(kind, finalBody));
  }

  private void push(BlockKind kind, List<Stmt> finalBody, Located at) {
    push(kind, finalBody, loc(at));
  }

  private void pop() {
    unit.blocks.remove(unit.blocks.size() - 1);
  }

  /**
   * Leaves the blocks a return (loop false) or break/continue (loop true) jumps out of, compiling each finally body on
   * the way, as CPython does. Returns whether a loop was reached; {@code loc} becomes "no location" once a finally body
   * has run, as CPython's does.
   */
  private boolean unwind(int[] loc, boolean preserveValue, boolean loop) {
    List<Block> blocks = unit.blocks;
    if (blocks.isEmpty()) return false;
    Block top = blocks.get(blocks.size() - 1);
    if (top.kind == BlockKind.EXCEPTION_GROUP_HANDLER) {
      throw error("'break', 'continue' and 'return' cannot appear in an except* block", loc);
    }
    if (loop && (top.kind == BlockKind.WHILE_LOOP || top.kind == BlockKind.FOR_LOOP)) return true;
    blocks.remove(blocks.size() - 1);
    if (top.kind == BlockKind.FINALLY_TRY) {
      if (preserveValue) push(BlockKind.POP_VALUE, null, loc);
      statements(top.finalBody);
      if (preserveValue) pop();
      System.arraycopy(NO_LOCATION, 0, loc, 0, 4);
    }
    boolean found = unwind(loc, preserveValue, loop);
    blocks.add(top);
    return found;
  }

  // ---- statements ----

  private void statements(List<Stmt> body) {
    for (Stmt s : body) statement(s);
  }

  private void statement(Stmt s) {
    if (s instanceof Stmt.FunctionDef f) {
      function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
          f.typeParams(), false);
    } else if (s instanceof Stmt.AsyncFunctionDef f) {
      function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
          f.typeParams(), true);
    } else if (s instanceof Stmt.ClassDef c) {
      classDef(c);
    } else if (s instanceof Stmt.Return r) {
      returnStatement(r);
    } else if (s instanceof Stmt.Delete d) {
      exprs(d.targets());
    } else if (s instanceof Stmt.Assign a) {
      expr(a.value());
      exprs(a.targets());
    } else if (s instanceof Stmt.TypeAlias t) {
      typeAlias(t);
    } else if (s instanceof Stmt.AugAssign a) {
      augAssign(a);
    } else if (s instanceof Stmt.AnnAssign a) {
      annAssign(a);
    } else if (s instanceof Stmt.For f) {
      push(BlockKind.FOR_LOOP, null, f);
      expr(f.iter());
      expr(f.target());
      statements(f.body());
      pop();
      statements(f.orelse());
    } else if (s instanceof Stmt.AsyncFor f) {
      if (!topLevelAwait() && unit.kind != UnitKind.ASYNC_FUNCTION) {
        throw error("'async for' outside async function", f);
      }
      expr(f.iter());
      push(BlockKind.FOR_LOOP, null, f);
      expr(f.target());
      statements(f.body());
      pop();
      statements(f.orelse());
    } else if (s instanceof Stmt.While w) {
      push(BlockKind.WHILE_LOOP, null, w);
      expr(w.test());
      statements(w.body());
      expr(w.test()); // the loop is inverted: the test is compiled again at the bottom
      pop();
      statements(w.orelse());
    } else if (s instanceof Stmt.If i) {
      expr(i.test());
      statements(i.body());
      statements(i.orelse());
    } else if (s instanceof Stmt.With w) {
      with(w, w.items(), 0, w.body());
    } else if (s instanceof Stmt.AsyncWith w) {
      if (!topLevelAwait() && unit.kind != UnitKind.ASYNC_FUNCTION) {
        throw error("'async with' outside async function", w);
      }
      with(w, w.items(), 0, w.body());
    } else if (s instanceof Stmt.Match m) {
      patterns.match(m, this::guardAndBody);
    } else if (s instanceof Stmt.Raise r) {
      if (r.exc() != null) expr(r.exc());
      if (r.cause() != null) expr(r.cause());
    } else if (s instanceof Stmt.Try t) {
      if (t.finalbody().isEmpty()) tryExcept(t, t.body(), t.handlers(), t.orelse());
      else if (t.handlers().isEmpty()) tryFinally(t, t.finalbody(), () -> statements(t.body()));
      else tryFinally(t, t.finalbody(), () -> tryExcept(t, t.body(), t.handlers(), t.orelse()));
    } else if (s instanceof Stmt.TryStar t) {
      if (!t.finalbody().isEmpty()) tryFinally(t, t.finalbody(), () -> tryStar(t));
      else tryStar(t);
    } else if (s instanceof Stmt.Assert a) {
      Object test = ConstantFolding.fold(a.test());
      if ((a.test() instanceof Expr.Tuple t && !t.elts().isEmpty())
          || (test instanceof Code.ConstTuple c && !c.items().isEmpty())) {
        warn("assertion is always true, perhaps remove parentheses?", a);
      }
      expr(a.test());
      if (a.msg() != null) expr(a.msg());
    } else if (s instanceof Stmt.Import i) {
      for (Alias alias : i.names()) {
        String name = alias.asname() != null ? alias.asname() : alias.name();
        int dot = name.indexOf('.');
        forbidden(dot < 0 ? name : name.substring(0, dot), s);
      }
    } else if (s instanceof Stmt.ImportFrom i) {
      importFrom(i);
    } else if (s instanceof Stmt.Global g) {
    } else if (s instanceof Stmt.Nonlocal n) {
    } else if (s instanceof Stmt.ExprStmt e) {
      if (!(e.value() instanceof Expr.Constant)) expr(e.value());
    } else if (s instanceof Stmt.Pass p) {
    } else if (s instanceof Stmt.Break b) {
      if (!unwind(loc(b), false, true)) throw error("'break' outside loop", b);
    } else if (s instanceof Stmt.Continue c) {
      if (!unwind(loc(c), false, true)) throw error("'continue' not properly in loop", c);
    }
  }

  private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                        List<TypeParam> typeParams, boolean isAsync) {
    forbiddenArgs(args);
    exprs(decorators);
    defaults(args);
    Runnable rest = () -> {
      if (!typeParams.isEmpty()) typeParams(typeParams);
      annotations(args, returns);
      inUnit(isAsync ? UnitKind.ASYNC_FUNCTION : UnitKind.FUNCTION, s, () -> statements(body));
    };
    if (typeParams.isEmpty()) rest.run();
    else inUnit(UnitKind.TYPE_PARAMS, typeParams, rest);
    forbidden(name, s);
  }

  private void defaults(Arguments args) {
    exprs(args.defaults());
    for (Expr d : args.kwDefaults()) if (d != null) expr(d);
  }

  private void forbiddenArgs(Arguments args) {
    for (Arg a : args.posonlyargs()) forbidden(a.arg(), a);
    for (Arg a : args.args()) forbidden(a.arg(), a);
    if (args.vararg() != null) forbidden(args.vararg().arg(), args.vararg());
    for (Arg a : args.kwonlyargs()) forbidden(a.arg(), a);
    if (args.kwarg() != null) forbidden(args.kwarg().arg(), args.kwarg());
  }

  /** Annotations are evaluated when the def runs, in CPython's order; under {@code annotations} they are strings. */
  private void annotations(Arguments args, Expr returns) {
    if (symtable.future().annotations()) return;
    for (Arg a : args.args()) annotation(a.annotation());
    for (Arg a : args.posonlyargs()) annotation(a.annotation());
    if (args.vararg() != null) annotation(args.vararg().annotation());
    for (Arg a : args.kwonlyargs()) annotation(a.annotation());
    if (args.kwarg() != null) annotation(args.kwarg().annotation());
    annotation(returns);
  }

  private void annotation(Expr e) {
    if (e == null) return;
    // *args: *Ts is compiled as an unpacking of Ts
    expr(e instanceof Expr.Starred st ? st.value() : e);
  }

  private void typeParams(List<TypeParam> typeParams) {
    for (TypeParam tp : typeParams) {
      if (tp instanceof TypeParam.TypeVar v) {
        if (v.bound() != null) inUnit(UnitKind.TYPE_PARAMS, v, () -> expr(v.bound()));
        forbidden(v.name(), v);
      } else if (tp instanceof TypeParam.ParamSpec p) {
        forbidden(p.name(), p);
      } else if (tp instanceof TypeParam.TypeVarTuple t) {
        forbidden(t.name(), t);
      }
    }
  }

  private void classDef(Stmt.ClassDef c) {
    exprs(c.decoratorList());
    Runnable rest = () -> {
      if (!c.typeParams().isEmpty()) typeParams(c.typeParams());
      inUnit(UnitKind.CLASS, c, () -> statements(c.body()));
      call(c.bases(), c.keywords());
    };
    if (c.typeParams().isEmpty()) rest.run();
    else inUnit(UnitKind.TYPE_PARAMS, c.typeParams(), rest);
    forbidden(c.name(), c);
  }

  private void typeAlias(Stmt.TypeAlias t) {
    Runnable rest = () -> inUnit(UnitKind.FUNCTION, t, () -> expr(t.value()));
    if (t.typeParams().isEmpty()) {
      rest.run();
    } else {
      inUnit(UnitKind.TYPE_PARAMS, t.typeParams(), () -> {
        typeParams(t.typeParams());
        rest.run();
      });
    }
    forbidden(((Expr.Name) t.name()).id(), t);
  }

  private void returnStatement(Stmt.Return r) {
    if (!unit.scope.kind.isFunctionLike()) throw error("'return' outside function", r);
    if (r.value() != null && unit.scope.coroutine && unit.scope.generator) {
      throw error("'return' with value in async generator", r);
    }
    boolean preserve = r.value() != null && !(r.value() instanceof Expr.Constant);
    if (preserve) expr(r.value());
    unwind(loc(r), preserve, false);
  }

  private void augAssign(Stmt.AugAssign a) {
    if (a.target() instanceof Expr.Attribute at) {
      expr(at.value());
    } else if (a.target() instanceof Expr.Subscript sub) {
      expr(sub.value());
      expr(sub.slice());
    } else {
    }
    expr(a.value());
    if (a.target() instanceof Expr.Name n) forbidden(n.id(), n);
  }

  private void annAssign(Stmt.AnnAssign a) {
    if (a.value() != null) {
      expr(a.value());
      expr(a.target());
    }
    boolean moduleOrClass = unit.kind == UnitKind.MODULE || unit.kind == UnitKind.CLASS;
    if (a.target() instanceof Expr.Name n) {
      forbidden(n.id(), a);
      if (a.simple() != 0 && moduleOrClass && !symtable.future().annotations()) expr(a.annotation());
    } else if (a.target() instanceof Expr.Attribute at) {
      forbidden(at.attr(), a);
      if (a.value() == null) expr(at.value());
    } else if (a.target() instanceof Expr.Subscript sub) {
      if (a.value() == null) {
        expr(sub.value());
        annotatedSlice(sub.slice());
      }
    } else {
    }
    if (a.simple() == 0 && moduleOrClass && !symtable.future().annotations()) expr(a.annotation());
  }

  private void annotatedSlice(Expr e) {
    if (e instanceof Expr.Slice sl) {
      if (sl.lower() != null) expr(sl.lower());
      if (sl.upper() != null) expr(sl.upper());
      if (sl.step() != null) expr(sl.step());
    } else if (e instanceof Expr.Tuple t) {
      for (Expr elt : t.elts()) annotatedSlice(elt);
    } else {
      expr(e);
    }
  }

  private void with(Stmt s, List<WithItem> items, int index, List<Stmt> body) {
    WithItem item = items.get(index);
    expr(item.contextExpr());
    push(BlockKind.WITH, null, s);
    if (item.optionalVars() != null) expr(item.optionalVars());
    if (index + 1 == items.size()) statements(body);
    else with(s, items, index + 1, body);
    pop();
  }

  private void guardAndBody(MatchCase c) {
    if (c.guard() != null) expr(c.guard());
    statements(c.body());
  }

  private void tryFinally(Stmt s, List<Stmt> finalBody, Runnable tryPart) {
    push(BlockKind.FINALLY_TRY, finalBody, s);
    tryPart.run();
    pop();
    statements(finalBody);
    // the exceptional path compiles the finally body a second time
    push(BlockKind.FINALLY_END, null, NO_LOCATION.clone());
    statements(finalBody);
    pop();
  }

  private void tryExcept(Stmt s, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
    push(BlockKind.TRY_EXCEPT, null, s);
    statements(body);
    pop();
    statements(orelse);
    push(BlockKind.EXCEPTION_HANDLER, null, s);
    for (int i = 0; i < handlers.size(); i++) {
      ExceptHandler h = handlers.get(i);
      if (h.type() == null && i < handlers.size() - 1) throw error("default 'except:' must be last", h);
      handler(h);
    }
    pop();
  }

  private void handler(ExceptHandler h) {
    if (h.type() != null) expr(h.type());
    if (h.name() != null) forbidden(h.name(), h);
    push(BlockKind.HANDLER_CLEANUP, null, h);
    statements(h.body());
    pop();
  }

  private void tryStar(Stmt.TryStar t) {
    push(BlockKind.TRY_EXCEPT, null, t);
    statements(t.body());
    pop();
    push(BlockKind.EXCEPTION_GROUP_HANDLER, null, t);
    for (ExceptHandler h : t.handlers()) handler(h);
    pop();
    statements(t.orelse());
  }

  private void importFrom(Stmt.ImportFrom i) {
    FutureFeatures future = symtable.future();
    boolean after = i.lineno() > future.lastLineno()
        || (i.lineno() == future.lastLineno() && i.colOffset() > future.lastColOffset());
    if (after && "__future__".equals(i.module())) {
      throw error("from __future__ imports must occur at the beginning of the file", i);
    }
    for (Alias alias : i.names()) {
      if (alias.name().equals("*")) continue;
      forbidden(alias.asname() != null ? alias.asname() : alias.name(), i);
    }
  }

  // ---- expressions ----

  private void exprs(List<Expr> list) {
    for (Expr e : list) expr(e);
  }

  private void expr(Expr e) {
    if (e instanceof Expr.NamedExpr n) {
      expr(n.value());
      expr(n.target());
    } else if (e instanceof Expr.BoolOp b) {
      exprs(b.values());
    } else if (e instanceof Expr.BinOp b) {
      expr(b.left());
      expr(b.right());
    } else if (e instanceof Expr.UnaryOp u) {
      // the optimizer turns "not (a is b)" into "a is not b" before the compiler warns about it
      Expr.Compare flipped = LiteralWarnings.negatedCompare(u);
      expr(flipped != null ? flipped : u.operand());
    } else if (e instanceof Expr.Lambda l) {
      forbiddenArgs(l.args());
      defaults(l.args());
      inUnit(UnitKind.LAMBDA, l, () -> expr(l.body()));
    } else if (e instanceof Expr.IfExp i) {
      expr(i.test());
      expr(i.body());
      expr(i.orelse());
    } else if (e instanceof Expr.Dict d) {
      for (int i = 0; i < d.values().size(); i++) {
        if (d.keys().get(i) != null) expr(d.keys().get(i));
        expr(d.values().get(i));
      }
    } else if (e instanceof Expr.Set s) {
      elements(s.elts());
    } else if (e instanceof Expr.GeneratorExp g) {
      comprehension(g, g.generators(), g.elt(), null, true);
    } else if (e instanceof Expr.ListComp c) {
      comprehension(c, c.generators(), c.elt(), null, false);
    } else if (e instanceof Expr.SetComp c) {
      comprehension(c, c.generators(), c.elt(), null, false);
    } else if (e instanceof Expr.DictComp c) {
      comprehension(c, c.generators(), c.key(), c.value(), false);
    } else if (e instanceof Expr.Yield y) {
      if (!unit.scope.kind.isFunctionLike()) throw error("'yield' outside function", y);
      if (y.value() != null) expr(y.value());
    } else if (e instanceof Expr.YieldFrom y) {
      if (!unit.scope.kind.isFunctionLike()) throw error("'yield' outside function", y);
      if (unit.kind == UnitKind.ASYNC_FUNCTION) throw error("'yield from' inside async function", y);
      expr(y.value());
    } else if (e instanceof Expr.Await a) {
      if (!topLevelAwait()) {
        if (unit.scope.kind != ScopeKind.FUNCTION) throw error("'await' outside function", a);
        if (unit.kind != UnitKind.ASYNC_FUNCTION && unit.kind != UnitKind.COMPREHENSION) {
          throw error("'await' outside async function", a);
        }
      }
      expr(a.value());
    } else if (e instanceof Expr.Compare c) {
      LiteralWarnings.compare(c, this::warn);
      expr(c.left());
      exprs(c.comparators());
    } else if (e instanceof Expr.Call c) {
      validateKeywords(c.keywords());
      LiteralWarnings.caller(c.func(), this::warn);
      expr(c.func());
      call(c.args(), c.keywords());
    } else if (e instanceof Expr.FormattedValue f) {
      expr(f.value());
      if (f.formatSpec() != null) expr(f.formatSpec());
    } else if (e instanceof Expr.JoinedStr j) {
      exprs(j.values());
    } else if (e instanceof Expr.Constant c) {
    } else if (e instanceof Expr.Attribute a) {
      expr(a.value());
      if (a.ctx() == ExprContext.Store) forbidden(a.attr(), ExprContext.Store, attributeLoc(a));
    } else if (e instanceof Expr.Subscript s) {
      if (s.ctx() == ExprContext.Load && ConstantFolding.fold(s) != ConstantFolding.NOT_CONSTANT) return;
      if (s.ctx() == ExprContext.Load) {
        LiteralWarnings.subscripter(s.value(), this::warn);
        LiteralWarnings.index(s.value(), s.slice(), this::warn);
      }
      expr(s.value());
      expr(s.slice());
    } else if (e instanceof Expr.Starred s) {
      throw error(s.ctx() == ExprContext.Store
          ? "starred assignment target must be in a list or tuple" : "can't use starred expression here", s);
    } else if (e instanceof Expr.Slice s) {
      if (s.lower() != null) expr(s.lower());
      if (s.upper() != null) expr(s.upper());
      if (s.step() != null) expr(s.step());
    } else if (e instanceof Expr.Name n) {
      forbidden(n.id(), n.ctx(), loc(n));
    } else if (e instanceof Expr.ListExpr l) {
      sequence(l, l.elts(), l.ctx());
    } else if (e instanceof Expr.Tuple t) {
      sequence(t, t.elts(), t.ctx());
    }
  }

  /** Elements of a display or call: a starred one is unpacked, its value compiled. */
  private void elements(List<Expr> elts) {
    for (Expr elt : elts) expr(elt instanceof Expr.Starred s ? s.value() : elt);
  }

  private void sequence(Expr e, List<Expr> elts, ExprContext ctx) {
    if (ctx == ExprContext.Store) {
      boolean seenStar = false;
      for (int i = 0; i < elts.size(); i++) {
        if (!(elts.get(i) instanceof Expr.Starred)) continue;
        if (seenStar) throw error("multiple starred expressions in assignment", e);
        if (i >= 256) throw error("too many expressions in star-unpacking assignment", e);
        seenStar = true;
      }
      elements(elts);
    } else if (ctx == ExprContext.Load) {
      elements(elts);
    } else {
      exprs(elts);
    }
  }

  private void call(List<Expr> args, List<Keyword> keywords) {
    validateKeywords(keywords);
    elements(args);
    for (Keyword k : keywords) expr(k.value());
  }

  private void validateKeywords(List<Keyword> keywords) {
    for (int i = 0; i < keywords.size(); i++) {
      Keyword k = keywords.get(i);
      if (k.arg() == null) continue;
      forbidden(k.arg(), k);
      for (int j = i + 1; j < keywords.size(); j++) {
        Keyword other = keywords.get(j);
        if (k.arg().equals(other.arg())) throw error("keyword argument repeated: " + k.arg(), other);
      }
    }
  }

  private void comprehension(Expr e, List<Comprehension> generators, Expr elt, Expr value, boolean isGenexp) {
    Scope scope = symtable.scopeOf(e);
    UnitKind enclosing = unit.kind;
    boolean topLevelAwait = topLevelAwait();
    Runnable body = () -> {
      if (scope.coroutine && !isGenexp && enclosing != UnitKind.ASYNC_FUNCTION
          && enclosing != UnitKind.COMPREHENSION && !topLevelAwait) {
        throw error("asynchronous comprehension outside of an asynchronous function", e);
      }
      generator(e, generators, 0, elt, value);
    };
    if (isGenexp) {
      inUnit(UnitKind.COMPREHENSION, e, body);
      expr(generators.get(0).iter());
    } else {
      // inlined (PEP 709): compiled in the enclosing unit, outermost iterable first
      expr(generators.get(0).iter());
      body.run();
    }
  }

  private void generator(Expr e, List<Comprehension> generators, int index, Expr elt, Expr value) {
    Comprehension gen = generators.get(index);
    if (index > 0) expr(gen.iter());
    if (gen.isAsync() != 0) push(BlockKind.ASYNC_COMPREHENSION_GENERATOR, null, e);
    expr(gen.target());
    exprs(gen.ifs());
    if (index + 1 < generators.size()) {
      generator(e, generators, index + 1, elt, value);
    } else {
      expr(elt);
      if (value != null) expr(value);
    }
    if (gen.isAsync() != 0) pop();
  }

  // ---- names, errors, warnings ----

  /** A name about to be bound: {@code __debug__} cannot be. */
  private void forbidden(String name, Located at) {
    forbidden(name, ExprContext.Store, loc(at));
  }

  private void forbidden(String name, ExprContext ctx, int[] loc) {
    if (!name.equals("__debug__")) return;
    if (ctx == ExprContext.Store) throw error("cannot assign to __debug__", loc);
    if (ctx == ExprContext.Del) throw error("cannot delete __debug__", loc);
  }

  /** CPython reports a multi-line attribute at its last line, where the attribute name is. */
  private static int[] attributeLoc(Expr.Attribute a) {
    int[] loc = loc(a);
    if (loc[0] != a.endLineno()) {
      loc[0] = a.endLineno();
      int len = a.attr().codePointCount(0, a.attr().length());
      if (len <= a.endColOffset()) {
        loc[1] = a.endColOffset() - len;
      } else {
        loc[1] = -1;
        loc[3] = -1;
      }
      loc[2] = Math.max(loc[0], loc[2]);
      if (loc[0] == loc[2]) loc[3] = Math.max(loc[1], loc[3]);
    }
    return loc;
  }

  private static int[] loc(Located at) {
    return new int[] {at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset()};
  }

  private CompileError error(String msg, Located at) {
    return error(msg, loc(at));
  }

  private CompileError error(String msg, int[] loc) {
    return CompileErrors.at(msg, filename, loc[0], loc[1], loc[2], loc[3]);
  }

  private void warn(String msg, Located at) {
    warnings.warn("SyntaxWarning", msg, filename, at.lineno(), at.colOffset() + 1, at.endLineno(),
        at.endColOffset() + 1);
  }
}
