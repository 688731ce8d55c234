package dev.kaa.modules.ast;

import dev.kaa.ast.AstDump;
import dev.kaa.ast.Expr;
import dev.kaa.ast.Located;
import dev.kaa.ast.Mod;
import dev.kaa.ast.Node;
import dev.kaa.bytecode.Code;
import dev.kaa.modules.itertools.IterableItems;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyComplex;
import dev.kaa.objects.PyEllipsis;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyFrozenSet;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.parse.Mode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code compile(ast_object, ...)}: a tree of {@code ast} objects (as a program built or changed it) read back into
 * Kaa's records, with the errors CPython's conversion and validator raise for a malformed one (a required field
 * missing, a wrong node kind, a non-list where a list belongs, an invalid constant). The reverse of
 * {@link AstToPython}; like it, driven by the records' components.
 */
public final class AstFromPython {
  private AstFromPython() {}

  /** The record or enum constant of each CPython class name. */
  private static final Map<String, Object> KINDS = new HashMap<>();

  static {
    collect(Node.class);
    for (Class<?> e : List.of(dev.kaa.ast.ExprContext.class, dev.kaa.ast.BoolOpKind.class, dev.kaa.ast.Operator.class,
        dev.kaa.ast.UnaryOpKind.class, dev.kaa.ast.CmpOp.class)) {
      for (Object c : e.getEnumConstants()) KINDS.put(((Enum<?>) c).name(), c);
    }
  }

  private static void collect(Class<?> type) {
    if (type.isRecord()) {
      KINDS.put(AstDump.pythonName(type), type);
    } else {
      for (Class<?> k : type.getPermittedSubclasses()) collect(k);
    }
  }

  /** The tree {@code compile()} is given in {@code mode}, which must be that mode's root kind. */
  public static Mod module(PyObject tree, Mode mode) {
    Class<?> expected = switch (mode) {
      case EXEC -> Mod.Module.class;
      case EVAL -> Mod.Expression.class;
      case SINGLE -> Mod.Interactive.class;
      case FUNC_TYPE -> Mod.FunctionType.class;
    };
    Object kind = kindOf(tree);
    if (kind != expected) {
      throw Errors.typeError("expected %s node, got %s", AstDump.pythonName(expected), tree.type().name());
    }
    Mod module = (Mod) node(tree, expected);
    ExpressionContexts.check(module);
    return module;
  }

  /** The record class or enum constant {@code o} is an instance of (a subclass counts), or null. */
  private static Object kindOf(PyObject o) {
    for (PyType t : o.type().mro()) {
      Object kind = KINDS.get(t.name());
      if (kind != null) return kind;
    }
    return null;
  }

  /** {@code o} as a value of {@code type}: a node of that abstract kind, a product node or an enum constant. */
  private static Object node(PyObject o, Class<?> type) {
    Object kind = kindOf(o);
    if (type.isEnum()) {
      if (type.isInstance(kind)) return kind;
      throw Errors.typeError("expected some sort of %s, but got %s", AstClasses.asdlName(type), Abstract.repr(o).value);
    }
    if (!(kind instanceof Class<?> record) || !type.isAssignableFrom(record)) {
      throw Errors.typeError("expected some sort of %s, but got %s", AstClasses.asdlName(type), Abstract.repr(o).value);
    }
    RecordComponent[] components = record.getRecordComponents();
    String name = AstDump.pythonName(record);
    int positions = Located.class.isAssignableFrom(record) ? components.length - 4 : components.length;
    Object[] values = new Object[components.length];
    // CPython reads a node's positions before its fields (a missing one is reported against the abstract kind)
    String positionsOwner = type == record ? name : AstClasses.asdlName(type);
    for (int i = positions; i < components.length; i++) {
      values[i] = position(o, AstClasses.snakeCase(components[i].getName()), positionsOwner, i >= positions + 2);
    }
    for (int i = 0; i < positions; i++) {
      String field = AstClasses.snakeCase(components[i].getName());
      values[i] = field(o, name, field, components[i].getGenericType());
    }
    for (int i = 0; i < positions; i++) {
      boolean emptyBody = components[i].getName().equals("body") && values[i] instanceof List<?> l && l.isEmpty();
      if (emptyBody && !Mod.class.isAssignableFrom(record)) throw Errors.valueError("empty body on %s", name);
    }
    return construct(record, values);
  }

  private static Object position(PyObject o, String attribute, String owner, boolean optional) {
    PyObject v = attribute(o, attribute);
    if (v == null && optional) return -1;
    if (v == null) throw Errors.typeError("required field \"%s\" missing from %s", attribute, owner);
    if (v == PyNone.NONE && optional) return -1;
    return toInt(v);
  }

