package dev.kaa.ast;

import dev.kaa.text.FloatRepr;
import dev.kaa.text.StrRepr;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;

/**
 * Prints a tree exactly as CPython 3.12's {@code ast.dump(node, include_attributes=True)} does: fields in CPython's order
 * by their CPython names, then the position attributes; a null (None) optional field is left out, as is a negative end
 * position (CPython's absent {@code end_lineno}/{@code end_col_offset}); a None inside a list prints as {@code None};
 * operator and context enums print as {@code Load()}; constants print with Python's {@code repr}.
 *
 * <p>The nodes are walked through their record components (each node's shape is declared once, in its record), with
 * the per-class layout computed once.
 */
public final class AstDump {
  private AstDump() {}

  /** {@code ast.dump(node, include_attributes=True)}: one line. */
  public static String dump(Node node) {
    StringBuilder out = new StringBuilder(256);
    appendValue(out, node);
    return out.toString();
  }

  /**
   * {@code ast.dump(node, include_attributes=True, indent=indent)}: with {@code indent} spaces per level, and nodes whose
   * fields are all simple (at most three) kept on one line, as CPython does.
   */
  public static String dump(Node node, int indent) {
    return formatIndented(node, 0, " ".repeat(indent)).text;
  }

  /** How one record class prints: its Python name, and each component's Python name and accessor. */
  private record Layout(String pythonName, String[] fieldNames, Method[] accessors, int firstAttribute) {}

  private static final ClassValue<Layout> LAYOUTS = new ClassValue<>() {
    @Override protected Layout computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      String[] names = new String[components.length];
      Method[] accessors = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        names[i] = snakeCase(components[i].getName());
        accessors[i] = components[i].getAccessor();
      }
      int firstAttribute = Located.class.isAssignableFrom(type) ? components.length - 4 : components.length;
      return new Layout(pythonName(type), names, accessors, firstAttribute);
    }
  };

  /** CPython's class name for a node record. */
  public static String pythonName(Class<?> type) {
    if (type == Stmt.ExprStmt.class) return "Expr";
    if (type == Expr.ListExpr.class) return "List";
    if (type == Arguments.class) return "arguments";
    if (type == Arg.class) return "arg";
    if (type == Keyword.class) return "keyword";
    if (type == Alias.class) return "alias";
    if (type == WithItem.class) return "withitem";
    if (type == MatchCase.class) return "match_case";
    if (type == Comprehension.class) return "comprehension";
    return type.getSimpleName();
  }

  /** {@code colOffset} -> {@code col_offset}: CPython's field names are the record components' in snake case. */
  static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) out.append('_').append(Character.toLowerCase(c));
      else out.append(c);
    }
    return out.toString();
  }

  private static Object get(Method accessor, Object node) {
    try {
      return accessor.invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  /** True when the component is left out: a None optional field, or an absent (negative) end position. */
  private static boolean omitted(Layout layout, int index, Object value) {
    if (value == null) return true;
    return index >= layout.firstAttribute + 2 && value instanceof Integer i && i < 0;
  }

  private static void appendNode(StringBuilder out, Node node) {
    Layout layout = LAYOUTS.get(node.getClass());
    out.append(layout.pythonName).append('(');
    boolean first = true;
    for (int i = 0; i < layout.accessors.length; i++) {
      Object value = get(layout.accessors[i], node);
      if (omitted(layout, i, value)) continue;
      if (!first) out.append(", ");
      first = false;
      out.append(layout.fieldNames[i]).append('=');
      appendValue(out, value);
    }
    out.append(')');
  }

  private static void appendValue(StringBuilder out, Object value) {
    if (value instanceof Node n) {
      appendNode(out, n);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) out.append(", ");
        appendValue(out, list.get(i));
      }
      out.append(']');
    } else {
      appendScalar(out, value);
    }
  }

  /** A leaf: Python's repr of a field value or constant. */
  private static void appendScalar(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("None");
      case String s -> StrRepr.appendRepr(out, s);
      case Integer i -> out.append(i.intValue());
      case Long l -> out.append(l.longValue());
      case BigInteger b -> out.append(b);
      case Boolean b -> out.append(b ? "True" : "False");
      case Double d -> out.append(FloatRepr.repr(d));
      case Expr.Constant.Imaginary im -> out.append(FloatRepr.imaginaryRepr(im.imag()));
      case Expr.Constant.Bytes b -> StrRepr.appendBytesRepr(out, b.data());
      case Expr.Constant.CodePoints c -> StrRepr.appendRepr(out, c.codePoints());
      case Expr.Constant.Singleton s -> out.append(s.name());
      // operator, comparison, boolean-op, unary-op and context kinds are nodes without fields in CPython
      case Enum<?> e -> out.append(e.name()).append("()");
      default -> throw new IllegalArgumentException("not an AST value: " + value.getClass().getName());
    }
  }

  /** Text and whether it counts as "simple" for keeping a parent on one line. */
  private record Formatted(String text, boolean simple) {}

  private static Formatted formatIndented(Object value, int level, String indent) {
    level++;
    String prefix = "\n" + indent.repeat(level);
    String sep = ",\n" + indent.repeat(level);
    if (value instanceof Node node) {
      Layout layout = LAYOUTS.get(node.getClass());
      List<String> args = new java.util.ArrayList<>();
      boolean allSimple = true;
      for (int i = 0; i < layout.accessors.length; i++) {
        Object v = get(layout.accessors[i], node);
        if (omitted(layout, i, v)) continue;
        Formatted f = formatIndented(v, level, indent);
        allSimple &= f.simple;
        args.add(layout.fieldNames[i] + "=" + f.text);
      }
      if (allSimple && args.size() <= 3) {
        return new Formatted(layout.pythonName + "(" + String.join(", ", args) + ")", args.isEmpty());
      }
      return new Formatted(layout.pythonName + "(" + prefix + String.join(sep, args) + ")", false);
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) return new Formatted("[]", true);
      List<String> items = new java.util.ArrayList<>();
      for (Object item : list) items.add(formatIndented(item, level, indent).text);
      return new Formatted("[" + prefix + String.join(sep, items) + "]", false);
    }
    StringBuilder out = new StringBuilder();
    appendScalar(out, value);
    // a fieldless enum node prints like Load(), which CPython counts as simple
    return new Formatted(out.toString(), true);
  }
}
