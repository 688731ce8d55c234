package dev.kaa.compile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table (CPython's symtable entry): a module, class, function, lambda, comprehension or PEP 695
 * scope, with every name used in it and how, and its child scopes in source order. Filled by {@link SymtableBuilder},
 * resolved by {@link ScopeAnalysis}; read-only for everyone else.
 */
public final class Scope {
  /** Which kind of comprehension a function scope is (CPython's {@code ste_comprehension}). */
  public enum Comprehension { NONE, LIST, SET, DICT, GENERATOR }

  public final ScopeKind kind;
  public final String name;
  /** The AST node that opened the scope (a statement, lambda, comprehension, type parameter list or module). */
  public final Object node;
  public final int lineno;
  public final int colOffset;
  public final int endLineno;
  public final int endColOffset;
  /** Inside a function-like scope (or a scope that is): free names may come from enclosing functions. */
  public final boolean nested;

  final Map<String, Integer> symbols = new LinkedHashMap<>();
  final List<String> varnames = new ArrayList<>();
  final List<Scope> children = new ArrayList<>();
  /** global/nonlocal (and walrus-implied) declarations, in order, for error positions. */
  final List<Directive> directives = new ArrayList<>();

  Comprehension comprehension = Comprehension.NONE;
  boolean generator;
  boolean coroutine;
  boolean varargs;
  boolean varkeywords;
  boolean returnsValue;
  boolean free;
  boolean childFree;
  boolean needsClassClosure;
  boolean needsClassdict;
  boolean canSeeClassScope;
  /** A list, set or dict comprehension merged into its parent at analysis (PEP 709). */
  boolean inlined;
  boolean compIterTarget;
  int compIterExpr;

  record Directive(String name, int lineno, int colOffset, int endLineno, int endColOffset) {}

  Scope(ScopeKind kind, String name, Object node, int lineno, int colOffset, int endLineno, int endColOffset,
        boolean nested) {
    this.kind = kind;
    this.name = name;
    this.node = node;
    this.lineno = lineno;
    this.colOffset = colOffset;
    this.endLineno = endLineno;
    this.endColOffset = endColOffset;
    this.nested = nested;
  }

  /** Every name of the scope with its flag word ({@link Symbols}), in first-seen order. */
  public Map<String, Integer> symbols() {
    return Collections.unmodifiableMap(symbols);
  }

  /** The flag word of a (mangled) name, 0 when the scope does not know it. */
  public int flags(String name) {
    return symbols.getOrDefault(name, 0);
  }

  /** Where a (mangled) name lives, or null when the scope does not know it. */
  public NameScope scopeOf(String name) {
    return Symbols.scope(flags(name));
  }

  /** Parameters in the order the symbol table meets them: positional-only, others, keyword-only, *args, **kwargs. */
  public List<String> varnames() {
    return Collections.unmodifiableList(varnames);
  }

  /** Child scopes in source order, with inlined comprehensions replaced by their own children (as CPython shows). */
  public List<Scope> children() {
    return Collections.unmodifiableList(children);
  }

  public Comprehension comprehension() {
    return comprehension;
  }

  public boolean isGenerator() {
    return generator;
  }

  public boolean isCoroutine() {
    return coroutine;
  }

  public boolean hasVarargs() {
    return varargs;
  }

  public boolean hasVarkeywords() {
    return varkeywords;
  }

  public boolean returnsValue() {
    return returnsValue;
  }

  /** Some name is free here (so the function needs a closure). */
  public boolean hasFree() {
    return free;
  }

  /** Some nested scope has free names. */
  public boolean hasChildFree() {
    return childFree;
  }

  /** A class whose methods use {@code __class__} or {@code super()}: it needs the implicit {@code __class__} cell. */
  public boolean needsClassClosure() {
    return needsClassClosure;
  }

  /** A class whose PEP 695 scopes read its namespace: it needs the {@code __classdict__} cell. */
  public boolean needsClassdict() {
    return needsClassdict;
  }

  /** A PEP 695 scope directly inside a class, which sees that class's names. */
  public boolean canSeeClassScope() {
    return canSeeClassScope;
  }

  /** A list, set or dict comprehension the compiler inlines into its parent (PEP 709). */
  public boolean isInlined() {
    return inlined;
  }

  @Override public String toString() {
    return kind.label + " " + name + " line " + lineno;
  }
}
