package dev.kaa.modules.ast;

import dev.kaa.ast.AstDump;
import dev.kaa.ast.Expr;
import dev.kaa.ast.Located;
import dev.kaa.ast.Node;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyComplex;
import dev.kaa.objects.PyEllipsis;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kaa parse tree as {@code ast} objects: each record an instance of its {@code _ast} class with its fields and
 * positions set (an absent end position, negative in the record, left to the class's None), lists as lists, the
 * operator and context kinds as one shared instance each (as CPython shares them), constants as their Python values.
 */
public final class AstToPython {
  private final PyModule ast;
  private final Singletons singletons;

  /** The one instance of each operator and context kind, per interpreter. */
  private static final class Singletons {
    final Map<Enum<?>, PyObject> instances = new HashMap<>();
  }

  private AstToPython(PyModule ast, Singletons singletons) {
    this.ast = ast;
    this.singletons = singletons;
  }

  /** {@code compile(source, filename, mode, PyCF_ONLY_AST)}'s answer for the parsed {@code tree}. */
  public static PyObject convert(Interpreter interp, Node tree) {
    PyObject module = interp.builtinsDict().getStr("__import__").call1(new PyStr(AstModule.NAME));
    Singletons singletons = interp.moduleState(Singletons.class, i -> new Singletons());
    return new AstToPython((PyModule) module, singletons).value(tree);
  }

  /** True when {@code o} is an instance of {@code _ast.AST} (none exists before {@code _ast} is imported). */
  public static boolean isAst(Interpreter interp, PyObject o) {
    PyObject module = interp.modules().getStr(AstModule.NAME);
    return module instanceof PyModule m && m.dict().getStr("AST") instanceof PyType ast && o.type().isSubtypeOf(ast);
  }

  private PyObject cls(String name) { return ast.dict().getStr(name); }

  private PyObject value(Object v) {
    if (v == null) return PyNone.NONE;
    if (v instanceof Node n) return node(n);
    if (v instanceof List<?> list) {
      PyObject[] items = new PyObject[list.size()];
      for (int i = 0; i < items.length; i++) items[i] = value(list.get(i));
      return new PyList(items);
    }
    if (v instanceof Enum<?> e && !(e instanceof Expr.Constant.Singleton)) {
      return singletons.instances.computeIfAbsent(e, k -> cls(k.name()).call0());
    }
    return constant(v);
  }

  private PyObject node(Node n) {
    Class<?> k = n.getClass();
    PyObject obj = cls(AstDump.pythonName(k)).call0();
    RecordComponent[] components = k.getRecordComponents();
    int positions = n instanceof Located ? components.length - 4 : components.length;
    for (int i = 0; i < components.length; i++) {
      Object v = get(components[i].getAccessor(), n);
      if (i >= positions + 2 && v instanceof Integer end && end < 0) continue;
      Attributes.set(obj, AstClasses.snakeCase(components[i].getName()), value(v));
    }
    return obj;
  }

  private static Object get(Method accessor, Object node) {
    try {
      return accessor.invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PyObject constant(Object v) {
    // if-chains, not a pattern switch: StartupPathTest keeps typeSwitch bootstraps out of the classes Kaa links
    if (v instanceof String s) return new PyStr(s);
    if (v instanceof Integer i) return PyInt.of(i);
    if (v instanceof Long l) return PyInt.of(l);
    if (v instanceof BigInteger b) return PyInt.of(b);
    if (v instanceof Boolean b) return PyBool.of(b);
    if (v instanceof Double d) return new PyFloat(d);
    if (v instanceof Expr.Constant.Imaginary im) return new PyComplex(0, im.imag());
    if (v instanceof Expr.Constant.Bytes b) return new PyBytes(b.data());
    if (v instanceof Expr.Constant.CodePoints c) return new PyStr(new String(c.codePoints(), 0, c.codePoints().length));
    if (v instanceof Expr.Constant.Singleton s) {
      return s == Expr.Constant.Singleton.None ? PyNone.NONE : PyEllipsis.ELLIPSIS;
    }
    throw new IllegalArgumentException("not an AST value: " + v.getClass().getName());
  }

}
