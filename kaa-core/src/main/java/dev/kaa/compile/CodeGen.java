package dev.kaa.compile;

import dev.kaa.ast.Arg;
import dev.kaa.ast.Arguments;
import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.Located;
import dev.kaa.ast.Mod;
import dev.kaa.ast.Stmt;
import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.CodeFlags;
import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The code generator: a checked tree and its {@link Symtable} in, a tree of {@link Code} objects out, with the
 * instructions CPython 3.12's compiler emits (in meaning, and in layout where that costs nothing). This class keeps
 * the units (one per code object), names and the scope-opening constructs (functions, lambdas, classes);
 * {@link StmtGen} and {@link ExprGen} do statements and expressions. Constructs not written yet throw
 * {@link NotImplementedYet} rather than emit anything doubtful.
 */
public final class CodeGen {
  /** A construct the generator does not handle yet: an internal limitation, never a user's error. */
  public static final class NotImplementedYet extends RuntimeException {
    public final String construct;

    NotImplementedYet(String construct) {
      super("not implemented yet: " + construct);
      this.construct = construct;
    }
  }

  final Symtable symtable;
  final String filename;
  /** {@code -O} level: 1 drops asserts and makes {@code __debug__} false, 2 also drops docstrings. */
  final int optimize;
  final boolean interactive;
  final ExprGen exprs = new ExprGen(this);
  final StmtGen stmts = new StmtGen(this);
  final ExceptGen blocks = new ExceptGen(this);
  final ComprehensionGen comprehensions = new ComprehensionGen(this);
  final PatternGen patterns = new PatternGen(this);
  final TypeParamGen typeParams = new TypeParamGen(this);
  CodeUnit unit;

  private CodeGen(Symtable symtable, String filename, int optimize, boolean interactive) {
    this.symtable = symtable;
    this.filename = filename;
    this.optimize = optimize;
    this.interactive = interactive;
  }

  /** Compiles a tree that passed the front end ({@link FrontEnd}). */
  public static Code compile(FrontEnd.Result front, String filename, int optimize) {
    return compile(front.tree(), front.symtable(), filename, optimize);
  }

  public static Code compile(Mod tree, Symtable symtable, String filename, int optimize) {
    CodeGen g = new CodeGen(symtable, filename, optimize, tree instanceof Mod.Interactive);
    return g.module(tree);
  }

  /**
   * The module's code as the generator makes it, before assembly (what {@code _testinternalcapi.compiler_codegen}
   * shows): nested code objects are finished, as constants of this one.
   */
  public static CompilerStages.Generated codegen(FrontEnd.Result front, String filename, int optimize) {
    CodeGen g = new CodeGen(front.symtable(), filename, optimize, front.tree() instanceof Mod.Interactive);
    g.moduleBody(front.tree());
    return g.unit.generated(g.flags(g.unit.scope));
  }

  private Code module(Mod tree) {
    moduleBody(tree);
    return unit.finish(filename, flags(unit.scope));
  }

  private void moduleBody(Mod tree) {
    unit = new CodeUnit(symtable.top(), null, "<module>", "<module>", null, 1);
    emit(Op.RESUME, 0, new Position(0, 1, 0, 0));
    if (tree instanceof Mod.Module m) {
      stmts.body(m.body(), null);
    } else if (tree instanceof Mod.Interactive i) {
      if (StmtGen.hasAnnotations(i.body())) emit(Op.SETUP_ANNOTATIONS, Position.NONE);
      stmts.all(i.body());
    } else if (tree instanceof Mod.Expression e) {
      exprs.visit(e.body());
      emit(Op.RETURN_VALUE, Position.NONE);
    } else if (tree instanceof Mod.FunctionType f) {
      throw new NotImplementedYet("func_type mode");
    }
    returnNone();
  }

  private void returnNone() {
    emit(Op.RETURN_CONST, unit.constIndex(Expr.Constant.Singleton.None), Position.NONE);
  }

  // ---- emitting

