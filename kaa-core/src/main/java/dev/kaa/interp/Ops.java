package dev.kaa.interp;

import static dev.kaa.bytecode.BinaryOps.*;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.CompareOps;
import dev.kaa.bytecode.Intrinsics;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.HasDict;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethodDescriptor;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySet;
import dev.kaa.objects.PySlice;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import dev.kaa.objects.typing.PyGeneric;
import dev.kaa.objects.typing.PyParamSpec;
import dev.kaa.objects.typing.PyTypeAliasType;
import dev.kaa.objects.typing.PyTypeVar;
import dev.kaa.objects.typing.PyTypeVarTuple;
import dev.kaa.objects.FreeThreading;
import java.util.ArrayList;
import java.util.List;

/**
 * The out-of-line halves of instructions: fast paths too big to sit in {@link Eval}'s loop, and the rare cases.
 * Each method is named for the instruction (or the part of it) it implements.
 */
final class Ops {
  private Ops() {}

  // ---- names

  static PyException unboundLocal(Frame f, int slot) {
    return Errors.of(ExceptionTypes.UnboundLocalError,
        "cannot access local variable '%s' where it is not associated with a value", f.code.slotName(slot));
  }

  /** A cell variable read before assignment is an UnboundLocalError; a free variable a NameError. */
  static PyException unboundDeref(Frame f, int slot) {
    Code code = f.code;
    if (slot < code.localsPlusCount() - code.freevars.size()) return unboundLocal(f, slot);
    String name = code.slotName(slot);
    return PyException.withKeywords(ExceptionTypes.NameError, new PyObject[] {new PyStr("cannot access free variable '"
        + name + "' where it is not associated with a value in enclosing scope"), new PyStr(name)}, "name");
  }

  static PyException nameError(String name) {
    return Errors.nameError(name);
  }

  static void copyFreeVars(Frame f, int n) {
    if (f.function == null) throw Errors.typeError("code object passed to exec() may not contain free variables");
    System.arraycopy(f.function.closure, 0, f.localsplus, f.code.freeSlot(0), n);
  }

  /** Class bodies reading a free variable: the class namespace first, then the cell. */
  static PyObject loadFromDictOrDeref(Frame f, PyObject mapping, int slot) {
    PyObject v = mappingGet(mapping, f.code.slotName(slot));
    if (v != null) return v;
    v = ((PyCell) f.localsplus[slot]).contents;
    if (v == null) throw unboundDeref(f, slot);
    return v;
  }

  static PyObject loadFromDictOrGlobals(Frame f, PyObject mapping, String name) {
    PyObject v = mappingGet(mapping, name);
    if (v != null) return v;
    v = f.globals.getStr(name);
    return v != null ? v : loadBuiltin(f, name);
  }

