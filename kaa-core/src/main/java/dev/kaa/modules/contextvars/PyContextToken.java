package dev.kaa.modules.contextvars;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Addresses;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyGenericAlias;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;

/** {@code contextvars.Token}: what {@code ContextVar.set} returns, to undo that set once with {@code reset}. */
final class PyContextToken extends PyObject {
  static final PyType TYPE = new PyType("_contextvars.Token", PyType.IMMUTABLE, PyContextToken.class, PyType.OBJECT);
  /** {@code Token.MISSING}: the old value of a variable that had none. */
  static final PyType MISSING_TYPE = new PyType("Token.MISSING", PyType.IMMUTABLE, MissingMarker.class,
      PyType.OBJECT);
  static final PyObject MISSING = new MissingMarker();

  static {
    TYPE.dictPut("MISSING", MISSING);
  }

  private final PyContext context;
  private final PyContextVar var;
  /** The variable's value before the set; null when it had none. */
  private final PyObject oldValue;
  private boolean used;

  PyContextToken(PyContext context, PyContextVar var, PyObject oldValue) {
    this.context = context;
    this.var = var;
    this.oldValue = oldValue;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs dev.kaa.objects.PyDict kw) {
    throw Errors.of(ExceptionTypes.RuntimeError, "Tokens can only be created by ContextVars");
  }

  @PyGetter("var") PyObject varAttr() { return var; }

  @PyGetter("old_value") PyObject oldValueAttr() { return oldValue == null ? MISSING : oldValue; }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  /** {@code var.reset(self)} with {@code current} the current context. */
  void resetIn(PyContext current, PyContextVar resetting) {
    if (used) throw Errors.of(ExceptionTypes.RuntimeError, "%s has already been used once", Abstract.repr(this).value);
    if (resetting != var) {
      throw Errors.valueError("%s was created by a different ContextVar", Abstract.repr(this).value);
    }
    if (current != context) {
      throw Errors.valueError("%s was created in a different Context", Abstract.repr(this).value);
    }
    used = true;
    context.bind(var, oldValue);
  }

  @PyMethod("__repr__") PyObject repr() {
    String address = Addresses.of(this);
    return new PyStr("<Token" + (used ? " used" : "") + " var=" + Abstract.repr(var).value + " at " + address + ">");
  }

  /** The class of {@code Token.MISSING}, whose repr is {@code <Token.MISSING>}. */
  static final class MissingMarker extends PyObject {
    @Override public PyType type() { return MISSING_TYPE; }

    @PyMethod("__repr__") PyObject repr() { return new PyStr("<Token.MISSING>"); }
  }
}