  void emit(int op, int arg, Position pos) { unit.asm.emit(op, arg, pos); }

  void emit(int op, Position pos) { unit.asm.emit(op, 0, pos); }

  void emit(int op, int arg, Located at) { unit.asm.emit(op, arg, Position.of(at)); }

  void emit(int op, Located at) { unit.asm.emit(op, 0, Position.of(at)); }

  void jump(int op, Assembler.Label target, Position pos) { unit.asm.emitJump(op, target, pos); }

  void jump(int op, Assembler.Label target, Located at) { unit.asm.emitJump(op, target, Position.of(at)); }

  Assembler.Label label() { return unit.asm.newLabel(); }

  void bind(Assembler.Label label) { unit.asm.bind(label); }

  void loadConst(Object value, Position pos) { emit(Op.LOAD_CONST, unit.constIndex(value), pos); }

  String mangle(String name) { return Mangling.mangle(unit.privateName, name); }

  /** A name operand (attributes, imports, globals), mangled as CPython's ADDOP_NAME does. */
  int nameIndex(String name) { return unit.nameIndex(mangle(name)); }

  // ---- names

  private enum Access { FAST, GLOBAL, DEREF, NAME }

  /**
   * How a name is reached here. Names an inlined comprehension keeps in fast locals of a module or class body are
   * resolved as in a function.
   */
  private Access access(String name) {
    NameScope where = unit.scopeOf(name);
    boolean functionLike = unit.scope.kind.isFunctionLike() || unit.fastHidden.contains(name);
    if (where == NameScope.FREE || where == NameScope.CELL) return Access.DEREF;
    if (where == NameScope.LOCAL) return functionLike ? Access.FAST : Access.NAME;
    if (where == NameScope.GLOBAL_IMPLICIT) return functionLike ? Access.GLOBAL : Access.NAME;
    if (where == NameScope.GLOBAL_EXPLICIT) return Access.GLOBAL;
    return Access.NAME;
  }

  /** Loads, stores or deletes a variable, choosing the instruction from where the symbol table put it. */
  void nameOp(String id, ExprContext ctx, Position pos) {
    String name = mangle(id);
    Scope scope = unit.scope;
    switch (access(name)) {
      case FAST -> {
        int slot = unit.varnameIndex(name);
        int op = switch (ctx) {
          case Load -> Op.LOAD_FAST; // the assembler makes it LOAD_FAST_CHECK where the local may be unbound
          case Store -> Op.STORE_FAST;
          case Del -> Op.DELETE_FAST;
        };
        emit(op, slot, pos);
      }
      case DEREF -> {
        int index = unit.derefIndex(name, unit.scopeOf(name) == NameScope.CELL);
        switch (ctx) {
          case Load -> {
            if (scope.kind == ScopeKind.CLASS && unit.inlinedComprehensions == 0) {
              emit(Op.LOAD_LOCALS, pos);
              emit(Op.LOAD_FROM_DICT_OR_DEREF, index, pos);
            } else if (scope.canSeeClassScope()) {
              // A type-parameter scope in a class body reads the class namespace first.
              emit(Op.LOAD_DEREF, unit.derefIndex("__classdict__", false), pos);
              emit(Op.LOAD_FROM_DICT_OR_DEREF, index, pos);
            } else {
              emit(Op.LOAD_DEREF, index, pos);
            }
          }
          case Store -> emit(Op.STORE_DEREF, index, pos);
          case Del -> emit(Op.DELETE_DEREF, index, pos);
        }
      }
      case GLOBAL -> {
        int i = unit.nameIndex(name);
        switch (ctx) {
          case Load -> {
            if (scope.canSeeClassScope() && unit.scopeOf(name) == NameScope.GLOBAL_IMPLICIT) {
              emit(Op.LOAD_DEREF, unit.derefIndex("__classdict__", false), pos);
              emit(Op.LOAD_FROM_DICT_OR_GLOBALS, i, pos);
            } else {
              emit(Op.LOAD_GLOBAL, i << 1, pos);
            }
          }
          case Store -> emit(Op.STORE_GLOBAL, i, pos);
          case Del -> emit(Op.DELETE_GLOBAL, i, pos);
        }
      }
      case NAME -> {
        int i = unit.nameIndex(name);
        emit(switch (ctx) {
          case Load -> Op.LOAD_NAME;
          case Store -> Op.STORE_NAME;
          case Del -> Op.DELETE_NAME;
        }, i, pos);
      }
    }
  }

