package dev.kaa.compile;

import dev.kaa.ast.Mod;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Parser;
import dev.kaa.parse.Tokenizer;
import dev.kaa.parse.Warnings;

/**
 * The front end as one call: what CPython's {@code compile()} does before code generation. Source is tokenized and
 * parsed into a tree, the symbol table resolves every name's scope, and {@link CompileChecks} makes the checks CPython
 * makes while generating code ({@code 'return' outside function}, {@code 'await' outside async function}, ...); any
 * of them may throw {@link CompileError}. Warnings ({@code SyntaxWarning}, {@code DeprecationWarning}) go to the given
 * sink, in the order CPython reports them. Used by the {@code kaa} command, the tests and the compiler.
 */
public final class FrontEnd {
  private FrontEnd() {}

  /** A tree that compiles, with its scopes: the input of code generation. */
  public record Result(Mod tree, Symtable symtable) {}

  /** {@code compile(source, filename, mode)} up to code generation, for source given as bytes (encoding detected). */
  public static Result compile(byte[] source, String filename, Mode mode, Warnings warnings) {
    return analyse(parse(source, filename, mode, warnings), filename, warnings);
  }

  /**
   * The same for a script or module read from a file, as {@code python FILE} and {@code import} compile it: the file
   * must hold no NUL byte and decode as a whole, and problems with its encoding get CPython's file-reading messages
   * (where {@code compile()} of the same bytes would say "source code string cannot contain null bytes" and so on).
   */
  public static Result compileFile(byte[] source, String filename, Warnings warnings) {
    Tokenizer.ofFile(source, filename, warnings);
    return compile(source, filename, Mode.EXEC, warnings);
  }

  /** The same for source given as a {@code str}. */
  public static Result compileString(String source, String filename, Mode mode, Warnings warnings) {
    return analyse(Parser.parseString(source, filename, mode, warnings), filename, warnings);
  }

  /** Only the parse: {@code ast.parse(source, filename, mode)}. */
  public static Mod parse(byte[] source, String filename, Mode mode, Warnings warnings) {
    return Parser.parse(source, filename, mode, warnings);
  }

  /** The stages after parsing, for a tree that was parsed here or built by a program ({@code compile(ast_object)}). */
  public static Result analyse(Mod tree, String filename, Warnings warnings) {
    Symtable symtable = Symtable.build(tree, filename, warnings);
    CompileChecks.check(tree, symtable, filename, warnings);
    return new Result(tree, symtable);
  }
}
