package dev.kaa.parse;

import static dev.kaa.parse.TokenKind.*;

import dev.kaa.ast.Alias;
import dev.kaa.ast.Arguments;
import dev.kaa.ast.ExceptHandler;
import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.Keyword;
import dev.kaa.ast.MatchCase;
import dev.kaa.ast.Operator;
import dev.kaa.ast.Pattern;
import dev.kaa.ast.Stmt;
import dev.kaa.ast.TypeParam;
import dev.kaa.ast.WithItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements. Compound statements are chosen by their first keyword. A simple statement that starts with an expression
 * is read as an expression first and then, seeing {@code =}, {@code :} or an augmented operator, turned into an
 * assignment whose targets get a Store context: one pass instead of trying a target rule and backtracking. The soft
 * keywords {@code match} and {@code type} are tried as statements and fall back to expressions (the only backtracking).
 */
abstract class StmtParser extends PatternParser {
  StmtParser(Buffer buf, ParseErrors errors) { super(buf, errors); }

  /** Statements until ENDMARKER (exec mode). */
  final List<Stmt> statements() {
    List<Stmt> body = new ArrayList<>();
    while (!check(ENDMARKER)) statement(body);
    return body;
  }

  final void statement(List<Stmt> out) {
    if (check(INDENT)) throw FAIL;
    Stmt compound = compoundStatement();
    if (compound != null) out.add(compound);
    else simpleStatements(out);
  }

  /** A compound statement, or null when the next tokens do not start one. */
  final Stmt compoundStatement() {
    Token t = peek();
    if (t.kind() == AT) return decorated();
    if (t.kind() != NAME) return null;
    return switch (t.text()) {
      case "def" -> functionDef(List.of(), null, t);
      case "class" -> classDef(List.of(), t);
      case "if" -> ifStatement(next(), "if");
      case "while" -> whileStatement();
      case "for" -> forStatement(null);
      case "with" -> withStatement(null);
      case "try" -> tryStatement();
      case "async" -> asyncStatement();
      case "match" -> matchStatement();
      default -> null;
    };
  }

  private Stmt asyncStatement() {
    Token async = next();
    Token t = peek();
    if (t.isName("def")) return functionDef(List.of(), async, async);
    if (t.isName("for")) return forStatement(async);
    if (t.isName("with")) return withStatement(async);
    throw FAIL;
  }

  final void simpleStatements(List<Stmt> out) {
    do {
      if (check(NEWLINE)) break;
      out.add(simpleStatement());
    } while (accept(SEMI));
    expect(NEWLINE);
  }