  /** True when loading {@code id} here is a plain LOAD_GLOBAL, so a call can fold its NULL into it. */
  boolean isPlainGlobal(String id) {
    return !unit.scope.canSeeClassScope() && access(mangle(id)) == Access.GLOBAL;
  }

  // ---- units

  private String qualname(String name, Scope scope) {
    CodeUnit parent = unit;
    if (parent == null || parent.parent == null) return name;
    if (isTypeParamScope(parent.scope.kind)) {
      // A generic definition is named as if its type-parameter scope were not there.
      if (parent.parent.parent == null) return name;
      parent = parent.parent;
    }
    if (scope.kind == ScopeKind.FUNCTION || scope.kind == ScopeKind.CLASS) {
      String mangled = Mangling.mangle(parent.privateName, name);
      if (parent.scope.scopeOf(mangled) == NameScope.GLOBAL_EXPLICIT) return name;
    }
    boolean locals = (parent.scope.kind == ScopeKind.FUNCTION || parent.scope.kind == ScopeKind.TYPE_ALIAS)
        && parent.scope.comprehension() == Scope.Comprehension.NONE;
    return parent.qualname + (locals ? ".<locals>." : ".") + name;
  }

  /** Scopes a qualified name skips (an alias's value is a function scope to its contents, as in CPython). */
  private static boolean isTypeParamScope(ScopeKind kind) {
    return kind == ScopeKind.TYPE_PARAMS || kind == ScopeKind.TYPE_VAR_BOUND;
  }

  CodeUnit enter(Scope scope, String name, String privateName, int firstLineno, Located at) {
    CodeUnit u = new CodeUnit(scope, unit, name, qualname(name, scope), privateName, firstLineno);
    unit = u;
    emit(Op.RESUME, 0, new Position(firstLineno, firstLineno, 0, 0));  // as CPython's co_positions()
    return u;
  }

  Code leave() {
    CodeUnit u = unit;
    Code code = u.finish(filename, flags(u.scope));
    unit = u.parent;
    return code;
  }

  private int flags(Scope s) {
    int flags = 0;
    if (s.kind.isFunctionLike()) {
      flags |= CodeFlags.OPTIMIZED | CodeFlags.NEWLOCALS;
      if (s.nested) flags |= CodeFlags.NESTED;
      if (s.isGenerator() && !s.isCoroutine()) flags |= CodeFlags.GENERATOR;
      if (!s.isGenerator() && s.isCoroutine()) flags |= CodeFlags.COROUTINE;
      if (s.isGenerator() && s.isCoroutine()) flags |= CodeFlags.ASYNC_GENERATOR;
      if (s.hasVarargs()) flags |= CodeFlags.VARARGS;
      if (s.hasVarkeywords()) flags |= CodeFlags.VARKEYWORDS;
    }
    if (symtable.future().annotations()) flags |= CodeFlags.FUTURE_ANNOTATIONS;
    if (symtable.future().barryAsBdfl()) flags |= CodeFlags.FUTURE_BARRY_AS_BDFL;
    return flags;
  }

  /** Pushes the closure tuple of {@code code} (when it has free variables) and its code, then MAKE_FUNCTION. */
  void makeClosure(Code code, int flags, Position pos) {
    if (!code.freevars.isEmpty()) {
      for (String free : code.freevars) {
        boolean cell = isCellHere(free);
        emit(Op.LOAD_CLOSURE, unit.derefIndex(free, cell), pos);
      }
      emit(Op.BUILD_TUPLE, code.freevars.size(), pos);
      flags |= 8;
    }
    loadConst(code, pos);
    emit(Op.MAKE_FUNCTION, flags, pos);
  }

