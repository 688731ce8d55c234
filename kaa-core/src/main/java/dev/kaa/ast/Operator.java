package dev.kaa.ast;

/** CPython's {@code operator}: binary and augmented-assignment operators. */
public enum Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
