package dev.kaa.bytecode;

/** The operand of {@link Op#COMPARE_OP}: the rich comparisons, in the order of their {@code Py_LT..Py_GE} numbers. */
public enum CompareOps {
  LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">=");

  public final String symbol;

  CompareOps(String symbol) { this.symbol = symbol; }

  private static final CompareOps[] ALL = values();

  public static CompareOps of(int oparg) { return ALL[oparg]; }

  /** The comparison with its operands swapped ({@code a < b} is {@code b > a}): the reflected method to try. */
  public CompareOps swapped() {
    return switch (this) {
      case LT -> GT;
      case LE -> GE;
      case GT -> LT;
      case GE -> LE;
      default -> this;
    };
  }
}
