package dev.kaa.compile;

import static dev.kaa.compile.Symbols.DEF_BOUND;
import static dev.kaa.compile.Symbols.DEF_COMP_CELL;
import static dev.kaa.compile.Symbols.DEF_FREE_CLASS;
import static dev.kaa.compile.Symbols.DEF_GLOBAL;
import static dev.kaa.compile.Symbols.DEF_NONLOCAL;
import static dev.kaa.compile.Symbols.DEF_PARAM;
import static dev.kaa.compile.Symbols.DEF_TYPE_PARAM;
import static dev.kaa.compile.Symbols.FLAG_MASK;
import static dev.kaa.compile.Symbols.SCOPE_SHIFT;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass: decides for every name of every scope whether it is local, global (declared or implied), free or
 * a cell. Names bound by enclosing functions flow down ({@code bound}); names a scope uses but does not bind flow up
 * ({@code free}) until a binding function turns them into cells. Class scopes are skipped over by the names their
 * methods see. List, set and dict comprehensions are then merged into their parent (PEP 709), as CPython 3.12 does.
 */
final class ScopeAnalysis {
  private final String filename;

  private ScopeAnalysis(String filename) {
    this.filename = filename;
  }

  static void analyze(Scope top, String filename) {
    new ScopeAnalysis(filename).block(top, null, new HashSet<>(), new HashSet<>(), new HashSet<>(), null);
  }

  /**
   * Resolves {@code scope} and its children. {@code bound}: names bound by enclosing function-like scopes (null at module
   * level); {@code free}: collects names free in this scope or below; {@code global}: names declared global above;
   * {@code classEntry}: the class a PEP 695 scope can see, if any.
   */
  private void block(Scope scope, Set<String> bound, Set<String> free, Set<String> global, Set<String> typeParams,
                     Scope classEntry) {
    Set<String> local = new HashSet<>();
    Map<String, NameScope> scopes = new HashMap<>();
    Set<String> newGlobal = new HashSet<>();
    Set<String> newFree = new HashSet<>();
    Set<String> newBound = new HashSet<>();
    Set<String> inlinedCells = new HashSet<>();

    // a class's names are invisible to its methods: pass down what came from above, before this block adds its own
    if (scope.kind == ScopeKind.CLASS) {
      newGlobal.addAll(global);
      if (bound != null) newBound.addAll(bound);
    }
    for (Map.Entry<String, Integer> e : scope.symbols.entrySet()) {
      name(scope, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
    }
    if (scope.kind != ScopeKind.CLASS) {
      if (scope.kind.isFunctionLike()) newBound.addAll(local);
      if (bound != null) newBound.addAll(bound);
      newGlobal.addAll(global);
    } else {
      newBound.add("__class__");
      newBound.add("__classdict__");
    }

    List<Scope> children = scope.children;
    for (int i = 0; i < children.size(); i++) {
      Scope child = children.get(i);
      Scope childClassEntry = null;
      if (child.canSeeClassScope) {
        if (scope.kind == ScopeKind.CLASS) childClassEntry = scope;
        else if (classEntry != null) childClassEntry = classEntry;
      }
      boolean inline = child.comprehension != Scope.Comprehension.NONE && !child.generator;
      Set<String> childFree = new HashSet<>(newFree);
      block(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal), new HashSet<>(typeParams),
          childClassEntry);
      if (inline) {
        inlineComprehension(scope, child, scopes, childFree, inlinedCells);
        child.inlined = true;
      }
      newFree.addAll(childFree);
      if (child.free || child.childFree) scope.childFree = true;
    }
    // an inlined comprehension's own children take its place
    for (int i = children.size() - 1; i >= 0; i--) {
      Scope child = children.get(i);
      if (child.inlined) {
        children.remove(i);
        children.addAll(i, child.children);
      }
    }

    if (scope.kind.isFunctionLike()) {
      cells(scopes, newFree, inlinedCells);
    } else if (scope.kind == ScopeKind.CLASS) {
      if (newFree.remove("__class__")) scope.needsClassClosure = true;
      if (newFree.remove("__classdict__")) scope.needsClassdict = true;
    }
    record(scope, scopes, bound, newFree, inlinedCells,
        scope.kind == ScopeKind.CLASS || scope.canSeeClassScope);
    free.addAll(newFree);
  }

