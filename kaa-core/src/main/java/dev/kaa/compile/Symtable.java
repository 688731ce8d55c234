package dev.kaa.compile;

import dev.kaa.ast.Mod;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Warnings;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The symbol table of a module: its tree of {@link Scope}s, with every name resolved to local, global, free or cell
 * exactly as CPython 3.12's symtable does it, and the SyntaxErrors CPython raises at this stage. Built in two passes,
 * as CPython does: {@link SymtableBuilder} records what each scope does with each name, then {@link ScopeAnalysis}
 * resolves the names top-down and lifts free names bottom-up.
 */
public final class Symtable {
  private final Scope top;
  private final Map<Object, Scope> byNode;
  private final FutureFeatures future;

  Symtable(Scope top, Map<Object, Scope> byNode, FutureFeatures future) {
    this.top = top;
    this.byNode = byNode;
    this.future = future;
  }

  /** Builds and resolves the table; a SyntaxError of this stage is thrown as a {@link CompileError}. */
  public static Symtable build(Mod module, String filename, Warnings warnings) throws CompileError {
    FutureFeatures future = FutureFeatures.of(module, filename);
    Map<Object, Scope> byNode = new IdentityHashMap<>();
    Scope top = new SymtableBuilder(filename, future, byNode).build(module);
    ScopeAnalysis.analyze(top, filename);
    return new Symtable(top, byNode, future);
  }

  /** The module's scope. */
  public Scope top() {
    return top;
  }

  /**
   * The scope a node opens: a function or class statement, lambda, comprehension, type alias statement, or (for PEP 695
   * scopes) the type-parameter list of a generic definition or a {@link dev.kaa.ast.TypeParam.TypeVar} with a bound.
   * Null when the node opens none.
   */
  public Scope scopeOf(Object node) {
    return byNode.get(node);
  }

  /** The {@code from __future__} features the module turns on. */
  public FutureFeatures future() {
    return future;
  }
}
