package dev.kaa.parse;

import dev.kaa.strings.Unicode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.12's tokenizer: turns source into {@link Token}s one {@link #next()} at a time, with CPython's errors.
 *
 * <p>It works, as CPython's does, on the UTF-8 bytes of the source (whatever the file's encoding was, see
 * {@link TokenizerSource}), so token columns are UTF-8 byte offsets; {@link #charOffset} turns one into the 1-based
 * character offset a {@link CompileError} carries, and {@link #syntaxError} builds such an error with the line's text.
 * Indentation (INDENT/DEDENT with the tab rules), implicit joining in brackets, backslash continuation and PEP 701
 * f-strings (a stack of {@link TokenizerMode}s, one per open f-string) are handled here; the meaning of NUMBER and
 * STRING tokens is {@link NumberLiterals}' and {@link StringLiterals}' job.
 *
 * <p>By default it yields what CPython's parser sees: no COMMENT or NL tokens; NEWLINE has empty text and sits where the
 * newline is (after a comment it starts at the comment, as CPython's does). INDENT, DEDENT and ENDMARKER carry the
 * positions the {@code tokenize} module shows (CPython's parser gets no column for them: the parser places errors at
 * them itself). {@link #tokenizeMode()} switches to what the {@code tokenize} module sees (COMMENT, NL, no literal
 * checks the module skips); {@link TokenDump} prints it. See docs/tokenizer.md.
 */
public final class Tokenizer {
  private static final int EOF = -1;
  private static final int TAB_SIZE = 8;
  private static final int MAX_INDENT = 100;
  private static final int MAX_LEVEL = 200;
  private static final int MAX_FSTRING_LEVEL = 150;
  private static final int MAX_EXPR_NESTING = 3;

  private final byte[] buf;
  private final String filename;
  private final Warnings warnings;
  /** True when the source did not end with a newline and one was added. */
  private final boolean implicitNewline;
  /** lineStarts[i] is where line i + 1 starts in buf. */
  private final int[] lineStarts;
  private boolean extraTokens;
  /** CPython adds the missing final newline only to exec input: eval and single input end where the text ends. */
  private boolean execInput = true;
  /** CPython's parser reports byte columns (plus one) for compile(bytes) without an encoding declaration. */
  private boolean byteOffsets;

  private int pos;
  private int lineno;
  private int lineStart;
  /** Where the line after the current one starts; reading there enters it (CPython reads lines lazily too). */
  private int nextLineStart;

  private int tokStart;
  private int tokStartLine;
  private int tokStartLineStart;

  private boolean atBol = true;
  private int pendingIndents;
  private final int[] indStack = new int[MAX_INDENT];
  private final int[] altIndStack = new int[MAX_INDENT];
  private int indent;
  private boolean commentNewline;
  /**
   * Where CPython's line buffer starts: it is emptied before reading a line outside any token and any f-string, so
   * inside a multi-line token or f-string it holds every line since. The tokenize module's errors for indentation,
   * continuation and EOF are positioned at its end.
   */
  private int bufferStart;
  /** A token has started (CPython's tok->start is set): reading a new line now keeps the buffer. */
  private boolean inToken;

  private int level;
  private final char[] parenStack = new char[MAX_LEVEL];
  private final int[] parenLine = new int[MAX_LEVEL];
  private final int[] parenCol = new int[MAX_LEVEL];

  private final List<TokenizerMode> modes = new ArrayList<>();

  Tokenizer(byte[] utf8, boolean implicitNewline, String filename, Warnings warnings) {
    this.buf = utf8;
    this.implicitNewline = implicitNewline;
    this.filename = filename;
    this.warnings = warnings;
    this.lineStarts = computeLineStarts(utf8);
  }

  /**
   * Source bytes as a file or {@code compile(bytes)} sees them: a UTF-8 BOM, a PEP 263 coding cookie on line 1 or 2,
   * UTF-8 otherwise; newlines are normalised to {@code \n}. Throws {@link CompileError} for encoding problems and NUL.
   */
  public static Tokenizer ofBytes(byte[] source, String filename, Warnings w) {
    return TokenizerSource.forCompile(source, filename, w);
  }

  /**
   * A source file as {@code python FILE} or {@code import} reads it: like {@link #ofBytes}, but the whole file must
   * decode ("Non-UTF-8 code starting with ..."), and CPython's file-specific messages for NUL and encodings.
   */
  public static Tokenizer ofFile(byte[] source, String filename, Warnings w) {
    return TokenizerSource.forFile(source, filename, w);
  }

  /**
   * A source file's text decoded as CPython's traceback printer decodes it to show its lines (the PEP 263 coding
   * cookie applied; a BOM kept as U+FEFF). Null when it cannot be decoded.
   */
  public static String displayText(byte[] source) { return TokenizerSource.displayText(source); }

  /** Source text as {@code compile(str)} sees it: coding cookies are ignored. */
  public static Tokenizer ofString(String source, String filename, Warnings w) {
    return TokenizerSource.forCompile(source, filename, w);
  }

  /**
   * Switches to what Python's {@code tokenize} module yields: COMMENT and NL tokens too, no checks it skips (number
   * suffixes, identifier validity, unmatched closing brackets). Call before the first {@link #next()}.
   */
  public Tokenizer tokenizeMode() {
    extraTokens = true;
    return this;
  }

  public boolean isTokenizeMode() { return extraTokens; }

  /** Tells the tokenizer which of compile()'s modes it reads for. Call before the first {@link #next()}. */
  void setMode(Mode mode) { execInput = mode == Mode.EXEC; }

  public String filename() { return filename; }

  /** Where this source's SyntaxWarnings go. */
  public Warnings warnings() { return warnings; }

  /**
   * CPython's UTF-8 error for a STRING token's body, or null when it is valid. A raw literal, or one without a
   * backslash, is decoded whole (positions count from the body's start); a literal with escapes is decoded run by run
   * of non-ASCII bytes, so positions count from the run — as CPython's two decoding paths report them.
   */
  String invalidUtf8In(Token token, boolean raw) {
    int from = lineStarts[token.lineno() - 1] + token.colOffset();
    int to = lineStarts[token.endLineno() - 1] + token.endColOffset();
    int p = from;
    while (p < to && buf[p] != '\'' && buf[p] != '"') p++;
    int quoteSize = to - p >= 6 && buf[p + 1] == buf[p] && buf[p + 2] == buf[p] ? 3 : 1;
    int bodyStart = p + quoteSize, bodyEnd = to - quoteSize;
    if (raw || !containsBackslash(bodyStart, bodyEnd)) return TokenizerSource.utf8Error(buf, bodyStart, bodyEnd);
    for (int i = bodyStart; i < bodyEnd; ) {
      if ((buf[i] & 0x80) == 0) {
        i++;
        continue;
      }
      int run = i;
      while (i < bodyEnd && (buf[i] & 0x80) != 0) i++;
      String error = TokenizerSource.utf8Error(buf, run, i);
      if (error != null) return error;
    }
    return null;
  }

  private boolean containsBackslash(int from, int to) {
    for (int i = from; i < to; i++) if (buf[i] == '\\') return true;
    return false;
  }

  /** True when the last line had no newline and the tokenizer supplied one (the final NEWLINE/NL has no text). */
  public boolean hasImplicitNewline() { return implicitNewline; }

  /** The number of lines in the (newline-terminated) source. */
  public int lineCount() { return lineStarts.length; }

  /** Line {@code lineno} (1-based) with its newline, as CPython's {@code SyntaxError.text} shows it; "" past the end. */
  public String sourceLine(int lineno) {
    if (lineno < 1 || lineno > lineStarts.length) return "";
    int start = lineStarts[lineno - 1];
    int end = lineno < lineStarts.length ? lineStarts[lineno] : buf.length;
    return new String(buf, start, end - start, StandardCharsets.UTF_8);
  }

  /**
   * The 1-based offset CPython's parser reports for UTF-8 byte column {@code byteCol} of line {@code lineno}: in
   * characters, except for {@code compile(bytes)} without a coding cookie or BOM, where CPython keeps bytes.
   */
  public int charOffset(int lineno, int byteCol) {
    return byteOffsets ? byteCol + 1 : charColumn(lineno, byteCol) + 1;
  }

  void useByteOffsets() { byteOffsets = true; }

  /** The 0-based character column of UTF-8 byte column {@code byteCol} of line {@code lineno}. */
  public int charColumn(int lineno, int byteCol) {
    if (lineno < 1 || lineno > lineStarts.length) return byteCol;
    int start = lineStarts[lineno - 1];
    int lineEnd = lineno < lineStarts.length ? lineStarts[lineno] : buf.length;
    if (!isValidUtf8(buf, start, lineEnd)) return replacedLineColumn(start, lineEnd, byteCol);
    int end = Math.min(buf.length, start + Math.max(0, byteCol));
    return codePointCount(buf, start, end);
  }

  /**
   * The column CPython reports on a line holding invalid UTF-8: it decodes the line with replacement characters,
   * re-encodes that text, and counts the whole characters in the first {@code byteCol} bytes of the re-encoding (each
   * U+FFFD is three bytes there, so the count differs from the original bytes'; one cut in half is not counted).
   */
  private int replacedLineColumn(int start, int lineEnd, int byteCol) {
    byte[] reencoded = new String(buf, start, lineEnd - start, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    int n = Math.min(Math.max(0, byteCol), reencoded.length);
    int chars = 0;
    for (int i = 0; i < n; i++) {
      int b = reencoded[i] & 0xff;
      if (b < 0x80 || b >= 0xc0) {
        int length = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
        if (i + length <= n) chars++;
      }
    }
    return chars;
  }

  private static boolean isValidUtf8(byte[] b, int from, int to) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b, from, to - from));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /** The source text between two token positions (lines 1-based, byte columns): e.g. an f-string's {@code =} text. */
  public String sourceText(int lineno, int byteCol, int endLineno, int endByteCol) {
    int from = lineStarts[lineno - 1] + byteCol;
    int to = lineStarts[endLineno - 1] + endByteCol;
    return new String(buf, from, to - from, StandardCharsets.UTF_8);
  }

  /**
   * A SyntaxError (or subclass) at token positions (byte columns), with 1-based character offsets and the line's text,
   * as the parser raises one. An end column of -1 stays -1 (CPython's "no end").
   */
  public CompileError syntaxError(CompileError.Kind kind, String msg, int lineno, int byteCol, int endLineno,
                                  int endByteCol) {
    int offset = charOffset(lineno, byteCol);
    int endOffset = endByteCol < 0 ? endByteCol : charOffset(endLineno, endByteCol);
    return new CompileError(kind, msg, filename, lineno, offset, endLineno, endOffset, sourceLine(lineno));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Reading

  private int nextc() {
    if ((pos >= buf.length || pos == nextLineStart) && !inToken && modes.isEmpty()) bufferStart = pos;
    if (pos >= buf.length) return EOF;
    if (pos == nextLineStart) enterLine();
    return buf[pos++] & 0xff;
  }

  private void enterLine() {
    lineno++;
    lineStart = pos;
    int i = pos;
    while (i < buf.length && buf[i] != '\n') i++;
    nextLineStart = i < buf.length ? i + 1 : buf.length + 1;
  }

  private void backup(int c) {
    if (c != EOF) pos--;
  }

  private int peek() {
    int c = nextc();
    backup(c);
    return c;
  }

  private void markStart(int at) {
    tokStart = at;
    tokStartLine = lineno;
    tokStartLineStart = lineStart;
  }

  private Token make(TokenKind kind) {
    return make(kind, tokStart, pos);
  }

  private Token make(TokenKind kind, int from, int to) {
    String text = new String(buf, from, to - from, StandardCharsets.UTF_8);
    return new Token(kind, text, tokStartLine, from - tokStartLineStart, lineno, to - lineStart);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Errors

  /** A SyntaxError at the read position: CPython's tokenizer reports offset = characters up to it, text without \n. */
  private CompileError errorHere(String msg) {
    int col = codePointCount(buf, lineStart, pos);
    return errorAt(CompileError.Kind.SyntaxError, msg, col, col);
  }

  private CompileError errorAt(CompileError.Kind kind, String msg, int offset, int endOffset) {
    int end = lineStart;
    while (end < buf.length && buf[end] != '\n') end++;
    String text = new String(buf, lineStart, end - lineStart, StandardCharsets.UTF_8);
    return new CompileError(kind, msg, filename, lineno, offset, lineno, endOffset, text);
  }

  private CompileError lineError(CompileError.Kind kind, String msg, int offset, int endOffset) {
    return new CompileError(kind, msg, filename, lineno, offset, lineno, endOffset, sourceLine(lineno));
  }

  private void warn(String msg, int offset) {
    warnings.warn("SyntaxWarning", msg, filename, lineno, offset, lineno, offset);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Tokens

  /** The next token; ENDMARKER forever at the end. Throws {@link CompileError} as CPython's tokenizer raises. */
  public Token next() {
    TokenizerMode mode = modes.isEmpty() ? null : modes.get(modes.size() - 1);
    if (mode != null && !mode.inExpression) return fstringToken(mode);
    return normalToken(mode);
  }

  private Token normalToken(TokenizerMode mode) {
    boolean blankline;
    int c;
    while (true) {
      blankline = false;
      inToken = false;
      if (atBol) {
        atBol = false;
        int col = 0, altcol = 0, contLineCol = 0;
        while (true) {
          c = nextc();
          if (c == ' ') {
            col++;
            altcol++;
          } else if (c == '\t') {
            col = (col / TAB_SIZE + 1) * TAB_SIZE;
            altcol = altcol + 1;
          } else if (c == '\f') {
            col = altcol = 0;
          } else if (c == '\\') {
            contLineCol = contLineCol != 0 ? contLineCol : col;
            c = continuationLine();
          } else {
            break;
          }
        }
        backup(c);
        if (c == '#' || c == '\n' || c == '\r') blankline = true;
        if (!blankline && level == 0) {
          if (contLineCol != 0) col = altcol = contLineCol;
          indentation(col, altcol);
        }
      }
      markStart(pos);
      if (pendingIndents != 0) {
        if (pendingIndents < 0) {
          pendingIndents++;
          if (pos >= buf.length) return trailing(TokenKind.DEDENT);
          return make(TokenKind.DEDENT, pos, pos);
        }
        pendingIndents--;
        return make(TokenKind.INDENT, lineStart, pos);
      }
      // "again": tokens after whitespace or a backslash continuation
      while (true) {
        inToken = false;
        do {
          c = nextc();
        } while (c == ' ' || c == '\t' || c == '\f');
        markStart(c == EOF ? pos : pos - 1);
        inToken = true;
        if (c == '#') {
          while (c != EOF && c != '\n' && c != '\r') c = nextc();
          if (extraTokens) {
            backup(c);
            commentNewline = blankline;
            return make(TokenKind.COMMENT);
          }
          // the parser's NEWLINE after a comment starts at the comment, as CPython's does
        }
        if (c == EOF) return endOfInput();
        if (isPotentialIdentifierStart(c)) return nameOrPrefixedString(c, mode);
        // a carriage return is skipped here, whatever follows (CPython's order of checks)
        if (c == '\r') c = nextc();
        if (c == '\\') {
          continuationLine();
          continue;
        }
        break;
      }
      if (c == '\n') {
        atBol = true;
        if (blankline || level > 0) {
          if (extraTokens) {
            commentNewline = false;
            return make(TokenKind.NL);
          }
          continue;
        }
        if (commentNewline && extraTokens) {
          commentNewline = false;
          return make(TokenKind.NL);
        }
        return make(TokenKind.NEWLINE, tokStart, pos - 1);
      }
      return operatorNumberOrString(c, mode);
    }
  }

  private Token endOfInput() {
    if (level > 0) {
      if (extraTokens) {
        throw lineError(CompileError.Kind.SyntaxError, "unexpected EOF in multi-line statement", bufferChars(), 0);
      }
      throw neverClosed();
    }
    return trailing(TokenKind.ENDMARKER);
  }

  private CompileError neverClosed() {
    int i = level - 1;
    int line = parenLine[i];
    String text = sourceLine(line);
    int offset = charOffset(line, parenCol[i]);
    return new CompileError(CompileError.Kind.SyntaxError, "'" + parenStack[i] + "' was never closed", filename, line,
        offset, line, 0, text);
  }

  /** DEDENT and ENDMARKER at the end of input sit at the start of the line after the last one (tokenize's places). */
  private Token trailing(TokenKind kind) {
    return new Token(kind, "", lineno + 1, 0, lineno + 1, 0);
  }

  private void indentation(int col, int altcol) {
    if (col == indStack[indent]) {
      if (altcol != altIndStack[indent]) throw tabError();
    } else if (col > indStack[indent]) {
      if (indent + 1 >= MAX_INDENT) {
        // CPython reports it at offset 1 with end offset 0 (so no caret is drawn), in both its tokenizer's modes
        throw lineError(CompileError.Kind.IndentationError, "too many levels of indentation", 1, 0);
      }
      if (altcol <= altIndStack[indent]) throw tabError();
      pendingIndents++;
      indent++;
      indStack[indent] = col;
      altIndStack[indent] = altcol;
    } else {
      while (indent > 0 && col < indStack[indent]) {
        pendingIndents--;
        indent--;
      }
      if (col != indStack[indent]) {
        throw lineError(CompileError.Kind.IndentationError, "unindent does not match any outer indentation level",
            extraTokens ? fullLineChars() : lineLength() + 1, -1);
      }
      if (altcol != altIndStack[indent]) throw tabError();
    }
  }

  /** Characters in the current line before its newline. */
  private int lineLength() {
    int end = lineStart;
    while (end < buf.length && buf[end] != '\n' && buf[end] != '\r') end++;
    return codePointCount(buf, lineStart, end);
  }

  private CompileError tabError() {
    String msg = "inconsistent use of tabs and spaces in indentation";
    if (extraTokens) return lineError(CompileError.Kind.TabError, msg, fullLineChars(), 0);
    return lineError(CompileError.Kind.TabError, msg, 1, 0);
  }

  /** The tokenize module reports the errors found while reading lines at the end of CPython's line buffer. */
  private int fullLineChars() {
    return codePointCount(buf, Math.min(bufferStart, lineStart), Math.min(nextLineStart, buf.length));
  }

  /** Characters in CPython's line buffer at the end of input. */
  private int bufferChars() {
    return codePointCount(buf, Math.min(bufferStart, buf.length), buf.length);
  }

  /**
   * After a backslash: the newline must follow. Returns the first character of the next line (left unread).
   */
  private int continuationLine() {
    int c = nextc();
    if (c == '\r') c = nextc();
    if (c == '\n' && implicitNewline && !execInput && pos == buf.length && !extraTokens) {
      // the backslash ends eval or single input: CPython finds no newline after it
      throw lineError(CompileError.Kind.SyntaxError, "unexpected character after line continuation character",
          pos - lineStart - 1, 0);
    }
    if (c != '\n') {
      int col = extraTokens ? fullLineChars() : pos - lineStart;
      throw lineError(CompileError.Kind.SyntaxError, "unexpected character after line continuation character", col,
          0);
    }
    c = nextc();
    if (c == EOF) {
      if (extraTokens) {
        throw lineError(CompileError.Kind.SyntaxError, "unexpected EOF in multi-line statement", bufferChars(), 0);
      }
      // inside brackets, CPython's parser turns the tokenizer's EOF error into the unclosed-bracket one
      if (level > 0) throw neverClosed();
      int col = charColumn(lineno, pos - lineStart - 1) + 1;
      throw lineError(CompileError.Kind.SyntaxError, "unexpected EOF while parsing", col, -1);
    }
    backup(c);
    return c;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Names and prefixed strings

  private static boolean isPotentialIdentifierStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
  }

  private static boolean isPotentialIdentifierChar(int c) {
    return isPotentialIdentifierStart(c) || (c >= '0' && c <= '9');
  }

  private Token nameOrPrefixedString(int c, TokenizerMode mode) {
    boolean sawB = false, sawR = false, sawU = false, sawF = false;
    while (true) {
      if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
      else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
      else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
      else break;
      c = nextc();
      if (c == '"' || c == '\'') {
        return sawF ? fstringStart(c) : string(c, mode);
      }
    }
    boolean nonAscii = false;
    while (isPotentialIdentifierChar(c)) {
      if (c >= 128) nonAscii = true;
      c = nextc();
    }
    backup(c);
    if (nonAscii && !extraTokens) verifyIdentifier();
    return make(TokenKind.NAME);
  }

  private void verifyIdentifier() {
    String name = Identifiers.decodeOrNull(buf, tokStart, pos);
    if (name == null) throw TokenizerSource.invalidUtf8(this, buf, tokStart, pos, lineno, tokStart - lineStart);
    int invalid = Identifiers.firstInvalid(name);
    if (invalid < 0) return;
    int cp = name.codePointAt(invalid);
    pos = tokStart + name.substring(0, invalid + Character.charCount(cp)).getBytes(StandardCharsets.UTF_8).length;
    throw errorHere(Identifiers.invalidCharacterMessage(cp));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Strings

  private Token string(int quote, TokenizerMode mode) {
    int firstLine = lineno;
    int firstLineStart = lineStart;
    int quoteSize = 1;
    int endQuoteSize = 0;
    int c = nextc();
    if (c == quote) {
      c = nextc();
      if (c == quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c != quote) backup(c);
    while (endQuoteSize != quoteSize) {
      c = nextc();
      if (c == EOF || (quoteSize == 1 && c == '\n')) {
        int detectedAt = lineno;
        pos = tokStart + 1;
        lineStart = firstLineStart;
        lineno = firstLine;
        if (mode != null && mode.quote == quote && mode.quoteSize == quoteSize) {
          throw errorHere("f-string: expecting '}'");
        }
        if (quoteSize == 3) {
          throw errorHere("unterminated triple-quoted string literal (detected at line " + detectedAt + ")");
        }
        throw errorHere("unterminated string literal (detected at line " + detectedAt + ")");
      }
      if (c == quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c == '\\') {
          c = nextc();
          if (c == '\r') nextc();
        }
      }
    }
    return make(TokenKind.STRING);
  }

  private Token fstringStart(int quote) {
    int quoteSize = 1;
    int afterQuote = nextc();
    if (afterQuote == quote) {
      int afterAfter = nextc();
      if (afterAfter == quote) {
        quoteSize = 3;
      } else {
        backup(afterAfter);
        backup(afterQuote);
      }
    }
    if (afterQuote != quote) backup(afterQuote);
    if (modes.size() + 1 >= MAX_FSTRING_LEVEL) throw errorHere("too many nested f-strings");
    boolean raw = false;
    for (int i = tokStart; i < pos; i++) raw |= buf[i] == 'r' || buf[i] == 'R';
    modes.add(new TokenizerMode(quote, quoteSize, raw, tokStart, lineStart, lineno));
    return make(TokenKind.FSTRING_START);
  }

  /** Inside an f-string's literal part: FSTRING_MIDDLE up to a replacement field or the closing quote, or FSTRING_END. */
  private Token fstringToken(TokenizerMode mode) {
    markStart(pos);
    inToken = true;
    int startChar = nextc();
    if (startChar == '{') {
      int peek1 = nextc();
      backup(peek1);
      backup(startChar);
      if (peek1 != '{') {
        enterExpression(mode);
        return normalToken(mode);
      }
    } else {
      backup(startChar);
    }
    boolean atEnd = true;
    for (int i = 0; i < mode.quoteSize; i++) {
      int q = nextc();
      if (q != mode.quote) {
        backup(q);
        atEnd = false;
        break;
      }
    }
    if (atEnd) {
      modes.remove(modes.size() - 1);
      return make(TokenKind.FSTRING_END);
    }
    boolean unicodeEscape = false;
    int endQuoteSize = 0;
    while (endQuoteSize != mode.quoteSize) {
      int c = nextc();
      boolean inFormatSpec = mode.lastExprEnded && mode.exprStartDepth >= 0;
      if (c == EOF || (mode.quoteSize == 1 && c == '\n')) {
        if (inFormatSpec && c == '\n') {
          backup(c);
          mode.inExpression = true;
          return make(TokenKind.FSTRING_MIDDLE);
        }
        int detectedAt = lineno;
        pos = mode.startPos + 1;
        lineStart = mode.startLineStart;
        lineno = mode.startLine;
        if (mode.quoteSize == 3) {
          throw errorHere("unterminated triple-quoted f-string literal (detected at line " + detectedAt + ")");
        }
        throw errorHere("unterminated f-string literal (detected at line " + detectedAt + ")");
      }
      if (c == mode.quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c == '{') {
        int peek = nextc();
        if (peek != '{' || inFormatSpec) {
          backup(peek);
          backup(c);
          enterExpression(mode);
          return make(TokenKind.FSTRING_MIDDLE);
        }
        return make(TokenKind.FSTRING_MIDDLE, tokStart, pos - 1);
      } else if (c == '}') {
        if (unicodeEscape) return make(TokenKind.FSTRING_MIDDLE);
        int peek = nextc();
        if (peek == '}' && !inFormatSpec) return make(TokenKind.FSTRING_MIDDLE, tokStart, pos - 1);
        backup(peek);
        backup(c);
        mode.inExpression = true;
        return make(TokenKind.FSTRING_MIDDLE);
      } else if (c == '\\') {
        int peek = nextc();
        if (peek == '\r') peek = nextc();
        if (peek == '{' || peek == '}') {
          if (!mode.raw && !extraTokens) warnInvalidEscape(peek);
          backup(peek);
          continue;
        }
        if (!mode.raw && peek == 'N') {
          peek = nextc();
          if (peek == '{') unicodeEscape = true;
          else backup(peek);
        }
      }
    }
    for (int i = 0; i < mode.quoteSize; i++) pos--;
    return make(TokenKind.FSTRING_MIDDLE);
  }

  private void enterExpression(TokenizerMode mode) {
    mode.exprStartDepth++;
    if (mode.exprStartDepth >= MAX_EXPR_NESTING) throw errorHere("f-string: expressions nested too deeply");
    mode.inExpression = true;
  }

  private void warnInvalidEscape(int c) {
    // CPython points the warning at the line only; the error a filter makes of it points at the backslash
    warn("invalid escape sequence '\\" + (char) c + "'", codePointCount(buf, lineStart, pos));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Numbers, operators, plain strings

  private Token operatorNumberOrString(int c, TokenizerMode mode) {
    if (c == '.') {
      c = nextc();
      if (isDigit(c)) return fraction(c);
      if (c == '.') {
        c = nextc();
        if (c == '.') return make(TokenKind.ELLIPSIS);
        backup(c);
        backup('.');
      } else {
        backup(c);
      }
      return make(TokenKind.DOT);
    }
    if (isDigit(c)) return number(c);
    if (c == '\'' || c == '"') return string(c, mode);

    if (mode != null && mode.exprStartDepth >= 0 && (c == ':' || c == '}' || c == '!' || c == '{')) {
      int cursor = mode.curlyDepth - (c != '{' ? 1 : 0);
      if (cursor == 0) {
        if (c == '{') mode.lastExprEnded = false;
        else mode.lastExprEnded = true;
      }
      if (c == ':' && cursor == mode.exprStartDepth) {
        mode.inExpression = false;
        return make(TokenKind.COLON);
      }
    }

    int c2 = nextc();
    TokenKind two = twoChars(c, c2);
    if (two != null) {
      int c3 = nextc();
      TokenKind three = threeChars(c, c2, c3);
      if (three != null) return make(three);
      backup(c3);
      return make(two);
    }
    backup(c2);

    switch (c) {
      case '(', '[', '{' -> {
        if (level >= MAX_LEVEL) throw errorHere("too many nested parentheses");
        parenStack[level] = (char) c;
        parenLine[level] = lineno;
        parenCol[level] = tokStart - lineStart;
        level++;
        if (mode != null) mode.curlyDepth++;
      }
      case ')', ']', '}' -> {
        if (mode != null && mode.curlyDepth == 0 && c == '}') throw errorHere("f-string: single '}' is not allowed");
        if (!extraTokens && level == 0) throw errorHere("unmatched '" + (char) c + "'");
        if (level > 0) {
          level--;
          char opening = parenStack[level];
          if (!extraTokens && !matches(opening, c)) {
            if (mode != null && opening == '{' && mode.curlyDepth - 1 == mode.exprStartDepth) {
              throw errorHere("f-string: unmatched '" + (char) c + "'");
            }
            String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + opening + "'";
            if (parenLine[level] != lineno) msg += " on line " + parenLine[level];
            throw errorHere(msg);
          }
        }
        if (mode != null) {
          mode.curlyDepth--;
          if (c == '}' && mode.curlyDepth == mode.exprStartDepth) {
            mode.exprStartDepth--;
            mode.inExpression = false;
          }
        }
      }
      default -> { }
    }
    // printable ASCII without the Unicode tables (loading them was ~3% of every start: `-c` text, a .pth line)
    if (!(c >= 0x20 && c < 0x7f) && !Unicode.isPrintable(c)) throw errorHere(String.format("invalid non-printable character U+%04X", c));
    return make(oneChar(c));
  }

  private static boolean matches(char opening, int closing) {
    return (opening == '(' && closing == ')') || (opening == '[' && closing == ']') || (opening == '{' && closing == '}');
  }

  private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

  private static boolean isHexDigit(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private Token number(int c) {
    if (c == '0') {
      c = nextc();
      if (c == 'x' || c == 'X') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (!isHexDigit(c)) {
            backup(c);
            throw errorHere("invalid hexadecimal literal");
          }
          do c = nextc(); while (isHexDigit(c));
        } while (c == '_');
        verifyEndOfNumber(c, "hexadecimal");
      } else if (c == 'o' || c == 'O') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (c < '0' || c >= '8') {
            if (isDigit(c)) throw errorHere("invalid digit '" + (char) c + "' in octal literal");
            backup(c);
            throw errorHere("invalid octal literal");
          }
          do c = nextc(); while ('0' <= c && c < '8');
        } while (c == '_');
        if (isDigit(c)) throw errorHere("invalid digit '" + (char) c + "' in octal literal");
        verifyEndOfNumber(c, "octal");
      } else if (c == 'b' || c == 'B') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (c != '0' && c != '1') {
            if (isDigit(c)) throw errorHere("invalid digit '" + (char) c + "' in binary literal");
            backup(c);
            throw errorHere("invalid binary literal");
          }
          do c = nextc(); while (c == '0' || c == '1');
        } while (c == '_');
        if (isDigit(c)) throw errorHere("invalid digit '" + (char) c + "' in binary literal");
        verifyEndOfNumber(c, "binary");
      } else {
        boolean nonzero = false;
        while (true) {
          if (c == '_') {
            c = nextc();
            if (!isDigit(c)) {
              backup(c);
              throw errorHere("invalid decimal literal");
            }
          }
          if (c != '0') break;
          c = nextc();
        }
        int zerosEnd = pos;
        if (isDigit(c)) {
          nonzero = true;
          c = decimalTail();
        }
        if (c == '.') return fraction(nextc());
        if (c == 'e' || c == 'E') return exponent(c);
        if (c == 'j' || c == 'J') return imaginary();
        if (nonzero && !extraTokens) {
          backup(c);
          int from = tokStart + 1 - lineStart, to = zerosEnd - lineStart;
          throw errorAt(CompileError.Kind.SyntaxError, "leading zeros in decimal integer literals are not permitted; "
              + "use an 0o prefix for octal integers", from, to);
        }
        verifyEndOfNumber(c, "decimal");
      }
      backup(c);
      return make(TokenKind.NUMBER);
    }
    c = decimalTail();
    if (c == '.') return fraction(nextc());
    if (c == 'e' || c == 'E') return exponent(c);
    if (c == 'j' || c == 'J') return imaginary();
    verifyEndOfNumber(c, "decimal");
    backup(c);
    return make(TokenKind.NUMBER);
  }

  /** After the point: c is the character following it. */
  private Token fraction(int c) {
    if (isDigit(c)) c = decimalTail();
    if (c == 'e' || c == 'E') return exponent(c);
    if (c == 'j' || c == 'J') return imaginary();
    verifyEndOfNumber(c, "decimal");
    backup(c);
    return make(TokenKind.NUMBER);
  }

  private Token exponent(int e) {
    int c = nextc();
    if (c == '+' || c == '-') {
      c = nextc();
      if (!isDigit(c)) {
        backup(c);
        throw errorHere("invalid decimal literal");
      }
    } else if (!isDigit(c)) {
      backup(c);
      verifyEndOfNumber(e, "decimal");
      backup(e);
      return make(TokenKind.NUMBER);
    }
    c = decimalTail();
    if (c == 'j' || c == 'J') return imaginary();
    verifyEndOfNumber(c, "decimal");
    backup(c);
    return make(TokenKind.NUMBER);
  }

  private Token imaginary() {
    int c = nextc();
    verifyEndOfNumber(c, "imaginary");
    backup(c);
    return make(TokenKind.NUMBER);
  }

  /** Digits with single underscores between them; returns the first character after them. */
  private int decimalTail() {
    int c;
    while (true) {
      do c = nextc(); while (isDigit(c));
      if (c != '_') return c;
      c = nextc();
      if (!isDigit(c)) {
        backup(c);
        throw errorHere("invalid decimal literal");
      }
    }
  }

  /**
   * A number directly followed by a letter: a SyntaxWarning before the keywords that can follow a number in valid code
   * ({@code 1if x else 2}), else "invalid ... literal". The tokenize module checks none of it.
   */
  private void verifyEndOfNumber(int c, String kind) {
    if (extraTokens) return;
    boolean keyword = switch (c) {
      case 'a' -> lookahead("nd");
      case 'e' -> lookahead("lse");
      case 'f' -> lookahead("or");
      case 'i' -> {
        int c2 = nextc();
        backup(c2);
        yield c2 == 'f' || c2 == 'n' || c2 == 's';
      }
      case 'o' -> lookahead("r");
      case 'n' -> lookahead("ot");
      default -> false;
    };
    if (keyword) {
      backup(c);
      warn("invalid " + kind + " literal", codePointCount(buf, lineStart, pos));
      nextc();
    } else if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
      backup(c);
      throw errorHere("invalid " + kind + " literal");
    }
  }

  /** True when {@code rest} follows and is not itself followed by an identifier character; reads nothing. */
  private boolean lookahead(String rest) {
    int start = pos;
    boolean ok = true;
    for (int i = 0; i < rest.length() && ok; i++) ok = nextc() == rest.charAt(i);
    if (ok) ok = !isPotentialIdentifierChar(peek());
    pos = start;
    return ok;
  }

  private static TokenKind oneChar(int c) {
    return switch (c) {
      case '!' -> TokenKind.EXCLAMATION;
      case '%' -> TokenKind.PERCENT;
      case '&' -> TokenKind.AMPER;
      case '(' -> TokenKind.LPAR;
      case ')' -> TokenKind.RPAR;
      case '*' -> TokenKind.STAR;
      case '+' -> TokenKind.PLUS;
      case ',' -> TokenKind.COMMA;
      case '-' -> TokenKind.MINUS;
      case '.' -> TokenKind.DOT;
      case '/' -> TokenKind.SLASH;
      case ':' -> TokenKind.COLON;
      case ';' -> TokenKind.SEMI;
      case '<' -> TokenKind.LESS;
      case '=' -> TokenKind.EQUAL;
      case '>' -> TokenKind.GREATER;
      case '@' -> TokenKind.AT;
      case '[' -> TokenKind.LSQB;
      case ']' -> TokenKind.RSQB;
      case '^' -> TokenKind.CIRCUMFLEX;
      case '{' -> TokenKind.LBRACE;
      case '|' -> TokenKind.VBAR;
      case '}' -> TokenKind.RBRACE;
      case '~' -> TokenKind.TILDE;
      default -> TokenKind.ERRORTOKEN;
    };
  }

  private static TokenKind twoChars(int c1, int c2) {
    return switch (c1) {
      case '!' -> c2 == '=' ? TokenKind.NOTEQUAL : null;
      case '%' -> c2 == '=' ? TokenKind.PERCENTEQUAL : null;
      case '&' -> c2 == '=' ? TokenKind.AMPEREQUAL : null;
      case '*' -> c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
      case '+' -> c2 == '=' ? TokenKind.PLUSEQUAL : null;
      case '-' -> c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : null;
      case '/' -> c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
      case ':' -> c2 == '=' ? TokenKind.COLONEQUAL : null;
      case '<' -> c2 == '<' ? TokenKind.LEFTSHIFT : c2 == '=' ? TokenKind.LESSEQUAL
          : c2 == '>' ? TokenKind.NOTEQUAL : null;
      case '=' -> c2 == '=' ? TokenKind.EQEQUAL : null;
      case '>' -> c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT : null;
      case '@' -> c2 == '=' ? TokenKind.ATEQUAL : null;
      case '^' -> c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
      case '|' -> c2 == '=' ? TokenKind.VBAREQUAL : null;
      default -> null;
    };
  }

  private static TokenKind threeChars(int c1, int c2, int c3) {
    if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) return null;
    if (c1 == '*' && c2 == '*') return TokenKind.DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/') return TokenKind.DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<') return TokenKind.LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>') return TokenKind.RIGHTSHIFTEQUAL;
    return null;
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static int[] computeLineStarts(byte[] b) {
    int n = 1;
    for (int i = 0; i < b.length - 1; i++) if (b[i] == '\n') n++;
    int[] starts = new int[n];
    int k = 1;
    for (int i = 0; i < b.length - 1 && k < n; i++) if (b[i] == '\n') starts[k++] = i + 1;
    return starts;
  }

  /** Code points in buf[from, to) counting each UTF-8 lead byte (and each stray byte, as "replace" decoding would). */
  static int codePointCount(byte[] b, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) if ((b[i] & 0xc0) != 0x80) n++;
    return n;
  }
}
