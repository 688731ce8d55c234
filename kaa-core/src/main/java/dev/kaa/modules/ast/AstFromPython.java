package dev.kaa.modules.ast;

import dev.kaa.ast.AstDump;
import dev.kaa.ast.Expr;
import dev.kaa.ast.Located;
import dev.kaa.ast.Mod;
import dev.kaa.bytecode.Code;
import dev.kaa.interp.PyCode;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyComplex;
import dev.kaa.objects.PyEllipsis;
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
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code compile(tree, ...)} for a tree of {@code ast} objects: the objects read back into Kaa's records, checked as
 * CPython's {@code obj2ast} checks them (a missing field is a TypeError naming it, a node of the wrong sort is
 * "expected some sort of expr, but got ..."), then {@link AstValidator} makes the semantic checks (ValueError).
 * The records' components say what each field holds, so one reflective walk serves every node class.
 */
public final class AstFromPython {
  private final PyModule ast;

  /** The list fields whose items may be None ({@code {**m}}'s key, a keyword-only parameter without default). */
  private static final Set<String> NULLABLE_ITEMS = Set.of("Dict.keys", "arguments.kw_defaults");

  private AstFromPython(PyModule ast) { this.ast = ast; }

  /** The tree {@code source} (an {@code ast.AST}) as the module node {@code mode} asks for, checked. */
  public static Mod convert(Interpreter interp, PyObject source, Mode mode) {
    PyModule module = (PyModule) interp.builtinsDict().getStr("__import__").call1(new PyStr(AstModule.NAME));
    AstFromPython reader = new AstFromPython(module);
    String expected = switch (mode) {
      case EXEC -> "Module";
      case EVAL -> "Expression";
      case SINGLE -> "Interactive";
      case FUNC_TYPE -> "FunctionType";
    };
    if (!reader.isInstance(source, expected)) {
      throw Errors.typeError("expected %s node, got %s", expected, source.type().name());
    }
    Mod tree = (Mod) reader.node(source, Mod.class);
    AstValidator.validate(tree);
    return tree;
  }

  private boolean isInstance(PyObject o, String className) {
    return o.type().isSubtypeOf((PyType) ast.dict().getStr(className));
  }

  /** How deep the reading is: a tree that contains itself ends in RecursionError, as in CPython. */
  private int depth;

  /** {@code obj} as a node of Java type {@code type}: a sum (sealed interface), a kind (enum) or a product. */
  private Object node(PyObject obj, Class<?> type) {
    if (type.isEnum()) return nodeOfType(obj, type);  // a kind holds nothing, so it adds no depth
    if (++depth > dev.kaa.interp.ThreadState.recursionLimit()) {
      throw Errors.of(dev.kaa.objects.ExceptionTypes.RecursionError,
          "maximum recursion depth exceeded while traversing '%s' node", AstClasses.asdlName(type));
    }
    try {
      return nodeOfType(obj, type);
    } finally {
      depth--;
    }
  }

