package dev.kaa.parse;

import dev.kaa.text.StrRepr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a file's tokens exactly as {@code python3.12 -m tokenize -e FILE} does, so any file can be diffed against
 * CPython: an ENCODING line, then one line per token with its range in characters (not bytes), its exact type name and
 * the repr of its text. The tokenize module's view differs from the parser's in a few ways applied here: NEWLINE shows
 * its newline (and ends one column later), the newline the tokenizer supplied after an unterminated last line shows as
 * '', operators it does not know are OP. Like the module, it prints nothing but the error when tokenizing fails.
 */
public final class TokenDump {
  private TokenDump() {}

  /** Tokenizes {@code source} (a file's bytes) and writes the dump or the error; returns the exit status (0 or 1). */
  public static int run(byte[] source, String filename, Appendable out, Appendable err) {
    try {
      List<String> lines = dump(source, filename);
      for (String line : lines) out.append(line).append('\n');
      return 0;
    } catch (CompileError e) {
      append(err, errorLine(e, filename) + "\n");
      return 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dump's lines; throws the {@link CompileError} whose {@link #errorLine} the module would print. */
  public static List<String> dump(byte[] source, String filename) {
    nullByteCheck(source, filename);
    TokenizerSource.ForTokenize src = TokenizerSource.forTokenize(source, filename);
    Tokenizer t = src.tokenizer();
    List<String> lines = new ArrayList<>();
    lines.add(line(0, 0, 0, 0, "ENCODING", src.encoding()));
    while (true) {
      Token tok = t.next();
      lines.add(format(t, tok));
      if (tok.kind() == TokenKind.ENDMARKER) return lines;
    }
  }

  /**
   * The parser's view of a file, one token a line as "KIND 'text' line,col-line,col" with columns in characters:
   * what CPython's {@code _tokenize.TokenizerIter(..., extra_tokens=False)} yields, for scripts/compare-tokens --parser,
   * except that CPython gives INDENT, DEDENT and ENDMARKER no column (-1, and ENDMARKER the last line): shown so here.
   */
  public static List<String> parserView(byte[] source, String filename) {
    Tokenizer t = Tokenizer.ofFile(source, filename, Warnings.IGNORE);
    List<String> lines = new ArrayList<>();
    while (true) {
      Token tok = t.next();
      boolean stringLiteral = tok.kind() == TokenKind.STRING || tok.kind() == TokenKind.FSTRING_MIDDLE;
      boolean noColumn = tok.kind() == TokenKind.INDENT || tok.kind() == TokenKind.DEDENT
          || tok.kind() == TokenKind.ENDMARKER;
      String range;
      if (noColumn) {
        int line = tok.lineno() > t.lineCount() || tok.kind() == TokenKind.ENDMARKER ? tok.lineno() - 1 : tok.lineno();
        range = line + ",-1-" + line + ",-1";
      } else {
        int endCol = t.charColumn(stringLiteral ? tok.lineno() : tok.endLineno(), tok.endColOffset());
        range = tok.lineno() + "," + t.charColumn(tok.lineno(), tok.colOffset()) + "-" + tok.endLineno() + "," + endCol;
      }
      lines.add(typeName(tok) + " " + StrRepr.repr(noColumn ? "" : tok.text()) + " " + range);
      if (tok.kind() == TokenKind.ENDMARKER) return lines;
    }
  }

  /** tokenize's exact type name: OP for what its table of operators lacks ('$', '<>'). */
  private static String typeName(Token tok) {
    TokenKind k = tok.kind();
    if (k == TokenKind.ERRORTOKEN || (k.operator() != null && !k.operator().equals(tok.text()))) return "OP";
    return k.name();
  }

  /** What the module prints for an error: "file:line:col: error: msg", or "file: error: msg" without a position. */
  public static String errorLine(CompileError e, String filename) {
    if (e.lineno == 0) return filename + ": error: " + e.msg;
    String msg = e.msg;
    if (e.kind == CompileError.Kind.SyntaxError && msg.contains("unterminated triple-quoted string literal")) {
      msg = "EOF in multi-line string";
    }
    return filename + ":" + e.lineno + ":" + e.offset + ": error: " + msg;
  }

  private static String format(Tokenizer t, Token tok) {
    String text = tok.text();
    // the module converts a string's end column using the text from the string's first line on (a CPython quirk)
    boolean stringLiteral = tok.kind() == TokenKind.STRING || tok.kind() == TokenKind.FSTRING_MIDDLE;
    int endCol = t.charColumn(stringLiteral ? tok.lineno() : tok.endLineno(), tok.endColOffset());
    boolean lastLine = t.hasImplicitNewline() && tok.lineno() == t.lineCount();
    String name = typeName(tok);
    if (tok.kind() == TokenKind.NEWLINE) {
      // after the supplied newline the module shows the tokenizer's own text: '' (or a lone '\r' before it)
      text = lastLine ? text : text.startsWith("\r") ? "\r\n" : "\n";
      endCol++;
    } else if (tok.kind() == TokenKind.NL && lastLine) {
      text = "";
    }
    return line(tok.lineno(), t.charColumn(tok.lineno(), tok.colOffset()), tok.endLineno(), endCol, name, text);
  }

  private static String line(int line, int col, int endLine, int endCol, String name, String text) {
    String range = line + "," + col + "-" + endLine + "," + endCol + ":";
    return pad(range, 20) + pad(name, 15) + pad(StrRepr.repr(text), 15);
  }

  /** Python's %-Ns: the width counts code points. */
  private static String pad(String s, int width) {
    int n = s.codePointCount(0, s.length());
    return n >= width ? s : s + " ".repeat(width - n);
  }

  /** The C tokenizer refuses NUL while reading lines: the error names the line, column 0. */
  private static void nullByteCheck(byte[] source, String filename) {
    int line = 1;
    for (byte b : source) {
      if (b == 0) {
        throw new CompileError(CompileError.Kind.SyntaxError, "source code cannot contain null bytes", filename, line,
            0, line, 0, null);
      }
      if (b == '\n') line++;
    }
  }

  /**
   * {@code TokenDump FILE} prints like {@code python -m tokenize -e FILE}; {@code TokenDump --batch LIST DIR} dumps
   * every file named in LIST (one path a line) to DIR/N.txt (stdout, a "--stderr--" line, stderr), and
   * {@code --batch-parser} their {@link #parserView}s, for scripts/compare-tokens.
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && (args[0].equals("--batch") || args[0].equals("--batch-parser"))) {
      List<String> files = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[1]));
      for (int i = 0; i < files.size(); i++) {
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        byte[] source = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(files.get(i)));
        try {
          if (args[0].equals("--batch")) {
            run(source, files.get(i), out, err);
          } else {
            for (String line : parserView(source, files.get(i))) out.append(line).append('\n');
          }
        } catch (CompileError e) {
          err.append("error ").append(e.msg).append('\n');
        } catch (RuntimeException e) {
          err.append("kaa crashed: ").append(e).append('\n');
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[2], i + ".txt"), out + "--stderr--\n" + err);
      }
      return;
    }
    StringBuilder out = new StringBuilder(), err = new StringBuilder();
    int status = run(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[0])), args[0], out, err);
    System.out.print(out);
    System.err.print(err);
    System.exit(status);
  }

  private static void append(Appendable a, String s) {
    try {
      a.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
