package dev.kaa.compile;

import dev.kaa.bytecode.Code;
import dev.kaa.ast.Expr;
import dev.kaa.ast.Located;
import dev.kaa.ast.MatchCase;
import dev.kaa.ast.Pattern;
import dev.kaa.ast.Stmt;
import dev.kaa.text.FloatRepr;
import dev.kaa.text.StrRepr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The SyntaxErrors of {@code match} statements, which CPython finds while compiling the patterns: a capture or wildcard
 * that makes later patterns unreachable, a name bound twice, alternatives binding different names, bad or duplicate
 * mapping keys, repeated class-pattern attributes, two stars in a sequence. Names are checked in the order the compiled
 * pattern binds them, which is what decides which error comes first.
 */
final class PatternChecks {
  private final String filename;
  private final Consumer<Expr> visitExpr;
  private final NameCheck nameCheck;

  /** CPython's per-case pattern state: the names bound so far, and whether an irrefutable pattern is allowed here. */
  private List<String> stores;
  private boolean allowIrrefutable;

  /** The compiler's check of a name about to be bound ({@code __debug__} cannot be). */
  @FunctionalInterface
  interface NameCheck {
    void forbidden(String name, Located at);
  }

  PatternChecks(String filename, Consumer<Expr> visitExpr, NameCheck nameCheck) {
    this.filename = filename;
    this.visitExpr = visitExpr;
    this.nameCheck = nameCheck;
  }

  /** The statement's cases in compile order: a trailing {@code case _} (after other cases) is compiled last, apart. */
  void match(Stmt.Match m, Consumer<MatchCase> guardAndBody) {
    visitExpr.accept(m.subject());
    List<MatchCase> cases = m.cases();
    MatchCase last = cases.get(cases.size() - 1);
    boolean hasDefault = isWildcard(last.pattern()) && cases.size() > 1;
    for (int i = 0; i < cases.size() - (hasDefault ? 1 : 0); i++) {
      MatchCase c = cases.get(i);
      stores = new ArrayList<>();
      allowIrrefutable = c.guard() != null || i == cases.size() - 1;
      pattern(c.pattern());
      guardAndBody.accept(c);
    }
    if (hasDefault) guardAndBody.accept(last);
  }

  private static boolean isWildcard(Pattern p) {
    return p instanceof Pattern.MatchAs a && a.name() == null && a.pattern() == null;
  }

  private static boolean isStarWildcard(Pattern p) {
    return p instanceof Pattern.MatchStar s && s.name() == null;
  }

  private void pattern(Pattern p) {
    if (p instanceof Pattern.MatchValue v) {
      // the parser admits f-strings where the grammar says "strings"; the compiler takes only what folds to a
      // constant, or an attribute lookup
      if (ConstantFolding.fold(v.value()) == ConstantFolding.NOT_CONSTANT && !(v.value() instanceof Expr.Attribute)) {
        throw CompileErrors.at("patterns may only match literals and attribute lookups", filename, v.value());
      }
      visitExpr.accept(v.value());
    } else if (p instanceof Pattern.MatchSingleton s) {
    } else if (p instanceof Pattern.MatchSequence s) {
      sequence(s);
    } else if (p instanceof Pattern.MatchMapping m) {
      mapping(m);
    } else if (p instanceof Pattern.MatchClass c) {
      classPattern(c);
    } else if (p instanceof Pattern.MatchStar s) {
      store(s.name(), s);
    } else if (p instanceof Pattern.MatchAs a) {
      if (a.pattern() == null) {
        if (!allowIrrefutable) {
          throw CompileErrors.at(a.name() != null
              ? "name capture " + StrRepr.repr(a.name()) + " makes remaining patterns unreachable"
              : "wildcard makes remaining patterns unreachable", filename, a);
        }
      } else {
        pattern(a.pattern());
      }
      store(a.name(), a);
    } else if (p instanceof Pattern.MatchOr o) {
      or(o);
    }
  }

  private void subpattern(Pattern p) {
    boolean saved = allowIrrefutable;
    allowIrrefutable = true;
    pattern(p);
    allowIrrefutable = saved;
  }

  private void store(String name, Located at) {
    if (name == null) return;
    nameCheck.forbidden(name, at);
    if (stores.contains(name)) {
      throw CompileErrors.at("multiple assignments to name " + StrRepr.repr(name) + " in pattern", filename, at);
    }
    stores.add(name);
  }

