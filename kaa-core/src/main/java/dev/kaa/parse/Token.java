package dev.kaa.parse;

/**
 * One token. {@code text} is the exact source text (for STRING: prefix, quotes and all, undecoded). Lines are 1-based;
 * columns are 0-based and count UTF-8 bytes, as CPython's AST positions do.
 */
public record Token(TokenKind kind, String text, int lineno, int colOffset, int endLineno, int endColOffset) {
  public boolean is(TokenKind k) { return kind == k; }

  /** True for a NAME token spelled {@code word} (keywords and soft keywords are NAME tokens). */
  public boolean isName(String word) { return kind == TokenKind.NAME && text.equals(word); }
}
