package dev.kaa.parse;

import static dev.kaa.parse.TokenKind.*;

import dev.kaa.ast.BoolOpKind;
import dev.kaa.ast.CmpOp;
import dev.kaa.ast.Comprehension;
import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.Keyword;
import dev.kaa.ast.Operator;
import dev.kaa.ast.UnaryOpKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions, one method per precedence level from the loosest ({@code star_expressions}) to atoms. Each level parses
 * its operands and loops over its operators, so binary operators associate to the left; nodes start at the first token
 * the level read and end at the last token consumed.
 */
abstract class ExprParser extends StringParser {
  ExprParser(Buffer buf, ParseErrors errors) { super(buf, errors); }

  /** Lambda parameters; implemented with the def parameters. */
  abstract dev.kaa.ast.Arguments lambdaParameters();

  @Override final Expr replacementFieldExpression() {
    return check("yield") ? yieldExpr() : starExpressions();
  }

  /** Whether the next token can begin an expression (used after a trailing comma). */
  final boolean startsExpression() {
    Token t = peek();
    return switch (t.kind()) {
      case NAME -> !KEYWORDS.contains(t.text()) || switch (t.text()) {
        case "None", "True", "False", "not", "lambda", "await" -> true;
        default -> false;
      };
      case NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, STAR, ELLIPSIS -> true;
      default -> false;
    };
  }

