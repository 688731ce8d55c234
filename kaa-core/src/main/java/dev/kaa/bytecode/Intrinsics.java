package dev.kaa.bytecode;

/** The operands of {@link Op#CALL_INTRINSIC_1} and {@link Op#CALL_INTRINSIC_2}: rare operations kept out of the table. */
public final class Intrinsics {
  private Intrinsics() {}

  /** One-argument intrinsics. */
  public enum One {
    INVALID, PRINT, IMPORT_STAR, STOPITERATION_ERROR, ASYNC_GEN_WRAP, UNARY_POSITIVE, LIST_TO_TUPLE, TYPEVAR,
    PARAMSPEC, TYPEVARTUPLE, SUBSCRIPT_GENERIC, TYPEALIAS;

    private static final One[] ALL = values();

    public static One of(int oparg) { return ALL[oparg]; }

    /** CPython's name for it ({@code opcode._intrinsic_1_descs}, dis's operand text). */
    public String description() { return this == INVALID ? "INTRINSIC_1_INVALID" : "INTRINSIC_" + name(); }
  }

  /** Two-argument intrinsics. */
  public enum Two {
    INVALID, PREP_RERAISE_STAR, TYPEVAR_WITH_BOUND, TYPEVAR_WITH_CONSTRAINTS, SET_FUNCTION_TYPE_PARAMS;

    private static final Two[] ALL = values();

    public static Two of(int oparg) { return ALL[oparg]; }

    /** CPython's name for it ({@code opcode._intrinsic_2_descs}, dis's operand text). */
    public String description() { return this == INVALID ? "INTRINSIC_2_INVALID" : "INTRINSIC_" + name(); }
  }
}
