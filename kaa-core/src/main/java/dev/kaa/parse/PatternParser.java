package dev.kaa.parse;

import static dev.kaa.parse.TokenKind.*;

import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.Operator;
import dev.kaa.ast.Pattern;
import dev.kaa.ast.UnaryOpKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code match} statement patterns. A pattern's first token decides its kind (a name, a dotted name, a name followed
 * by a parenthesis, a literal, a bracket, a brace), so no backtracking is needed here.
 */
abstract class PatternParser extends ParamsParser {
  PatternParser(Buffer buf, ParseErrors errors) { super(buf, errors); }

  /** {@code patterns}: an open sequence ({@code case a, *b:}) or one pattern. */
  final Pattern patterns() {
    Token s = peek();
    Pattern first = maybeStarPattern();
    if (!check(COMMA)) {
      if (first instanceof Pattern.MatchStar) throw FAIL;
      return first;
    }
    List<Pattern> items = new ArrayList<>();
    items.add(first);
    while (accept(COMMA)) {
      if (check(COLON) || check("if")) break;
      items.add(maybeStarPattern());
    }
    return new Pattern.MatchSequence(items, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  private Pattern maybeStarPattern() {
    Token s = peek();
    if (accept(STAR)) {
      Token name = expectName();
      return new Pattern.MatchStar(name.text().equals("_") ? null : identifier(name),
          s.lineno(), s.colOffset(), endLine(), endCol());
    }
    return pattern();
  }

  /** {@code or_pattern ['as' NAME]}. */
  final Pattern pattern() {
    Token s = peek();
    Pattern p = orPattern();
    if (!accept("as")) return p;
    Token name = peek();
    if (name.isName("_")) throw errors.syntax("cannot use '_' as a target", name);
    if (!checkName()) {
      if (invalidRules) {
        tryRule(() -> {
          Expr a = expression();
          throw errors.syntax("invalid pattern target", a);
        });
      }
      throw FAIL;
    }
    next();
    return new Pattern.MatchAs(p, identifier(name), s.lineno(), s.colOffset(), endLine(), endCol());
  }

  private Pattern orPattern() {
    Token s = peek();
    Pattern first = closedPattern();
    if (!check(VBAR)) return first;
    List<Pattern> alts = new ArrayList<>();
    alts.add(first);
    while (accept(VBAR)) alts.add(closedPattern());
    return new Pattern.MatchOr(alts, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  private Pattern closedPattern() {
    Token t = peek();
    switch (t.kind()) {
      case NAME -> {
        switch (t.text()) {
          case "None" -> {
            next();
            return new Pattern.MatchSingleton(Expr.Constant.Singleton.None,
                t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
          }
          case "True", "False" -> {
            next();
            return new Pattern.MatchSingleton(t.text().equals("True"),
                t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
          }
          default -> { }
        }
        if (!checkName()) throw FAIL;
        if (t.text().equals("_")) {
          next();
          return new Pattern.MatchAs(null, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        }
        if (!checkAhead(1, DOT) && !checkAhead(1, LPAR)) {
          next();
          return new Pattern.MatchAs(null, identifier(t), t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        }
        Expr nameOrAttr = dottedName();
        if (check(LPAR)) return classPattern(nameOrAttr, t);
        return new Pattern.MatchValue(nameOrAttr, t.lineno(), t.colOffset(), endLine(), endCol());
      }
      case NUMBER, MINUS, STRING, FSTRING_START -> {
        Expr v = literalExpr();
        return new Pattern.MatchValue(v, v.lineno(), v.colOffset(), v.endLineno(), v.endColOffset());
      }
      case LPAR -> {
        next();
        if (accept(RPAR)) return new Pattern.MatchSequence(List.of(), t.lineno(), t.colOffset(), endLine(), endCol());
        Pattern first = maybeStarPattern();
        if (accept(RPAR)) {
          if (first instanceof Pattern.MatchStar) throw FAIL;
          return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(COMMA)) {
          if (check(RPAR)) break;
          items.add(maybeStarPattern());
        }
        expect(RPAR);
        return new Pattern.MatchSequence(items, t.lineno(), t.colOffset(), endLine(), endCol());
      }
      case LSQB -> {
        next();
        List<Pattern> items = new ArrayList<>();
        while (!check(RSQB)) {
          items.add(maybeStarPattern());
          if (!accept(COMMA)) break;
        }
        expect(RSQB);
        return new Pattern.MatchSequence(items, t.lineno(), t.colOffset(), endLine(), endCol());
      }
      case LBRACE -> {
        return mappingPattern();
      }
      default -> throw FAIL;
    }
  }

  /** NAME ('.' NAME)* as a Name or Attribute chain (Load). */
  private Expr dottedName() {
    Token s = expectName();
    Expr e = new Expr.Name(identifier(s), ExprContext.Load, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
    while (accept(DOT)) {
      Token n = expectName();
      e = new Expr.Attribute(e, identifier(n), ExprContext.Load, s.lineno(), s.colOffset(), endLine(), endCol());
    }
    return e;
  }

  private Pattern classPattern(Expr cls, Token s) {
    next();
    List<Pattern> positional = new ArrayList<>();
    List<String> kwdAttrs = new ArrayList<>();
    List<Pattern> kwdPatterns = new ArrayList<>();
    while (!check(RPAR)) {
      if (checkName() && checkAhead(1, EQUAL)) {
        Token name = next();
        next();
        kwdAttrs.add(identifier(name));
        kwdPatterns.add(pattern());
      } else {
        Pattern p = pattern();
        if (!kwdAttrs.isEmpty()) {
          throw errors.syntax("positional patterns follow keyword patterns", p);
        }
        positional.add(p);
      }
      if (!accept(COMMA)) break;
    }
    expect(RPAR);
    return new Pattern.MatchClass(cls, positional, kwdAttrs, kwdPatterns, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  private Pattern mappingPattern() {
    Token s = next();
    List<Expr> keys = new ArrayList<>();
    List<Pattern> values = new ArrayList<>();
    String rest = null;
    while (!check(RBRACE)) {
      if (accept(DOUBLESTAR)) {
        if (check("_")) throw FAIL;
        rest = identifier(expectName());
        accept(COMMA);
        break;
      }
      Expr key = check(NAME) && !peek().isName("None") && !peek().isName("True") && !peek().isName("False")
          ? dottedName() : literalExpr();
      if (key instanceof Expr.Name) throw FAIL;
      expect(COLON);
      keys.add(key);
      values.add(pattern());
      if (!accept(COMMA)) break;
    }
    expect(RBRACE);
    return new Pattern.MatchMapping(keys, values, rest, s.lineno(), s.colOffset(), endLine(), endCol());
  }

  /** A literal as an expression: signed number, complex number, strings, None/True/False. */
  private Expr literalExpr() {
    Token t = peek();
    if (t.kind() == NAME) {
      Object v = switch (t.text()) {
        case "None" -> Expr.Constant.Singleton.None;
        case "True" -> Boolean.TRUE;
        case "False" -> Boolean.FALSE;
        default -> throw FAIL;
      };
      next();
      return new Expr.Constant(v, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }
    if (checkString()) return strings();
    Expr real = signedNumber();
    if (!check(PLUS) && !check(MINUS)) return real;
    Expr realValue = real instanceof Expr.UnaryOp u ? u.operand() : real;
    if (((Expr.Constant) realValue).value() instanceof Expr.Constant.Imaginary) {
      throw errors.syntax("real number required in complex literal", realValue);
    }
    Operator op = next().kind() == PLUS ? Operator.Add : Operator.Sub;
    Token imagTok = peek();
    if (imagTok.kind() != NUMBER) throw FAIL;
    next();
    Object imag = literals.number(imagTok);
    Expr right = new Expr.Constant(imag, null, imagTok.lineno(), imagTok.colOffset(),
        imagTok.endLineno(), imagTok.endColOffset());
    if (!(imag instanceof Expr.Constant.Imaginary)) {
      throw errors.syntax("imaginary number required in complex literal", right);
    }
    return new Expr.BinOp(real, op, right, t.lineno(), t.colOffset(), endLine(), endCol());
  }

  private Expr signedNumber() {
    Token t = peek();
    boolean negative = accept(MINUS);
    Token num = expect(NUMBER);
    Expr c = new Expr.Constant(literals.number(num), null,
        num.lineno(), num.colOffset(), num.endLineno(), num.endColOffset());
    if (!negative) return c;
    return new Expr.UnaryOp(UnaryOpKind.USub, c, t.lineno(), t.colOffset(), endLine(), endCol());
  }
}