  private Object nodeOfType(PyObject obj, Class<?> type) {
    String sort = AstClasses.asdlName(type);
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (isInstance(obj, ((Enum<?>) constant).name())) return constant;
      }
      throw Errors.typeError("expected some sort of %s, but got %s", sort, Abstract.repr(obj));
    }
    if (type.isSealed()) {
      int[] positions = Located.class.isAssignableFrom(type) ? positions(obj, sort) : null;
      for (Class<?> kind : type.getPermittedSubclasses()) {
        if (isInstance(obj, AstDump.pythonName(kind))) return record(obj, kind, positions);
      }
      throw Errors.typeError("expected some sort of %s, but got %s", sort, Abstract.repr(obj));
    }
    if (AstClasses.isSum(type)) {
      // a sum with one kind (excepthandler, type_ignore): positions first, then the kind's check, as for the others
      int[] positions = Located.class.isAssignableFrom(type) ? positions(obj, sort) : null;
      if (!isInstance(obj, AstDump.pythonName(type))) {
        throw Errors.typeError("expected some sort of %s, but got %s", sort, Abstract.repr(obj));
      }
      return record(obj, type, positions);
    }
    return record(obj, type, null);
  }

  /** lineno and col_offset (required), end_lineno and end_col_offset (default: the start), as CPython reads them. */
  private int[] positions(PyObject obj, String owner) {
    int lineno = intField(obj, "lineno", owner, true, 0);
    int col = intField(obj, "col_offset", owner, true, 0);
    int endLineno = intField(obj, "end_lineno", owner, false, lineno);
    int endCol = intField(obj, "end_col_offset", owner, false, col);
    return new int[] {lineno, col, endLineno, endCol};
  }

  private int intField(PyObject obj, String name, String owner, boolean required, int absent) {
    PyObject v = Abstract.getAttrOrNull(obj, name);
    if (v == null && required) throw Errors.typeError("required field \"%s\" missing from %s", name, owner);
    if (v == null || (v == PyNone.NONE && !required)) return absent;
    if (!(v instanceof PyInt i)) throw Errors.valueError("invalid integer value: %s", Abstract.repr(v));
    return (int) i.longValue();
  }

  /** The record {@code kind} made from {@code obj}'s fields; {@code positions} given for a sum's kind. */
  private Object record(PyObject obj, Class<?> kind, int[] positions) {
    String owner = AstDump.pythonName(kind);
    RecordComponent[] components = kind.getRecordComponents();
    boolean located = Located.class.isAssignableFrom(kind);
    int fieldCount = located ? components.length - 4 : components.length;
    Object[] args = new Object[components.length];
    List<String> names = AstClasses.fields(kind);
    for (int i = 0; i < fieldCount; i++) {
      args[i] = field(obj, owner, names.get(i), components[i]);
    }
    if (located) {
      if (positions == null) positions = positions(obj, owner);
      for (int i = 0; i < 4; i++) args[fieldCount + i] = positions[i];
    }
    try {
      Constructor<?> c = kind.getDeclaredConstructor(types(components));
      return c.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?>[] types(RecordComponent[] components) {
    Class<?>[] out = new Class<?>[components.length];
    for (int i = 0; i < out.length; i++) out[i] = components[i].getType();
    return out;
  }

  private Object field(PyObject obj, String owner, String name, RecordComponent component) {
    boolean optional = AstClasses.isOptional(owner, name);
    PyObject v = Abstract.getAttrOrNull(obj, name);
    Type type = component.getGenericType();
    if (v == null) {
      // an absent list is an empty one, as CPython reads it
      if (type instanceof ParameterizedType) return List.of();
      if (!optional) throw Errors.typeError("required field \"%s\" missing from %s", name, owner);
      v = PyNone.NONE;
    }
    if (type instanceof ParameterizedType p) {
      if (!(v instanceof PyList list)) {
        throw Errors.typeError("%s field \"%s\" must be a list, not a %s", owner, name, v.type().name());
      }
      Type itemType = p.getActualTypeArguments()[0];
      boolean nullable = NULLABLE_ITEMS.contains(owner + "." + name);
      List<Object> items = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        PyObject item = list.get(i);
        if (item == PyNone.NONE && !nullable) {
          throw Errors.valueError("None disallowed in %s list", itemType == dev.kaa.ast.Stmt.class ? "statement"
              : "expression");
        }
        items.add(item == PyNone.NONE ? null : scalar(item, (Class<?>) itemType, owner, name));
      }
      return items;
    }
    Class<?> c = component.getType();
    if (c == int.class) {
      if (v == PyNone.NONE && optional) return 0;
      if (!(v instanceof PyInt i)) throw Errors.valueError("invalid integer value: %s", Abstract.repr(v));
      return (int) i.longValue();
    }
    if (v == PyNone.NONE && !c.isEnum() && c != Object.class) {
      // None is an absent optional field; for a required node or name it is CPython's constructor's ValueError
      if (optional) return null;
      if (c.isInterface() || AstClasses.isSum(c) || c == String.class) {
        throw Errors.valueError("field '%s' is required for %s", name, owner);
      }
    }
    return scalar(v, c, owner, name);
  }

  private Object scalar(PyObject v, Class<?> c, String owner, String name) {
    if (c == String.class) {
      if (!(v instanceof PyStr s)) {
        throw Errors.typeError(AstClasses.isIdentifier(name) ? "AST identifier must be of type str"
            : "AST string must be of type str");
      }
      return s.toString();
    }
    if (c == Object.class) return constant(v);
    return node(v, c);
  }

  /** Constants are of the exact types (a subclass of int is not one), tuples and frozensets of them included. */
  private static boolean isExactConstant(PyObject v) {
    PyType t = v.type();
    if (t == PyTuple.TYPE || t == PyFrozenSet.TYPE) {
      PyObject it = Abstract.iter(v);
      for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
        if (!isExactConstant(item)) return false;
      }
      return true;
    }
    return v == PyNone.NONE || v == PyEllipsis.ELLIPSIS || t == PyBool.TYPE || t == PyInt.TYPE || t == PyFloat.TYPE
        || t == PyComplex.TYPE || t == PyStr.TYPE || t == PyBytes.TYPE;
  }

  /** A Constant's value: None, Ellipsis, a number, str, bytes, or a tuple or frozenset of these. */
  private static Object constant(PyObject v) {
    Object c = isExactConstant(v) ? PyCode.constantOf(v) : null;
    if (c == null) throw Errors.typeError("got an invalid type in Constant: %s", v.type().name());
    if (c instanceof Code.ConstComplex z && Double.doubleToRawLongBits(z.real()) == 0) {
      return new Expr.Constant.Imaginary(z.imag());
    }
    return c;
  }
}
