package dev.kaa.runtime;

import dev.kaa.objects.Attributes;
import dev.kaa.objects.BuiltinFunction;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.HeapInstance;
import dev.kaa.objects.PyBuiltinMethod;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyList;
import dev.kaa.objects.MemberAnnotations;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * {@code module}: a namespace dict with a name. Attribute access reads the dict (after the type's data descriptors),
 * then a module-level {@code __getattr__} (PEP 562). A built-in module ({@code sys}, {@code builtins}) belongs to the
 * {@link Interpreter} that made it; its functions are the {@link PyMethod} static methods of Java classes, bound with
 * the module as {@code __self__} (so they reach their interpreter through it), as CPython's module functions.
 */
public class PyModule extends PyObject implements HeapInstance, dev.kaa.objects.QuietAttributeLookup {
  public static final PyType TYPE = new PyType("module", PyType.IMMUTABLE | PyType.WEAKREFABLE | PyType.BASETYPE,
      PyModule.class, PyType.OBJECT);

  static {
    TYPE.setInstancesHaveDict();
  }

  private final PyDict dict;
  /** {@code module}, or a Python subclass ({@code __class__} may change between those). */
  private PyType type = TYPE;
  /** A subclass's {@code __slots__} values; null when none. */
  private PyObject[] slots;
  /** The interpreter of a built-in module; null for modules made from Python source or by {@code ModuleType()}. */
  final Interpreter interpreter;

  /** A module named {@code name} with an empty namespace but for its dunder names. */
  public PyModule(String name, PyObject doc, Interpreter interpreter) {
    this.dict = new PyDict();
    this.interpreter = interpreter;
    dict.put(new PyStr("__name__"), new PyStr(name));
    dict.put(new PyStr("__doc__"), doc);
    dict.put(new PyStr("__package__"), PyNone.NONE);
    dict.put(new PyStr("__loader__"), PyNone.NONE);
    dict.put(new PyStr("__spec__"), PyNone.NONE);
  }

  /** {@code ModuleType.__new__(cls)}: an instance of {@code cls} whose dict is empty until {@code __init__}. */
  private PyModule(PyType cls) {
    this.dict = new PyDict();
    this.interpreter = null;
    this.type = cls;
    this.slots = HeapInstance.newSlots(cls);
  }

  @Override public PyType type() { return type; }

  @Override public void setType(PyType t) { type = t; }  // checked: the same slots

  @Override public boolean classAssignableFromBuiltin() { return true; }

  @Override public PyDict dict() { return dict; }

  /** A module's namespace is for good ({@code __dict__} is read-only). */
  @Override public void setDict(PyDict d) { throw Errors.attributeError("readonly attribute"); }

  @Override public PyObject[] slots() { return slots; }

  /** {@code module.name = value} from Java. */
  public void put(String name, PyObject value) { dict.put(new PyStr(name), value); }

  /** The interpreter a built-in module belongs to. */
  public Interpreter interpreter() { return interpreter; }

  /** {@code __name__} as Java text; "?" when it is missing or not a str, as CPython's repr says. */
  public String name() {
    return dict.getStr("__name__") instanceof PyStr s ? s.value : "?";
  }

  /**
   * Adds every {@link PyMethod} static method of {@code holder} as a function of this module (first parameter: the
   * module). Sorted by name, since Java reports declared methods in no fixed order.
   */
  public void addFunctions(Class<?> holder) {
    Method[] methods = MemberAnnotations.declaredMethodsByName(holder);
    String moduleName = name();
    for (Method m : methods) {
      if (m.isSynthetic() || MemberAnnotations.pyMethod(m) == null) continue;
      if (!Modifier.isStatic(m.getModifiers()) || m.getParameterCount() == 0
          || !m.getParameterTypes()[0].isAssignableFrom(PyModule.class)) {
        throw new IllegalStateException("module function " + m + " must be static, with the module first");
      }
      BuiltinFunction f = BuiltinFunction.ofModuleFunction(m, moduleName);
      put(f.name(), new PyBuiltinMethod(f, this));
    }
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyModule(cls);
  }

  @PyMethod(value = "__init__", positionalOnly = 0) void init(PyObject name, @PyMethod.Opt PyObject doc) {
    if (!(name instanceof PyStr)) {
      throw Errors.typeError("module.__init__() argument 'name' must be str, not %s", name.type().name());
    }
    dict.put(new PyStr("__name__"), name);
    dict.put(new PyStr("__doc__"), doc == null ? PyNone.NONE : doc);
    dict.put(new PyStr("__package__"), PyNone.NONE);
    dict.put(new PyStr("__loader__"), PyNone.NONE);
    dict.put(new PyStr("__spec__"), PyNone.NONE);
  }

  @PyMethod("__getattribute__") PyObject getattribute(PyObject name) {
    if (!(name instanceof PyStr s)) {
      throw Errors.typeError("attribute name must be string, not '%s'", name.type().name());
    }
    PyObject found = genericOrNull(s.value);
    if (found != null) return found;
    PyObject hook = dict.getStr("__getattr__");
    if (hook != null) return hook.call1(name);
    // with name and obj set, as CPython's module_getattro
    if (!(dict.getStr("__name__") instanceof PyStr)) {
      throw Errors.attributeError(this, s.value, "module has no attribute '%s'", s.value);
    }
    throw Errors.attributeError(this, s.value, "module '%s' has no attribute '%s'", name(), s.value);
  }

  @Override public PyType getattributeOwner() { return TYPE; }

  /** {@link #getattribute} with null for a missing attribute instead of the AttributeError. */
  @Override public PyObject getattributeOrNull(String name) {
    PyObject found = genericOrNull(name);
    if (found != null) return found;
    PyObject hook = dict.getStr("__getattr__");
    return hook == null ? null : hook.call1(new PyStr(name));
  }

  /** {@code object.__getattribute__}, null for missing: a descriptor's AttributeError too, as CPython's module. */
  private PyObject genericOrNull(String name) {
    try {
      return Attributes.genericGetOrNull(this, name);
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.AttributeError)) throw e;
      return null;
    }
  }

  @PyGetter("__dict__") PyObject getDict() { return dict; }

  @PySetter("__dict__") void setDictAttr(PyObject value) { setDict(null); }

  /** CPython's module getset: the dict's {@code __annotations__}, an empty dict stored there on first read. */
  @PyGetter("__annotations__") PyObject getAnnotations() {
    PyObject annotations = dict.getStr("__annotations__");
    if (annotations == null) {
      annotations = new PyDict();
      dict.put(new PyStr("__annotations__"), annotations);
    }
    return annotations;
  }

  @PySetter("__annotations__") void setAnnotations(PyObject value) {
    if (value != null) {
      dict.put(new PyStr("__annotations__"), value);
    } else if (dict.getStr("__annotations__") == null) {
      throw Errors.attributeError("__annotations__");
    } else {
      dict.remove(new PyStr("__annotations__"));
    }
  }

  /** The names in {@code __dict__} as the object shows it (a subclass may replace it), or what its __dir__ says. */
  @PyMethod("__dir__") PyObject dir() {
    if (!(Attributes.get(this, "__dict__") instanceof PyDict d)) {
      throw Errors.typeError("<module>.__dict__ is not a dictionary");
    }
    PyObject custom = d.getStr("__dir__");
    if (custom != null) return custom.call0();
    PyList names = new PyList();
    d.forEach((k, v) -> names.add(k));
    return names;
  }

  @PyMethod("__repr__") PyObject repr() {
    String name = dict.getStr("__name__") instanceof PyStr s ? s.value : "?";
    PyObject file = dict.getStr("__file__");
    if (file instanceof PyStr f) return new PyStr("<module '" + name + "' from '" + f.value + "'>");
    if (interpreter != null) return new PyStr("<module '" + name + "' (built-in)>");
    return new PyStr("<module '" + name + "'>");
  }
}
