package dev.kaa.objects.typing;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code typing.TypeAliasType}, what {@code type Name[T] = value} makes: the value is computed on first read of
 * {@code __value__}, so an alias may name what is defined after it.
 */
public final class PyTypeAliasType extends PyObject {
  public static final PyType TYPE =
      new PyType("typing.TypeAliasType", PyType.IMMUTABLE, PyTypeAliasType.class, PyType.OBJECT);

  private final String name;
  private final PyTuple typeParams;
  private final PyObject module;
  /** The function computing the value until first read, then null. */
  private PyObject evaluate;
  private PyObject value;

  /** From the TYPEALIAS intrinsic's (name, type parameters or None, value function). */
  public PyTypeAliasType(PyTuple args, PyObject module) {
    this.name = ((PyStr) args.get(0)).value;
    this.typeParams = args.get(1) instanceof PyTuple t ? t : PyTuple.EMPTY;
    this.evaluate = args.get(2);
    this.module = module;
  }

  private PyTypeAliasType(String name, PyTuple typeParams, PyObject value, PyObject module) {
    this.name = name;
    this.typeParams = typeParams;
    this.value = value;
    this.module = module;
  }

  /** {@code TypeAliasType(name, value, *, type_params=())}. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject name, PyObject value, @PyMethod.KwOnly @PyMethod.Opt PyObject type_params) {
    if (!(name instanceof PyStr s)) throw Errors.typeError("typealias() argument 'name' must be str, not %s",
        name.type().name());
    PyTuple params = PyTuple.EMPTY;
    if (type_params != null) {
      if (!(type_params instanceof PyTuple t)) throw Errors.typeError("type_params must be a tuple");
      params = t;
    }
    return new PyTypeAliasType(s.value, params, value, TypingHelpers.callerModule());
  }

  @Override public PyType type() { return TYPE; }

  @PyGetter("__name__") PyObject nameAttr() { return new PyStr(name); }

  @PyGetter("__type_params__") PyObject typeParamsAttr() { return typeParams; }

  @PyGetter("__module__") PyObject moduleAttr() { return module; }

  @PyGetter("__value__") PyObject valueAttr() {
    if (evaluate != null) {
      value = Abstract.call(evaluate);
      evaluate = null;
    }
    return value;
  }

  @PyMethod("__repr__") PyObject repr() { return new PyStr(name); }

  @PyGetter("__parameters__") PyObject parameters() { return typeParams; }

  @PyMethod("__or__") PyObject or(PyObject right) { return TypingHelpers.union(this, right); }

  @PyMethod("__ror__") PyObject ror(PyObject left) { return TypingHelpers.union(left, this); }

  @PyMethod("__reduce__") PyObject reduce() { return new PyStr(name); }

  /** {@code Alias[args]}: a {@code types.GenericAlias} of the alias, for a generic alias only. */
  @PyMethod("__getitem__") PyObject getItem(PyObject args) {
    if (typeParams.size() == 0) throw Errors.typeError("Only generic type aliases are subscriptable");
    return new dev.kaa.objects.PyGenericAlias(this, args);  // types.GenericAlias, not typing's
  }
}
