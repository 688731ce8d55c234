package dev.kaa.modules.weakref;

import dev.kaa.objects.Abstract;
import dev.kaa.bytecode.CompareOps;
import dev.kaa.objects.Addresses;
import dev.kaa.objects.Errors;
import dev.kaa.objects.HeapInstance;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGenericAlias;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import dev.kaa.runtime.Interpreter;

/**
 * {@code weakref.ref} ({@code ReferenceType}): calling it gives the object, or None once the object has died; an
 * optional callback is called with the weakref when it dies. Subclassable ({@code weakref.KeyedRef},
 * {@code WeakMethod}). Hash and equality are the object's while it lives. See {@link WeakrefRegistry}.
 */
public class PyWeakRef extends PyObject implements WeakLink {
  public static final PyType TYPE = new PyType("weakref.ReferenceType", PyType.IMMUTABLE | PyType.BASETYPE,
      PyWeakRef.class, PyType.OBJECT);

  private final WeakrefRegistry.Referent referent;
  /** The callback, or null (none, or already called). */
  private PyObject callback;
  private long hash = -1;
  private boolean hashed;
  /** Made by {@code ref(o)} without callback: handed out again by the next such call. */
  private final boolean basic;

  PyWeakRef(WeakrefRegistry.Referent referent, PyObject callback, boolean basic) {
    this.referent = referent;
    this.callback = callback;
    this.basic = basic;
  }

  @Override public PyType type() { return TYPE; }

  /** The object, or null once it has died. */
  public PyObject get() { return referent.get(); }

  @Override public boolean isBasicRef() { return basic; }

  @Override public boolean isBasicProxy() { return false; }

  @Override public void died(Interpreter interp) {
    PyObject cb = callback;
    callback = null;
    callBack(interp, cb, this);
  }

  /** Calls a weakref's or proxy's callback {@code cb} (if any) with it, reporting what it raises. */
  static void callBack(Interpreter interp, PyObject cb, PyObject link) {
    if (cb == null) return;
    try {
      cb.call1(link);
    } catch (PyException e) {
      interp.printUnraisable("Exception ignored in", cb, e.value());
    }
  }

  /** Checks that {@code o} can be weakly referenced, with CPython's message. */
  static void checkReferable(PyObject o) {
    if (!o.type().weakrefable()) {
      throw Errors.typeError("cannot create weak reference to '%s' object", o.type().name());
    }
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, PyObject ob, @PyMethod.Opt PyObject callback) {
    checkReferable(ob);
    if (callback == PyNone.NONE) callback = null;
    WeakrefRegistry registry = WeakrefRegistry.of(Interpreter.current());
    WeakrefRegistry.Referent r = registry.referent(ob);
    boolean basic = callback == null && cls == TYPE;
    if (basic && registry.basic(r, false) instanceof PyWeakRef existing) return existing;
    PyWeakRef ref = cls == TYPE ? new PyWeakRef(r, callback, basic) : new Derived(cls, r, callback);
    registry.add(r, ref);
    return ref;
  }

  /** Does nothing ({@code __new__} did the work), but checks the arguments as CPython's. */
  @PyMethod("__init__") void init(@PyMethod.Star PyObject[] args) {
    if (args.length < 1) throw Errors.typeError("__init__ expected at least 1 argument, got 0");
    if (args.length > 2) throw Errors.typeError("__init__ expected at most 2 arguments, got %d", args.length);
  }

  @PyMethod("__call__") PyObject call() {
    PyObject o = get();
    return o == null ? PyNone.NONE : o;
  }

  @PyGetter("__callback__") PyObject getCallback() { return callback == null ? PyNone.NONE : callback; }

  @PyMethod("__hash__") PyObject hashPy() {
    if (!hashed) {
      PyObject o = get();
      if (o == null) throw Errors.typeError("weak object has gone away");
      hash = Abstract.hash(o);
      hashed = true;
    }
    return PyInt.of(hash);
  }

  @PyMethod("__eq__") PyObject eq(PyObject other) { return compare(other, CompareOps.EQ); }

  @PyMethod("__ne__") PyObject ne(PyObject other) { return compare(other, CompareOps.NE); }

  /** Two live refs compare as their objects; otherwise a ref equals only itself. */
  private PyObject compare(PyObject other, CompareOps op) {
    if (!(other instanceof PyWeakRef w)) return PyNotImplemented.VALUE;
    PyObject a = get(), b = w.get();
    if (a == null || b == null) {
      boolean same = this == other;
      return dev.kaa.objects.PyBool.of(op == CompareOps.EQ ? same : !same);
    }
    return Abstract.richCompare(a, b, op);
  }

  @PyMethod("__repr__") PyObject repr() {
    String at = "<weakref at " + Addresses.of(this);
    PyObject o = get();
    if (o == null) return new PyStr(at + "; dead>");
    String text = at + "; to '" + o.type().builtinTpName() + "' at " + Addresses.of(o);
    PyObject name = specialName(o);
    if (name != null) text += " (" + Abstract.str(name).value + ")";
    return new PyStr(text + ">");
  }

  /**
   * The {@code __name__} that the object's type gives it (CPython's special lookup: not an instance attribute, not
   * {@code __getattr__}, so a mapping that answers every name does not break the repr), or null.
   */
  private static PyObject specialName(PyObject o) {
    PyObject d = o.type().lookup("__name__");
    if (d == null) return null;
    PyObject get = d.type().lookupSpecial(Special.GET);
    return get == null ? d : Abstract.callGet(d, get, o, o.type());
  }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  /** An instance of a Python subclass of ref. */
  static final class Derived extends PyWeakRef implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type, WeakrefRegistry.Referent referent, PyObject callback) {
      super(referent, callback, false);
      this.type = type;
      this.dict = HeapInstance.newDict(type);
      this.slots = HeapInstance.newSlots(type);
    }

    @Override public PyType type() { return type; }

    @Override public void setType(PyType t) { type = t; }

    @Override public PyDict dict() { return dict; }

    @Override public void setDict(PyDict d) { dict = d; }

    @Override public PyObject[] slots() { return slots; }
  }
}
