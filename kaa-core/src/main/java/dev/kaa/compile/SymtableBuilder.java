package dev.kaa.compile;

import static dev.kaa.compile.Symbols.DEF_ANNOT;
import static dev.kaa.compile.Symbols.DEF_COMP_ITER;
import static dev.kaa.compile.Symbols.DEF_GLOBAL;
import static dev.kaa.compile.Symbols.DEF_IMPORT;
import static dev.kaa.compile.Symbols.DEF_LOCAL;
import static dev.kaa.compile.Symbols.DEF_NONLOCAL;
import static dev.kaa.compile.Symbols.DEF_PARAM;
import static dev.kaa.compile.Symbols.DEF_TYPE_PARAM;
import static dev.kaa.compile.Symbols.USE;

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
import dev.kaa.ast.Pattern;
import dev.kaa.ast.Stmt;
import dev.kaa.ast.TypeParam;
import dev.kaa.ast.WithItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The first pass: walks the tree in CPython's order, opening a {@link Scope} where CPython opens one and recording for
 * each name how it is used there. The order matters: it decides which SyntaxError is reported first and the order of
 * child scopes.
 */
final class SymtableBuilder {
  private final String filename;
  private final FutureFeatures future;
  private final Map<Object, Scope> byNode;
  /** The open scopes, innermost last. */
  private final List<Scope> stack = new ArrayList<>();
  private Scope cur;
  private Scope module;
  /** The class whose private names ({@code __x}) are being mangled, or null. */
  private String privateName;

  SymtableBuilder(String filename, FutureFeatures future, Map<Object, Scope> byNode) {
    this.filename = filename;
    this.future = future;
    this.byNode = byNode;
  }

  Scope build(Mod mod) {
    module = enter(ScopeKind.MODULE, "top", mod, 0, 0, 0, 0);
    if (mod instanceof Mod.Module m) {
      statements(m.body());
    } else if (mod instanceof Mod.Interactive i) {
      statements(i.body());
    } else if (mod instanceof Mod.Expression e) {
      expr(e.body());
    } else if (mod instanceof Mod.FunctionType f) {
      throw new IllegalArgumentException("the compiler does not handle FunctionTypes");
    }
    exit();
    return module;
  }

  // ---- scopes ----

  private Scope enter(ScopeKind kind, String name, Object node, int lineno, int col, int endLineno, int endCol) {
    boolean nested = cur != null && (cur.nested || cur.kind.isFunctionLike());
    Scope scope = new Scope(kind, name, node, lineno, col, endLineno, endCol, nested);
    Scope prev = cur;
    if (prev != null) scope.compIterExpr = prev.compIterExpr;
    stack.add(scope);
    cur = scope;
    if (kind == ScopeKind.ANNOTATION) return scope; // detached: annotations become strings
    byNode.put(node, scope);
    if (prev != null) prev.children.add(scope);
    return scope;
  }

