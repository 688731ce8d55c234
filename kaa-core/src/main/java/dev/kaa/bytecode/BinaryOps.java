package dev.kaa.bytecode;

/**
 * The operand of {@link Op#BINARY_OP}: the operator, in CPython's {@code NB_*} order so the numbers read the same in
 * both disassemblies; the in-place forms ({@code +=}) follow the plain ones.
 */
public enum BinaryOps {
  ADD("+"), AND("&"), FLOOR_DIVIDE("//"), LSHIFT("<<"), MATRIX_MULTIPLY("@"), MULTIPLY("*"), REMAINDER("%"), OR("|"),
  POWER("**"), RSHIFT(">>"), SUBTRACT("-"), TRUE_DIVIDE("/"), XOR("^"),
  INPLACE_ADD("+="), INPLACE_AND("&="), INPLACE_FLOOR_DIVIDE("//="), INPLACE_LSHIFT("<<="),
  INPLACE_MATRIX_MULTIPLY("@="), INPLACE_MULTIPLY("*="), INPLACE_REMAINDER("%="), INPLACE_OR("|="),
  INPLACE_POWER("**="), INPLACE_RSHIFT(">>="), INPLACE_SUBTRACT("-="), INPLACE_TRUE_DIVIDE("/="), INPLACE_XOR("^=");

  /**
   * The plain operators' operands as compile-time constants, for the {@code switch}es of the eval loop's fast paths
   * (an enum's ordinal is no constant); the in-place form of each is its value plus {@code OP_INPLACE}. Checked
   * against the ordinals when this class loads.
   */
  public static final int OP_ADD = 0, OP_AND = 1, OP_FLOOR_DIVIDE = 2, OP_LSHIFT = 3, OP_MULTIPLY = 5,
      OP_REMAINDER = 6, OP_OR = 7, OP_POWER = 8, OP_RSHIFT = 9, OP_SUBTRACT = 10, OP_TRUE_DIVIDE = 11, OP_XOR = 12,
      OP_INPLACE = 13;

  static {
    if (ADD.ordinal() != OP_ADD || AND.ordinal() != OP_AND || FLOOR_DIVIDE.ordinal() != OP_FLOOR_DIVIDE
        || LSHIFT.ordinal() != OP_LSHIFT || MULTIPLY.ordinal() != OP_MULTIPLY || REMAINDER.ordinal() != OP_REMAINDER
        || OR.ordinal() != OP_OR || POWER.ordinal() != OP_POWER || RSHIFT.ordinal() != OP_RSHIFT
        || SUBTRACT.ordinal() != OP_SUBTRACT || TRUE_DIVIDE.ordinal() != OP_TRUE_DIVIDE || XOR.ordinal() != OP_XOR
        || INPLACE_ADD.ordinal() != OP_INPLACE) {
      throw new AssertionError("BinaryOps' OP_ constants disagree with the operator order");
    }
  }

  /** How the disassembler shows it. */
  public final String symbol;

  BinaryOps(String symbol) { this.symbol = symbol; }

  private static final BinaryOps[] ALL = values();

  public static BinaryOps of(int oparg) { return ALL[oparg]; }

  public boolean inPlace() { return ordinal() >= INPLACE_ADD.ordinal(); }

  /** The plain operator of an in-place one (itself otherwise): {@code x += y} falls back to {@code x + y}. */
  public BinaryOps plain() { return inPlace() ? ALL[ordinal() - INPLACE_ADD.ordinal()] : this; }

  /** The BINARY_OP operand of an AST operator, plain or in-place ({@code +} or {@code +=}). */
  public static BinaryOps forOperator(dev.kaa.ast.Operator op, boolean inPlace) {
    BinaryOps plain = switch (op) {
      case Add -> BinaryOps.ADD;
      case Sub -> BinaryOps.SUBTRACT;
      case Mult -> BinaryOps.MULTIPLY;
      case MatMult -> BinaryOps.MATRIX_MULTIPLY;
      case Div -> BinaryOps.TRUE_DIVIDE;
      case Mod -> BinaryOps.REMAINDER;
      case Pow -> BinaryOps.POWER;
      case LShift -> BinaryOps.LSHIFT;
      case RShift -> BinaryOps.RSHIFT;
      case BitOr -> BinaryOps.OR;
      case BitXor -> BinaryOps.XOR;
      case BitAnd -> BinaryOps.AND;
      case FloorDiv -> BinaryOps.FLOOR_DIVIDE;
    };
    return inPlace ? BinaryOps.of(plain.ordinal() + BinaryOps.INPLACE_ADD.ordinal()) : plain;
  }
}