  private boolean isCellHere(String name) {
    if (unit.scope.kind == ScopeKind.CLASS && (name.equals("__class__") || name.equals("__classdict__"))) return true;
    return unit.scopeOf(name) == NameScope.CELL;
  }

  // ---- functions, lambdas, classes

  /** Calls the decorators, innermost first, each at its own position (where CPython's traceback points). */
  private void applyDecorators(List<Expr> decorators) {
    for (int i = decorators.size() - 1; i >= 0; i--) emit(Op.CALL, 0, Position.of(decorators.get(i)));
  }

  void functionDef(Stmt def, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                   List<dev.kaa.ast.TypeParam> typeParams) {
    Position pos = Position.of(def);
    for (Expr d : decorators) exprs.visit(d);
    int firstLineno = decorators.isEmpty() ? def.lineno() : decorators.get(0).lineno();
    boolean generic = !typeParams.isEmpty();
    if (generic) emit(Op.PUSH_NULL, pos);
    int flags = defaults(args, pos);
    // A generic function's defaults are computed outside and passed to its type-parameter scope as arguments.
    int typeParamArgs = Integer.bitCount(flags & 3);
    if (generic) {
      if (typeParamArgs == 2) emit(Op.SWAP, 2, pos);
      this.typeParams.enter(typeParams, name, unit.privateName, firstLineno, def);
      for (int i = 0; i < typeParamArgs; i++) emit(Op.LOAD_FAST, i, pos);
    }
    flags |= annotations(args, returns, pos);
    Scope scope = scopeOf(def);
    enter(scope, name, unit.privateName, firstLineno, def);
    Object doc = optimize < 2 ? StmtGen.docstring(body) : null;
    unit.constIndex(doc != null ? doc : Expr.Constant.Singleton.None);
    setArgCounts(args);
    generatorGuard(scope, () -> stmts.all(doc != null ? body.subList(1, body.size()) : body));
    Code code = leave();
    makeClosure(code, flags, pos);
    if (generic) {
      emit(Op.SWAP, 2, pos);
      emit(Op.CALL_INTRINSIC_2, dev.kaa.bytecode.Intrinsics.Two.SET_FUNCTION_TYPE_PARAMS.ordinal(), pos);
      this.typeParams.leave(typeParamArgs, pos);
    }
    applyDecorators(decorators);
    nameOp(name, ExprContext.Store, pos);
  }

  void lambda(Expr.Lambda lambda) {
    Position pos = Position.of(lambda);
    int flags = defaults(lambda.args(), pos);
    Scope scope = scopeOf(lambda);
    enter(scope, "<lambda>", unit.privateName, lambda.lineno(), lambda);
    unit.constIndex(Expr.Constant.Singleton.None);
    setArgCounts(lambda.args());
    if (scope.isGenerator()) {
      // as CPython 3.12's: a generator lambda returns its body's value (the return has no position of its own), and
      // has no StopIteration guard (a StopIteration escaping it is not made a RuntimeError)
      exprs.visit(lambda.body());
      emit(Op.RETURN_VALUE, Position.NONE);
    } else {
      generatorGuard(scope, () -> {
        exprs.visit(lambda.body());
        emit(Op.RETURN_VALUE, Position.of(lambda.body()));
      });
    }
    Code code = leave();
    makeClosure(code, flags, pos);
  }

  /**
   * Generates a generator's or coroutine's body inside a handler that turns an escaping StopIteration into
   * RuntimeError (PEP 479), as CPython's {@code wrap_in_stopiteration_handler}; other bodies as they are.
   */
  private void generatorGuard(Scope scope, Runnable body) {
    if (!scope.isGenerator() && !scope.isCoroutine()) {
      body.run();
      returnNone();
      return;
    }
    Assembler.Label handler = label();
    jump(Assembler.SETUP_CLEANUP, handler, Position.NONE);
    body.run();
    returnNone();
    bind(handler);
    emit(Op.CALL_INTRINSIC_1, dev.kaa.bytecode.Intrinsics.One.STOPITERATION_ERROR.ordinal(), Position.NONE);
    emit(Op.RERAISE, 1, Position.NONE);
  }

