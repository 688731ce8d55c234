package dev.kaa.ast;

/** CPython's {@code unaryop}. */
public enum UnaryOpKind { Invert, Not, UAdd, USub }
