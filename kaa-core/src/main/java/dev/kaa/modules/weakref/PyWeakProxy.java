package dev.kaa.modules.weakref;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.CompareOps;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Addresses;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;

/**
 * {@code weakref.proxy(o)}: {@code ProxyType}, an object that stands for {@code o} while it lives (attributes,
 * operators, items, iteration and {@code str} are {@code o}'s) and raises ReferenceError once it has died. Proxies to
 * callables are {@link PyWeakCallableProxy}. Unhashable, as in CPython.
 */
public class PyWeakProxy extends PyObject implements WeakLink {
  public static final PyType TYPE = new PyType("weakref.ProxyType", PyType.IMMUTABLE, PyWeakProxy.class,
      PyType.OBJECT);

  private final WeakrefRegistry.Referent referent;
  private PyObject callback;

  PyWeakProxy(WeakrefRegistry.Referent referent, PyObject callback) {
    this.referent = referent;
    this.callback = callback;
  }

  @Override public PyType type() { return TYPE; }

  @Override public boolean isBasicRef() { return false; }

  @Override public boolean isBasicProxy() { return callback == null && !dead; }

  private boolean dead;

  @Override public void died(Interpreter interp) {
    PyObject cb = callback;
    callback = null;
    dead = true;
    PyWeakRef.callBack(interp, cb, this);
  }

  /** {@code weakref.proxy(object, callback=None)}. */
  static PyObject make(PyObject ob, PyObject callback) {
    PyWeakRef.checkReferable(ob);
    if (callback == PyNone.NONE) callback = null;
    WeakrefRegistry registry = WeakrefRegistry.of(Interpreter.current());
    WeakrefRegistry.Referent r = registry.referent(ob);
    if (callback == null && registry.basic(r, true) instanceof PyWeakProxy existing) return existing;
    PyWeakProxy p = dev.kaa.runtime.BuiltinFunctions.isCallable(ob) ? new PyWeakCallableProxy(r, callback)
        : new PyWeakProxy(r, callback);
    registry.add(r, p);
    return p;
  }

  /** The object, or ReferenceError when it has died. */
  final PyObject object() {
    PyObject o = referent.get();
    if (o == null) throw Errors.of(ExceptionTypes.ReferenceError, "weakly-referenced object no longer exists");
    return o;
  }

  /** A proxy's object (checked alive), anything else itself: the operands of an operator. */
  private static PyObject unwrap(PyObject o) { return o instanceof PyWeakProxy p ? p.object() : o; }

  @PyMethod("__getattribute__") PyObject getattribute(PyObject name) {
    return Attributes.get(object(), Abstract.str(name).value);
  }

  @PyMethod("__setattr__") void setattr(PyObject name, PyObject value) {
    Attributes.set(object(), Abstract.str(name).value, value);
  }

  @PyMethod("__delattr__") void delattr(PyObject name) {
    Attributes.set(object(), Abstract.str(name).value, null);
  }

  @PyMethod("__repr__") PyObject repr() {
    PyObject o = referent.get();
    PyObject shown = o == null ? PyNone.NONE : o;
    return new PyStr("<weakproxy at " + Addresses.of(this) + " to "
        + shown.type().builtinTpName() + " at " + Addresses.of(shown) + ">");
  }

  @PyMethod("__str__") PyObject str() { return Abstract.str(object()); }

  @PyMethod("__hash__") PyObject hash() { throw Errors.typeError("unhashable type: '%s'", type().builtinTpName()); }

  @PyMethod("__bool__") PyObject bool() { return PyBool.of(Abstract.isTrue(object())); }

  @PyMethod("__bytes__") PyObject bytes() { return Abstract.call(dev.kaa.objects.PyBytes.TYPE, object()); }

  @PyMethod("__eq__") PyObject eq(PyObject w) { return Abstract.richCompare(object(), unwrap(w), CompareOps.EQ); }

  @PyMethod("__ne__") PyObject ne(PyObject w) { return Abstract.richCompare(object(), unwrap(w), CompareOps.NE); }

  @PyMethod("__lt__") PyObject lt(PyObject w) { return Abstract.richCompare(object(), unwrap(w), CompareOps.LT); }

  @PyMethod("__le__") PyObject le(PyObject w) { return Abstract.richCompare(object(), unwrap(w), CompareOps.LE); }

  @PyMethod("__gt__") PyObject gt(PyObject w) { return Abstract.richCompare(object(), unwrap(w), CompareOps.GT); }

  @PyMethod("__ge__") PyObject ge(PyObject w) { return Abstract.richCompare(object(), unwrap(w), CompareOps.GE); }

