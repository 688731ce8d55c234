package dev.kaa.ast;

/** CPython's {@code boolop}. */
public enum BoolOpKind { And, Or }
