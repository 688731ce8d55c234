package dev.kaa.ast;

import java.util.List;

/** The root of a tree: what {@code compile()} is given in each of its modes. */
public sealed interface Mod extends Node {
  /** {@code exec} mode: a module or script. */
  record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {}

  /** {@code single} mode: one interactive statement. */
  record Interactive(List<Stmt> body) implements Mod {}

  /** {@code eval} mode: one expression. */
  record Expression(Expr body) implements Mod {}

  /** {@code func_type} mode: a PEP 484 signature type comment. */
  record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {}
}
