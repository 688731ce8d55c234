package dev.kaa.ast;

/** Any AST node. Positions, where a node has them, are CPython's: 1-based lines, 0-based UTF-8 byte columns. */
public sealed interface Node
    permits Mod, Stmt, Expr, Pattern, TypeParam, Comprehension, Arguments, Arg, Keyword, Alias, WithItem, MatchCase,
            ExceptHandler, TypeIgnore {}
