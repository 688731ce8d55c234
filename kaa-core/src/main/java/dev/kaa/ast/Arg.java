package dev.kaa.ast;

/** One parameter. */
public record Arg(String arg, Expr annotation, String typeComment,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {}