  @PyMethod("__add__") PyObject add(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.ADD); }
  @PyMethod("__radd__") PyObject radd(PyObject v) { return Abstract.binaryOp(unwrap(v), object(), BinaryOps.ADD); }
  @PyMethod("__iadd__") PyObject iadd(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_ADD); }
  @PyMethod("__sub__") PyObject sub(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.SUBTRACT); }
  @PyMethod("__rsub__") PyObject rsub(PyObject v) { return Abstract.binaryOp(unwrap(v), object(), BinaryOps.SUBTRACT); }
  @PyMethod("__isub__") PyObject isub(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_SUBTRACT); }
  @PyMethod("__mul__") PyObject mul(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.MULTIPLY); }
  @PyMethod("__rmul__") PyObject rmul(PyObject v) { return Abstract.binaryOp(unwrap(v), object(), BinaryOps.MULTIPLY); }
  @PyMethod("__imul__") PyObject imul(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_MULTIPLY); }
  @PyMethod("__matmul__") PyObject matmul(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.MATRIX_MULTIPLY); }
  @PyMethod("__rmatmul__") PyObject rmatmul(PyObject v) { return Abstract.binaryOp(unwrap(v), object(), BinaryOps.MATRIX_MULTIPLY); }
  @PyMethod("__imatmul__") PyObject imatmul(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_MATRIX_MULTIPLY); }
  @PyMethod("__truediv__") PyObject truediv(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.TRUE_DIVIDE); }
  @PyMethod("__rtruediv__") PyObject rtruediv(PyObject v) { return Abstract.binaryOp(unwrap(v), object(), BinaryOps.TRUE_DIVIDE); }
  @PyMethod("__itruediv__") PyObject itruediv(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_TRUE_DIVIDE); }
  @PyMethod("__floordiv__") PyObject floordiv(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.FLOOR_DIVIDE); }
  @PyMethod("__rfloordiv__") PyObject rfloordiv(PyObject v) { return Abstract.binaryOp(unwrap(v), object(), BinaryOps.FLOOR_DIVIDE); }
  @PyMethod("__ifloordiv__") PyObject ifloordiv(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_FLOOR_DIVIDE); }
  @PyMethod("__mod__") PyObject mod(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.REMAINDER); }
  @PyMethod("__rmod__") PyObject rmod(PyObject v) { return Abstract.binaryOp(unwrap(v), object(), BinaryOps.REMAINDER); }
  @PyMethod("__imod__") PyObject imod(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_REMAINDER); }
  @PyMethod("__lshift__") PyObject lshift(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.LSHIFT); }
  @PyMethod("__rlshift__") PyObject rlshift(PyObject v) { return Abstract.binaryOp(unwrap(v), object(), BinaryOps.LSHIFT); }
  @PyMethod("__ilshift__") PyObject ilshift(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_LSHIFT); }
  @PyMethod("__rshift__") PyObject rshift(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.RSHIFT); }
  @PyMethod("__rrshift__") PyObject rrshift(PyObject v) { return Abstract.binaryOp(unwrap(v), object(), BinaryOps.RSHIFT); }
  @PyMethod("__irshift__") PyObject irshift(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_RSHIFT); }
  @PyMethod("__and__") PyObject and(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.AND); }
  @PyMethod("__rand__") PyObject rand(PyObject v) { return Abstract.binaryOp(unwrap(v), object(), BinaryOps.AND); }
  @PyMethod("__iand__") PyObject iand(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_AND); }
  @PyMethod("__or__") PyObject or(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.OR); }
  @PyMethod("__ror__") PyObject ror(PyObject v) { return Abstract.binaryOp(unwrap(v), object(), BinaryOps.OR); }
  @PyMethod("__ior__") PyObject ior(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_OR); }
  @PyMethod("__xor__") PyObject xor(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.XOR); }
  @PyMethod("__rxor__") PyObject rxor(PyObject v) { return Abstract.binaryOp(unwrap(v), object(), BinaryOps.XOR); }
  @PyMethod("__ixor__") PyObject ixor(PyObject w) { return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_XOR); }

  @PyMethod("__divmod__") PyObject divmod(PyObject w) { return Abstract.divmod(object(), unwrap(w)); }

  @PyMethod("__rdivmod__") PyObject rdivmod(PyObject v) { return Abstract.divmod(unwrap(v), object()); }

  @PyMethod("__pow__") PyObject pow(PyObject w, @PyMethod.Opt PyObject z) {
    return Abstract.power(object(), unwrap(w), z == null ? PyNone.NONE : unwrap(z));
  }

  @PyMethod("__rpow__") PyObject rpow(PyObject v, @PyMethod.Opt PyObject z) {
    return Abstract.power(unwrap(v), object(), z == null ? PyNone.NONE : unwrap(z));
  }

  @PyMethod("__ipow__") PyObject ipow(PyObject w, @PyMethod.Opt PyObject z) {
    return Abstract.binaryOp(object(), unwrap(w), BinaryOps.INPLACE_POWER);
  }

  @PyMethod("__neg__") PyObject neg() { return Abstract.negative(object()); }

  @PyMethod("__pos__") PyObject pos() { return Abstract.positive(object()); }

  @PyMethod("__abs__") PyObject abs() { return Abstract.absolute(object()); }

  @PyMethod("__invert__") PyObject invert() { return Abstract.invert(object()); }

  @PyMethod("__int__") PyObject toInt() { return Abstract.toInt(object()); }

  @PyMethod("__float__") PyObject toFloat() { return Abstract.call(dev.kaa.objects.PyFloat.TYPE, object()); }

  @PyMethod("__index__") PyObject index() { return Abstract.index(object()); }

  @PyMethod("__len__") PyObject len() { return PyInt.of(Abstract.length(object())); }

  @PyMethod("__contains__") PyObject contains(PyObject item) { return PyBool.of(Abstract.contains(object(), item)); }

  @PyMethod("__getitem__") PyObject getitem(PyObject key) { return Abstract.getItem(object(), key); }

  @PyMethod("__setitem__") void setitem(PyObject key, PyObject value) { Abstract.setItem(object(), key, value); }

  @PyMethod("__delitem__") void delitem(PyObject key) { Abstract.delItem(object(), key); }

  @PyMethod("__iter__") PyObject iter() { return Abstract.iter(object()); }

  @PyMethod("__next__") PyObject next() {
    PyObject o = object();
    if (o.type().lookup("__next__") == null) {
      throw Errors.typeError("Weakref proxy referenced a non-iterator '%s' object", o.type().name());
    }
    return Attributes.get(o, "__next__").call0();
  }

  @PyMethod("__reversed__") PyObject reversed() { return Attributes.get(object(), "__reversed__").call0(); }
}
