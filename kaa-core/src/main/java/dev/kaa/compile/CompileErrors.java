package dev.kaa.compile;

import dev.kaa.ast.Located;
import dev.kaa.parse.CompileError;

/**
 * The SyntaxErrors of the stages after parsing. CPython raises them with the node's range as {@code col_offset + 1}
 * (UTF-8 byte columns, not converted to characters) and no {@code text}, since compile() of a string has no file to
 * read the line from.
 */
final class CompileErrors {
  private CompileErrors() {}

  static CompileError at(String msg, String filename, int lineno, int colOffset, int endLineno, int endColOffset) {
    return new CompileError(CompileError.Kind.SyntaxError, msg, filename, lineno, colOffset + 1, endLineno,
        endColOffset + 1, null);
  }

  static CompileError at(String msg, String filename, Located node) {
    return at(msg, filename, node.lineno(), node.colOffset(), node.endLineno(), node.endColOffset());
  }
}
