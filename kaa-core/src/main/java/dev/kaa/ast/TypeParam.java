package dev.kaa.ast;

/** PEP 695 type parameters. */
public sealed interface TypeParam extends Node, Located {
  record TypeVar(String name, Expr bound, int lineno, int colOffset, int endLineno, int endColOffset)
      implements TypeParam {}

  record ParamSpec(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements TypeParam {}

  record TypeVarTuple(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements TypeParam {}
}
