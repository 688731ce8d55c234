package dev.kaa.parse;

/**
 * One open f-string on the {@link Tokenizer}'s mode stack (PEP 701): its quote, whether it is raw, where it started
 * (for "unterminated f-string" errors), and the brace bookkeeping that tells a replacement field's expression from the
 * literal text and from a format spec.
 */
final class TokenizerMode {
  final int quote;
  final int quoteSize;
  final boolean raw;
  final int startPos;
  final int startLineStart;
  final int startLine;

  /** True while tokenizing an expression (a replacement field), false in literal text or a format spec. */
  boolean inExpression;
  /** Brackets of any kind opened inside this f-string's replacement fields and not yet closed. */
  int curlyDepth;
  /** curlyDepth at which the innermost replacement field started, -1 outside any (CPython's expr_start_depth). */
  int exprStartDepth = -1;
  /** True once the current top-level field's expression ended (at '!', ':' or '}'): later '{' open a nested field. */
  boolean lastExprEnded;

  TokenizerMode(int quote, int quoteSize, boolean raw, int startPos, int startLineStart, int startLine) {
    this.quote = quote;
    this.quoteSize = quoteSize;
    this.raw = raw;
    this.startPos = startPos;
    this.startLineStart = startLineStart;
    this.startLine = startLine;
  }
}
