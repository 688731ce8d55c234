package dev.kaa.modules.ast;

import dev.kaa.ast.Alias;
import dev.kaa.ast.Arg;
import dev.kaa.ast.Arguments;
import dev.kaa.ast.AstDump;
import dev.kaa.ast.BoolOpKind;
import dev.kaa.ast.CmpOp;
import dev.kaa.ast.Comprehension;
import dev.kaa.ast.ExceptHandler;
import dev.kaa.ast.Expr;
import dev.kaa.ast.ExprContext;
import dev.kaa.ast.Keyword;
import dev.kaa.ast.Located;
import dev.kaa.ast.MatchCase;
import dev.kaa.ast.Mod;
import dev.kaa.ast.Operator;
import dev.kaa.ast.Pattern;
import dev.kaa.ast.Stmt;
import dev.kaa.ast.TypeIgnore;
import dev.kaa.ast.TypeParam;
import dev.kaa.ast.WithItem;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The node classes of {@code _ast}, made from the records of {@code dev.kaa.ast} (which mirror CPython's ASDL one to
 * one): each record is a class with its components as {@code _fields} (the four positions as {@code _attributes}), each
 * enum constant a field-less class, under CPython's abstract classes ({@code stmt}, {@code expr}, {@code operator}...).
 * The classes are written as Python source (one {@code class} statement each) that the module executes, so they are
 * ordinary heap classes per interpreter, subclassable and writable as CPython's are.
 */
final class AstClasses {
  private AstClasses() {}

  /** The fields CPython's ASDL marks optional ({@code ?}): their class attribute is None. */
  private static final Set<String> OPTIONAL = Set.of("AnnAssign.value", "Assert.msg", "Assign.type_comment",
      "AsyncFor.type_comment", "AsyncFunctionDef.returns", "AsyncFunctionDef.type_comment", "AsyncWith.type_comment",
      "Constant.kind", "ExceptHandler.type", "ExceptHandler.name", "For.type_comment", "FormattedValue.format_spec",
      "FunctionDef.returns", "FunctionDef.type_comment", "ImportFrom.module", "ImportFrom.level", "MatchAs.pattern",
      "MatchAs.name", "MatchMapping.rest", "MatchStar.name", "Raise.exc", "Raise.cause", "Return.value", "Slice.lower",
      "Slice.upper", "Slice.step", "TypeVar.bound", "With.type_comment", "Yield.value", "alias.asname",
      "arg.annotation", "arg.type_comment", "arguments.vararg", "arguments.kwarg", "keyword.arg", "match_case.guard",
      "withitem.optional_vars");

  /** Whether CPython's ASDL marks {@code node.field} optional. */
  static boolean isOptional(String node, String field) { return OPTIONAL.contains(node + "." + field); }

  /** The ASDL name of a node type: its abstract kind's ({@code expr}) or the product's ({@code arguments}). */
  static String asdlName(Class<?> type) {
    String name = ASDL.get(type);
    return name != null ? name : AstDump.pythonName(type);
  }

  private static final String POSITIONS = "('lineno', 'col_offset', 'end_lineno', 'end_col_offset')";

  /** The abstract classes, with whether their kinds carry positions, and the Java type whose kinds they gather. */
  private record Abstract(String name, boolean located, Class<?> kinds) {}

  private static final List<Abstract> ABSTRACT = List.of(new Abstract("mod", false, Mod.class),
      new Abstract("stmt", true, Stmt.class), new Abstract("expr", true, Expr.class),
      new Abstract("expr_context", false, ExprContext.class), new Abstract("boolop", false, BoolOpKind.class),
      new Abstract("operator", false, Operator.class), new Abstract("unaryop", false, dev.kaa.ast.UnaryOpKind.class),
      new Abstract("cmpop", false, CmpOp.class), new Abstract("excepthandler", true, ExceptHandler.class),
      new Abstract("pattern", true, Pattern.class), new Abstract("type_ignore", false, TypeIgnore.class),
      new Abstract("type_param", true, TypeParam.class));

  /** The product types, classes directly under AST. */
  private static final List<Class<?>> PRODUCTS = List.of(Comprehension.class, Arguments.class, Arg.class,
      Keyword.class, Alias.class, WithItem.class, MatchCase.class);

  /** The ASDL type names of the Java types, for the classes' docstrings. */
  private static final Map<Class<?>, String> ASDL = new LinkedHashMap<>();

  static {
    for (Abstract a : ABSTRACT) ASDL.put(a.kinds, a.name);
    for (Class<?> p : PRODUCTS) ASDL.put(p, AstDump.pythonName(p));
    ASDL.put(Object.class, "constant");
    ASDL.put(int.class, "int");
  }