  /** {@code mapping[name]}, or null when the key is missing. */
  private static PyObject mappingGet(PyObject mapping, String name) {
    if (mapping.getClass() == PyDict.class) return ((PyDict) mapping).getStr(name);
    try {
      return Abstract.getItem(mapping, new PyStr(name));
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.KeyError)) return null;
      throw e;
    }
  }

  static PyObject locals(Frame f) {
    if (f.locals == null) throw Errors.of(ExceptionTypes.SystemError, "no locals found");
    return f.locals;
  }

  static PyObject loadName(Frame f, String name) {
    if (f.locals == null) throw Errors.of(ExceptionTypes.SystemError, "no locals when loading '%s'", name);
    PyObject v = mappingGet(f.locals, name);
    if (v != null) return v;
    v = f.globals.getStr(name);
    return v != null ? v : loadBuiltin(f, name);
  }

  static void storeName(Frame f, String name, PyObject v) {
    if (f.locals == null) throw Errors.of(ExceptionTypes.SystemError, "no locals found when storing '%s'", name);
    if (f.locals.getClass() == PyDict.class) ((PyDict) f.locals).put(new PyStr(name), v);
    else Abstract.setItem(f.locals, new PyStr(name), v);
  }

  static void deleteName(Frame f, String name) {
    if (f.locals == null) throw Errors.of(ExceptionTypes.SystemError, "no locals when deleting '%s'", name);
    if (f.locals.getClass() == PyDict.class) {
      if (((PyDict) f.locals).remove(new PyStr(name)) == null) throw nameError(name);
      return;
    }
    try {
      Abstract.delItem(f.locals, new PyStr(name));
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.KeyError)) throw nameError(name);
      throw e;
    }
  }

  static PyObject loadBuiltin(Frame f, String name) {
    PyObject v = f.builtins.getStr(name);
    if (v == null) throw nameError(name);
    return v;
  }

  /** A name the interpreter itself needs from builtins ({@code __build_class__}, {@code __import__}). */
  static PyObject loadBuiltinOrFail(Frame f, String name, dev.kaa.objects.PyType error) {
    PyObject v = f.builtins.getStr(name);
    if (v == null) throw Errors.of(error, "%s not found", name);
    return v;
  }

  static void deleteGlobal(Frame f, String name) {
    if (f.globals.remove(new PyStr(name)) == null) throw nameError(name);
  }

  static void setupAnnotations(Frame f) {
    PyObject ns = locals(f);
    if (mappingGet(ns, "__annotations__") == null) {
      if (ns.getClass() == PyDict.class) ((PyDict) ns).put(new PyStr("__annotations__"), new PyDict());
      else Abstract.setItem(ns, new PyStr("__annotations__"), new PyDict());
    }
  }

  // ---- attributes

  // ---- items

  static PyObject getItem(PyObject container, PyObject key) {
    if (key.getClass() == PyInt.class && ((PyInt) key).isLong()) {
      if (container.getClass() == PyList.class) {
        PyList l = (PyList) container;
        long i = ((PyInt) key).longValue();
        if (i < 0) i += l.size();
        PyObject item = i < 0 || i >= l.size() ? null : l.get((int) i);
        if (item == null) throw Errors.indexError("list index out of range");  // null: shrunk by another thread
        return item;
      }
      if (container.getClass() == PyTuple.class) {
        PyTuple t = (PyTuple) container;
        long i = ((PyInt) key).longValue();
        if (i < 0) i += t.size();
        if (i < 0 || i >= t.size()) throw Errors.indexError("tuple index out of range");
        return t.get((int) i);
      }
    }
    if (container.getClass() == PyDict.class) {
      PyObject v = ((PyDict) container).get(key);
      if (v != null) return v;
      throw Errors.keyError(key);  // an exact dict has no __missing__
    }
    return Abstract.getItem(container, key);
  }

  static void setItem(PyObject container, PyObject key, PyObject value) {
    if (container.getClass() == PyList.class && key.getClass() == PyInt.class && ((PyInt) key).isLong()) {
      PyList l = (PyList) container;
      long i = ((PyInt) key).longValue();
      if (i < 0) i += l.size();
      if (i < 0 || i >= l.size() || !l.set((int) i, value)) {
        throw Errors.indexError("list assignment index out of range");
      }
      return;
    }
    if (container.getClass() == PyDict.class) {
      ((PyDict) container).put(key, value);
      return;
    }
    Abstract.setItem(container, key, value);
  }

  static void delItem(PyObject container, PyObject key) {
    if (container.getClass() == PyDict.class) {
      if (((PyDict) container).remove(key) == null) throw Errors.keyError(key);
      return;
    }
    Abstract.delItem(container, key);
  }

  static PyObject getSlice(PyObject container, PyObject start, PyObject stop) {
    return Abstract.getItem(container, newSlice(start, stop, PyNone.NONE));
  }

  static void setSlice(PyObject value, PyObject container, PyObject start, PyObject stop) {
    Abstract.setItem(container, newSlice(start, stop, PyNone.NONE), value);
  }

  static PyObject buildSlice(PyObject[] s, int from, int n) {
    return newSlice(s[from], s[from + 1], n == 3 ? s[from + 2] : PyNone.NONE);
  }

  private static PyObject newSlice(PyObject start, PyObject stop, PyObject step) {
    return new PySlice(start, stop, step);
  }

  // ---- operators

  private static final BinaryOps[] BINARY = BinaryOps.values();
  private static final CompareOps[] COMPARE = CompareOps.values();

  /**
   * {@code a op b}: exact ints and floats by {@link NumericFastPaths}, str and list by {@link #sequenceBinary}, else
   * the data model's rules.
   */
  static PyObject binary(PyObject a, PyObject b, int op) {
    PyObject r = NumericFastPaths.binary(a, b, op);
    if (r != null) return r;
    if (a.getClass() == PyStr.class || a.getClass() == PyList.class) {
      r = sequenceBinary(a, b, op);
      if (r != null) return r;
    }
    return Abstract.binaryOp(a, b, BINARY[op]);
  }

  /**
   * str concatenation, and repetition of an exact str or list by an exact int: what their {@code __add__} and
   * {@code __mul__} would answer, without the special-method dispatch; null for the general path. A str has no
   * in-place forms ({@code s += t} is {@code s + t}); a list's {@code *=} changes the list and takes the general path.
   */
  private static PyObject sequenceBinary(PyObject a, PyObject b, int op) {
    boolean str = a.getClass() == PyStr.class;
    int plain = str && op >= OP_INPLACE ? op - OP_INPLACE : op;
    if (plain == OP_ADD && str && b.getClass() == PyStr.class) {
      return new PyStr(((PyStr) a).value.concat(((PyStr) b).value));
    }
    if (plain != OP_MULTIPLY || b.getClass() != PyInt.class) return null;
    return str ? ((PyStr) a).mul(b) : ((PyList) a).mul(b);
  }

  /** {@code a op b} for a rich comparison: exact ints and floats by {@link NumericFastPaths}. */
  static PyObject compare(PyObject a, PyObject b, int op) {
    int holds = NumericFastPaths.compare(a, b, op);
    return holds != NumericFastPaths.UNKNOWN ? PyBool.of(holds != 0) : Abstract.richCompare(a, b, COMPARE[op]);
  }

  /** {@code -a}. */
  static PyObject negative(PyObject a) {
    PyObject r = NumericFastPaths.negative(a);
    return r != null ? r : Abstract.negative(a);
  }

  static PyObject intrinsic1(Frame f, int which, PyObject v) {
    return switch (Intrinsics.One.of(which)) {
      case UNARY_POSITIVE -> Abstract.positive(v);
      case LIST_TO_TUPLE -> PyTuple.wrap(((PyList) v).toArray());
      case STOPITERATION_ERROR -> Generators.stopIterationError(f, v);
      case ASYNC_GEN_WRAP -> new AsyncGenWrappedValue(v);
      case PRINT -> {
        DisplayHook.display(v);
        yield PyNone.NONE;
      }
      case IMPORT_STAR -> {
        importStar(f, v);
        yield PyNone.NONE;
      }
      case TYPEVAR -> PyTypeVar.of(v);
      case PARAMSPEC -> new PyParamSpec(v);
      case TYPEVARTUPLE -> new PyTypeVarTuple(v);
      case SUBSCRIPT_GENERIC -> PyGeneric.subscript(v);
      case TYPEALIAS -> new PyTypeAliasType((PyTuple) v, moduleName(f));
      default -> throw Errors.internal("intrinsic " + Intrinsics.One.of(which) + " is not implemented yet");
    };
  }

  /** The running module's {@code __name__} (a type alias's {@code __module__}), None when it has none. */
  private static PyObject moduleName(Frame f) {
    PyObject name = f.globals.getStr("__name__");
    return name == null ? PyNone.NONE : name;
  }

  static PyObject intrinsic2(int which, PyObject a, PyObject b) {
    return switch (Intrinsics.Two.of(which)) {
      case PREP_RERAISE_STAR -> ExceptStar.prepReraiseStar(a, b);
      case TYPEVAR_WITH_BOUND -> PyTypeVar.bounded(a, b);
      case TYPEVAR_WITH_CONSTRAINTS -> PyTypeVar.constrained(a, b);
      case SET_FUNCTION_TYPE_PARAMS -> {
        ((PyFunction) a).typeParams = (PyTuple) b;
        yield a;
      }
      default -> throw Errors.internal("intrinsic " + Intrinsics.Two.of(which) + " is not implemented yet");
    };
  }

  /** {@code GET_ITER}: exact lists and tuples get the loop's own cursor, everything else {@code iter(o)}. */
  static PyObject iter(PyObject o) {
    if (o.getClass() == PyList.class) return new SequenceCursor((PyList) o);
    if (o.getClass() == PyTuple.class) return new SequenceCursor((PyTuple) o);
    return Abstract.iter(o);
  }

  /** {@code len(o)}: exact lists, tuples and dicts directly. */
  static int len(PyObject o) {
    if (o.getClass() == PyList.class) return ((PyList) o).size();
    if (o.getClass() == PyTuple.class) return ((PyTuple) o).size();
    if (o.getClass() == PyDict.class) return ((PyDict) o).size();
    return Abstract.len(o);
  }

  // ---- building

  static PyObject[] copy(PyObject[] s, int from, int n) {
    PyObject[] items = new PyObject[n];
    System.arraycopy(s, from, items, 0, n);
    return items;
  }

  static PyTuple tuple(PyObject[] s, int from, int n) {
    return n == 0 ? PyTuple.EMPTY : PyTuple.wrap(copy(s, from, n));
  }

  static PyObject buildSet(PyObject[] s, int from, int n) {
    PySet set = new PySet();
    for (int i = 0; i < n; i++) set.put(s[from + i]);
    return set;
  }

  static void setAdd(PyObject set, PyObject v) { ((PySet) set).put(v); }

  static void setUpdate(PyObject set, PyObject iterable) {
    PyObject it = Abstract.iter(iterable);
    for (PyObject x = next(it); x != null; x = next(it)) ((PySet) set).put(x);
  }

  static PyDict buildMap(PyObject[] s, int from, int n) {
    PyDict d = new PyDict();
    for (int i = 0; i < n; i++) d.put(s[from + 2 * i], s[from + 2 * i + 1]);
    return d;
  }

  static PyDict buildConstKeyMap(PyObject[] s, int from, int n) {
    PyTuple keys = (PyTuple) s[from + n];
    PyDict d = new PyDict();
    for (int i = 0; i < n; i++) d.put(keys.get(i), s[from + i]);
    return d;
  }

  static PyStr buildString(PyObject[] s, int from, int n) {
    int length = 0;
    for (int i = 0; i < n; i++) length += ((PyStr) s[from + i]).value.length();
    StringBuilder b = new StringBuilder(Math.max(length, 16));  // an int overflow grows as it goes
    for (int i = 0; i < n; i++) b.append(((PyStr) s[from + i]).value);
    return new PyStr(b.toString());
  }

  static void listExtend(PyList list, PyObject iterable) {
    if (iterable.getClass() == PyList.class || iterable.getClass() == PyTuple.class) {
      for (PyObject x : iterable instanceof PyList l ? l.toArray() : ((PyTuple) iterable).toArray()) list.add(x);
      return;
    }
    PyObject it = iterOr(iterable, "Value after * must be an iterable, not %s");
    Abstract.lengthHint(iterable);
    for (PyObject x = next(it); x != null; x = next(it)) list.add(x);
  }

  /** {@code dict.update(other)} for a dict display's {@code **other}. */
  static void dictUpdate(PyDict d, PyObject other) {
    if (other instanceof PyDict o && PyDict.iteratesAsDict(o)) {
      o.forEach(d::put);
      return;
    }
    PyObject keys = Abstract.getAttrOrNull(other, "keys");
    if (keys == null) throw Errors.typeError("'%s' object is not a mapping", other.type().name());
    for (PyObject k : PyDict.mappingKeys(keys)) d.put(k, Abstract.getItem(other, k));
  }

  static PyObject next(PyObject it) {
    return it instanceof IterNext n ? n.iterNext() : Abstract.next(it);
  }

  /** {@code seq -> x_n ... x_1}; returns the new stack pointer. */
  static int unpackSequence(PyObject[] s, int sp, int n) {
    PyObject seq = s[sp - 1];
    if (seq.getClass() == PyTuple.class && ((PyTuple) seq).size() == n) {
      PyTuple t = (PyTuple) seq;
      sp--;
      for (int i = n - 1; i >= 0; i--) s[sp++] = t.get(i);
      return sp;
    }
    if (seq.getClass() == PyList.class && ((PyList) seq).size() == n && !FreeThreading.enabled()) {
      PyList l = (PyList) seq;
      sp--;
      for (int i = n - 1; i >= 0; i--) s[sp++] = l.get(i);
      return sp;
    }
    List<PyObject> got = take(seq, n + 1);
    if (got.size() < n) {
      throw Errors.valueError("not enough values to unpack (expected %d, got %d)", n, got.size());
    }
    if (got.size() > n) throw Errors.valueError("too many values to unpack (expected %d)", n);
    sp--;
    for (int i = n - 1; i >= 0; i--) s[sp++] = got.get(i);
    return sp;
  }

  /** {@code seq -> after... list before...} with the first item on top; returns the new stack pointer. */
  static int unpackEx(PyObject[] s, int sp, int before, int after) {
    PyObject seq = s[sp - 1];
    List<PyObject> all = take(seq, Integer.MAX_VALUE);
    if (all.size() < before + after) {
      throw Errors.valueError("not enough values to unpack (expected at least %d, got %d)", before + after,
          all.size());
    }
    sp--;
    int middleEnd = all.size() - after;
    for (int i = all.size() - 1; i >= middleEnd; i--) s[sp++] = all.get(i);
    s[sp++] = new PyList(all.subList(before, middleEnd).toArray(new PyObject[0]));
    for (int i = before - 1; i >= 0; i--) s[sp++] = all.get(i);
    return sp;
  }

  /** {@code iter(o)}, with the instruction's own wording when o is not iterable at all (%s: its type). */
  private static PyObject iterOr(PyObject o, String notIterable) {
    try {
      return Abstract.iter(o);
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.TypeError) && o.type().lookupSpecial(Special.ITER) == null
          && o.type().lookupSpecial(Special.GETITEM) == null) {
        throw Errors.typeError(notIterable, o.type().name());
      }
      throw e;
    }
  }

  /** Up to {@code limit} items of {@code seq}, with CPython's error for a non-iterable. */
  private static List<PyObject> take(PyObject seq, int limit) {
    PyObject it = iterOr(seq, "cannot unpack non-iterable %s object");
    List<PyObject> got = new ArrayList<>();
    while (got.size() < limit) {
      PyObject x = next(it);
      if (x == null) break;
      got.add(x);
    }
    return got;
  }

  /** f-string replacement field: conversion 0 none, 1 str, 2 repr, 3 ascii; then {@code format(value, spec)}. */
  static PyObject formatValue(PyObject v, int conversion, PyObject spec) {
    v = switch (conversion) {
      case 1 -> Abstract.str(v);
      case 2 -> Abstract.repr(v);
      case 3 -> new PyStr(PyStr.asciiEscape(Abstract.repr(v).value));
      default -> v;
    };
    if (spec == null && v.getClass() == PyStr.class) return v;
    if (spec == null && v.getClass() == PyInt.class) return ((PyInt) v).repr();  // format(i, '') is str(i)
    return Abstract.format(v, spec == null ? new PyStr("") : (PyStr) spec);
  }

  // ---- with

  /** {@code mgr -> exit enter_result}: writes exit over mgr and returns what {@code __enter__} returned. */
  static PyObject beforeWith(PyObject[] s, int sp, int opcode) {
    PyObject mgr = s[sp - 1];
    boolean async = opcode == dev.kaa.bytecode.Op.BEFORE_ASYNC_WITH;
    PyType t = mgr.type();
    PyObject enter = t.lookupSpecial(async ? Special.AENTER : Special.ENTER);
    String protocol = async ? "asynchronous context manager" : "context manager";
    if (enter == null) throw Errors.typeError("'%s' object does not support the %s protocol", t.name(), protocol);
    PyObject exit = t.lookupSpecial(async ? Special.AEXIT : Special.EXIT);
    if (exit == null) {
      throw Errors.typeError("'%s' object does not support the %s protocol (missed %s method)", t.name(), protocol,
          async ? "__aexit__" : "__exit__");
    }
    s[sp - 1] = bind(exit, mgr);
    return bind(enter, mgr).call0();
  }

  /** A special method found on the type, bound to {@code self} as attribute access would bind it. */
  static PyObject bind(PyObject descr, PyObject self) {
    if (descr instanceof PyFunction fn) return new PyBoundMethod(fn, self);
    if (descr instanceof PyMethodDescriptor d) return d.bind(self);
    PyObject get = descr.type().lookupSpecial(Special.GET);
    return get == null ? descr : Abstract.callGet(descr, get, self, self.type());
  }

  // ---- imports

  static PyObject importName(Frame f, String name, PyObject fromlist, PyObject level) {
    PyObject importFunc = loadBuiltinOrFail(f, "__import__", ExceptionTypes.ImportError);
    PyObject locals = f.locals == null ? PyNone.NONE : f.locals;
    return Abstract.call(importFunc, new PyStr(name), f.globals, locals, fromlist, level);
  }

  /**
   * {@code from module import name}: the attribute, else the submodule {@code module.name} from {@code sys.modules}
   * (a circular import sets the attribute only at its end), else CPython's ImportError naming the module and its file.
   */
  static PyObject importFrom(PyObject module, String name) {
    PyObject v = Abstract.getAttrOrNull(module, name);
    if (v != null) return v;
    PyObject modName = Abstract.getAttrOrNull(module, "__name__");
    if (modName instanceof PyStr pkg) {
      dev.kaa.runtime.Interpreter interp = dev.kaa.runtime.Interpreter.current();
      PyObject sub = interp == null ? null : interp.modules().getStr(pkg.value + "." + name);
      if (sub != null) return sub;
    }
    String m = modName instanceof PyStr n ? Abstract.repr(n).value : "'<unknown module name>'";
    String what = Abstract.repr(new PyStr(name)).value;
    PyObject file = module instanceof HasDict h ? h.dict().getStr("__file__") : null;
    String message;
    if (!(file instanceof PyStr path)) {
      message = "cannot import name " + what + " from " + m + " (unknown location)";
    } else if (initializing(module)) {
      message = "cannot import name " + what + " from partially initialized module " + m
          + " (most likely due to a circular import) (" + path.value + ")";
    } else {
      message = "cannot import name " + what + " from " + m + " (" + path.value + ")";
    }
    throw PyException.withKeywords(ExceptionTypes.ImportError, new PyObject[] {new PyStr(message),
        modName instanceof PyStr ? modName : PyNone.NONE, file instanceof PyStr ? file : PyNone.NONE}, "name", "path");
  }

  /** Whether the module's {@code __spec__._initializing} is true: its body is still running. */
  private static boolean initializing(PyObject module) {
    PyObject spec = Abstract.getAttrOrNull(module, "__spec__");
    PyObject flag = spec == null ? null : Abstract.getAttrOrNull(spec, "_initializing");
    return flag != null && Abstract.isTrue(flag);
  }

  /** {@code from module import *}: {@code __all__}, else every name not starting with an underscore. */
  private static void importStar(Frame f, PyObject module) {
    PyObject all = Abstract.getAttrOrNull(module, "__all__");
    List<PyObject> names = new ArrayList<>();
    if (all != null) {
      PyObject it = Abstract.iter(all);
      for (PyObject n = next(it); n != null; n = next(it)) names.add(n);
    } else if (module instanceof HasDict h) {
      h.dict().forEach((k, v) -> {
        if (k instanceof PyStr s && !s.value.startsWith("_")) names.add(k);
      });
    } else {
      throw Errors.of(ExceptionTypes.ImportError, "from-import-* object has no __dict__ and no __all__");
    }
    for (PyObject n : names) {
      if (!(n instanceof PyStr s)) throw Errors.typeError("Item in __all__ must be str, not %s", n.type().name());
      storeName(f, s.value, Attributes.get(module, s.value));
    }
  }
}
