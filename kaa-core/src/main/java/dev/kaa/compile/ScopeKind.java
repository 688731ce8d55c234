package dev.kaa.compile;

/** What a {@link Scope} is; the order is CPython's ({@code _symtable.TYPE_*}), the names are the dump's. */
public enum ScopeKind {
  FUNCTION("function"),
  CLASS("class"),
  MODULE("module"),
  /** Only with {@code from __future__ import annotations}: the detached scope annotations are checked in. */
  ANNOTATION("annotation"),
  /** PEP 695: the lazily evaluated bound or constraints of a type variable. */
  TYPE_VAR_BOUND("typevar-bound"),
  /** PEP 695: the lazily evaluated value of a {@code type X = ...} statement. */
  TYPE_ALIAS("type-alias"),
  /** PEP 695: the scope holding a generic function's, class's or alias's type parameters. */
  TYPE_PARAMS("type-params");

  public final String label;

  ScopeKind(String label) {
    this.label = label;
  }

  /** Function-like scopes keep their names in fast locals, and their locals are visible to nested functions. */
  public boolean isFunctionLike() {
    return this == FUNCTION || this == TYPE_VAR_BOUND || this == TYPE_ALIAS || this == TYPE_PARAMS;
  }
}
