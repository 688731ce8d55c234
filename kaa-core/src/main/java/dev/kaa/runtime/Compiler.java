package dev.kaa.runtime;

import dev.kaa.bytecode.Code;
import dev.kaa.compile.CodeGen;
import dev.kaa.compile.FrontEnd;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
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
      return CodeGen.compile(front, filename, optimize);
    } catch (CompileError e) {
      throw toPython(e);
    } catch (CodeGen.NotImplementedYet e) {
      throw Errors.internal("the compiler cannot compile " + e.construct + " yet");
    }
  }

  /**
   * Compiles the main script or {@code -c} code. A front-end error stays a {@link CompileError}: the runner prints
   * it as CPython prints a script's SyntaxError, reading the line back from the file.
   */
  static Code compileMain(byte[] source, String filename, boolean fromFile, Warnings warnings) {
    FrontEnd.Result front = fromFile ? FrontEnd.compileFile(source, filename, warnings)
        : FrontEnd.compile(source, filename, Mode.EXEC, warnings);
    try {
      return CodeGen.compile(front, filename, 0);
    } catch (CodeGen.NotImplementedYet e) {
      throw Errors.internal("the compiler cannot compile " + e.construct + " yet");
    }
  }

  /** Compiles source text ({@code compile(str, ...)}). */
  public static Code compile(String source, String filename, Mode mode, Warnings warnings, int optimize) {
    try {
      return CodeGen.compile(FrontEnd.compileString(source, filename, mode, warnings), filename, optimize);
    } catch (CompileError e) {
      throw toPython(e);
    } catch (CodeGen.NotImplementedYet e) {
      throw Errors.internal("the compiler cannot compile " + e.construct + " yet");
    }
  }

  /**
   * The Python exception for a front-end error: {@code SyntaxError(msg, (filename, lineno, offset, text, end_lineno,
   * end_offset))}, as CPython builds it (ValueError for a NUL byte in source given to compile()).
   */
  public static PyException toPython(CompileError e) {
    PyType type = switch (e.kind) {
      case SyntaxError -> ExceptionTypes.SyntaxError;
      case IndentationError -> ExceptionTypes.IndentationError;
      case TabError -> ExceptionTypes.TabError;
      case ValueError -> ExceptionTypes.ValueError;
    };
    if (e.kind == CompileError.Kind.ValueError) return new PyException(type, e.msg);
    PyObject details = PyTuple.of(e.filename == null ? PyNone.NONE : new PyStr(e.filename), PyInt.of(e.lineno),
        PyInt.of(e.offset), e.text == null ? PyNone.NONE : new PyStr(e.text), PyInt.of(e.endLineno),
        PyInt.of(e.endOffset));
    return PyException.withArgs(type, new PyStr(e.msg), details);
  }
}