  /** {@code star_expressions}: a bare tuple when there is a comma. */
  final Expr starExpressions() {
    Token s = peek();
    Expr first = starExpression();
    if (!check(COMMA)) return first;
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (!startsExpression()) break;
      elts.add(starExpression());
    }
    return new Expr.Tuple(elts, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  final Expr starExpression() {
    if (check(STAR)) {
      Token s = next();
      Expr v = bitOr();
      return new Expr.Starred(v, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    return expression();
  }

  final Expr starNamedExpression() {
    if (check(STAR)) {
      Token s = next();
      Expr v = bitOr();
      return new Expr.Starred(v, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    return namedExpression();
  }

  /** {@code expressions}: like star_expressions without stars (eval mode). */
  final Expr expressions() {
    Token s = peek();
    Expr first = expression();
    if (!check(COMMA)) return first;
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (!startsExpression()) break;
      elts.add(expression());
    }
    return new Expr.Tuple(elts, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  final Expr namedExpression() {
    if (checkName() && checkAhead(1, COLONEQUAL)) {
      Token name = next();
      next();
      Expr value = expression();
      Expr target = new Expr.Name(identifier(name), ExprContext.Store,
          name.lineno(), name.colOffset(), name.endLineno(), name.endColOffset());
      return new Expr.NamedExpr(target, value, name.lineno(), name.colOffset(), endLine(), endCol());
    }
    if (invalidRules) invalidNamedExpression();
    Expr e = expression();
    if (check(COLONEQUAL)) throw FAIL;
    return e;
  }

  /** CPython's invalid_named_expression: {@code =} where {@code ==} or {@code :=} was meant. */
  private void invalidNamedExpression() {
    tryRule(() -> {
      Expr a = expression();
      if (!accept(COLONEQUAL)) return;
      expression();
      throw errors.syntax("cannot use assignment expressions with " + Targets.describe(a), a);
    });
    if (checkName() && checkAhead(1, EQUAL)) {
      tryRule(() -> {
        Token name = next();
        next();
        bitOr();
        if (check(EQUAL) || check(COLONEQUAL)) return;
        throw errors.syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            name.lineno(), name.colOffset(), endLine(), endCol());
      });
    }
    if (startsWithListTupleGenexpOrConstant()) return;
    tryRule(() -> {
      Expr a = bitOr();
      expect(EQUAL);
      bitOr();
      if (check(EQUAL) || check(COLONEQUAL)) return;
      throw errors.syntax("cannot assign to " + Targets.describe(a) + " here. Maybe you meant '==' instead of '='?", a);
    });
  }

  private boolean startsWithListTupleGenexpOrConstant() {
    Token t = peek();
    if (t.isName("True") || t.isName("False") || t.isName("None")) return true;
    if (t.kind() != LPAR && t.kind() != LSQB) return false;
    int mark = pos;
    try {
      Expr e = atom();
      return e instanceof Expr.ListExpr || e instanceof Expr.GeneratorExp
          || (e instanceof Expr.Tuple tup && tup.colOffset() == t.colOffset() && tup.lineno() == t.lineno());
    } catch (Fail f) {
      return false;
    } finally {
      pos = mark;
    }
  }

  /** CPython's invalid_expression and invalid_legacy_expression (second pass only). */
  private void invalidExpression() {
    Token t = peek();
    boolean nameThenString = t.kind() == NAME && (peek(1).kind() == STRING || peek(1).kind() == FSTRING_START);
    if (!nameThenString && !isSoftKeyword(t)) {
      tryRule(() -> {
        Expr a = disjunction();
        boolean saved = invalidRules;
        invalidRules = false;
        Expr b;
        try {
          b = expression();
        } finally {
          invalidRules = saved;
        }
        if (isLegacyName(a) || levelAt(pos - 1) == 0) return;
        throw errors.syntax("invalid syntax. Perhaps you forgot a comma?", a, b);
      });
    }
    tryRule(() -> {
      Expr a = disjunction();
      expect("if");
      Expr b = disjunction();
      if (check("else") || check(COLON)) return;
      throw errors.syntax("expected 'else' after 'if' expression", a, b);
    });
    if (t.isName("lambda")) {
      tryRule(() -> {
        next();
        if (!check(COLON)) lambdaParameters();
        Token colon = expect(COLON);
        if (!check(FSTRING_MIDDLE)) return;
        throw errors.syntax("f-string: lambda expressions are not allowed without parentheses", t, colon);
      });
    }
    if (t.kind() == NAME && (t.text().equals("print") || t.text().equals("exec")) && !checkAhead(1, LPAR)) {
      tryRule(() -> {
        next();
        Expr b = starExpressions();
        throw errors.syntax("Missing parentheses in call to '" + t.text() + "'. Did you mean " + t.text() + "(...)?",
            t.lineno(), t.colOffset(), b.endLineno(), b.endColOffset());
      });
    }
  }

  private static boolean isLegacyName(Expr e) {
    return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
  }

  static boolean isSoftKeyword(Token t) {
    return t.kind() == NAME && switch (t.text()) {
      case "match", "case", "_", "type" -> true;
      default -> false;
    };
  }

  final Expr expression() {
    if (invalidRules) invalidExpression();
    if (check("lambda")) return lambda();
    Token s = peek();
    Expr body = disjunction();
    if (!check("if")) return body;
    int mark = pos;
    try {
      next();
      Expr test = disjunction();
      expect("else");
      Expr orelse = expression();
      return new Expr.IfExp(test, body, orelse, s.lineno(), s.colOffset(), endLine(), endCol());
    } catch (Fail f) {
      pos = mark;
      return body;
    }
  }

  private Expr lambda() {
    Token s = next();
    dev.kaa.ast.Arguments args = lambdaParameters();
    expect(COLON);
    Expr body = expression();
    return new Expr.Lambda(args, body, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  /** Second pass only: disjunction results by start position, as the error rules re-read the same text often. */
  private java.util.HashMap<Integer, Object[]> disjunctionMemo;

  final Expr disjunction() {
    if (!invalidRules) return disjunctionUncached();
    if (disjunctionMemo == null) disjunctionMemo = new java.util.HashMap<>();
    int start = pos;
    Object[] memo = disjunctionMemo.get(start);
    if (memo != null) {
      if (memo[0] == FAIL) throw FAIL;
      pos = (Integer) memo[1];
      return (Expr) memo[0];
    }
    try {
      Expr e = disjunctionUncached();
      disjunctionMemo.put(start, new Object[] {e, pos});
      return e;
    } catch (Fail f) {
      disjunctionMemo.put(start, new Object[] {FAIL, start});
      throw f;
    }
  }

  private Expr disjunctionUncached() {
    Token s = peek();
    Expr first = conjunction();
    if (!check("or")) return first;
    List<Expr> values = new ArrayList<>();
    values.add(first);
    while (check("or")) {
      Expr next = operandAfter(this::conjunction);
      if (next == null) break;
      values.add(next);
    }
    if (values.size() == 1) return first;
    return new Expr.BoolOp(BoolOpKind.Or, values, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  /**
   * Skips an operator token and parses the operand after it, or returns null with the position back on the operator:
   * a PEG rule {@code a (op b)*} ends before an operator whose operand does not parse.
   */
  private Expr operandAfter(java.util.function.Supplier<Expr> operand) {
    int mark = pos;
    next();
    try {
      return operand.get();
    } catch (Fail f) {
      pos = mark;
      return null;
    }
  }

  private Expr conjunction() {
    Token s = peek();
    Expr first = inversion();
    if (!check("and")) return first;
    List<Expr> values = new ArrayList<>();
    values.add(first);
    while (check("and")) {
      Expr next = operandAfter(this::inversion);
      if (next == null) break;
      values.add(next);
    }
    if (values.size() == 1) return first;
    return new Expr.BoolOp(BoolOpKind.And, values, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  private Expr inversion() {
    if (check("not")) {
      Token s = next();
      Expr operand = inversion();
      return new Expr.UnaryOp(UnaryOpKind.Not, operand, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    return comparison();
  }

  private Expr comparison() {
    Token s = peek();
    Expr left = bitOr();
    List<CmpOp> ops = null;
    List<Expr> comparators = null;
    while (true) {
      int mark = pos;
      CmpOp op = compareOp();
      if (op == null) break;
      Expr right;
      try {
        right = bitOr();
      } catch (Fail f) {
        pos = mark;
        break;
      }
      if (ops == null) {
        ops = new ArrayList<>();
        comparators = new ArrayList<>();
      }
      ops.add(op);
      comparators.add(right);
    }
    if (ops == null) return left;
    return new Expr.Compare(left, ops, comparators, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  private CmpOp compareOp() {
    Token t = peek();
    CmpOp op = switch (t.kind()) {
      case EQEQUAL -> CmpOp.Eq;
      case NOTEQUAL -> t.text().equals("<>") ? null : CmpOp.NotEq;
      case LESS -> CmpOp.Lt;
      case LESSEQUAL -> CmpOp.LtE;
      case GREATER -> CmpOp.Gt;
      case GREATEREQUAL -> CmpOp.GtE;
      case NAME -> switch (t.text()) {
        case "in" -> CmpOp.In;
        case "is" -> peek(1).isName("not") ? CmpOp.IsNot : CmpOp.Is;
        case "not" -> peek(1).isName("in") ? CmpOp.NotIn : null;
        default -> null;
      };
      default -> null;
    };
    if (op == null) return null;
    next();
    if (op == CmpOp.IsNot || op == CmpOp.NotIn) next();
    return op;
  }

  final Expr bitOr() { return binary(0); }

  private static final TokenKind[][] BINARY_LEVELS = {
      {VBAR}, {CIRCUMFLEX}, {AMPER}, {LEFTSHIFT, RIGHTSHIFT}, {PLUS, MINUS},
      {STAR, SLASH, DOUBLESLASH, PERCENT, AT},
  };

  private Expr binary(int level) {
    if (level == BINARY_LEVELS.length) return factor();
    Token s = peek();
    Expr left = binary(level + 1);
    while (true) {
      Operator op = binaryOperator(peek().kind(), BINARY_LEVELS[level]);
      if (op == null) return left;
      Expr right = operandAfter(() -> binary(level + 1));
      if (right == null) return left;
      left = new Expr.BinOp(left, op, right, s.lineno(), s.colOffset(), endLine(), endCol());
    }
  }

  private static Operator binaryOperator(TokenKind k, TokenKind[] allowed) {
    for (TokenKind a : allowed) {
      if (a == k) return operatorOf(k);
    }
    return null;
  }

  /** The operator of a binary operator token or of an augmented assignment token ({@code +=} gives Add). */
  static Operator operatorOf(TokenKind k) {
    return switch (k) {
      case VBAR, VBAREQUAL -> Operator.BitOr;
      case CIRCUMFLEX, CIRCUMFLEXEQUAL -> Operator.BitXor;
      case AMPER, AMPEREQUAL -> Operator.BitAnd;
      case LEFTSHIFT, LEFTSHIFTEQUAL -> Operator.LShift;
      case RIGHTSHIFT, RIGHTSHIFTEQUAL -> Operator.RShift;
      case PLUS, PLUSEQUAL -> Operator.Add;
      case MINUS, MINEQUAL -> Operator.Sub;
      case STAR, STAREQUAL -> Operator.Mult;
      case SLASH, SLASHEQUAL -> Operator.Div;
      case DOUBLESLASH, DOUBLESLASHEQUAL -> Operator.FloorDiv;
      case PERCENT, PERCENTEQUAL -> Operator.Mod;
      case AT, ATEQUAL -> Operator.MatMult;
      case DOUBLESTAR, DOUBLESTAREQUAL -> Operator.Pow;
      default -> null;
    };
  }

  private Expr factor() {
    Token s = peek();
    UnaryOpKind op = switch (s.kind()) {
      case PLUS -> UnaryOpKind.UAdd;
      case MINUS -> UnaryOpKind.USub;
      case TILDE -> UnaryOpKind.Invert;
      default -> null;
    };
    if (op == null) return power();
    next();
    Expr operand = factor();
    return new Expr.UnaryOp(op, operand, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  private Expr power() {
    Token s = peek();
    Expr base = awaitPrimary();
    if (!check(DOUBLESTAR)) return base;
    Expr exp = operandAfter(this::factor);
    if (exp == null) return base;
    return new Expr.BinOp(base, Operator.Pow, exp, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  private Expr awaitPrimary() {
    if (check("await")) {
      Token s = next();
      Expr v = primary();
      return new Expr.Await(v, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    return primary();
  }

  final Expr primary() {
    Token s = peek();
    Expr e = atom();
    while (true) {
      int mark = pos;
      Expr longer;
      try {
        longer = trailer(e, s);
      } catch (Fail f) {
        pos = mark;
        return e;
      }
      if (longer == null) return e;
      e = longer;
    }
  }

  /** {@code e} extended by one {@code .name}, call or subscript, or null when the next token starts none. */
  private Expr trailer(Expr e, Token s) {
    switch (peek().kind()) {
      case DOT -> {
        next();
        Token name = expectName();
        return new Expr.Attribute(e, identifier(name), ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
      }
      case LPAR -> {
        return call(e, s);
      }
      case LSQB -> {
        next();
        Expr slice = slices();
        expect(RSQB);
        return new Expr.Subscript(e, slice, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
      }
      default -> {
        return null;
      }
    }
  }

  private Expr call(Expr func, Token s) {
    Token lpar = next();
    List<Expr> args = new ArrayList<>();
    List<Keyword> keywords = new ArrayList<>();
    arguments(args, keywords, lpar, true);
    expect(RPAR);
    return new Expr.Call(func, args, keywords, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  /**
   * Call (or class) arguments up to the closing parenthesis, not consumed; a lone generator expression argument spans
   * the parentheses.
   */
  final void arguments(List<Expr> args, List<Keyword> keywords, Token lpar, boolean allowGenerator) {
    boolean sawKeywordUnpacking = false;
    String misplacedPositional = null;
    while (!check(RPAR)) {
      if (invalidRules) invalidKeywordArgument(!args.isEmpty() || !keywords.isEmpty());
      Token s = peek();
      if (s.kind() == STAR) {
        if (sawKeywordUnpacking) {
          if (!invalidRules) throw FAIL;
          throw errors.syntax("iterable argument unpacking follows keyword argument unpacking", s);
        }
        next();
        Expr v = expression();
        args.add(new Expr.Starred(v, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol()));
      } else if (accept(DOUBLESTAR)) {
        Expr v = expression();
        keywords.add(new Keyword(null, v, s.lineno(), s.colOffset(), endLine(), endCol()));
        sawKeywordUnpacking = true;
      } else if (checkName() && checkAhead(1, EQUAL)) {
        next();
        next();
        Expr v = expression();
        keywords.add(new Keyword(identifier(s), v, s.lineno(), s.colOffset(), endLine(), endCol()));
      } else {
        Expr e = namedExpression();
        // the first pass, like CPython's grammar, sees a generator only as the first argument; a later one is the
        // second pass's "must be parenthesized" (and the first pass must not peek past 'async' there)
        if (allowGenerator && (invalidRules || (args.isEmpty() && keywords.isEmpty())) && startsComprehension()) {
          List<Comprehension> gens = forIfClauses();
          if (!args.isEmpty() || !keywords.isEmpty() || !check(RPAR)) {
            if (!invalidRules) throw FAIL;
            Comprehension last = gens.get(gens.size() - 1);
            Expr end = last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
            throw errors.syntax("Generator expression must be parenthesized", e.lineno(), e.colOffset(),
                end.endLineno(), end.endColOffset());
          }
          Token rpar = peek();
          args.add(new Expr.GeneratorExp(e, gens, lpar.lineno(), lpar.colOffset(),
              rpar.endLineno(), rpar.endColOffset()));
          return;
        }
        if (!keywords.isEmpty() && misplacedPositional == null) {
          misplacedPositional = sawKeywordUnpacking ? "positional argument follows keyword argument unpacking"
              : "positional argument follows keyword argument";
        }
        args.add(e);
      }
      if (!accept(COMMA)) break;
    }
    if (misplacedPositional != null) {
      if (!invalidRules) throw FAIL;
      peek();
      throw errorAtLastToken(misplacedPositional);
    }
  }

  /** CPython's invalid_kwarg: an argument that looks like {@code target=value} but cannot be one. */
  private void invalidKeywordArgument(boolean afterOthers) {
    Token t = peek();
    if ((t.isName("True") || t.isName("False") || t.isName("None")) && checkAhead(1, EQUAL)) {
      throw errors.syntax("cannot assign to " + t.text(), t, peek(1));
    }
    if (checkName() && checkAhead(1, EQUAL)) {
      tryRule(() -> {
        next();
        Token eq = next();
        expression();
        if (!startsComprehension()) return;
        forIfClauses();
        throw errors.syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t, eq);
      });
      if (checkAhead(2, COMMA) || checkAhead(2, RPAR)) {
        throw errors.syntax("expected argument value expression", t, peek(1));
      }
      return;
    }
    if (t.kind() == STAR || t.kind() == DOUBLESTAR) {
      tryRule(() -> {
        next();
        expression();
        expect(EQUAL);
        expression();
        throw errors.syntax(t.kind() == STAR ? "cannot assign to iterable argument unpacking"
            : "cannot assign to keyword argument unpacking", t.lineno(), t.colOffset(), endLine(), endCol());
      });
      return;
    }
    tryRule(() -> {
      Expr a = expression();
      Token eq = expect(EQUAL);
      throw errors.syntax("expression cannot contain assignment, perhaps you meant \"==\"?",
          a.lineno(), a.colOffset(), eq.endLineno(), eq.endColOffset());
    });
  }

  private Expr slices() {
    Token s = peek();
    Expr first = sliceItem();
    if (!check(COMMA) && !(first instanceof Expr.Starred)) return first;
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (check(RSQB)) break;
      elts.add(sliceItem());
    }
    return new Expr.Tuple(elts, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  private Expr sliceItem() {
    Token s = peek();
    if (accept(STAR)) {
      Expr v = expression();
      return new Expr.Starred(v, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    Expr lower = null;
    if (!check(COLON)) {
      boolean bare = !check(LPAR);
      lower = namedExpression();
      if (!check(COLON)) return lower;
      if (lower instanceof Expr.NamedExpr && bare) throw FAIL;
    }
    next();
    Expr upper = check(COLON) || check(RSQB) || check(COMMA) ? null : expression();
    Expr step = null;
    if (accept(COLON)) step = check(RSQB) || check(COMMA) ? null : expression();
    return new Expr.Slice(lower, upper, step, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  final Expr atom() {
    Token t = peek();
    switch (t.kind()) {
      case NAME -> {
        Object constant = switch (t.text()) {
          case "None" -> Expr.Constant.Singleton.None;
          case "True" -> Boolean.TRUE;
          case "False" -> Boolean.FALSE;
          default -> null;
        };
        next();
        if (constant != null) return constantOf(constant, t);
        if (KEYWORDS.contains(t.text())) {
          pos--;
          throw FAIL;
        }
        return new Expr.Name(identifier(t), ExprContext.Load, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
      }
      case NUMBER -> {
        next();
        return constantOf(literals.number(t), t);
      }
      case STRING, FSTRING_START -> {
        return strings();
      }
      case ELLIPSIS -> {
        next();
        return constantOf(Expr.Constant.Singleton.Ellipsis, t);
      }
      case LPAR -> {
        return parenthesized();
      }
      case LSQB -> {
        return listDisplay();
      }
      case LBRACE -> {
        return braceDisplay();
      }
      default -> throw FAIL;
    }
  }

  private static Expr.Constant constantOf(Object value, Token t) {
    return new Expr.Constant(value, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
  }

  private Expr parenthesized() {
    Token s = next();
    if (invalidRules) {
      invalidComprehension(false);
      if (check(DOUBLESTAR)) {
        Token stars = peek();
        tryRule(() -> {
          next();
          expression();
          expect(RPAR);
          throw errors.syntax("cannot use double starred expression here", stars);
        });
      }
    }
    if (accept(RPAR)) return new Expr.Tuple(List.of(), ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
    if (check("yield")) {
      Expr y = yieldExpr();
      expect(RPAR);
      return y;
    }
    Expr first = starNamedExpression();
    if (startsComprehension()) {
      if (first instanceof Expr.Starred) throw FAIL;
      List<Comprehension> gens = forIfClauses();
      expect(RPAR);
      return new Expr.GeneratorExp(first, gens, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    if (accept(RPAR)) {
      if (first instanceof Expr.Starred) throw errors.syntax("cannot use starred expression here", first);
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (check(RPAR)) break;
      elts.add(starNamedExpression());
    }
    expect(RPAR);
    return new Expr.Tuple(elts, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  /** CPython's invalid_comprehension (second pass), at the token after the opening bracket. */
  private void invalidComprehension(boolean tupleTargetCheck) {
    tryRule(() -> {
      Token star = peek();
      if (!accept(STAR)) throw FAIL;
      expression();
      int endLine = endLine(), endCol = endCol();
      if (!startsComprehension()) throw FAIL;
      forIfClauses();
      throw errors.syntax("iterable unpacking cannot be used in comprehension", star.lineno(), star.colOffset(),
          endLine, endCol);
    });
    if (!tupleTargetCheck) return;
    tryRule(() -> {
      Expr a = starNamedExpression();
      Token comma = expect(COMMA);
      Expr last = null;
      while (startsExpression()) {
        last = starNamedExpression();
        if (!accept(COMMA)) break;
      }
      if (!startsComprehension()) throw FAIL;
      forIfClauses();
      throw last == null ? errors.syntax("did you forget parentheses around the comprehension target?", a.lineno(),
          a.colOffset(), comma.endLineno(), comma.endColOffset())
          : errors.syntax("did you forget parentheses around the comprehension target?", a, last);
    });
  }

  private Expr listDisplay() {
    Token s = next();
    if (invalidRules) invalidComprehension(true);
    List<Expr> elts = new ArrayList<>();
    if (!check(RSQB)) {
      Expr first = starNamedExpression();
      if (startsComprehension()) {
        if (first instanceof Expr.Starred) throw FAIL;
        List<Comprehension> gens = forIfClauses();
        expect(RSQB);
        return new Expr.ListComp(first, gens, s.lineno(), s.colOffset(), endLine(), endCol());
      }
      elts.add(first);
      while (accept(COMMA)) {
        if (check(RSQB)) break;
        elts.add(starNamedExpression());
      }
    }
    expect(RSQB);
    return new Expr.ListExpr(elts, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  private Expr braceDisplay() {
    Token s = next();
    if (!invalidRules) return braceContents(s);
    invalidComprehension(true);
    tryRule(() -> {
      Token stars = peek();
      if (!accept(DOUBLESTAR)) throw FAIL;
      bitOr();
      forIfClauses();
      expect(RBRACE);
      throw errors.syntax("dict unpacking cannot be used in dict comprehension", stars);
    });
    int mark = pos;
    try {
      return braceContents(s);
    } catch (Fail f) {
      pos = mark;
      invalidDictEntries();
      throw f;
    }
  }

  /** CPython's invalid_double_starred_kvpairs: a dict display with a malformed entry. */
  private void invalidDictEntries() {
    tryRule(() -> {
      dictEntry();
      while (true) {
        int mark = pos;
        if (!accept(COMMA)) break;
        try {
          dictEntry();
        } catch (Fail f) {
          pos = mark;
          break;
        }
      }
      expect(COMMA);
      Expr a = expression();
      if (!check(COLON)) {
        throw errors.syntaxAtOffsets("':' expected after dictionary key", a.endLineno(),
            errors.charOffset(a.endLineno(), a.endColOffset() - 1), a.endLineno(), 0);
      }
      invalidDictValue();
    });
    tryRule(() -> {
      expression();
      invalidDictValue();
    });
  }

  private void dictEntry() {
    if (accept(DOUBLESTAR)) {
      bitOr();
      return;
    }
    expression();
    expect(COLON);
    expression();
  }

  /** After a key: {@code ':' '*' value} or {@code ':'} with no value. */
  private void invalidDictValue() {
    Token colon = expect(COLON);
    Token star = peek();
    if (accept(STAR)) {
      bitOr();
      throw errorStartingFrom("cannot use a starred expression in a dictionary value", star.lineno(), star.colOffset());
    }
    if (check(RBRACE) || check(COMMA)) throw errors.syntax("expression expected after dictionary key and ':'", colon);
    throw FAIL;
  }

  private Expr braceContents(Token s) {
    if (accept(RBRACE)) return new Expr.Dict(List.of(), List.of(), s.lineno(), s.colOffset(), endLine(), endCol());
    if (check(DOUBLESTAR)) return dictRest(s, new ArrayList<>(), new ArrayList<>());
    boolean bare = !check(LPAR);
    Expr first = starNamedExpression();
    if (check(COLON)) {
      if (first instanceof Expr.Starred || (first instanceof Expr.NamedExpr && bare)) throw FAIL;
      next();
      Expr value = expression();
      if (startsComprehension()) {
        List<Comprehension> gens = forIfClauses();
        expect(RBRACE);
        return new Expr.DictComp(first, value, gens, s.lineno(), s.colOffset(), endLine(), endCol());
      }
      List<Expr> keys = new ArrayList<>();
      List<Expr> values = new ArrayList<>();
      keys.add(first);
      values.add(value);
      if (!accept(COMMA)) {
        expect(RBRACE);
        return new Expr.Dict(keys, values, s.lineno(), s.colOffset(), endLine(), endCol());
      }
      return dictRest(s, keys, values);
    }
    if (startsComprehension()) {
      if (first instanceof Expr.Starred) throw FAIL;
      List<Comprehension> gens = forIfClauses();
      expect(RBRACE);
      return new Expr.SetComp(first, gens, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (check(RBRACE)) break;
      elts.add(starNamedExpression());
    }
    expect(RBRACE);
    return new Expr.Set(elts, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  /** Dict entries after the first (or from a leading {@code **}) up to the closing brace. */
  private Expr dictRest(Token s, List<Expr> keys, List<Expr> values) {
    while (!check(RBRACE)) {
      if (accept(DOUBLESTAR)) {
        keys.add(null);
        values.add(bitOr());
      } else {
        keys.add(expression());
        expect(COLON);
        values.add(expression());
      }
      if (!accept(COMMA)) break;
    }
    expect(RBRACE);
    return new Expr.Dict(keys, values, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  /** At {@code for} or {@code async for}: an {@code async} alone (as in {@code f(a async)}) starts nothing. */
  final boolean startsComprehension() {
    return check("for") || (check("async") && peek(1).isName("for"));
  }

  /** {@code ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+}. */
  final List<Comprehension> forIfClauses() {
    List<Comprehension> gens = new ArrayList<>();
    while (startsComprehension()) {
      int isAsync = accept("async") ? 1 : 0;
      next();
      Expr target = forTarget();
      Expr iter = disjunction();
      List<Expr> ifs = new ArrayList<>();
      while (accept("if")) ifs.add(disjunction());
      gens.add(new Comprehension(target, iter, ifs, isAsync));
    }
    return gens;
  }

  /** A for loop's or comprehension's target and the {@code in} after it. */
  final Expr forTarget() {
    int mark = pos;
    try {
      Expr target = starTargets(ExprContext.Store);
      expect("in");
      return target;
    } catch (Fail f) {
      if (!invalidRules) throw f;
      pos = mark;
      throw invalidTarget(starExpressions(), Targets.Kind.FOR);
    }
  }

  /** Targets such as a for loop's: {@code *}-able items at bitwise-or level, a tuple if there is a comma. */
  final Expr starTargets(ExprContext ctx) {
    Token s = peek();
    Expr first = targetItem();
    Expr e = first;
    if (check(COMMA)) {
      List<Expr> elts = new ArrayList<>();
      elts.add(first);
      while (accept(COMMA)) {
        if (!startsExpression()) break;
        elts.add(targetItem());
      }
      e = new Expr.Tuple(elts, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    return toTarget(e, ctx);
  }

  private Expr targetItem() {
    if (check(STAR)) {
      Token s = next();
      Expr v = bitOr();
      return new Expr.Starred(v, ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    return bitOr();
  }

  /** Rebuilds {@code e} with {@code ctx}; fails if it cannot be a target (the second pass says why). */
  final Expr toTarget(Expr e, ExprContext ctx) {
    Expr t = Targets.withContext(e, ctx);
    if (t == null) throw FAIL;
    return t;
  }

  /** CPython's "cannot assign to X" / "cannot delete X" for the first invalid part of {@code e}. */
  final CompileError invalidTarget(Expr e, Targets.Kind kind) {
    Expr bad = Targets.invalid(e, kind);
    if (bad == null) throw FAIL;
    return errors.syntax((kind == Targets.Kind.DEL ? "cannot delete " : "cannot assign to ") + Targets.describe(bad), bad);
  }

  /** {@code 'yield' ['from' expression | star_expressions]}. */
  final Expr yieldExpr() {
    Token s = expect("yield");
    if (accept("from")) {
      Expr v = expression();
      return new Expr.YieldFrom(v, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    Expr v = startsExpression() ? starExpressions() : null;
    return new Expr.Yield(v, s.lineno(), s.colOffset(), endLine(), endCol());
  }
}
