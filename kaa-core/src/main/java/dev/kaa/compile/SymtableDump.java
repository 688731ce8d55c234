package dev.kaa.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A symbol table as text, one scope per line followed by its parameters and its names (sorted, since CPython's own
 * order depends on set iteration) with their scope and flags, then its children indented. The test script
 * {@code cpython_symtable_dump.py} prints CPython's {@code _symtable} in the same form, so the two can be diffed.
 */
public final class SymtableDump {
  private SymtableDump() {}

  public static String dump(Symtable table) {
    StringBuilder out = new StringBuilder();
    scope(out, table.top(), "");
    return out.toString();
  }

  private static void scope(StringBuilder out, Scope scope, String indent) {
    out.append(indent).append(scope.kind.label).append(' ').append(scope.name).append(" line ").append(scope.lineno);
    if (scope.nested) out.append(" nested");
    out.append('\n');
    if (!scope.varnames.isEmpty()) out.append(indent).append("  params: ").append(String.join(" ", scope.varnames))
        .append('\n');
    List<Map.Entry<String, Integer>> symbols = new ArrayList<>(scope.symbols.entrySet());
    symbols.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, Integer> e : symbols) {
      out.append(indent).append("  ").append(e.getKey()).append(": ").append(flags(e.getValue())).append('\n');
    }
    for (Scope child : scope.children) scope(out, child, indent + "  ");
  }

  /** {@code LOCAL local use}: the resolved scope (or "-") and the names of the set flag bits, low to high. */
  static String flags(int word) {
    NameScope s = Symbols.scope(word);
    StringBuilder out = new StringBuilder(s == null ? "-" : s.name());
    for (int bit = 0; bit < Symbols.FLAG_NAMES.length; bit++) {
      if ((word & (1 << bit)) != 0) out.append(' ').append(Symbols.FLAG_NAMES[bit]);
    }
    return out.toString();
  }
}
