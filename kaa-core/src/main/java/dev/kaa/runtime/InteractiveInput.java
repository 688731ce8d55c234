package dev.kaa.runtime;

import dev.kaa.ast.Mod;
import dev.kaa.ast.Stmt;
import dev.kaa.compile.FrontEnd;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Token;
import dev.kaa.parse.TokenKind;
import dev.kaa.parse.Tokenizer;
import dev.kaa.parse.Warnings;
import java.util.Objects;

/**
 * Decides, as CPython's REPL does, whether the lines typed so far are a whole statement, the start of one (show
 * {@code ...} and read more), or an error. The front end is asked, never a list of rules about the grammar:
 * <ul>
 *   <li>a bracket left open, a triple-quoted string or a backslash line left unfinished: more is to come, whatever
 *       the line;
 *   <li>a statement that compiles is complete, except a compound one ({@code def}, {@code if}, ...), which an empty
 *       line ends;
 *   <li>an error that moves when a newline is added was caused by the input ending ("expected an indented block" at
 *       the end): more is to come unless the last line was empty; an error that stays put is an error now.
 * </ul>
 */
public final class InteractiveInput {
  private InteractiveInput() {}

  /** What the lines read so far are. */
  public sealed interface Verdict {}

  /** A whole statement (or nothing but blank lines and comments: empty {@code source}), ready to run. */
  public record Complete(String source) implements Verdict {}

  /** The start of a statement: read another line. */
  public record Incomplete() implements Verdict {}

  /** A syntax error, to report now. */
  public record Invalid(CompileError error) implements Verdict {}

  /** The tokenizer's errors for input that ended inside a bracket, a string or a continued line. */
  private static boolean endedInside(CompileError e) {
    return e.msg.endsWith("' was never closed") || e.msg.startsWith("unterminated triple-quoted")
        || e.msg.startsWith("unexpected EOF");
  }

  /** {@code source}: the lines typed so far, each ending with a newline. */
  public static Verdict classify(String source) {
    if (source.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) return new Complete("");
    boolean endsWithEmptyLine = source.endsWith("\n\n") || source.lines().reduce((a, b) -> b).orElse("").isBlank();
    CompileError error;
    try {
      Mod tree = FrontEnd.parse(bytes(source), "<stdin>", Mode.SINGLE,
          Warnings.IGNORE);
      boolean compound = tree instanceof Mod.Interactive i && !i.body().isEmpty() && isCompound(i.body().get(0));
      return compound && !endsWithEmptyLine ? new Incomplete() : new Complete(source);
    } catch (CompileError e) {
      error = e;
    }
    if (error.msg.endsWith("' was never closed")) return closingBrackets(source);
    if (endedInside(error)) return new Incomplete();
    if (endsWithEmptyLine) return new Invalid(error);
    try {
      FrontEnd.parse(bytes(source + "\n"), "<stdin>", Mode.SINGLE,
          Warnings.IGNORE);
      return new Incomplete();
    } catch (CompileError moved) {
      return samePlace(error, moved) ? new Invalid(error) : new Incomplete();
    }
  }

  /**
   * Input that ended inside brackets is incomplete only if the parser stopped at its end: closed on a line of its own,
   * it must either compile or fail on that line ({@code print((1)} then {@code import sys} fails before it).
   */
  private static Verdict closingBrackets(String source) {
    StringBuilder closers = new StringBuilder();
    Tokenizer tokens = Tokenizer.ofString(source, "<stdin>", Warnings.IGNORE);
    try {
      for (Token t = tokens.next(); t.kind() != TokenKind.ENDMARKER; t = tokens.next()) {
        switch (t.text()) {
          case "(" -> closers.append(')');
          case "[" -> closers.append(']');
          case "{" -> closers.append('}');
          case ")", "]", "}" -> closers.setLength(Math.max(0, closers.length() - 1));
          default -> { }
        }
      }
    } catch (CompileError e) {
      // the end of input inside the brackets: closers holds what is still open
    }
    int typedLines = (int) source.lines().count();
    try {
      FrontEnd.parse(bytes(source + closers.reverse() + "\n"), "<stdin>", Mode.SINGLE, Warnings.IGNORE);
      return new Incomplete();
    } catch (CompileError e) {
      if (e.lineno > typedLines || e.msg.endsWith("' was never closed")) return new Incomplete();
      return new Invalid(e);
    }
  }

  private static byte[] bytes(String s) { return s.getBytes(java.nio.charset.StandardCharsets.UTF_8); }

  private static boolean samePlace(CompileError a, CompileError b) {
    return a.msg.equals(b.msg) && a.lineno == b.lineno && a.offset == b.offset && Objects.equals(a.kind, b.kind);
  }

  private static boolean isCompound(Stmt s) {
    return s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef || s instanceof Stmt.ClassDef
        || s instanceof Stmt.If || s instanceof Stmt.While || s instanceof Stmt.For || s instanceof Stmt.AsyncFor
        || s instanceof Stmt.With || s instanceof Stmt.AsyncWith || s instanceof Stmt.Try
        || s instanceof Stmt.TryStar || s instanceof Stmt.Match;
  }
}
