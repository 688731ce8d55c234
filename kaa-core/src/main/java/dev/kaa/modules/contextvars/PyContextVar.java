package dev.kaa.modules.contextvars;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Addresses;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyGenericAlias;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;

/** {@code contextvars.ContextVar(name, *, default)}: a key into the current {@link PyContext}. */
final class PyContextVar extends PyObject {
  static final PyType TYPE = new PyType("_contextvars.ContextVar", PyType.IMMUTABLE, PyContextVar.class,
      PyType.OBJECT);

  private final PyStr name;
  /** The default; null when none was given. */
  private final PyObject defaultValue;

  private PyContextVar(PyStr name, PyObject defaultValue) {
    this.name = name;
    this.defaultValue = defaultValue;
  }

  @Override public PyType type() { return TYPE; }

  /** {@code ContextVar(name, *, default=...)}: "default" is a Java keyword, so the arguments are read by hand. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    PyObject defaultValue = null;
    if (kwargs != null) {
      defaultValue = kwargs.get(new PyStr("default"));
      PyObject name = kwargs.get(new PyStr("name"));
      for (PyObject k : dev.kaa.modules.itertools.IterableItems.of(kwargs)) {
        String key = ((PyStr) k).value;
        if (!key.equals("default") && !key.equals("name")) {
          throw Errors.typeError("'%s' is an invalid keyword argument for ContextVar()", key);
        }
      }
      if (name != null) {
        if (args.length > 0) {
          throw Errors.typeError("argument for ContextVar() given by name ('name') and position (1)");
        }
        args = new PyObject[] {name};
      }
    }
    if (args.length > 1) {
      throw Errors.typeError("ContextVar() takes at most 1 positional argument (%d given)", args.length);
    }
    if (args.length == 0) throw Errors.typeError("ContextVar() takes exactly 1 positional argument (0 given)");
    if (!(args[0] instanceof PyStr s)) throw Errors.typeError("context variable name must be a str");
    return new PyContextVar(s, defaultValue);
  }

  @PyGetter(value = "name", readonlyMember = true) PyObject nameAttr() { return name; }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  @PyMethod PyObject get(@PyMethod.Opt PyObject defaultValue) {
    PyObject v = PyContext.current().lookup(this);
    if (v != null) return v;
    if (defaultValue != null) return defaultValue;
    if (this.defaultValue != null) return this.defaultValue;
    throw dev.kaa.objects.PyException.withArgs(ExceptionTypes.LookupError, this);
  }

  @PyMethod PyObject set(PyObject value) {
    PyContext ctx = PyContext.current();
    PyObject old = ctx.lookup(this);
    ctx.bind(this, value);
    return new PyContextToken(ctx, this, old);
  }

  @PyMethod void reset(PyObject token) {
    if (!(token instanceof PyContextToken t)) {
      throw Errors.typeError("expected an instance of Token, got %s", Abstract.repr(token).value);
    }
    t.resetIn(PyContext.current(), this);
  }

  @PyMethod("__repr__") PyObject repr() {
    StringBuilder sb = new StringBuilder("<ContextVar name=").append(Abstract.repr(name).value);
    if (defaultValue != null) sb.append(" default=").append(Abstract.repr(defaultValue).value);
    return new PyStr(sb.append(" at ").append(Addresses.of(this)).append('>').toString());
  }
}
