package dev.kaa.bytecode;

/**
 * Where an instruction comes from: {@code co_positions()}'s four numbers (lines 1-based, columns 0-based in UTF-8
 * bytes as in the AST). -1 means unknown, as CPython's None.
 */
public record Position(int lineno, int endLineno, int colOffset, int endColOffset) {
  public static final Position NONE = new Position(-1, -1, -1, -1);

  /** A position covering an AST node. */
  public static Position of(dev.kaa.ast.Located node) {
    return new Position(node.lineno(), node.endLineno(), node.colOffset(), node.endColOffset());
  }
}
