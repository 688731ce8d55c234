package dev.kaa.ast;

import java.util.List;

/** {@code case pattern if guard: body}. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node {}
