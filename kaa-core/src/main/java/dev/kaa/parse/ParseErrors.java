package dev.kaa.parse;

import dev.kaa.ast.Located;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Builds the parser's {@link CompileError}s. Tokens and nodes carry UTF-8 byte columns; a SyntaxError's offsets are
 * 1-based code point offsets into the line's text, so the conversion needs the source lines.
 */
final class ParseErrors {
  private final String filename;
  private final IntFunction<String> lines;

  /** {@code lines} gives line N's text (1-based, with its newline) or null past the end. */
  ParseErrors(IntFunction<String> lines, String filename) {
    this.lines = lines;
    this.filename = filename;
  }

  String line(int lineno) { return lines.apply(lineno); }

  /** The source text between two (line, byte column) positions. */
  String between(int line, int col, int endLine, int endCol) {
    if (line == endLine) return bytePrefixSlice(line, col, endCol);
    StringBuilder sb = new StringBuilder(bytePrefixSlice(line, col, -1));
    for (int l = line + 1; l < endLine; l++) sb.append(line(l));
    sb.append(bytePrefixSlice(endLine, 0, endCol));
    return sb.toString();
  }

  private String bytePrefixSlice(int lineno, int fromByte, int toByte) {
    String text = line(lineno);
    if (text == null) return "";
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int to = toByte < 0 ? b.length : Math.min(toByte, b.length);
    int from = Math.min(fromByte, to);
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  /** 1-based code point offset of a byte column of a line. */
  int charOffset(int lineno, int byteCol) {
    String text = line(lineno);
    if (text == null) return byteCol + 1;
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int n = Math.min(byteCol, b.length);
    String prefix = new String(b, 0, n, StandardCharsets.UTF_8);
    return prefix.codePointCount(0, prefix.length()) + 1 + Math.max(0, byteCol - b.length);
  }

  CompileError at(CompileError.Kind kind, String msg, int line, int col, int endLine, int endCol) {
    String text = line(line);
    int offset = charOffset(line, col);
    int endOffset = endLine == line || endLine <= 0 ? charOffset(line, endCol) : charOffset(endLine, endCol);
    return new CompileError(kind, msg, filename, line, offset, endLine, endOffset, text);
  }

  /** An error with CPython's raw offsets (1-based characters; 0 for "none"), for the few rules that compute them. */
  CompileError syntaxAtOffsets(String msg, int line, int offset, int endLine, int endOffset) {
    return new CompileError(CompileError.Kind.SyntaxError, msg, filename, line, offset, endLine, endOffset, line(line));
  }

  CompileError syntax(String msg, int line, int col, int endLine, int endCol) {
    return at(CompileError.Kind.SyntaxError, msg, line, col, endLine, endCol);
  }

  CompileError syntax(String msg, Token t) {
    if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT) return atIndentation(CompileError.Kind.SyntaxError, msg, t);
    if (t.kind() == TokenKind.ENDMARKER) return atEnd(CompileError.Kind.SyntaxError, msg, t);
    return syntax(msg, t.lineno(), t.colOffset(), t.endLineno(), endColOf(t));
  }

  /**
   * CPython's parser sees a NEWLINE token as ending after the newline character (the tokenizer's token ends before
   * it: empty, or the comment before it), so error ranges ending on it include the newline.
   */
  int endColOf(Token t) {
    if (t.kind() != TokenKind.NEWLINE) return t.endColOffset();
    String text = line(t.lineno());
    return text != null && t.endColOffset() < text.getBytes(StandardCharsets.UTF_8).length ? t.endColOffset() + 1
        : t.endColOffset();
  }

  /**
   * The generic "invalid syntax" at the end of the source: CPython's ENDMARKER is on the last line, with no columns.
   */
  CompileError invalidSyntaxAtEnd(Token t) {
    int lineno = t.colOffset() == 0 && t.lineno() > 1 ? t.lineno() - 1 : t.lineno();
    return new CompileError(CompileError.Kind.SyntaxError, "invalid syntax", filename, lineno, 0, lineno, 0,
        line(lineno));
  }

  /**
   * At the end of the source CPython's tokenizer stands after the last line: an error there is placed on that line, at
   * its length, with no end.
   */
  private CompileError atEnd(CompileError.Kind kind, String msg, Token t) {
    int lineno = t.colOffset() == 0 && t.lineno() > 1 ? t.lineno() - 1 : t.lineno();
    String text = line(lineno);
    int offset = text == null ? 0 : text.codePointCount(0, text.length());
    return new CompileError(kind, msg, filename, lineno, offset, lineno, -1, text);
  }

  /**
   * INDENT and DEDENT tokens have no position in CPython's parser: an error there is placed where the tokenizer
   * stands (the end of the indentation, as a 0-based offset) with no end.
   */
  private CompileError atIndentation(CompileError.Kind kind, String msg, Token t) {
    String text = line(t.lineno());
    if (text == null || text.isEmpty()) return atEnd(kind, msg, t);
    return new CompileError(kind, msg, filename, t.lineno(), charOffset(t.lineno(), t.endColOffset()) - 1,
        t.lineno(), -1, line(t.lineno()));
  }

  CompileError syntax(String msg, Token from, Token to) {
    return syntax(msg, from.lineno(), from.colOffset(), to.endLineno(), endColOf(to));
  }

  CompileError syntax(String msg, Located n) {
    return syntax(msg, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
  }

  CompileError syntax(String msg, Located from, Located to) {
    return syntax(msg, from.lineno(), from.colOffset(), to.endLineno(), to.endColOffset());
  }

  CompileError indentation(String msg, Token t) {
    if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT) {
      return atIndentation(CompileError.Kind.IndentationError, msg, t);
    }
    if (t.kind() == TokenKind.ENDMARKER) return atEnd(CompileError.Kind.IndentationError, msg, t);
    return at(CompileError.Kind.IndentationError, msg, t.lineno(), t.colOffset(), t.endLineno(), endColOf(t));
  }
}
