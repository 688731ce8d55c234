package dev.kaa.ast;

import java.util.List;

/** {@code except type as name: body} (CPython's {@code excepthandler} has this one kind). */
public record ExceptHandler(Expr type, String name, List<Stmt> body,
                            int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {}