  private void name(Scope scope, Map<String, NameScope> scopes, String name, int flags, Set<String> bound,
                    Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams,
                    Scope classEntry) {
    if ((flags & DEF_GLOBAL) != 0) {
      if ((flags & DEF_NONLOCAL) != 0) throw atDirective(scope, name, "name '" + name + "' is nonlocal and global");
      scopes.put(name, NameScope.GLOBAL_EXPLICIT);
      global.add(name);
      if (bound != null) bound.remove(name);
      return;
    }
    if ((flags & DEF_NONLOCAL) != 0) {
      if (bound == null) throw atDirective(scope, name, "nonlocal declaration not allowed at module level");
      if (!bound.contains(name)) throw atDirective(scope, name, "no binding for nonlocal '" + name + "' found");
      if (typeParams.contains(name)) {
        throw atDirective(scope, name, "nonlocal binding not allowed for type parameter '" + name + "'");
      }
      scopes.put(name, NameScope.FREE);
      scope.free = true;
      free.add(name);
      return;
    }
    if ((flags & DEF_BOUND) != 0) {
      scopes.put(name, NameScope.LOCAL);
      local.add(name);
      global.remove(name);
      if ((flags & DEF_TYPE_PARAM) != 0) typeParams.add(name);
      else typeParams.remove(name);
      return;
    }
    // a PEP 695 scope in a class reads the class namespace first
    if (classEntry != null) {
      int classFlags = classEntry.flags(name);
      if ((classFlags & DEF_GLOBAL) != 0) {
        scopes.put(name, NameScope.GLOBAL_EXPLICIT);
        return;
      }
      if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
        scopes.put(name, NameScope.GLOBAL_IMPLICIT);
        return;
      }
    }
    if (bound != null && bound.contains(name)) {
      scopes.put(name, NameScope.FREE);
      scope.free = true;
      free.add(name);
      return;
    }
    if (global.contains(name)) {
      scopes.put(name, NameScope.GLOBAL_IMPLICIT);
      return;
    }
    if (scope.nested) scope.free = true;
    scopes.put(name, NameScope.GLOBAL_IMPLICIT);
  }

  private RuntimeException atDirective(Scope scope, String name, String msg) {
    for (Scope.Directive d : scope.directives) {
      if (d.name().equals(name)) {
        return CompileErrors.at(msg, filename, d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
      }
    }
    throw new IllegalStateException("no declaration of " + name + " in " + scope);
  }

  /** PEP 709: the comprehension's names join the parent's; its cells become the parent's. */
  private static void inlineComprehension(Scope parent, Scope comp, Map<String, NameScope> scopes,
                                          Set<String> compFree, Set<String> inlinedCells) {
    for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
      String name = e.getKey();
      int compFlags = e.getValue();
      if ((compFlags & DEF_PARAM) != 0) continue; // the hidden .0
      NameScope compScope = Symbols.scope(compFlags);
      int onlyFlags = compFlags & FLAG_MASK;
      if (compScope == NameScope.CELL || (onlyFlags & DEF_COMP_CELL) != 0) inlinedCells.add(name);
      Integer existing = parent.symbols.get(name);
      if (existing == null) {
        parent.symbols.put(name, onlyFlags);
        scopes.put(name, compScope);
      } else if ((existing & DEF_BOUND) != 0 && !isFreeInAnyChild(comp, name) && parent.kind != ScopeKind.CLASS) {
        // free in the comprehension only because the parent binds it: now it is simply the parent's local
        compFree.remove(name);
      }
    }
  }

  private static boolean isFreeInAnyChild(Scope comp, String name) {
    for (Scope child : comp.children) if (child.scopeOf(name) == NameScope.FREE) return true;
    return false;
  }

  /** A local that some nested scope uses freely becomes a cell. */
  private static void cells(Map<String, NameScope> scopes, Set<String> free, Set<String> inlinedCells) {
    for (Map.Entry<String, NameScope> e : scopes.entrySet()) {
      if (e.getValue() != NameScope.LOCAL) continue;
      String name = e.getKey();
      if (!free.contains(name) && !inlinedCells.contains(name)) continue;
      e.setValue(NameScope.CELL);
      free.remove(name);
    }
  }

  /** Writes the resolved scopes into the flag words, and records names that only pass through as free. */
  private static void record(Scope scope, Map<String, NameScope> scopes, Set<String> bound, Set<String> free,
                             Set<String> inlinedCells, boolean isClassLike) {
    for (Map.Entry<String, Integer> e : scope.symbols.entrySet()) {
      String name = e.getKey();
      int flags = e.getValue();
      if (inlinedCells.contains(name)) flags |= DEF_COMP_CELL;
      NameScope resolved = scopes.get(name);
      flags |= resolved.code() << SCOPE_SHIFT;
      e.setValue(flags);
    }
    int freeWord = NameScope.FREE.code() << SCOPE_SHIFT;
    for (String name : free) {
      Integer existing = scope.symbols.get(name);
      if (existing != null) {
        // a method's free name that the class also binds: the class passes it through its cell, not its dict
        if (isClassLike) scope.symbols.put(name, existing | DEF_FREE_CLASS);
        continue;
      }
      if (bound != null && !bound.contains(name)) continue; // a global
      scope.symbols.put(name, freeWord);
    }
  }
}