  private void sequence(Pattern.MatchSequence s) {
    List<Pattern> patterns = s.patterns();
    int star = -1;
    boolean onlyWildcard = true;
    boolean starWildcard = false;
    for (int i = 0; i < patterns.size(); i++) {
      Pattern p = patterns.get(i);
      if (p instanceof Pattern.MatchStar) {
        if (star >= 0) throw CompileErrors.at("multiple starred names in sequence pattern", filename, s);
        starWildcard = isStarWildcard(p);
        onlyWildcard &= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &= isWildcard(p);
    }
    if (onlyWildcard) return;
    if (starWildcard) {
      // matched by indexing: wildcards are skipped
      for (int i = 0; i < patterns.size(); i++) {
        if (i != star && !isWildcard(patterns.get(i))) subpattern(patterns.get(i));
      }
      return;
    }
    if (star >= 256) throw CompileErrors.at("too many expressions in star-unpacking sequence pattern", filename, s);
    for (Pattern p : patterns) subpattern(p);
  }

  private void mapping(Pattern.MatchMapping m) {
    if (m.keys().isEmpty() && m.rest() == null) return;
    Set<Object> seen = new HashSet<>();
    for (Expr key : m.keys()) {
      Object value = ConstantFolding.fold(key);
      if (value != ConstantFolding.NOT_CONSTANT) {
        if (!seen.add(equalityKey(value))) {
          throw CompileErrors.at("mapping pattern checks duplicate key (" + repr(value) + ")", filename, m);
        }
      } else if (!(key instanceof Expr.Attribute)) {
        throw CompileErrors.at("mapping pattern keys may only match literals and attribute lookups", filename, m);
      }
      visitExpr.accept(key);
    }
    for (Pattern p : m.patterns()) subpattern(p);
    store(m.rest(), m);
  }

  private void classPattern(Pattern.MatchClass c) {
    List<String> attrs = c.kwdAttrs();
    for (int i = 0; i < attrs.size(); i++) {
      nameCheck.forbidden(attrs.get(i), c.kwdPatterns().get(i));
      for (int j = i + 1; j < attrs.size(); j++) {
        if (attrs.get(i).equals(attrs.get(j))) {
          throw CompileErrors.at("attribute name repeated in class pattern: " + attrs.get(i), filename,
              c.kwdPatterns().get(j));
        }
      }
    }
    visitExpr.accept(c.cls());
    List<Pattern> all = new ArrayList<>(c.patterns());
    all.addAll(c.kwdPatterns());
    for (Pattern p : all) if (!isWildcard(p)) subpattern(p);
  }

  /** Each alternative binds afresh; all must bind the same names, which then join the enclosing pattern's. */
  private void or(Pattern.MatchOr o) {
    List<String> outer = stores;
    boolean outerAllow = allowIrrefutable;
    List<String> control = null;
    for (int i = 0; i < o.patterns().size(); i++) {
      stores = new ArrayList<>();
      allowIrrefutable = i == o.patterns().size() - 1 && outerAllow;
      pattern(o.patterns().get(i));
      if (control == null) {
        control = stores;
      } else if (stores.size() != control.size() || !stores.containsAll(control)) {
        throw CompileErrors.at("alternative patterns bind different names", filename, o);
      }
    }
    stores = outer;
    allowIrrefutable = outerAllow;
    for (String name : control) {
      if (stores.contains(name)) {
        throw CompileErrors.at("multiple assignments to name " + StrRepr.repr(name) + " in pattern", filename, o);
      }
      stores.add(name);
    }
  }

  // ---- mapping keys: Python equality and repr ----

  /** Equal keys (as a Python set sees them: {@code 1 == 1.0 == True == 1+0j}) give equal results. */
  private static Object equalityKey(Object v) {
    if (v instanceof Boolean b) {
      return b ? BigInteger.ONE : BigInteger.ZERO;
    } else if (v instanceof Double d) {
      return realKey(d);
    } else if (v instanceof Code.ConstComplex c) {
      return c.imag() == 0.0 ? realKey(c.real()) : List.of(realKey(c.real()), c.imag());
    } else if (v instanceof Expr.Constant.Imaginary i) {
      return i.imag() == 0.0 ? BigInteger.ZERO : List.of(BigInteger.ZERO, i.imag());
    } else if (v instanceof Expr.Constant.CodePoints c) {
      return new String(c.codePoints(), 0, c.codePoints().length);
    } else if (v instanceof Expr.Constant.Bytes b) {
      return List.of("bytes", Arrays.toString(b.data()));
    } else {
      return v;
    }
  }

  private static Object realKey(double d) {
    if (Double.isFinite(d) && d == Math.rint(d)) return new java.math.BigDecimal(d).toBigInteger();
    return d;
  }

  private static String repr(Object v) {
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    } else if (v instanceof BigInteger b) {
      return b.toString();
    } else if (v instanceof Double d) {
      return FloatRepr.repr(d);
    } else if (v instanceof Code.ConstComplex c) {
      return FloatRepr.complexRepr(c.real(), c.imag());
    } else if (v instanceof Expr.Constant.Imaginary i) {
      return FloatRepr.imaginaryRepr(i.imag());
    } else if (v instanceof String s) {
      return StrRepr.repr(s);
    } else if (v instanceof Expr.Constant.CodePoints c) {
      StringBuilder out = new StringBuilder();
      StrRepr.appendRepr(out, c.codePoints());
      return out.toString();
    } else if (v instanceof Expr.Constant.Bytes b) {
      return StrRepr.bytesRepr(b.data());
    } else if (v instanceof Expr.Constant.Singleton s) {
      return s.name();
    } else {
      return String.valueOf(v);
    }
  }
}
