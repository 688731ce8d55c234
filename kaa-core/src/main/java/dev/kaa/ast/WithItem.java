package dev.kaa.ast;

/** {@code context_expr as optional_vars} in a with statement. */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {}