  private Stmt simpleStatement() {
    Token t = peek();
    if (t.kind() == NAME) {
      switch (t.text()) {
        case "pass" -> {
          next();
          return new Stmt.Pass(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        }
        case "break" -> {
          next();
          return new Stmt.Break(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        }
        case "continue" -> {
          next();
          return new Stmt.Continue(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        }
        case "return" -> {
          next();
          Expr v = startsExpression() ? starExpressions() : null;
          return new Stmt.Return(v, t.lineno(), t.colOffset(), endLine(), endCol());
        }
        case "raise" -> {
          return raiseStatement();
        }
        case "global", "nonlocal" -> {
          next();
          List<String> names = new ArrayList<>();
          do names.add(identifier(expectName())); while (accept(COMMA));
          return t.text().equals("global")
              ? new Stmt.Global(names, t.lineno(), t.colOffset(), endLine(), endCol())
              : new Stmt.Nonlocal(names, t.lineno(), t.colOffset(), endLine(), endCol());
        }
        case "del" -> {
          return deleteStatement();
        }
        case "assert" -> {
          next();
          Expr test = expression();
          Expr msg = accept(COMMA) ? expression() : null;
          return new Stmt.Assert(test, msg, t.lineno(), t.colOffset(), endLine(), endCol());
        }
        case "import" -> {
          return importStatement();
        }
        case "from" -> {
          return fromImport();
        }
        case "type" -> {
          if (checkAhead(1, NAME)) {
            Stmt alias = typeAlias();
            if (alias != null) return alias;
          }
        }
        default -> { }
      }
    }
    return expressionStatement();
  }

  private Stmt raiseStatement() {
    Token t = next();
    Expr exc = null, cause = null;
    if (startsExpression()) {
      exc = expression();
      if (accept("from")) cause = expression();
    }
    return new Stmt.Raise(exc, cause, t.lineno(), t.colOffset(), endLine(), endCol());
  }

  private Stmt deleteStatement() {
    Token t = next();
    int mark = pos;
    List<Expr> targets = new ArrayList<>();
    try {
      do {
        if (!startsExpression()) break;
        Expr e = bitOr();
        if (Targets.invalid(e, Targets.Kind.DEL) != null) throw FAIL;
        targets.add(toTarget(e, ExprContext.Del));
      } while (accept(COMMA));
      if (targets.isEmpty() || !(check(SEMI) || check(NEWLINE))) throw FAIL;
    } catch (Fail f) {
      if (!invalidRules) throw f;
      pos = mark;
      throw invalidTarget(starExpressions(), Targets.Kind.DEL);
    }
    return new Stmt.Delete(targets, t.lineno(), t.colOffset(), endLine(), endCol());
  }

  private Stmt importStatement() {
    Token t = next();
    if (invalidRules) {
      tryRule(() -> {
        dottedNameText();
        while (accept(COMMA)) dottedNameText();
        expect("from");
        dottedNameText();
        throw errorStartingFrom("Did you mean to use 'from ... import ...' instead?", t.lineno(), t.colOffset());
      });
    }
    List<Alias> names = new ArrayList<>();
    do {
      Token s = peek();
      String name = dottedNameText();
      String asname = accept("as") ? identifier(expectName()) : null;
      names.add(new Alias(name, asname, s.lineno(), s.colOffset(), endLine(), endCol()));
    } while (accept(COMMA));
    return new Stmt.Import(names, t.lineno(), t.colOffset(), endLine(), endCol());
  }

  private String dottedNameText() {
    StringBuilder sb = new StringBuilder(identifier(expectName()));
    while (accept(DOT)) sb.append('.').append(identifier(expectName()));
    return sb.toString();
  }

  private Stmt fromImport() {
    Token t = next();
    int level = 0;
    while (true) {
      if (accept(DOT)) level++;
      else if (accept(ELLIPSIS)) level += 3;
      else break;
    }
    String module = null;
    if (level == 0 || !check("import")) module = dottedNameText();
    expect("import");
    List<Alias> names = new ArrayList<>();
    Token star = peek();
    if (accept(STAR)) {
      names.add(new Alias("*", null, star.lineno(), star.colOffset(), star.endLineno(), star.endColOffset()));
    } else {
      boolean parens = accept(LPAR);
      do {
        if (parens && check(RPAR)) break;
        if (!parens && !names.isEmpty() && check(NEWLINE)) {
          if (invalidRules) throw errorAtLastToken("trailing comma not allowed without surrounding parentheses");
          throw FAIL;
        }
        Token s = expectName();
        String asname = accept("as") ? identifier(expectName()) : null;
        names.add(new Alias(identifier(s), asname, s.lineno(), s.colOffset(), endLine(), endCol()));
      } while (accept(COMMA));
      if (parens) expect(RPAR);
      if (names.isEmpty()) throw FAIL;
    }
    return new Stmt.ImportFrom(module, names, level, t.lineno(), t.colOffset(), endLine(), endCol());
  }

  /** {@code type NAME [type_params] = expression}, or null (position restored) when it is not one. */
  private Stmt typeAlias() {
    int mark = pos;
    Token t = next();
    Token name = peek();
    if (!checkName() || !(checkAhead(1, EQUAL) || checkAhead(1, LSQB))) {
      pos = mark;
      return null;
    }
    next();
    List<TypeParam> params = typeParams();
    expect(EQUAL);
    Expr value = expression();
    return new Stmt.TypeAlias(storeName(name), params, value, t.lineno(), t.colOffset(), endLine(), endCol());
  }

  private Expr assignedValue() {
    return check("yield") ? yieldExpr() : starExpressions();
  }

  private Stmt expressionStatement() {
    if (!invalidRules) return assignmentOrExpression();
    int mark = pos;
    Stmt stmt;
    try {
      stmt = assignmentOrExpression();
    } catch (Fail f) {
      stmt = null;
    }
    if (stmt != null && !(stmt instanceof Stmt.ExprStmt)) return stmt;
    pos = mark;
    invalidAssignment();
    if (stmt == null) throw FAIL;
    return assignmentOrExpression();
  }

  private Stmt assignmentOrExpression() {
    Token s = peek();
    Expr first = assignedValue();
    Token t = peek();
    if (t.kind() == COLON) {
      if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) throw FAIL;
      next();
      Expr target = toTarget(first, ExprContext.Store);
      Expr annotation = expression();
      Expr value = accept(EQUAL) ? assignedValue() : null;
      int simple = first instanceof Expr.Name && s.kind() != LPAR ? 1 : 0;
      return new Stmt.AnnAssign(target, annotation, value, simple, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    if (t.kind() == EQUAL) {
      List<Expr> targets = new ArrayList<>();
      Expr value = first;
      while (accept(EQUAL)) {
        if (value instanceof Expr.Yield || value instanceof Expr.YieldFrom) throw FAIL;
        targets.add(toTarget(value, ExprContext.Store));
        value = assignedValue();
      }
      return new Stmt.Assign(targets, value, null, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    Operator aug = augmentedOperator(t);
    if (aug != null) {
      if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) throw FAIL;
      next();
      Expr target = toTarget(first, ExprContext.Store);
      Expr value = assignedValue();
      return new Stmt.AugAssign(target, aug, value, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    return new Stmt.ExprStmt(first, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  private static Operator augmentedOperator(Token t) {
    String op = t.kind().operator();
    if (op == null || op.length() < 2 || !op.endsWith("=") || op.equals("==") || op.equals("!=") || op.equals("<=")
        || op.equals(">=")) {
      return null;
    }
    return operatorOf(t.kind());
  }

  /** CPython's invalid_assignment: why the statement is not a valid assignment, tried alternative by alternative. */
  private void invalidAssignment() {
    tryRule(() -> {
      Expr a = parenthesizedListOrTuple();
      expect(COLON);
      expression();
      throw errors.syntax("only single target (not " + (a instanceof Expr.ListExpr ? "list" : "tuple")
          + ") can be annotated", a);
    });
    tryRule(() -> {
      Expr a = starNamedExpression();
      expect(COMMA);
      while (startsExpression()) {
        starNamedExpression();
        if (!accept(COMMA)) break;
      }
      expect(COLON);
      expression();
      throw errors.syntax("only single target (not tuple) can be annotated", a);
    });
    tryRule(() -> {
      Expr a = expression();
      expect(COLON);
      expression();
      throw errors.syntax("illegal target for annotation", a);
    });
    tryRule(() -> {
      skipTargetsAndEquals();
      Expr a = starExpressions();
      expect(EQUAL);
      throw invalidTarget(a, Targets.Kind.STAR);
    });
    tryRule(() -> {
      skipTargetsAndEquals();
      if (!check("yield")) throw FAIL;
      Expr a = yieldExpr();
      expect(EQUAL);
      throw errors.syntax("assignment to yield expression not possible", a);
    });
    tryRule(() -> {
      Expr a = starExpressions();
      if (augmentedOperator(peek()) == null) throw FAIL;
      next();
      assignedValue();
      throw errors.syntax("'" + Targets.describe(a) + "' is an illegal expression for augmented assignment", a);
    });
  }

  /** {@code list | tuple | '(' invalid_ann_assign_target ')'}. */
  private Expr parenthesizedListOrTuple() {
    if (accept(LPAR)) {
      if (!check(LPAR) && !check(LSQB)) {
        pos--;
        Expr e = atom();
        if (e instanceof Expr.Tuple) return e;
        throw FAIL;
      }
      Expr inner = parenthesizedListOrTuple();
      expect(RPAR);
      return inner;
    }
    if (!check(LSQB)) throw FAIL;
    Expr e = atom();
    if (!(e instanceof Expr.ListExpr)) throw FAIL;
    return e;
  }

  /** {@code (star_targets '=')*}. */
  private void skipTargetsAndEquals() {
    while (true) {
      int mark = pos;
      try {
        starTargets(ExprContext.Store);
        expect(EQUAL);
      } catch (Fail f) {
        pos = mark;
        return;
      }
    }
  }

  // ---- blocks and compound statements

  /** {@code ':' block} after a compound statement header; {@code what} names it in the indentation error. */
  final List<Stmt> block(String what, Token header) {
    if (!check(COLON)) {
      if (invalidRules && check(NEWLINE)) throw errorAtLastToken("expected ':'");
      throw FAIL;
    }
    next();
    return blockAfterColon(what, header);
  }

  /** A block whose colon is required outright (CPython's forced token): its absence is reported where it is. */
  final List<Stmt> forcedBlock(String what, Token header) {
    if (!check(COLON)) throw errors.syntax("expected ':'", peek());
    next();
    return blockAfterColon(what, header);
  }

  final List<Stmt> blockAfterColon(String what, Token header) {
    List<Stmt> body = new ArrayList<>();
    if (!accept(NEWLINE)) {
      simpleStatements(body);
      return body;
    }
    if (!check(INDENT)) {
      Token t = peek();
      throw errors.indentation("expected an indented block after " + what + " on line " + header.lineno(), t);
    }
    next();
    while (!accept(DEDENT)) {
      if (check(ENDMARKER)) break;
      statement(body);
    }
    return body;
  }

  private Stmt decorated() {
    List<Expr> decorators = new ArrayList<>();
    while (accept(AT)) {
      decorators.add(namedExpression());
      expect(NEWLINE);
    }
    Token t = peek();
    if (t.isName("def")) return functionDef(decorators, null, t);
    if (t.isName("class")) return classDef(decorators, t);
    if (t.isName("async") && peek(1).isName("def")) {
      next();
      return functionDef(decorators, t, t);
    }
    throw FAIL;
  }

  private Stmt functionDef(List<Expr> decorators, Token async, Token start) {
    Token def = expect("def");
    Token name = expectName();
    List<TypeParam> typeParams = typeParams();
    if (!check(LPAR)) throw errors.syntax("expected '('", peek());
    next();
    Arguments args = parameters(true, RPAR);
    expect(RPAR);
    Expr returns = null;
    if (check(RARROW)) {
      int mark = pos;
      next();
      try {
        returns = expression();
      } catch (Fail f) {
        pos = mark;
      }
    }
    List<Stmt> body = forcedBlock("function definition", def);
    if (async != null) {
      return new Stmt.AsyncFunctionDef(identifier(name), args, body, decorators, returns, null, typeParams,
          start.lineno(), start.colOffset(), endLine(), endCol());
    }
    return new Stmt.FunctionDef(identifier(name), args, body, decorators, returns, null, typeParams,
        start.lineno(), start.colOffset(), endLine(), endCol());
  }

  private Stmt classDef(List<Expr> decorators, Token start) {
    Token cls = next();
    Token name = expectName();
    List<TypeParam> typeParams = typeParams();
    List<Expr> bases = new ArrayList<>();
    List<Keyword> keywords = new ArrayList<>();
    if (check(LPAR)) {
      Token lpar = next();
      arguments(bases, keywords, lpar, false);
      expect(RPAR);
    }
    List<Stmt> body = block("class definition", cls);
    return new Stmt.ClassDef(identifier(name), bases, keywords, body, decorators, typeParams,
        start.lineno(), start.colOffset(), endLine(), endCol());
  }

  private Stmt ifStatement(Token kw, String what) {
    Expr test = namedExpression();
    List<Stmt> body = block("'" + what + "' statement", kw);
    List<Stmt> orelse = List.of();
    if (check("elif")) {
      Token elif = next();
      orelse = List.of(ifStatement(elif, "elif"));
    } else if (check("else")) {
      Token e = next();
      orelse = forcedBlock("'else' statement", e);
    }
    return new Stmt.If(test, body, orelse, kw.lineno(), kw.colOffset(), endLine(), endCol());
  }

  private Stmt whileStatement() {
    Token kw = next();
    Expr test = namedExpression();
    List<Stmt> body = block("'while' statement", kw);
    List<Stmt> orelse = elseBlock();
    return new Stmt.While(test, body, orelse, kw.lineno(), kw.colOffset(), endLine(), endCol());
  }

  private List<Stmt> elseBlock() {
    if (!check("else")) return List.of();
    Token e = next();
    return forcedBlock("'else' statement", e);
  }

  private Stmt forStatement(Token async) {
    Token kw = next();
    Expr target = forTarget();
    Expr iter = starExpressions();
    List<Stmt> body = block("'for' statement", kw);
    List<Stmt> orelse = elseBlock();
    Token s = async != null ? async : kw;
    if (async != null) {
      return new Stmt.AsyncFor(target, iter, body, orelse, null, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    return new Stmt.For(target, iter, body, orelse, null, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  private Stmt withStatement(Token async) {
    Token kw = next();
    if (invalidRules) {
      tryRule(() -> {
        boolean parens = accept(LPAR);
        do {
          if (parens && check(RPAR)) break;
          if (parens) expressions();
          else expression();
          if (accept("as")) starTargetSingle();
        } while (accept(COMMA));
        if (parens) expect(RPAR);
        if (check(NEWLINE)) throw errorAtLastToken("expected ':'");
      });
    }
    List<WithItem> items = parenthesizedWithItems();
    if (items == null) {
      items = new ArrayList<>();
      do items.add(withItem()); while (accept(COMMA));
    }
    List<Stmt> body = block("'with' statement", kw);
    Token s = async != null ? async : kw;
    if (async != null) return new Stmt.AsyncWith(items, body, null, s.lineno(), s.colOffset(), endLine(), endCol());
    return new Stmt.With(items, body, null, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  /** {@code '(' with_item (',' with_item)* [','] ')' ':'}, or null (position restored) when that does not match. */
  private List<WithItem> parenthesizedWithItems() {
    if (!check(LPAR)) return null;
    int mark = pos;
    try {
      next();
      List<WithItem> items = new ArrayList<>();
      do {
        if (check(RPAR)) break;
        items.add(withItem());
      } while (accept(COMMA));
      expect(RPAR);
      if (!check(COLON) || items.isEmpty()) throw FAIL;
      return items;
    } catch (Fail e) {
      pos = mark;
      return null;
    }
  }

  private WithItem withItem() {
    Expr ctx = expression();
    Expr vars = null;
    if (check("as")) {
      int mark = pos;
      try {
        next();
        vars = starTargetSingle();
        if (!check(COMMA) && !check(RPAR) && !check(COLON)) throw FAIL;
      } catch (Fail f) {
        pos = mark;
        if (invalidRules) {
          tryRule(() -> {
            next();
            Expr a = expression();
            if (check(COMMA) || check(RPAR) || check(COLON)) throw invalidTarget(a, Targets.Kind.STAR);
          });
        }
        vars = null;
      }
    }
    return new WithItem(ctx, vars);
  }

  /** One {@code star_target} (a with item's or a walrus-free target), Store context. */
  private Expr starTargetSingle() {
    Token s = peek();
    Expr e;
    if (accept(STAR)) {
      Expr v = bitOr();
      e = new Expr.Starred(v, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
    } else {
      e = bitOr();
    }
    return toTarget(e, ExprContext.Store);
  }

  private Stmt tryStatement() {
    Token kw = next();
    List<Stmt> body = forcedBlock("'try' statement", kw);
    List<ExceptHandler> handlers = new ArrayList<>();
    Boolean star = null;
    while (check("except")) {
      Token ex = next();
      boolean isStar = accept(STAR);
      if (star != null && star != isStar) {
        throw errors.syntax("cannot have both 'except' and 'except*' on the same 'try'", ex, isStar ? previous() : ex);
      }
      star = isStar;
      Expr type = null;
      String name = null;
      if (invalidRules && check(NEWLINE)) throw errorAtLastToken("expected ':'");
      if (!check(COLON)) {
        type = expression();
        if (check(COMMA)) {
          while (accept(COMMA)) expression();
          if (accept("as")) expectName();
          if (!check(COLON)) throw FAIL;
          throw errorStartingFrom("multiple exception types must be parenthesized", type.lineno(), type.colOffset());
        }
        if (accept("as")) name = identifier(expectName());
      } else if (isStar) {
        throw errors.syntax("expected one or more exception types", peek());
      }
      List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", ex);
      handlers.add(new ExceptHandler(type, name, hbody, ex.lineno(), ex.colOffset(), endLine(), endCol()));
    }
    List<Stmt> orelse = handlers.isEmpty() ? List.of() : elseBlock();
    List<Stmt> finalbody = List.of();
    if (check("finally")) {
      Token f = next();
      finalbody = forcedBlock("'finally' statement", f);
    }
    if (handlers.isEmpty() && finalbody.isEmpty()) {
      peek();
      throw errorAtLastToken("expected 'except' or 'finally' block");
    }
    if (Boolean.TRUE.equals(star)) {
      return new Stmt.TryStar(body, handlers, orelse, finalbody, kw.lineno(), kw.colOffset(), endLine(), endCol());
    }
    return new Stmt.Try(body, handlers, orelse, finalbody, kw.lineno(), kw.colOffset(), endLine(), endCol());
  }

  /** {@code match subject ':' NEWLINE INDENT case+ DEDENT}, or null (position restored) when it is not one. */
  private Stmt matchStatement() {
    int mark = pos;
    Token kw = next();
    Expr subject;
    try {
      Token s = peek();
      Expr first = starNamedExpression();
      if (check(COMMA)) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
          if (check(COLON)) break;
          elts.add(starNamedExpression());
        }
        subject = new Expr.Tuple(elts, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
      } else {
        if (first instanceof Expr.Starred) throw FAIL;
        subject = first;
      }
      if (!check(COLON)) {
        if (invalidRules && check(NEWLINE)) throw errorAtLastToken("expected ':'");
        throw FAIL;
      }
    } catch (Fail e) {
      pos = mark;
      return null;
    }
    next();
    expect(NEWLINE);
    if (!check(INDENT)) {
      throw errors.indentation("expected an indented block after 'match' statement on line " + kw.lineno(), peek());
    }
    next();
    List<MatchCase> cases = new ArrayList<>();
    while (check("case")) {
      Token c = next();
      Pattern p = patterns();
      Expr guard = accept("if") ? namedExpression() : null;
      List<Stmt> body = block("'case' statement", c);
      cases.add(new MatchCase(p, guard, body));
    }
    if (cases.isEmpty()) throw FAIL;
    expect(DEDENT);
    return new Stmt.Match(subject, cases, kw.lineno(), kw.colOffset(), endLine(), endCol());
  }
}