  /** Opens the code object of a comprehension that is not inlined; its one argument is the iterator {@code .0}. */
  void enterComprehension(Scope scope, String name, Expr e) {
    enter(scope, name, unit.privateName, e.lineno(), e);
    unit.argCount = 1;
  }

  /** Only a generator expression gets the StopIteration guard (an asynchronous list comprehension does not). */
  Code leaveComprehension(Scope scope, boolean generator, Runnable body) {
    if (generator) {
      generatorGuard(scope, body);
    } else {
      body.run();
      returnNone();
    }
    return leave();
  }

  private void setArgCounts(Arguments args) {
    unit.posOnlyArgCount = args.posonlyargs().size();
    unit.argCount = args.posonlyargs().size() + args.args().size();
    unit.kwOnlyArgCount = args.kwonlyargs().size();
  }

  Scope scopeOf(Object node) {
    Scope s = symtable.scopeOf(node);
    if (s == null) throw new IllegalStateException("no scope for " + node.getClass().getSimpleName());
    return s;
  }

  /** Defaults tuple and keyword-only defaults dict; returns the MAKE_FUNCTION flags they need. */
  private int defaults(Arguments args, Position pos) {
    int flags = 0;
    if (!args.defaults().isEmpty()) {
      exprs.tuple(args.defaults(), pos);
      flags |= 1;
    }
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < args.kwonlyargs().size(); i++) {
      Expr d = args.kwDefaults().get(i);
      if (d == null) continue;
      keys.add(mangle(args.kwonlyargs().get(i).arg()));
      exprs.visit(d);
    }
    if (!keys.isEmpty()) {
      loadConst(new Code.ConstTuple(keys), pos);
      emit(Op.BUILD_CONST_KEY_MAP, keys.size(), pos);
      flags |= 2;
    }
    return flags;
  }

  /** Function annotations as a flat tuple of name/value pairs (3.12's form); returns flag 4 when there are any. */
  private int annotations(Arguments args, Expr returns, Position pos) {
    List<Object[]> pairs = new ArrayList<>();
    for (Arg a : args.args()) if (a.annotation() != null) pairs.add(new Object[] {a.arg(), a.annotation()});
    for (Arg a : args.posonlyargs()) if (a.annotation() != null) pairs.add(new Object[] {a.arg(), a.annotation()});
    if (args.vararg() != null && args.vararg().annotation() != null) {
      pairs.add(new Object[] {args.vararg().arg(), args.vararg().annotation()});
    }
    for (Arg a : args.kwonlyargs()) if (a.annotation() != null) pairs.add(new Object[] {a.arg(), a.annotation()});
    if (args.kwarg() != null && args.kwarg().annotation() != null) {
      pairs.add(new Object[] {args.kwarg().arg(), args.kwarg().annotation()});
    }
    if (returns != null) pairs.add(new Object[] {"return", returns});
    if (pairs.isEmpty()) return 0;
    List<Expr> items = new ArrayList<>();
    for (Object[] p : pairs) {
      Expr annotation = (Expr) p[1];
      items.add(new Expr.Constant(mangle((String) p[0]), null, annotation.lineno(), annotation.colOffset(),
          annotation.endLineno(), annotation.endColOffset()));
      items.add(futureAnnotations() ? annotationString(annotation) : annotation);
    }
    if (exprs.foldableTuple(items)) {
      exprs.tuple(items, pos); // all constants: CPython's flow-graph pass makes the tuple one constant
      return 4;
    }
    for (int i = 0; i < items.size(); i += 2) {
      loadConst(((Expr.Constant) items.get(i)).value(), pos);
      if (items.get(i + 1) instanceof Expr.Starred s) {
        exprs.visit(s.value());
        emit(Op.UNPACK_SEQUENCE, 1, pos);
      } else {
        exprs.visit(items.get(i + 1));
      }
    }
    emit(Op.BUILD_TUPLE, pairs.size() * 2, pos);
    return 4;
  }

  boolean futureAnnotations() { return symtable.future().annotations(); }

  /** Under {@code from __future__ import annotations}, an annotation is its source text (PEP 563). */
  static Expr annotationString(Expr annotation) {
    return new Expr.Constant(Annotations.unparse(annotation), null, annotation.lineno(), annotation.colOffset(),
        annotation.endLineno(), annotation.endColOffset());
  }

  void classDef(Stmt.ClassDef c) {
    Position pos = Position.of(c);
    for (Expr d : c.decoratorList()) exprs.visit(d);
    int firstLineno = c.decoratorList().isEmpty() ? c.lineno() : c.decoratorList().get(0).lineno();
    boolean generic = !c.typeParams().isEmpty();
    if (generic) {
      emit(Op.PUSH_NULL, pos);
      typeParams.enter(c.typeParams(), c.name(), c.name(), firstLineno, c);
      nameOp(".type_params", ExprContext.Store, pos);
    }
    Scope scope = scopeOf(c);
    enter(scope, c.name(), c.name(), firstLineno, c);
    Position prologue = new Position(firstLineno, firstLineno, 0, 0);  // RESUME's, as CPython's
    nameOp("__name__", ExprContext.Load, prologue);
    nameOp("__module__", ExprContext.Store, prologue);
    loadConst(unit.qualname, prologue);
    nameOp("__qualname__", ExprContext.Store, prologue);
    if (generic) {
      nameOp(".type_params", ExprContext.Load, prologue);
      nameOp("__type_params__", ExprContext.Store, prologue);
    }
    if (scope.needsClassdict()) {
      emit(Op.LOAD_LOCALS, prologue);
      emit(Op.STORE_DEREF, unit.derefIndex("__classdict__", true), prologue);
    }
    stmts.body(c.body(), prologue);
    if (scope.needsClassdict()) {
      emit(Op.LOAD_CLOSURE, unit.derefIndex("__classdict__", true), Position.NONE);
      nameOp("__classdictcell__", ExprContext.Store, Position.NONE);
    }
    if (scope.needsClassClosure()) {
      emit(Op.LOAD_CLOSURE, unit.derefIndex("__class__", true), Position.NONE);
      emit(Op.COPY, 1, Position.NONE);
      nameOp("__classcell__", ExprContext.Store, Position.NONE);
      emit(Op.RETURN_VALUE, Position.NONE);
    } else {
      returnNone();
    }
    Code code = leave();
    emit(Op.PUSH_NULL, pos);
    emit(Op.LOAD_BUILD_CLASS, pos);
    makeClosure(code, 0, pos);
    loadConst(c.name(), pos);
    if (generic) {
      // The bases get Generic[T, ...] appended (typing's generic alias of the parameters).
      nameOp(".type_params", ExprContext.Load, pos);
      emit(Op.CALL_INTRINSIC_1, dev.kaa.bytecode.Intrinsics.One.SUBSCRIPT_GENERIC.ordinal(), pos);
      nameOp(".generic_base", ExprContext.Store, pos);
      List<Expr> bases = new ArrayList<>(c.bases());
      bases.add(new Expr.Name(".generic_base", ExprContext.Load, c.lineno(), c.colOffset(), c.endLineno(),
          c.endColOffset()));
      exprs.callHelper(pos, 2, bases, c.keywords());
      typeParams.leave(0, pos);
    } else {
      exprs.callHelper(pos, 2, c.bases(), c.keywords());
    }
    applyDecorators(c.decoratorList());
    nameOp(c.name(), ExprContext.Store, pos);
  }
}
