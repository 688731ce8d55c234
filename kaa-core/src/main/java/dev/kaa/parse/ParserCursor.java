package dev.kaa.parse;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The parser's view of the token stream: a buffer filled on demand (so a tokenizer error is raised only when the parser
 * reaches it, as CPython's does), a position that can be saved and restored for backtracking, the end of the last token
 * consumed (every node ends there), and the furthest token looked at (where a plain "invalid syntax" is reported).
 */
abstract class ParserCursor {
  static final Set<String> KEYWORDS = Set.of(
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
      "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
      "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

  /** Thrown when an alternative does not match; carries nothing (the position of the failure is {@link #furthest}). */
  static final class Fail extends RuntimeException {
    Fail() { super(null, null, false, false); }
  }

  static final Fail FAIL = new Fail();

  /**
   * The tokens fetched so far, shared by the two passes: {@code levels[i]} is the bracket depth after token i (the
   * tokenizer's paren level, which some messages depend on); {@code tokenizerError} remembers an error the tokenizer
   * raised, so it is not mistaken for the parser's.
   */
  static final class Buffer {
    private final Supplier<Token> source;
    final Literals literals;
    Token[] tokens = new Token[256];
    int[] levels = new int[256];
    int fill;
    int furthest;
    CompileError tokenizerError;

    Buffer(Supplier<Token> source, Literals literals) {
      this.source = source;
      this.literals = literals;
    }

    void fetch() {
      if (fill == tokens.length) {
        tokens = Arrays.copyOf(tokens, fill * 2);
        levels = Arrays.copyOf(levels, fill * 2);
      }
      Token t;
      try {
        t = source.get();
      } catch (CompileError e) {
        tokenizerError = e;
        throw e;
      }
      int level = fill == 0 ? 0 : levels[fill - 1];
      switch (t.kind()) {
        case LPAR, LSQB, LBRACE -> level++;
        case RPAR, RSQB, RBRACE -> level--;
        default -> { }
      }
      tokens[fill] = t;
      levels[fill] = level;
      fill++;
    }
  }

  final Buffer buf;
  final ParseErrors errors;
  final Literals literals;
  int pos;
  /** The second pass: also try the rules that only exist to explain an error (CPython's invalid_* rules). */
  boolean invalidRules;

  ParserCursor(Buffer buf, ParseErrors errors) {
    this.buf = buf;
    this.errors = errors;
    this.literals = buf.literals;
  }

  final Token peek() { return at(pos); }

  final Token peek(int ahead) { return at(pos + ahead); }

  final Token at(int index) {
    Buffer b = buf;
    while (index >= b.fill) {
      if (b.fill > 0 && b.tokens[b.fill - 1].kind() == TokenKind.ENDMARKER) {
        if (b.fill - 1 > b.furthest) b.furthest = b.fill - 1;
        return b.tokens[b.fill - 1];
      }
      b.fetch();
    }
    if (index > b.furthest) b.furthest = index;
    return b.tokens[index];
  }

  /** The bracket depth after token {@code index}. */
  final int levelAt(int index) { return buf.levels[index]; }

  final Token previous() { return buf.tokens[pos - 1]; }

  final Token next() {
    Token t = peek();
    if (t.kind() != TokenKind.ENDMARKER) pos++;
    return t;
  }

  final boolean check(TokenKind kind) { return peek().kind() == kind; }

  final boolean check(String keyword) { return peek().isName(keyword); }

  final boolean checkAhead(int ahead, TokenKind kind) { return peek(ahead).kind() == kind; }

  final boolean accept(TokenKind kind) {
    if (peek().kind() != kind) return false;
    pos++;
    return true;
  }

  final boolean accept(String keyword) {
    if (!peek().isName(keyword)) return false;
    pos++;
    return true;
  }

  final Token expect(TokenKind kind) {
    Token t = peek();
    if (t.kind() != kind) throw FAIL;
    pos++;
    return t;
  }

  final Token expect(String keyword) {
    Token t = peek();
    if (!t.isName(keyword)) throw FAIL;
    pos++;
    return t;
  }

  /** Runs an alternative that matters only if it raises; whether it fails or returns, the position is restored. */
  final void tryRule(Runnable alternative) {
    int mark = pos;
    try {
      alternative.run();
    } catch (Fail f) {
      // not this rule
    }
    pos = mark;
  }

  /** A SyntaxError at the last token read, where CPython puts an error raised without a location. */
  final CompileError errorAtLastToken(String msg) {
    return errors.syntax(msg, buf.tokens[buf.fill - 1]);
  }

  /**
   * An error from a start position to where the tokenizer stands (the end of the last token read): CPython's
   * RAISE_SYNTAX_ERROR_STARTING_FROM.
   */
  final CompileError errorStartingFrom(String msg, int line, int col) {
    Token last = buf.tokens[buf.fill - 1];
    return errors.syntaxAtOffsets(msg, line, errors.charOffset(line, col), last.endLineno(),
        errors.charOffset(last.endLineno(), errors.endColOf(last)) - 1);
  }

  /** True when the next token is a NAME that is not a keyword. */
  final boolean checkName() {
    Token t = peek();
    return t.kind() == TokenKind.NAME && !KEYWORDS.contains(t.text());
  }

  final Token expectName() {
    if (!checkName()) throw FAIL;
    return next();
  }

  /** A NAME token's identifier: non-ASCII names are NFKC-normalized, as the language reference requires. */
  static String identifier(Token t) {
    String s = t.text();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
    }
    return s;
  }

  /** The end line of the last token consumed, skipping NEWLINE/INDENT/DEDENT (statements end at their last real token). */
  final int endLine() { return lastReal().endLineno(); }

  final int endCol() { return lastReal().endColOffset(); }

  private Token lastReal() {
    int i = pos - 1;
    while (i > 0) {
      TokenKind k = buf.tokens[i].kind();
      if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT) break;
      i--;
    }
    return buf.tokens[Math.max(i, 0)];
  }
}
