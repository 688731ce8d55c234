package dev.kaa.parse;

import static dev.kaa.parse.TokenKind.*;

import dev.kaa.ast.Arg;
import dev.kaa.ast.Arguments;
import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.TypeParam;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameter lists of {@code def} (annotations allowed) and {@code lambda} (none), read left to right in one loop that
 * tracks where it is ({@code /} seen, {@code *} seen) and reports CPython's messages for misplaced pieces; and PEP 695
 * type parameter lists.
 */
abstract class ParamsParser extends ExprParser {
  ParamsParser(Buffer buf, ParseErrors errors) { super(buf, errors); }

  @Override final Arguments lambdaParameters() { return parameters(false, COLON); }

  /** Parameters up to (not including) {@code end}. */
  final Arguments parameters(boolean annotations, TokenKind end) {
    List<Arg> posonly = new ArrayList<>();
    List<Arg> args = new ArrayList<>();
    List<Expr> defaults = new ArrayList<>();
    List<Arg> kwonly = new ArrayList<>();
    List<Expr> kwDefaults = new ArrayList<>();
    Arg vararg = null, kwarg = null;
    boolean star = false, slash = false;
    while (!check(end)) {
      Token t = peek();
      if (kwarg != null) throw errors.syntax("arguments cannot follow var-keyword argument", t);
      if (t.kind() == SLASH) {
        if (slash) throw errors.syntax("/ may appear only once", t);
        if (star) throw errors.syntax("/ must be ahead of *", t);
        if (args.isEmpty()) {
          if (invalidRules && checkAhead(1, COMMA)) throw errors.syntax("at least one argument must precede /", t);
          throw FAIL;
        }
        next();
        slash = true;
        posonly.addAll(args);
        args.clear();
        if (invalidRules && check(STAR)) throw errors.syntax("expected comma between / and *", peek());
      } else if (t.kind() == STAR) {
        if (star) {
          if (invalidRules && (checkAhead(1, COMMA) || checkAhead(1, NAME))) {
            throw errors.syntax("* argument may appear only once", t);
          }
          throw FAIL;
        }
        next();
        star = true;
        if (check(end) || (check(COMMA) && (checkAhead(1, end) || checkAhead(1, DOUBLESTAR)))) {
          if (check(COMMA)) peek(1);
          throw annotations ? errors.syntax("named arguments must follow bare *", t)
              : errorAtLastToken("named arguments must follow bare *");
        } else if (!check(COMMA)) {
          vararg = param(annotations, true);
          if (check(EQUAL)) throw errors.syntax("var-positional argument cannot have default value", peek());
        }
      } else if (t.kind() == DOUBLESTAR) {
        next();
        kwarg = param(annotations, false);
        if (check(EQUAL)) throw errors.syntax("var-keyword argument cannot have default value", peek());
      } else if (t.kind() == LPAR) {
        if (invalidRules) parenthesizedParameters(annotations);
        throw FAIL;
      } else {
        Arg a = param(annotations, false);
        Expr dflt = null;
        if (check(EQUAL)) {
          Token eq = next();
          if (check(RPAR) || check(COMMA)) throw errors.syntax("expected default value expression", eq);
          dflt = expression();
        }
        if (star) {
          kwonly.add(a);
          kwDefaults.add(dflt);
        } else {
          if (dflt != null) defaults.add(dflt);
          else if (!defaults.isEmpty()) {
            throw errors.syntax("parameter without a default follows parameter with a default", a);
          }
          args.add(a);
        }
      }
      if (!accept(COMMA)) break;
    }
    return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
  }

  /** {@code '(' NAME (',' NAME)* [','] ')'} where a parameter should be: CPython's specific message. */
  private void parenthesizedParameters(boolean def) {
    tryRule(() -> {
      Token lpar = next();
      do {
        if (check(RPAR)) break;
        expectName();
      } while (accept(COMMA));
      Token rpar = expect(RPAR);
      throw errors.syntax(def ? "Function parameters cannot be parenthesized"
          : "Lambda expression parameters cannot be parenthesized", lpar, rpar);
    });
  }

  private Arg param(boolean annotations, boolean starAnnotation) {
    Token name = expectName();
    Expr annotation = null;
    if (annotations && accept(COLON)) annotation = starAnnotation ? starExpression() : expression();
    return new Arg(identifier(name), annotation, null, name.lineno(), name.colOffset(), endLine(), endCol());
  }

  /** {@code '[' type_param (',' type_param)* [','] ']'}, or an empty list when there is no bracket. */
  final List<TypeParam> typeParams() {
    if (!check(LSQB)) return List.of();
    int mark = pos;
    try {
      return typeParamList();
    } catch (Fail f) {
      pos = mark;
      return List.of();
    }
  }

  private List<TypeParam> typeParamList() {
    next();
    List<TypeParam> params = new ArrayList<>();
    do {
      if (check(RSQB)) break;
      Token s = peek();
      if (accept(STAR)) {
        Token name = expectName();
        boundError("TypeVarTuple");
        params.add(new TypeParam.TypeVarTuple(identifier(name), s.lineno(), s.colOffset(), endLine(), endCol()));
      } else if (accept(DOUBLESTAR)) {
        Token name = expectName();
        boundError("ParamSpec");
        params.add(new TypeParam.ParamSpec(identifier(name), s.lineno(), s.colOffset(), endLine(), endCol()));
      } else {
        Token name = expectName();
        Expr bound = accept(COLON) ? expression() : null;
        params.add(new TypeParam.TypeVar(identifier(name), bound, s.lineno(), s.colOffset(), endLine(), endCol()));
      }
    } while (accept(COMMA));
    expect(RSQB);
    if (params.isEmpty()) throw FAIL;
    return params;
  }

  private void boundError(String kind) {
    if (!check(COLON)) return;
    Token colon = peek();
    tryRule(() -> {
      next();
      Expr e = expression();
      throw errorStartingFrom("cannot use " + (e instanceof Expr.Tuple ? "constraints" : "bound") + " with " + kind,
          colon.lineno(), colon.colOffset());
    });
  }

  /** A name as an assignment target. */
  static Expr.Name storeName(Token t) {
    return new Expr.Name(identifier(t), ExprContext.Store, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
  }
}
