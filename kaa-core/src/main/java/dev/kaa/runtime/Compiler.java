package dev.kaa.runtime;

import dev.kaa.ast.Mod;
import dev.kaa.bytecode.Code;
import dev.kaa.compile.CodeGen;
import dev.kaa.compile.FrontEnd;
import dev.kaa.objects.Errors;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Warnings;

/**
 * Source to code object for the runtime ({@code compile()}, {@code exec}/{@code eval} of text, imports): the front end
 * then the code generator, with their Java errors turned into the Python exceptions CPython raises.
 */
public final class Compiler {
  private Compiler() {}

  /** Compiles source bytes (encoding declared or UTF-8); {@code fromFile} applies the file reader's rules. */
  public static Code compile(byte[] source, String filename, Mode mode, boolean fromFile, Warnings warnings,
                             int optimize) {
    try {
      FrontEnd.Result front = fromFile ? FrontEnd.compileFile(source, filename, warnings)
          : FrontEnd.compile(source, filename, mode, warnings);
      return DebugRanges.applied(CodeGen.compile(front, filename, optimize));
    } catch (CompileError e) {
      throw Errors.compileError(e);
    } catch (CodeGen.NotImplementedYet e) {
      throw Errors.internal("the compiler cannot compile " + e.construct + " yet");
    }
  }

  /**
   * Compiles the main script or {@code -c} code. A front-end error stays a {@link CompileError}: the runner prints
   * it as CPython prints a script's SyntaxError, reading the line back from the file.
   */
  static Code compileMain(byte[] source, String filename, boolean fromFile, Warnings warnings, int optimize) {
    FrontEnd.Result front = fromFile ? FrontEnd.compileFile(source, filename, warnings)
        : FrontEnd.compile(source, filename, Mode.EXEC, warnings);
    try {
      return DebugRanges.applied(CodeGen.compile(front, filename, optimize));
    } catch (CodeGen.NotImplementedYet e) {
      throw Errors.internal("the compiler cannot compile " + e.construct + " yet");
    }
  }

  /** Compiles a tree a program built ({@code compile(ast_object, ...)}), already read back and validated. */
  public static Code compile(dev.kaa.ast.Mod tree, String filename, Warnings warnings, int optimize) {
    try {
      return DebugRanges.applied(CodeGen.compile(FrontEnd.analyse(tree, filename, warnings), filename, optimize));
    } catch (CompileError e) {
      throw Errors.compileError(e);
    } catch (CodeGen.NotImplementedYet e) {
      throw Errors.internal("the compiler cannot compile " + e.construct + " yet");
    }
  }

  /** Compiles source text ({@code compile(str, ...)}). */
  public static Code compile(String source, String filename, Mode mode, Warnings warnings, int optimize) {
    try {
      return DebugRanges.applied(
          CodeGen.compile(FrontEnd.compileString(source, filename, mode, warnings), filename, optimize));
    } catch (CompileError e) {
      throw Errors.compileError(e);
    } catch (CodeGen.NotImplementedYet e) {
      throw Errors.internal("the compiler cannot compile " + e.construct + " yet");
    }
  }
}
