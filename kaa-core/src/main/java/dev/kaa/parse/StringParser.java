package dev.kaa.parse;

import dev.kaa.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Adjacent string literals and f-strings (PEP 701 tokens). A run of STRING and FSTRING tokens is one expression: plain
 * strings concatenate into one Constant; once an f-string is in the run the result is a JoinedStr whose pieces are
 * flattened, empty literal pieces dropped and neighbouring literal pieces merged (the merged piece spans from the first
 * to the last), as CPython 3.12 builds it. Format specs keep each literal piece as it comes, empty ones included.
 */
abstract class StringParser extends ParserCursor {
  StringParser(Buffer buf, ParseErrors errors) { super(buf, errors); }

  /** The expression inside a replacement field: {@code yield_expr | star_expressions}. */
  abstract Expr replacementFieldExpression();

  final boolean checkString() {
    TokenKind k = peek().kind();
    return k == TokenKind.STRING || k == TokenKind.FSTRING_START;
  }

  /** One or more adjacent string tokens. */
  final Expr strings() {
    Token first = peek();
    List<Expr> pieces = new ArrayList<>();
    boolean anyFString = false;
    Boolean bytes = null;
    boolean mixed = false;
    while (checkString()) {
      Token t = peek();
      boolean isBytes;
      if (t.kind() == TokenKind.STRING) {
        next();
        Object value = literals.string(t, invalidRules);
        isBytes = value instanceof Expr.Constant.Bytes;
        pieces.add(new Expr.Constant(value, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset()));
      } else {
        isBytes = false;
        anyFString = true;
        fstring(pieces);
      }
      if (bytes == null) bytes = isBytes;
      else if (bytes != isBytes) mixed = true;
    }
    if (mixed) throw errorAtLastToken("cannot mix bytes and nonbytes literals");
    int line = first.lineno(), col = first.colOffset(), endLine = endLine(), endCol = endCol();
    if (!anyFString) {
      String kind = first.kind() == TokenKind.STRING && Literals.isUnicodePrefixed(first.text()) ? "u" : null;
      Object value = ((Expr.Constant) pieces.get(0)).value();
      for (int i = 1; i < pieces.size(); i++) value = concat(value, ((Expr.Constant) pieces.get(i)).value());
      return new Expr.Constant(value, kind, line, col, endLine, endCol);
    }
    return new Expr.JoinedStr(mergeLiterals(pieces), line, col, endLine, endCol);
  }

