package dev.kaa.ast;

import java.util.List;

/** {@code match} statement patterns. */
public sealed interface Pattern extends Node, Located {
  record MatchValue(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

  /** {@code value} is {@link Boolean#TRUE}, {@link Boolean#FALSE} or {@link Expr.Constant.Singleton#None}. */
  record MatchSingleton(Object value, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Pattern {}

  record MatchSequence(List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Pattern {}

  record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest,
                      int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

  record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

  record MatchStar(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

  record MatchAs(Pattern pattern, String name, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Pattern {}

  record MatchOr(List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset)
      implements Pattern {}
}