  /** The Python source that defines every class, bases first. */
  static String source() {
    StringBuilder out = new StringBuilder(32_000);
    out.append("""
        class AST:
            __module__ = 'ast'
            _fields = ()
            _attributes = ()
            __match_args__ = ()
            def __new__(cls, /, *args, **kwargs):
                # as CPython's C type: the arguments are __init__'s ("Constant.__new__(cls, 42)" in ast.py)
                return object.__new__(cls)
            def __init__(self, *args, **kwargs):
                fields = self._fields
                if len(args) > len(fields):
                    n = len(fields)
                    raise TypeError(f"{type(self).__name__} constructor takes at most {n} "
                                    f"positional argument{'' if n == 1 else 's'}")
                for name, value in zip(fields, args):
                    setattr(self, name, value)
                for name, value in kwargs.items():
                    setattr(self, name, value)
            def __reduce__(self):
                return type(self), (), getattr(self, '__dict__', {})
        """);
    for (Abstract a : ABSTRACT) {
      List<Class<?>> kinds = kinds(a.kinds);
      List<String> docs = new ArrayList<>();
      for (Class<?> k : kinds) docs.add(signature(k));
      String doc = a.name + " = " + String.join("\n" + " ".repeat(a.name.length() + 1) + "| ", docs);
      classHeader(out, a.name, "AST", doc);
      if (a.located) {
        out.append("    _attributes = ").append(POSITIONS).append('\n');
        out.append("    end_lineno = None\n    end_col_offset = None\n");
      }
      for (Class<?> k : kinds) concrete(out, k, a.name);
    }
    for (Class<?> p : PRODUCTS) concrete(out, p, "AST");
    return out.toString();
  }

  /** The kinds of an abstract class: a sealed interface's records, an enum's constants, or the one record. */
  private static List<Class<?>> kinds(Class<?> type) {
    if (type.isSealed()) return List.of(type.getPermittedSubclasses());
    return List.of(type);
  }

  private static void classHeader(StringBuilder out, String name, String base, String doc) {
    out.append("class ").append(name).append('(').append(base).append("):\n");
    out.append("    __module__ = 'ast'\n");
    out.append("    __doc__ = ").append(pyString(doc)).append('\n');
  }

  /** One concrete class; for an enum, one field-less class per constant. */
  private static void concrete(StringBuilder out, Class<?> k, String base) {
    if (k.isEnum()) {
      for (Object constant : k.getEnumConstants()) {
        String name = ((Enum<?>) constant).name();
        classHeader(out, name, base, name);
      }
      return;
    }
    String name = AstDump.pythonName(k);
    classHeader(out, name, base, signature(k));
    List<String> fields = fields(k);
    String tuple = tuple(fields);
    out.append("    _fields = ").append(tuple).append('\n');
    out.append("    __match_args__ = ").append(tuple).append('\n');
    boolean ownPositions = Located.class.isAssignableFrom(k) && base.equals("AST");
    if (ownPositions) out.append("    _attributes = ").append(POSITIONS).append('\n');
    for (String f : fields) {
      if (OPTIONAL.contains(name + "." + f)) out.append("    ").append(f).append(" = None\n");
    }
    if (ownPositions) out.append("    end_lineno = None\n    end_col_offset = None\n");
  }

  /** The record's fields in CPython's order and names (its components but the four positions). */
  static List<String> fields(Class<?> k) {
    RecordComponent[] components = k.getRecordComponents();
    int n = Located.class.isAssignableFrom(k) ? components.length - 4 : components.length;
    List<String> names = new ArrayList<>(n);
    for (int i = 0; i < n; i++) names.add(snakeCase(components[i].getName()));
    return names;
  }

  /** {@code Name(identifier id, expr_context ctx)}: CPython's docstring of a node class. */
  private static String signature(Class<?> k) {
    if (k.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object c : k.getEnumConstants()) names.add(((Enum<?>) c).name());
      return String.join(" | ", names);
    }
    String name = AstDump.pythonName(k);
    RecordComponent[] components = k.getRecordComponents();
    List<String> fields = fields(k);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      String type = asdlType(components[i].getGenericType(), f);
      parts.add(type + (OPTIONAL.contains(name + "." + f) ? "?" : "") + " " + f);
    }
    return name + "(" + String.join(", ", parts) + ")";
  }

  private static String asdlType(Type t, String field) {
    if (t instanceof ParameterizedType p) return asdlType(p.getActualTypeArguments()[0], field) + "*";
    if (t == String.class) return isIdentifier(field) ? "identifier" : "string";
    for (Map.Entry<Class<?>, String> e : ASDL.entrySet()) {
      if (t instanceof Class<?> c && e.getKey().isAssignableFrom(c) && e.getKey() != Object.class) return e.getValue();
    }
    return t == Object.class ? "constant" : "object";
  }

  /** Whether a str field holds a name (ASDL {@code identifier}) rather than free text ({@code string}). */
  static boolean isIdentifier(String field) {
    return !field.equals("kind") && !field.equals("type_comment") && !field.equals("tag");
  }

  /** Whether the Java type is one of the sums (an abstract class of kinds), even one with a single kind. */
  static boolean isSum(Class<?> type) {
    for (Abstract a : ABSTRACT) if (a.kinds == type) return true;
    return false;
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

  private static String tuple(List<String> names) {
    if (names.isEmpty()) return "()";
    StringBuilder b = new StringBuilder("(");
    for (String n : names) b.append('\'').append(n).append("', ");
    if (names.size() > 1) b.setLength(b.length() - 2);
    else b.setLength(b.length() - 1);
    return b.append(')').toString();
  }

  private static String pyString(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
  }
}
