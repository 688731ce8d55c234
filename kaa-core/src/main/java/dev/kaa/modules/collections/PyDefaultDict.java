package dev.kaa.modules.collections;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.HeapInstance;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGenericAlias;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.ReprGuard;
import dev.kaa.objects.Special;
import java.util.Arrays;

/**
 * {@code collections.defaultdict}: a dict whose {@code __missing__} stores and returns {@code default_factory()}.
 * A dict in Java too (dict's lookups call {@code __missing__} for any subclass that defines it), carrying its type
 * so Python subclasses of defaultdict share this class.
 */
public final class PyDefaultDict extends PyDict implements HeapInstance {
  public static final PyType TYPE = new PyType("collections.defaultdict", PyType.IMMUTABLE | PyType.BASETYPE,
      PyDefaultDict.class, PyDict.TYPE);

  private PyType type;
  private PyDict dict;
  private final PyObject[] slots;
  /** The factory; null for None. */
  private PyObject factory;

  private PyDefaultDict(PyType type) {
    this.type = type;
    boolean heap = type.hasFlag(PyType.HEAPTYPE);
    this.dict = heap ? HeapInstance.newDict(type) : null;
    this.slots = heap ? HeapInstance.newSlots(type) : null;
  }

  @Override public PyType type() { return type; }

  @Override public void setType(PyType t) { type = t; }

  @Override public PyDict dict() { return dict; }

  @Override public void setDict(PyDict d) { dict = d; }

  @Override public PyObject[] slots() { return slots; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyDefaultDict(cls);
  }

  @PyMethod("__init__") void init(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    PyObject newFactory = null;
    if (args.length > 0) {
      PyObject f = args[0];
      if (f != PyNone.NONE && f.type().lookupSpecial(Special.CALL) == null) {
        throw Errors.typeError("first argument must be callable or None");
      }
      newFactory = f == PyNone.NONE ? null : f;
    }
    factory = newFactory;
    PyObject[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
    if (rest.length > 1) throw Errors.typeError("dict expected at most 1 argument, got %d", rest.length);
    if (rest.length == 1) updateFrom(rest[0]);
    if (kwargs != null) updateFrom(kwargs);
  }

  @PyGetter("default_factory") PyObject defaultFactory() { return factory == null ? PyNone.NONE : factory; }

  @PySetter("default_factory") void setDefaultFactory(PyObject value) {
    factory = value == null || value == PyNone.NONE ? null : value;
  }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  @PyMethod("__missing__") PyObject missing(PyObject key) {
    if (factory == null) throw Errors.keyError(key);
    PyObject value = factory.call0();
    Abstract.setItem(this, key, value);
    return value;
  }

  @PyMethod("copy") PyObject copyDefaultDict() { return type.call2(defaultFactory(), this); }

  @PyMethod("__copy__") PyObject copyDunder() { return copyDefaultDict(); }

  @PyMethod("__reduce__") PyObject reduce() {
    PyTuple args = factory == null ? PyTuple.EMPTY : PyTuple.of(factory);
    PyObject items = Abstract.iter(Abstract.callMethod(this, dev.kaa.objects.Attributes.get(this, "items")));
    return PyTuple.of(type, args, PyNone.NONE, PyNone.NONE, items);
  }

  @PyMethod("__repr__") PyObject repr() {
    String base = ((PyStr) PyDict.TYPE.lookup("__repr__").call1(this)).value;
    String factoryRepr;
    if (factory == null) {
      factoryRepr = "None";
    } else if (!ReprGuard.enter(factory)) {
      factoryRepr = "...";
    } else {
      try {
        factoryRepr = Abstract.repr(factory).value;
      } finally {
        ReprGuard.leave(factory);
      }
    }
    return new PyStr(type.name() + "(" + factoryRepr + ", " + base + ")");
  }

  @PyMethod("__or__") PyObject or(PyObject other) {
    if (!(other instanceof PyDict)) return PyNotImplemented.VALUE;
    PyObject result = type.call2(defaultFactory(), this);
    ((PyDict) result).updateFrom(other);
    return result;
  }

  @PyMethod("__ror__") PyObject ror(PyObject other) {
    if (!(other instanceof PyDict)) return PyNotImplemented.VALUE;
    PyObject result = type.call2(defaultFactory(), other);
    ((PyDict) result).updateFrom(this);
    return result;
  }
}