  private Scope enter(ScopeKind kind, String name, Object node, Located at) {
    return enter(kind, name, node, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
  }

  private void exit() {
    stack.remove(stack.size() - 1);
    cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
  }

  // ---- recording names ----

  private void addDef(String name, int flag, Located at) {
    addDef(name, flag, cur, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
  }

  private void addDef(String name, int flag, Scope scope, int lineno, int col, int endLineno, int endCol) {
    String mangled = Mangling.mangle(privateName, name);
    Integer old = scope.symbols.get(mangled);
    int value;
    if (old != null) {
      if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
        throw CompileErrors.at("duplicate argument '" + name + "' in function definition", filename, lineno, col,
            endLineno, endCol);
      }
      if ((flag & DEF_TYPE_PARAM) != 0 && (old & DEF_TYPE_PARAM) != 0) {
        throw CompileErrors.at("duplicate type parameter '" + name + "'", filename, lineno, col, endLineno, endCol);
      }
      value = old | flag;
    } else {
      value = flag;
    }
    if (scope.compIterTarget) {
      if ((value & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
        throw CompileErrors.at("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
            filename, lineno, col, endLineno, endCol);
      }
      value |= DEF_COMP_ITER;
    }
    scope.symbols.put(mangled, value);
    if ((flag & DEF_PARAM) != 0) {
      scope.varnames.add(mangled);
    } else if ((flag & DEF_GLOBAL) != 0) {
      // a global declaration anywhere binds the name in the module too
      module.symbols.merge(mangled, flag, (a, b) -> a | b);
    }
  }

  private int lookup(String name) {
    return cur.flags(Mangling.mangle(privateName, name));
  }

  private void directive(String name, Located at) {
    cur.directives.add(new Scope.Directive(Mangling.mangle(privateName, name), at.lineno(), at.colOffset(),
        at.endLineno(), at.endColOffset()));
  }

  // ---- statements ----

  private void statements(List<Stmt> body) {
    for (Stmt s : body) statement(s);
  }

  private void statement(Stmt s) {
    if (s instanceof Stmt.FunctionDef f) {
      function(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
          f.typeParams());
    } else if (s instanceof Stmt.AsyncFunctionDef f) {
      function(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
          f.typeParams());
    } else if (s instanceof Stmt.ClassDef c) {
      classDef(c);
    } else if (s instanceof Stmt.Return r) {
      if (r.value() != null) {
        expr(r.value());
        cur.returnsValue = true;
      }
    } else if (s instanceof Stmt.Delete d) {
      exprs(d.targets());
    } else if (s instanceof Stmt.Assign a) {
      exprs(a.targets());
      expr(a.value());
    } else if (s instanceof Stmt.TypeAlias t) {
      typeAlias(t);
    } else if (s instanceof Stmt.AugAssign a) {
      expr(a.target());
      expr(a.value());
    } else if (s instanceof Stmt.AnnAssign a) {
      annAssign(a);
    } else if (s instanceof Stmt.For f) {
      expr(f.target());
      expr(f.iter());
      statements(f.body());
      statements(f.orelse());
    } else if (s instanceof Stmt.AsyncFor f) {
      expr(f.target());
      expr(f.iter());
      statements(f.body());
      statements(f.orelse());
    } else if (s instanceof Stmt.While w) {
      expr(w.test());
      statements(w.body());
      statements(w.orelse());
    } else if (s instanceof Stmt.If i) {
      expr(i.test());
      statements(i.body());
      statements(i.orelse());
    } else if (s instanceof Stmt.With w) {
      withItems(w.items());
      statements(w.body());
    } else if (s instanceof Stmt.AsyncWith w) {
      withItems(w.items());
      statements(w.body());
    } else if (s instanceof Stmt.Match m) {
      expr(m.subject());
      for (MatchCase c : m.cases()) {
        pattern(c.pattern());
        if (c.guard() != null) expr(c.guard());
        statements(c.body());
      }
    } else if (s instanceof Stmt.Raise r) {
      if (r.exc() != null) expr(r.exc());
      if (r.cause() != null) expr(r.cause());
    } else if (s instanceof Stmt.Try t) {
      tryStatement(t.body(), t.orelse(), t.handlers(), t.finalbody());
    } else if (s instanceof Stmt.TryStar t) {
      tryStatement(t.body(), t.orelse(), t.handlers(), t.finalbody());
    } else if (s instanceof Stmt.Assert a) {
      expr(a.test());
      if (a.msg() != null) expr(a.msg());
    } else if (s instanceof Stmt.Import i) {
      for (Alias a : i.names()) alias(a);
    } else if (s instanceof Stmt.ImportFrom i) {
      for (Alias a : i.names()) alias(a);
    } else if (s instanceof Stmt.Global g) {
      declare(g, g.names(), DEF_GLOBAL, "global");
    } else if (s instanceof Stmt.Nonlocal n) {
      declare(n, n.names(), DEF_NONLOCAL, "nonlocal");
    } else if (s instanceof Stmt.ExprStmt e) {
      expr(e.value());
    } else if (s instanceof Stmt.Pass p) {
    } else if (s instanceof Stmt.Break b) {
    } else if (s instanceof Stmt.Continue c) {
    }
  }

  private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                        List<TypeParam> typeParams) {
    addDef(name, DEF_LOCAL, s);
    exprs(args.defaults());
    exprsWithNulls(args.kwDefaults());
    exprs(decorators);
    boolean generic = !typeParams.isEmpty();
    if (generic) {
      // CPython always passes the (possibly empty) defaults list, so a generic function always gets ".defaults"
      enterTypeParams(name, typeParams, true, hasKeywordDefaults(args), false, s);
      for (TypeParam tp : typeParams) typeParam(tp);
    }
    annotations(s, args, returns);
    enter(ScopeKind.FUNCTION, name, s, s);
    if (s instanceof Stmt.AsyncFunctionDef) cur.coroutine = true;
    parameters(args);
    statements(body);
    exit();
    if (generic) exit();
  }

  private static boolean hasKeywordDefaults(Arguments args) {
    for (Expr d : args.kwDefaults()) if (d != null) return true;
    return false;
  }

  private void classDef(Stmt.ClassDef c) {
    addDef(c.name(), DEF_LOCAL, c);
    exprs(c.decoratorList());
    String outerPrivate = privateName;
    boolean generic = !c.typeParams().isEmpty();
    if (generic) {
      enterTypeParams(c.name(), c.typeParams(), false, false, true, c);
      privateName = c.name();
      for (TypeParam tp : c.typeParams()) typeParam(tp);
    }
    exprs(c.bases());
    for (Keyword k : c.keywords()) expr(k.value());
    enter(ScopeKind.CLASS, c.name(), c, c);
    privateName = c.name();
    if (generic) {
      addDef("__type_params__", DEF_LOCAL, c.typeParams().get(0));
      addDef(".type_params", USE, c.typeParams().get(0));
    }
    statements(c.body());
    exit();
    if (generic) exit();
    privateName = outerPrivate;
  }

  private void typeAlias(Stmt.TypeAlias t) {
    expr(t.name());
    String name = ((Expr.Name) t.name()).id();
    boolean inClass = cur.kind == ScopeKind.CLASS;
    boolean generic = !t.typeParams().isEmpty();
    if (generic) {
      enterTypeParams(name, t.typeParams(), false, false, false, t);
      for (TypeParam tp : t.typeParams()) typeParam(tp);
    }
    enter(ScopeKind.TYPE_ALIAS, name, t, t);
    cur.canSeeClassScope = inClass;
    if (inClass) addDef("__classdict__", USE, t.value());
    expr(t.value());
    exit();
    if (generic) exit();
  }

  /** The scope of a generic definition's type parameters, with the hidden names the compiler will use there. */
  private void enterTypeParams(String name, List<TypeParam> typeParams, boolean hasDefaults, boolean hasKwDefaults,
                               boolean isClass, Located at) {
    boolean inClass = cur.kind == ScopeKind.CLASS;
    enter(ScopeKind.TYPE_PARAMS, name, typeParams, at);
    if (inClass) {
      cur.canSeeClassScope = true;
      addDef("__classdict__", USE, at);
    }
    if (isClass) {
      // ".type_params" is set when the tuple is made and used for the bases; ".generic_base" is the Generic base
      addDef(".type_params", DEF_LOCAL, at);
      addDef(".type_params", USE, at);
      privateName = name;
      addDef(".generic_base", DEF_LOCAL, at);
      addDef(".generic_base", USE, at);
    }
    if (hasDefaults) addDef(".defaults", DEF_PARAM, at);
    if (hasKwDefaults) addDef(".kwdefaults", DEF_PARAM, at);
  }

  private void typeParam(TypeParam tp) {
    if (tp instanceof TypeParam.TypeVar v) {
      addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, v);
      if (v.bound() != null) {
        boolean inClass = cur.canSeeClassScope;
        enter(ScopeKind.TYPE_VAR_BOUND, v.name(), v, v);
        cur.canSeeClassScope = inClass;
        if (inClass) addDef("__classdict__", USE, v.bound());
        expr(v.bound());
        exit();
      }
    } else if (tp instanceof TypeParam.ParamSpec p) {
      addDef(p.name(), DEF_TYPE_PARAM | DEF_LOCAL, p);
    } else if (tp instanceof TypeParam.TypeVarTuple t) {
      addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, t);
    }
  }

  private void annAssign(Stmt.AnnAssign a) {
    if (a.target() instanceof Expr.Name n) {
      int old = lookup(n.id());
      if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != module && a.simple() != 0) {
        String what = (old & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
        throw CompileErrors.at("annotated name '" + n.id() + "' can't be " + what, filename, a);
      }
      if (a.simple() != 0) addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n);
      else if (a.value() != null) addDef(n.id(), DEF_LOCAL, n);
    } else {
      expr(a.target());
    }
    annotation(a.annotation());
    if (a.value() != null) expr(a.value());
  }

  private void tryStatement(List<Stmt> body, List<Stmt> orelse, List<ExceptHandler> handlers, List<Stmt> finalbody) {
    statements(body);
    statements(orelse);
    for (ExceptHandler h : handlers) {
      if (h.type() != null) expr(h.type());
      if (h.name() != null) addDef(h.name(), DEF_LOCAL, h);
      statements(h.body());
    }
    statements(finalbody);
  }

  private void withItems(List<WithItem> items) {
    for (WithItem item : items) {
      expr(item.contextExpr());
      if (item.optionalVars() != null) expr(item.optionalVars());
    }
  }

  private void alias(Alias a) {
    String name = a.asname() == null ? a.name() : a.asname();
    if (name.equals("*")) {
      if (cur.kind != ScopeKind.MODULE) throw CompileErrors.at("import * only allowed at module level", filename, a);
      return;
    }
    int dot = name.indexOf('.');
    addDef(dot < 0 ? name : name.substring(0, dot), DEF_IMPORT, a);
  }

  private void declare(Stmt s, List<String> names, int flag, String what) {
    for (String name : names) {
      int old = lookup(name);
      if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
        String msg;
        if ((old & DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and " + what;
        else if ((old & USE) != 0) msg = "name '" + name + "' is used prior to " + what + " declaration";
        else if ((old & DEF_ANNOT) != 0) msg = "annotated name '" + name + "' can't be " + what;
        else msg = "name '" + name + "' is assigned to before " + what + " declaration";
        throw CompileErrors.at(msg, filename, s);
      }
      addDef(name, flag, s);
      directive(name, s);
    }
  }

  // ---- parameters and annotations ----

  private void parameters(Arguments a) {
    for (Arg arg : a.posonlyargs()) addDef(arg.arg(), DEF_PARAM, arg);
    for (Arg arg : a.args()) addDef(arg.arg(), DEF_PARAM, arg);
    for (Arg arg : a.kwonlyargs()) addDef(arg.arg(), DEF_PARAM, arg);
    if (a.vararg() != null) {
      addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
      cur.varargs = true;
    }
    if (a.kwarg() != null) {
      addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
      cur.varkeywords = true;
    }
  }

  private void annotations(Stmt s, Arguments a, Expr returns) {
    if (future.annotations()) enter(ScopeKind.ANNOTATION, "_annotation", s, s);
    argAnnotations(a.posonlyargs());
    argAnnotations(a.args());
    if (a.vararg() != null && a.vararg().annotation() != null) expr(a.vararg().annotation());
    if (a.kwarg() != null && a.kwarg().annotation() != null) expr(a.kwarg().annotation());
    argAnnotations(a.kwonlyargs());
    if (future.annotations()) exit();
    if (returns != null) annotation(returns);
  }

  private void argAnnotations(List<Arg> args) {
    for (Arg arg : args) if (arg.annotation() != null) expr(arg.annotation());
  }

  private void annotation(Expr e) {
    if (future.annotations()) enter(ScopeKind.ANNOTATION, "_annotation", e, e);
    expr(e);
    if (future.annotations()) exit();
  }

  // ---- expressions ----

  private void exprs(List<Expr> list) {
    for (Expr e : list) expr(e);
  }

  private void exprsWithNulls(List<Expr> list) {
    for (Expr e : list) if (e != null) expr(e);
  }

  private void expr(Expr e) {
    if (e instanceof Expr.NamedExpr n) {
      refuseInAnnotationScope("named expression", e);
      namedExpr(n);
    } else if (e instanceof Expr.BoolOp b) {
      exprs(b.values());
    } else if (e instanceof Expr.BinOp b) {
      expr(b.left());
      expr(b.right());
    } else if (e instanceof Expr.UnaryOp u) {
      expr(u.operand());
    } else if (e instanceof Expr.Lambda l) {
      exprs(l.args().defaults());
      exprsWithNulls(l.args().kwDefaults());
      enter(ScopeKind.FUNCTION, "lambda", l, l);
      parameters(l.args());
      expr(l.body());
      exit();
    } else if (e instanceof Expr.IfExp i) {
      expr(i.test());
      expr(i.body());
      expr(i.orelse());
    } else if (e instanceof Expr.Dict d) {
      exprsWithNulls(d.keys());
      exprs(d.values());
    } else if (e instanceof Expr.Set s) {
      exprs(s.elts());
    } else if (e instanceof Expr.GeneratorExp g) {
      comprehension(g, "genexpr", Scope.Comprehension.GENERATOR, g.generators(),
          g.elt(), null);
    } else if (e instanceof Expr.ListComp c) {
      comprehension(c, "listcomp", Scope.Comprehension.LIST, c.generators(), c.elt(), null);
    } else if (e instanceof Expr.SetComp c) {
      comprehension(c, "setcomp", Scope.Comprehension.SET, c.generators(), c.elt(), null);
    } else if (e instanceof Expr.DictComp c) {
      comprehension(c, "dictcomp", Scope.Comprehension.DICT, c.generators(), c.key(),
          c.value());
    } else if (e instanceof Expr.Yield y) {
      refuseInAnnotationScope("yield expression", e);
      if (y.value() != null) expr(y.value());
      yielded(e);
    } else if (e instanceof Expr.YieldFrom y) {
      refuseInAnnotationScope("yield expression", e);
      expr(y.value());
      yielded(e);
    } else if (e instanceof Expr.Await a) {
      refuseInAnnotationScope("await expression", e);
      expr(a.value());
      cur.coroutine = true;
    } else if (e instanceof Expr.Compare c) {
      expr(c.left());
      exprs(c.comparators());
    } else if (e instanceof Expr.Call c) {
      expr(c.func());
      exprs(c.args());
      for (Keyword k : c.keywords()) expr(k.value());
    } else if (e instanceof Expr.FormattedValue f) {
      expr(f.value());
      if (f.formatSpec() != null) expr(f.formatSpec());
    } else if (e instanceof Expr.JoinedStr j) {
      exprs(j.values());
    } else if (e instanceof Expr.Constant c) {
    } else if (e instanceof Expr.Attribute a) {
      expr(a.value());
    } else if (e instanceof Expr.Subscript s) {
      expr(s.value());
      expr(s.slice());
    } else if (e instanceof Expr.Starred s) {
      expr(s.value());
    } else if (e instanceof Expr.Slice s) {
      if (s.lower() != null) expr(s.lower());
      if (s.upper() != null) expr(s.upper());
      if (s.step() != null) expr(s.step());
    } else if (e instanceof Expr.Name n) {
      addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n);
      // super() needs the class cell: a read of "super" counts as a read of __class__
      if (n.ctx() == ExprContext.Load && cur.kind.isFunctionLike() && n.id().equals("super")) {
        addDef("__class__", USE, n);
      }
    } else if (e instanceof Expr.ListExpr l) {
      exprs(l.elts());
    } else if (e instanceof Expr.Tuple t) {
      exprs(t.elts());
    }
  }

  private void yielded(Expr e) {
    cur.generator = true;
    if (cur.comprehension != Scope.Comprehension.NONE) {
      String where = switch (cur.comprehension) {
        case LIST -> "list comprehension";
        case SET -> "set comprehension";
        case DICT -> "dict comprehension";
        default -> "generator expression";
      };
      throw CompileErrors.at("'yield' inside " + where, filename, e);
    }
  }

  /** Yield, await and walrus have no meaning in the lazily evaluated PEP 695 scopes (nor in annotations). */
  private void refuseInAnnotationScope(String what, Expr e) {
    String where = switch (cur.kind) {
      case ANNOTATION -> "within an annotation";
      case TYPE_VAR_BOUND -> "within a TypeVar bound";
      case TYPE_ALIAS -> "within a type alias";
      case TYPE_PARAMS -> "within the definition of a generic";
      default -> null;
    };
    if (where == null) return;
    throw CompileErrors.at(what + " cannot be used " + where, filename, e);
  }

  private void comprehension(Expr e, String name, Scope.Comprehension kind, List<Comprehension> generators,
                             Expr elt, Expr value) {
    Comprehension outermost = generators.get(0);
    // the outermost iterable is evaluated in the enclosing scope
    cur.compIterExpr++;
    expr(outermost.iter());
    cur.compIterExpr--;
    enter(ScopeKind.FUNCTION, name, e, e);
    cur.comprehension = kind;
    if (outermost.isAsync() != 0) cur.coroutine = true;
    addDef(".0", DEF_PARAM, e); // the outermost iterator arrives as the hidden argument .0
    cur.compIterTarget = true;
    expr(outermost.target());
    cur.compIterTarget = false;
    exprs(outermost.ifs());
    for (int i = 1; i < generators.size(); i++) {
      Comprehension g = generators.get(i);
      cur.compIterTarget = true;
      expr(g.target());
      cur.compIterTarget = false;
      cur.compIterExpr++;
      expr(g.iter());
      cur.compIterExpr--;
      exprs(g.ifs());
      if (g.isAsync() != 0) cur.coroutine = true;
    }
    if (value != null) expr(value);
    expr(elt);
    boolean isGenerator = kind == Scope.Comprehension.GENERATOR;
    cur.generator = isGenerator;
    boolean isAsync = cur.coroutine && !isGenerator;
    exit();
    if (isAsync) cur.coroutine = true;
  }

  private void namedExpr(Expr.NamedExpr n) {
    if (cur.compIterExpr > 0) {
      throw CompileErrors.at("assignment expression cannot be used in a comprehension iterable expression", filename,
          n);
    }
    if (cur.comprehension != Scope.Comprehension.NONE) bindInEnclosingScope((Expr.Name) n.target());
    expr(n.value());
    expr(n.target());
  }

  /** A walrus in a comprehension binds in the nearest enclosing function or module (PEP 572). */
  private void bindInEnclosingScope(Expr.Name target) {
    String name = target.id();
    for (int i = stack.size() - 1; i >= 0; i--) {
      Scope scope = stack.get(i);
      if (scope.comprehension != Scope.Comprehension.NONE) {
        int flags = scope.flags(name);
        if ((flags & DEF_COMP_ITER) != 0 && (flags & DEF_LOCAL) != 0) {
          throw CompileErrors.at("assignment expression cannot rebind comprehension iteration variable '" + name + "'",
              filename, target);
        }
        continue;
      }
      switch (scope.kind) {
        case FUNCTION -> {
          addDef(name, (scope.flags(name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
          directive(name, target);
          addDef(name, DEF_LOCAL, scope, target.lineno(), target.colOffset(), target.endLineno(),
              target.endColOffset());
          return;
        }
        case MODULE -> {
          addDef(name, DEF_GLOBAL, target);
          directive(name, target);
          addDef(name, DEF_GLOBAL, scope, target.lineno(), target.colOffset(), target.endLineno(),
              target.endColOffset());
          return;
        }
        case CLASS -> throw CompileErrors.at(
            "assignment expression within a comprehension cannot be used in a class body", filename, target);
        case TYPE_PARAMS -> throw CompileErrors.at(
            "assignment expression within a comprehension cannot be used within the definition of a generic",
            filename, target);
        case TYPE_ALIAS -> throw CompileErrors.at(
            "assignment expression within a comprehension cannot be used in a type alias", filename, target);
        case TYPE_VAR_BOUND -> throw CompileErrors.at(
            "assignment expression within a comprehension cannot be used in a TypeVar bound", filename, target);
        case ANNOTATION -> { }
      }
    }
    throw new IllegalStateException("a comprehension outside any scope");
  }

  // ---- patterns ----

  private void pattern(Pattern p) {
    if (p instanceof Pattern.MatchValue v) {
      expr(v.value());
    } else if (p instanceof Pattern.MatchSingleton s) {
    } else if (p instanceof Pattern.MatchSequence s) {
      patterns(s.patterns());
    } else if (p instanceof Pattern.MatchStar s) {
      if (s.name() != null) addDef(s.name(), DEF_LOCAL, s);
    } else if (p instanceof Pattern.MatchMapping m) {
      exprs(m.keys());
      patterns(m.patterns());
      if (m.rest() != null) addDef(m.rest(), DEF_LOCAL, m);
    } else if (p instanceof Pattern.MatchClass c) {
      expr(c.cls());
      patterns(c.patterns());
      patterns(c.kwdPatterns());
    } else if (p instanceof Pattern.MatchAs a) {
      if (a.pattern() != null) pattern(a.pattern());
      if (a.name() != null) addDef(a.name(), DEF_LOCAL, a);
    } else if (p instanceof Pattern.MatchOr o) {
      patterns(o.patterns());
    }
  }

  private void patterns(List<Pattern> list) {
    for (Pattern p : list) pattern(p);
  }
}
