package dev.kaa.bytecode;

import dev.kaa.ast.Expr;
import dev.kaa.text.FloatRepr;
import dev.kaa.text.IntRepr;
import dev.kaa.text.StrRepr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link Code} in the layout of CPython's {@code dis.dis}: line number where it changes, {@code >>} at jump
 * targets, offsets (2 per instruction, as CPython's without caches), opname, operand and its meaning, then the
 * exception table and the nested code objects. For tests and debugging.
 */
public final class Disassembler {
  private Disassembler() {}

  public static String dis(Code code) {
    StringBuilder out = new StringBuilder();
    dis(code, out);
    return out.toString();
  }

  private static void dis(Code code, StringBuilder out) {
    boolean[] target = new boolean[code.length() + 1];
    for (int i = 0; i < code.length(); i++) {
      Op.Info info = Op.info(Op.opcode(code.word(i)));
      if (info.arg() == Op.Arg.JUMP) target[Op.arg(code.word(i))] = true;
    }
    for (int e = 0; e < code.exceptionTable().size(); e++) target[code.exceptionTable().handler(e)] = true;
    int lastLine = Integer.MIN_VALUE;
    for (int i = 0; i < code.length(); i++) {
      int word = code.word(i);
      Op.Info info = Op.info(Op.opcode(word));
      int line = code.position(i).lineno();
      String lineCol = "";
      if (line >= 0 && line != lastLine) {  // an instruction without a line continues the last one, as 3.12's dis
        if (i > 0) out.append('\n');
        lineCol = Integer.toString(line);
        lastLine = line;
      }
      StringBuilder row = new StringBuilder();
      row.append(String.format("%4s", lineCol)).append("  ").append(target[i] ? ">>" : "  ")
          .append(String.format(" %5d ", 2 * i)).append(String.format("%-28s", info.name()));
      if (info.arg() != Op.Arg.NONE) {
        row.append(String.format(" %3d", Op.arg(word)));
        String meaning = argRepr(code, info, Op.arg(word));
        if (!meaning.isEmpty()) row.append(" (").append(meaning).append(')');
      }
      out.append(row.toString().stripTrailing()).append('\n');
    }
    if (code.exceptionTable().size() > 0) {
      out.append("ExceptionTable:\n");
      for (int e = 0; e < code.exceptionTable().size(); e++) {
        ExceptionTable t = code.exceptionTable();
        out.append(String.format("  %d to %d -> %d [%d]%s%n", 2 * t.start(e), 2 * (t.end(e) - 1), 2 * t.handler(e),
            t.depth(e), t.pushesLasti(e) ? " lasti" : ""));
      }
    }
    for (Object c : code.consts()) {
      if (c instanceof Code nested) {
        out.append("\nDisassembly of ").append(nested).append(":\n");
        dis(nested, out);
      }
    }
  }

  /** How CPython 3.12's dis shows operand {@code arg} of an instruction of kind {@code info} in {@code code}. */
  public static String argRepr(Code code, Op.Info info, int arg) {
    return switch (info.arg()) {
      case CONST -> constRepr(code.consts().get(arg));
      case LOCAL -> code.varnames.get(arg);
      case FREE -> code.slotName(arg);
      case NAME -> code.names.get(arg);
      case GLOBAL_NAME -> ((arg & 1) != 0 ? "NULL + " : "") + code.names.get(arg >> 1);
      case ATTR_NAME -> ((arg & 1) != 0 ? "NULL|self + " : "") + code.names.get(arg >> 1);
      case SUPER_ATTR_NAME -> ((arg & 1) != 0 ? "NULL|self + " : "") + code.names.get(arg >> 2);
      case JUMP -> "to " + 2 * arg;
      case BINARY_OP -> BinaryOps.of(arg).symbol;
      case COMPARE_OP -> CompareOps.of(arg).symbol;
      case INTRINSIC_1 -> Intrinsics.One.of(arg).description();
      case INTRINSIC_2 -> Intrinsics.Two.of(arg).description();
      case FORMAT -> {
        String conversion = FORMAT_CONVERSIONS.get(arg & 3);
        yield (arg & 4) == 0 ? conversion : conversion.isEmpty() ? "with format" : conversion + ", with format";
      }
      default -> info.code() == Op.MAKE_FUNCTION ? makeFunctionFlags(arg) : "";
    };
  }

  /** The conversions of FORMAT_VALUE's operand (its low two bits): none, {@code !s}, {@code !r}, {@code !a}. */
  public static final List<String> FORMAT_CONVERSIONS = List.of("", "str", "repr", "ascii");

  /** MAKE_FUNCTION's flag bits, lowest first, as CPython names them. */
  private static final List<String> MAKE_FUNCTION_FLAGS = List.of("defaults", "kwdefaults", "annotations", "closure");

  private static String makeFunctionFlags(int arg) {
    List<String> names = new ArrayList<>();
    for (int bit = 0; bit < MAKE_FUNCTION_FLAGS.size(); bit++) {
      if ((arg & (1 << bit)) != 0) names.add(MAKE_FUNCTION_FLAGS.get(bit));
    }
    return String.join(", ", names);
  }

  /** Python's repr of a code constant. */
  public static String constRepr(Object c) {
    return switch (c) {
      case Code code -> code.toString();
      case Code.ConstTuple t -> "(" + String.join(", ", reprs(t.items())) + (t.items().size() == 1 ? ",)" : ")");
      case Code.ConstFrozenSet s -> "frozenset({" + String.join(", ", reprs(s.items())) + "})";
      case Long l -> IntRepr.repr(l);
      case BigInteger b -> IntRepr.repr(b);
      case Boolean b -> b ? "True" : "False";
      case Double d -> FloatRepr.repr(d);
      case Expr.Constant.Imaginary i -> FloatRepr.imaginaryRepr(i.imag());
      case Code.ConstComplex x -> FloatRepr.complexRepr(x.real(), x.imag());
      case String s -> StrRepr.repr(s);
      case Expr.Constant.CodePoints p -> {
        StringBuilder sb = new StringBuilder();
        StrRepr.appendRepr(sb, p.codePoints());
        yield sb.toString();
      }
      case Expr.Constant.Bytes b -> StrRepr.bytesRepr(b.data());
      case Expr.Constant.Singleton s -> s.name();
      default -> String.valueOf(c);
    };
  }

  private static List<String> reprs(List<Object> items) {
    List<String> out = new ArrayList<>();
    for (Object o : items) out.add(constRepr(o));
    return out;
  }
}
