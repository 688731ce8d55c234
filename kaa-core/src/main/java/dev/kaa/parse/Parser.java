package dev.kaa.parse;

import static dev.kaa.parse.TokenKind.*;

import dev.kaa.ast.Expr;
import dev.kaa.ast.Mod;
import dev.kaa.ast.Stmt;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Python 3.12 source to AST, as {@code ast.parse} / {@code compile()} build it: a hand-written recursive descent parser
 * over the tokens (see docs/parser.md). The grammar is split by idea: {@link StringParser} (strings and f-strings),
 * {@link ExprParser}, {@link ParamsParser}, {@link PatternParser}, {@link StmtParser}; this class holds the entry points
 * for the four modes and turns a failed parse into CPython's SyntaxError.
 */
public final class Parser extends StmtParser {
  private Parser(Buffer buf, ParseErrors errors) { super(buf, errors); }

  /** Parses source bytes (encoding declared by BOM or coding cookie, else UTF-8). */
  public static Mod parse(byte[] source, String filename, Mode mode, Warnings w) {
    return parse(Tokenizer.ofBytes(source, filename, w), mode);
  }

  /** Parses already decoded source text. */
  public static Mod parseString(String source, String filename, Mode mode, Warnings w) {
    return parse(Tokenizer.ofString(source, filename, w), mode);
  }

  /** Parses what {@code tokenizer} reads (made by one of its factories, for the source's kind). */
  public static Mod parse(Tokenizer tokenizer, Mode mode) {
    tokenizer.setMode(mode);
    ParseErrors errors = new ParseErrors(tokenizer::sourceLine, tokenizer.filename());
    return parse(new Buffer(tokenizer::next, new Literals(tokenizer, errors)), errors, mode);
  }

  /**
   * Two passes, as CPython's parser: the first without the error rules; if it fails, a second over the same tokens
   * with them, which raises the specific message; if none applies, "invalid syntax" where the first pass stopped.
   */
  private static Mod parse(Buffer buf, ParseErrors errors, Mode mode) {
    Parser first = new Parser(buf, errors);
    try {
      return first.parseMode(mode);
    } catch (Fail f) {
      int furthest = buf.furthest;
      Parser second = new Parser(buf, errors);
      second.invalidRules = true;
      try {
        second.parseMode(mode);
      } catch (Fail g) {
        throw second.invalidSyntax(furthest);
      } catch (CompileError e) {
        throw second.preferTokenizerError(e);
      }
      throw second.invalidSyntax(furthest);
    } catch (CompileError e) {
      throw first.preferTokenizerError(e);
    }
  }

  private Mod parseMode(Mode mode) {
    return switch (mode) {
      case EXEC -> new Mod.Module(statements(), List.of());
      case EVAL -> {
        Expr body = expressions();
        while (accept(NEWLINE)) { }
        expect(ENDMARKER);
        yield new Mod.Expression(body);
      }
      case SINGLE -> new Mod.Interactive(interactive());
      case FUNC_TYPE -> funcType();
    };
  }

  /** One statement, as the REPL reads it; a second simple statement after it is CPython's special error. */
  private List<Stmt> interactive() {
    List<Stmt> body = new ArrayList<>();
    Stmt compound = compoundStatement();
    if (compound != null) {
      body.add(compound);
      accept(NEWLINE);
      expect(ENDMARKER);
      return body;
    }
    simpleStatements(body);
    if (!check(ENDMARKER)) {
      throw errors.syntax("multiple statements found while compiling a single statement", previous());
    }
    return body;
  }

  private Mod funcType() {
    expect(LPAR);
    List<Expr> argtypes = new ArrayList<>();
    while (!check(RPAR)) {
      if (!accept(STAR)) accept(DOUBLESTAR);
      argtypes.add(expression());
      if (!accept(COMMA)) break;
      if (check(RPAR)) throw FAIL;
    }
    expect(RPAR);
    expect(RARROW);
    Expr returns = expression();
    while (accept(NEWLINE)) { }
    expect(ENDMARKER);
    return new Mod.FunctionType(argtypes, returns);
  }

  /**
   * The error for a parse that failed without a more specific message: "invalid syntax" at the furthest token the
   * first pass read, unless that token is an indent or dedent; a tokenizer error further on takes precedence.
   */
  private CompileError invalidSyntax(int furthest) {
    Token last = buf.tokens[furthest];
    if (last.kind() == INDENT) return errors.indentation("unexpected indent", last);
    if (last.kind() == DEDENT) return errors.indentation("unexpected unindent", last);
    if (last.kind() == ENDMARKER) return preferTokenizerError(errors.invalidSyntaxAtEnd(last));
    return preferTokenizerError(errors.syntax("invalid syntax", last));
  }

  /**
   * CPython reads the rest of the source after a parser error: a tokenizer error there is reported instead, except
   * that a bracket left open at the end counts only if it was opened on an earlier line than the parser's error, and
   * an error inside an f-string leaves the parser's (which is about the f-string's expression).
   */
  private CompileError preferTokenizerError(CompileError error) {
    if (error == buf.tokenizerError) return error;
    int errorLine = buf.tokens[buf.fill - 1].lineno();
    try {
      while (buf.tokens[buf.fill - 1].kind() != ENDMARKER) buf.fetch();
    } catch (CompileError tokenizerError) {
      if (tokenizerError.msg.endsWith("' was never closed")) return errorLine > tokenizerError.lineno ? tokenizerError : error;
      return overridesParserError(tokenizerError) ? tokenizerError : error;
    }
    return error;
  }

  /**
   * Whether a tokenizer error found after a parser error replaces it. In CPython only the errors its tokenizer raises
   * as exceptions do; indentation errors, tab errors, a stray character after a backslash and end of input are only
   * noted, and so are ignored there; so is any error about an f-string (its expression's, an unterminated one, too
   * deep a nesting).
   */
  private static boolean overridesParserError(CompileError e) {
    if (e.kind == CompileError.Kind.IndentationError || e.kind == CompileError.Kind.TabError) return false;
    if (e.msg.startsWith("unterminated f-string literal") || e.msg.equals("too many nested f-strings")) return false;
    return !e.msg.startsWith("f-string") && !e.msg.equals("unexpected EOF while parsing")
        && !e.msg.equals("unexpected character after line continuation character");
  }
}
