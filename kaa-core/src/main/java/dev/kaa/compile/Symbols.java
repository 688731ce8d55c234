package dev.kaa.compile;

/**
 * The per-name flag bits a {@link Scope} records, with CPython's values so a dump compares bit for bit with
 * {@code _symtable}: the low bits say how the name is used; the resolved {@link NameScope} sits above {@link #SCOPE_SHIFT}.
 */
public final class Symbols {
  private Symbols() {}

  public static final int DEF_GLOBAL = 1;        // global statement
  public static final int DEF_LOCAL = 1 << 1;    // assigned, deleted or otherwise bound here
  public static final int DEF_PARAM = 1 << 2;    // a parameter
  public static final int DEF_NONLOCAL = 1 << 3; // nonlocal statement
  public static final int USE = 1 << 4;          // read
  public static final int DEF_FREE = 1 << 5;     // (unused since 3.x, kept for the bit layout)
  public static final int DEF_FREE_CLASS = 1 << 6; // free in a nested scope and bound in this class
  public static final int DEF_IMPORT = 1 << 7;   // bound by import
  public static final int DEF_ANNOT = 1 << 8;    // annotated
  public static final int DEF_COMP_ITER = 1 << 9;  // a comprehension's iteration variable
  public static final int DEF_TYPE_PARAM = 1 << 10; // a PEP 695 type parameter
  public static final int DEF_COMP_CELL = 1 << 11;  // a cell of an inlined comprehension
  public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

  public static final int SCOPE_SHIFT = 12;
  public static final int FLAG_MASK = (1 << SCOPE_SHIFT) - 1;

  static final String[] FLAG_NAMES = {"global", "local", "param", "nonlocal", "use", "free", "free_class", "import",
      "annot", "comp_iter", "type_param", "comp_cell"};

  /** The resolved scope in a flags word, or null before analysis. */
  public static NameScope scope(int flags) {
    return NameScope.ofCode((flags >> SCOPE_SHIFT) & 15);
  }
}