  private static List<Expr> mergeLiterals(List<Expr> pieces) {
    List<Expr> out = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      Expr p = pieces.get(i);
      if (!(p instanceof Expr.Constant c)) {
        out.add(p);
        i++;
        continue;
      }
      Expr.Constant firstLit = null, lastLit = null;
      Object value = null;
      for (; i < pieces.size() && pieces.get(i) instanceof Expr.Constant k; i++) {
        if (isEmpty(k.value())) continue;
        if (firstLit == null) {
          firstLit = k;
          value = k.value();
        } else {
          value = concat(value, k.value());
        }
        lastLit = k;
      }
      if (firstLit != null) {
        out.add(new Expr.Constant(value, null, firstLit.lineno(), firstLit.colOffset(),
            lastLit.endLineno(), lastLit.endColOffset()));
      }
    }
    return out;
  }

  private static boolean isEmpty(Object v) {
    return v instanceof String s ? s.isEmpty() : v instanceof Expr.Constant.CodePoints cp && cp.codePoints().length == 0;
  }

  /** str + str (keeping a lone high and lone low surrogate that meet apart) or bytes + bytes. */
  private static Object concat(Object a, Object b) {
    if (a instanceof Expr.Constant.Bytes x && b instanceof Expr.Constant.Bytes y) {
      byte[] out = new byte[x.data().length + y.data().length];
      System.arraycopy(x.data(), 0, out, 0, x.data().length);
      System.arraycopy(y.data(), 0, out, x.data().length, y.data().length);
      return new Expr.Constant.Bytes(out);
    }
    if (a instanceof String s && b instanceof String t) {
      boolean meet = !s.isEmpty() && !t.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1))
          && Character.isLowSurrogate(t.charAt(0));
      if (!meet) return s + t;
    }
    int[] x = codePoints(a), y = codePoints(b);
    int[] out = new int[x.length + y.length];
    System.arraycopy(x, 0, out, 0, x.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return new Expr.Constant.CodePoints(out);
  }

  private static int[] codePoints(Object v) {
    return v instanceof Expr.Constant.CodePoints cp ? cp.codePoints() : ((String) v).codePoints().toArray();
  }

  /**
   * The literal parts of the f-string being read, decoded when its FSTRING_END is reached (CPython reports their
   * escape problems there): each is a placeholder Constant whose token is kept until then.
   */
  private java.util.IdentityHashMap<Expr.Constant, Token> undecoded;
  /** The placeholders among {@link #undecoded} that are format-spec text. */
  private final java.util.IdentityHashMap<Expr.Constant, Boolean> inFormatSpec = new java.util.IdentityHashMap<>();

  /** FSTRING_START (middle | replacement field)* FSTRING_END, its pieces appended to {@code pieces}. */
  private void fstring(List<Expr> pieces) {
    Token start = next();
    boolean raw = Literals.isRawPrefixed(start.text());
    var outer = undecoded;
    undecoded = new java.util.IdentityHashMap<>();
    List<Expr> own = new ArrayList<>();
    try {
      while (true) {
        Token t = peek();
        if (t.kind() == TokenKind.FSTRING_MIDDLE) {
          next();
          own.add(middle(t));
        } else if (t.kind() == TokenKind.LBRACE) {
          replacementField(own, raw);
        } else if (t.kind() == TokenKind.FSTRING_END) {
          next();
          break;
        } else {
          throw FAIL;
        }
      }
      Token end = previous();
      var decoded = new java.util.IdentityHashMap<Expr.Constant, Expr.Constant>();
      for (var e : undecoded.entrySet()) {
        Expr.Constant at = e.getKey();
        // CPython points a literal part's escape warnings and errors at the closing quote, but a format spec's at
        // the spec text itself
        Token blame = inFormatSpec.containsKey(at) ? e.getValue() : end;
        decoded.put(at, new Expr.Constant(literals.fstringMiddle(e.getValue(), raw, blame, invalidRules), null,
            at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset()));
      }
      for (Expr p : own) pieces.add(withDecodedLiterals(p, decoded));
    } finally {
      undecoded = outer;
    }
  }

  /** {@code e} with its placeholder literal parts (also those in format specs) replaced by their values. */
  private static Expr withDecodedLiterals(Expr e, java.util.Map<Expr.Constant, Expr.Constant> decoded) {
    if (e instanceof Expr.Constant c) return decoded.getOrDefault(c, c);
    if (e instanceof Expr.FormattedValue f && f.formatSpec() instanceof Expr.JoinedStr spec) {
      List<Expr> values = new ArrayList<>();
      for (Expr v : spec.values()) values.add(withDecodedLiterals(v, decoded));
      Expr newSpec = new Expr.JoinedStr(values, spec.lineno(), spec.colOffset(), spec.endLineno(), spec.endColOffset());
      return new Expr.FormattedValue(f.value(), f.conversion(), newSpec,
          f.lineno(), f.colOffset(), f.endLineno(), f.endColOffset());
    }
    return e;
  }

  /**
   * A literal part, to be decoded once the whole f-string is read. A part that ends in a doubled brace ({@code {{} or
   * {@code }}}) keeps one brace in its token, which ends before the skipped second one (the next token starts one
   * past it); CPython's AST counts the skipped brace into the part, so its end does too.
   */
  private Expr.Constant middle(Token t) {
    Token after = peek();
    int endCol = t.endColOffset();
    if (after.lineno() == t.endLineno() && after.colOffset() == endCol + 1) endCol++;
    Expr.Constant placeholder = new Expr.Constant(t.text(), null, t.lineno(), t.colOffset(), t.endLineno(), endCol);
    undecoded.put(placeholder, t);
    return placeholder;
  }

  /** {@code '{' expr ['='] ['!' NAME] [':' spec] '}'}: adds the debug text (if any) and the FormattedValue. */
  private void replacementField(List<Expr> pieces, boolean raw) {
    Token lbrace = next();
    if (invalidRules) invalidReplacementField(raw);
    Expr value = replacementFieldExpression();
    boolean debug = accept(TokenKind.EQUAL);
    if (debug) {
      Token after = peek();
      String text = withoutComments(
          errors.between(lbrace.endLineno(), lbrace.endColOffset(), after.lineno(), after.colOffset()));
      pieces.add(new Expr.Constant(text, null, lbrace.endLineno(), lbrace.endColOffset(),
          after.lineno(), after.colOffset()));
    }
    Token conversionName = conversion();
    Expr spec = formatSpec(raw);
    Token rbrace = expect(TokenKind.RBRACE);
    int conversion = conversionValue(conversionName);
    if (debug && conversion < 0 && spec == null) conversion = 'r';
    pieces.add(new Expr.FormattedValue(value, conversion, spec, lbrace.lineno(), lbrace.colOffset(),
        rbrace.endLineno(), rbrace.endColOffset()));
  }

  /**
   * The {@code =} debug text drops comments, each from {@code #} to the end of its line (the newline stays). CPython
   * 3.12 does this without looking at quotes, so {@code f"{'#'=}"} shows just {@code '}: Kaa matches it.
   */
  private static String withoutComments(String text) {
    if (text.indexOf('#') < 0) return text;
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '#') {
        while (i < text.length() && text.charAt(i) != '\n') i++;
        if (i < text.length()) out.append('\n');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** CPython's invalid_replacement_field: what is missing or wrong after a {@code '{'} (second pass only). */
  private void invalidReplacementField(boolean raw) {
    int mark = pos;
    Token t = peek();
    switch (t.kind()) {
      case EQUAL, EXCLAMATION, COLON, RBRACE ->
          throw errors.syntax("f-string: valid expression required before '" + t.text() + "'", t);
      default -> { }
    }
    try {
      replacementFieldExpression();
    } catch (Fail f) {
      pos = mark;
      throw errors.syntax("f-string: expecting a valid expression after '{'", peek());
    }
    if (!checkAny(TokenKind.EQUAL, TokenKind.EXCLAMATION, TokenKind.COLON, TokenKind.RBRACE)) {
      throw errors.syntax("f-string: expecting '=', or '!', or ':', or '}'", peek());
    }
    if (accept(TokenKind.EQUAL) && !checkAny(TokenKind.EXCLAMATION, TokenKind.COLON, TokenKind.RBRACE)) {
      throw errors.syntax("f-string: expecting '!', or ':', or '}'", peek());
    }
    if (accept(TokenKind.EXCLAMATION)) {
      if (checkAny(TokenKind.COLON, TokenKind.RBRACE)) {
        throw errors.syntax("f-string: missing conversion character", peek());
      }
      if (!check(TokenKind.NAME)) throw errors.syntax("f-string: invalid conversion character", peek());
      next();
    }
    if (!checkAny(TokenKind.COLON, TokenKind.RBRACE)) throw errors.syntax("f-string: expecting ':' or '}'", peek());
    if (accept(TokenKind.COLON)) {
      while (true) {
        if (accept(TokenKind.FSTRING_MIDDLE)) continue;
        if (!check(TokenKind.LBRACE)) break;
        replacementField(new ArrayList<>(), raw);
      }
      if (!check(TokenKind.RBRACE)) throw errors.syntax("f-string: expecting '}', or format specs", peek());
    }
    pos = mark;
  }

  private boolean checkAny(TokenKind... kinds) {
    TokenKind k = peek().kind();
    for (TokenKind c : kinds) {
      if (c == k) return true;
    }
    return false;
  }

  /** {@code '!' NAME}: the NAME token, or null when there is no conversion. */
  private Token conversion() {
    if (!check(TokenKind.EXCLAMATION)) return null;
    Token bang = next();
    Token name = peek();
    if (name.kind() != TokenKind.NAME) throw FAIL;
    if (name.lineno() != bang.endLineno() || name.colOffset() != bang.endColOffset()) {
      throw errors.syntax("f-string: conversion type must come right after the exclamanation mark", bang, name);
    }
    return next();
  }

  /** The conversion's code point, checked once the whole field is read (as CPython checks it). */
  private int conversionValue(Token name) {
    if (name == null) return -1;
    String c = name.text();
    if (!c.equals("s") && !c.equals("r") && !c.equals("a")) {
      throw errors.syntax("f-string: invalid conversion character '" + c + "': expected 's', 'r', or 'a'", name);
    }
    return c.charAt(0);
  }

  private Expr formatSpec(boolean raw) {
    if (!check(TokenKind.COLON)) return null;
    Token colon = next();
    List<Expr> parts = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (t.kind() == TokenKind.FSTRING_MIDDLE) {
        next();
        Expr.Constant part = middle(t);
        inFormatSpec.put(part, Boolean.TRUE);
        parts.add(part);
      } else if (t.kind() == TokenKind.LBRACE) {
        replacementField(parts, raw);
      } else {
        break;
      }
    }
    if (parts.size() == 1 && parts.get(0) instanceof Expr.Constant c && c.value() instanceof String v && v.isEmpty()) {
      parts.clear();
    }
    return new Expr.JoinedStr(parts, colon.lineno(), colon.colOffset(), endLine(), endCol());
  }
}