  private static Object field(PyObject o, String owner, String field, Type type) {
    PyObject v = attribute(o, field);
    boolean optional = AstClasses.isOptional(owner, field);
    if (type instanceof ParameterizedType list) {
      if (v == null) return List.of();
      if (!(v instanceof PyList items)) {
        throw Errors.typeError("%s field \"%s\" must be a list, not a %s", owner, field, v.type().name());
      }
      Class<?> element = (Class<?>) list.getActualTypeArguments()[0];
      boolean noneAllowed = owner.equals("Dict") && field.equals("keys")
          || owner.equals("arguments") && field.equals("kw_defaults");
      List<Object> out = new ArrayList<>(items.size());
      for (PyObject item : items.toArray()) {
        if (item == PyNone.NONE && !noneAllowed) {
          throw Errors.valueError("None disallowed in %s list", listKind(element));
        }
        out.add(item == PyNone.NONE ? null : value(item, element, owner, field));
      }
      return out;
    }
    Class<?> c = (Class<?>) type;
    if (v == null || v == PyNone.NONE && !c.isEnum()) {
      if (optional) return c == int.class ? (Object) 0 : null;
      if (v == null) throw Errors.typeError("required field \"%s\" missing from %s", field, owner);
      if (c == Object.class) return Expr.Constant.Singleton.None;
      if (c == int.class) throw Errors.valueError("invalid integer value: None");
      throw Errors.valueError("field '%s' is required for %s", field, owner);
    }
    return value(v, c, owner, field);
  }

  private static String listKind(Class<?> element) {
    if (element == dev.kaa.ast.Stmt.class) return "statement";
    if (element == Expr.class) return "expression";
    return AstClasses.asdlName(element);
  }

  private static Object value(PyObject v, Class<?> type, String owner, String field) {
    if (type == int.class) return toInt(v);
    if (type == Object.class) return constant(v);
    if (type == String.class) {
      boolean identifier = !(field.equals("kind") || field.equals("type_comment") || field.equals("tag"));
      if (v.getClass() != PyStr.class) {
        throw Errors.typeError(identifier ? "AST identifier must be of type str" : "AST string must be of type str");
      }
      String s = ((PyStr) v).value;
      if (owner.equals("Name") && (s.equals("None") || s.equals("True") || s.equals("False"))) {
        throw Errors.valueError("identifier field can't represent '%s' constant", s);
      }
      return s;
    }
    return node(v, type);
  }

  private static int toInt(PyObject v) {
    if (!(v instanceof PyInt i)) throw Errors.valueError("invalid integer value: %s", Abstract.repr(v).value);
    if (!i.isLong() || i.longValue() != (int) i.longValue()) {
      throw Errors.overflowError("Python int too large to convert to C int");
    }
    return (int) i.longValue();
  }

  /** A {@code Constant}'s value, one of the kinds CPython's validator accepts. */
  private static Object constant(PyObject v) {
    if (v == PyNone.NONE) return Expr.Constant.Singleton.None;
    if (v == PyEllipsis.ELLIPSIS) return Expr.Constant.Singleton.Ellipsis;
    if (v instanceof PyBool b) return b == PyBool.TRUE;
    if (v instanceof PyInt i) return i.isLong() ? (Object) i.longValue() : i.bigValue();
    if (v instanceof PyFloat f) return f.value;
    if (v instanceof PyComplex c) {
      boolean pureImaginary = c.real == 0 && Double.doubleToRawLongBits(c.real) == 0;
      return pureImaginary ? new Expr.Constant.Imaginary(c.imag) : new Code.ConstComplex(c.real, c.imag);
    }
    if (v instanceof PyStr s) return s.value;
    if (v instanceof PyBytes b) return new Expr.Constant.Bytes(b.value);
    if (v instanceof PyTuple t) return new Code.ConstTuple(constants(t.toArray()));
    if (v instanceof PyFrozenSet s) return new Code.ConstFrozenSet(constants(IterableItems.of(s)));
    throw Errors.typeError("got an invalid type in Constant: %s", v.type().name());
  }

  private static List<Object> constants(PyObject[] items) {
    List<Object> out = new ArrayList<>(items.length);
    for (PyObject item : items) out.add(constant(item));
    return out;
  }

  /** {@code o.name}, or null when it has none. */
  private static PyObject attribute(PyObject o, String name) {
    try {
      return Attributes.get(o, name);
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.AttributeError)) return null;
      throw e;
    }
  }

  private static Object construct(Class<?> record, Object[] values) {
    try {
      RecordComponent[] components = record.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < types.length; i++) types[i] = components[i].getType();
      return record.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
