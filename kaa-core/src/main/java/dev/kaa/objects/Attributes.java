package dev.kaa.objects;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Attribute access: {@code getattr}, {@code setattr}, {@code delattr} (CPython's PyObject_GetAttr and friends) and the
 * generic algorithm behind {@code object.__getattribute__}: a data descriptor on the type wins, then the instance
 * dict, then a non-data descriptor or plain class attribute, then {@code __getattr__}.
 */
public final class Attributes {
  private Attributes() {}

  /** {@code getattr(o, name)}. */
  public static PyObject get(PyObject o, String name) {
    PyType t = o.type();
    PyObject getattribute = t.lookupSpecial(Special.GETATTRIBUTE);
    try {
      if (isBuiltin(getattribute, PyType.OBJECT)) return genericGet(o, name);
      if (o instanceof PyType c && isBuiltin(getattribute, PyType.TYPE)) return TypeAttributes.get(c, name);
      return Abstract.callSpecial(o, Special.GETATTRIBUTE, new PyStr(name));
    } catch (PyException e) {
      PyObject getattr = t.lookupSpecial(Special.GETATTR);
      if (getattr == null || !e.matches(ExceptionTypes.AttributeError)) throw e;
      return Abstract.callSpecial(o, Special.GETATTR, new PyStr(name));
    }
  }

  /** {@code setattr(o, name, value)}; a null value deletes ({@code delattr}). */
  public static void set(PyObject o, String name, PyObject value) {
    Special s = value == null ? Special.DELATTR : Special.SETATTR;
    PyObject f = o.type().lookupSpecial(s);
    if (isBuiltin(f, PyType.OBJECT)) {
      genericSet(o, name, value);
    } else if (o instanceof PyType c && isBuiltin(f, PyType.TYPE)) {
      TypeAttributes.set(c, name, value);
    } else if (value == null) {
      Abstract.callSpecial(o, s, new PyStr(name));
    } else {
      Abstract.callSpecial(o, s, new PyStr(name), value);
    }
  }

  private static final ConcurrentHashMap<String, PyStr> KEYS = new ConcurrentHashMap<>();

  /**
   * The str object that instance dicts use as the key {@code name} (CPython interns identifiers the same way): one
   * per name, so the dicts of instances share their keys, nothing is allocated per store, and the attribute caches
   * can check a dict entry by identity.
   */
  public static PyStr key(String name) {
    PyStr k = KEYS.get(name);
    return k != null ? k : KEYS.computeIfAbsent(name, PyStr::new);
  }

  /** {@code f} (a type's {@code __getattribute__}, {@code __setattr__}...) is object's own. */
  public static boolean isObjectSlot(PyObject f) { return isBuiltin(f, PyType.OBJECT); }

  /** {@code f} (a metaclass's {@code __getattribute__}...) is type's own. */
  public static boolean isTypeSlot(PyObject f) { return isBuiltin(f, PyType.TYPE); }

  private static boolean isBuiltin(PyObject f, PyType owner) {
    return f instanceof PyMethodDescriptor d && d.owner == owner;
  }

  /**
   * {@code getattr(o, name, None)}'s lookup: null when {@code o} has no such attribute. Where the lookup is object's
   * or a {@link QuietAttributeLookup}'s own and no {@code __getattr__} is defined, a missing attribute makes no
   * AttributeError (CPython's {@code _PyObject_LookupAttr}); an AttributeError raised on the way (a property's, a
   * {@code __getattr__}'s) still means missing.
   */
  public static PyObject getOrNull(PyObject o, String name) {
    PyType t = o.type();
    try {
      if (t.lookupSpecial(Special.GETATTR) == null) {
        PyObject getattribute = t.lookupSpecial(Special.GETATTRIBUTE);
        if (isBuiltin(getattribute, PyType.OBJECT)) return genericGetOrNull(o, name);
        if (o instanceof PyType c && isBuiltin(getattribute, PyType.TYPE)) return TypeAttributes.getOrNull(c, name);
        if (o instanceof QuietAttributeLookup q && isBuiltin(getattribute, q.getattributeOwner())) {
          return q.getattributeOrNull(name);
        }
      }
      return get(o, name);
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.AttributeError)) return null;
      throw e;
    }
  }

  /** {@code object.__getattribute__(o, name)}. */
  public static PyObject genericGet(PyObject o, String name) {
    PyObject v = genericGetOrNull(o, name);
    if (v == null) throw Errors.attributeError(o, name, "'%s' object has no attribute '%s'", o.type().name(), name);
    return v;
  }

  /** {@code object.__getattribute__(o, name)}, or null where it would raise AttributeError for a missing name. */
  public static PyObject genericGetOrNull(PyObject o, String name) {
    PyType t = o.type();
    PyObject descr = t.lookup(name);
    PyObject getter = null;
    if (descr != null) {
      PyType dt = descr.type();
      getter = dt.lookupSpecial(Special.GET);
      if (getter != null && (dt.lookupSpecial(Special.SET) != null || dt.lookupSpecial(Special.DELETE) != null)) {
        return bind(descr, getter, o, t);
      }
    }
    if (o instanceof HasDict h) {
      PyObject v = h.attr(name);
      if (v != null) return v;
    }
    if (descr != null) return getter == null ? descr : bind(descr, getter, o, t);
    return null;
  }

  /** {@code descr.__get__(o, type)}, without a bound-method round trip for built-in methods. */
  private static PyObject bind(PyObject descr, PyObject getter, PyObject o, PyType t) {
    if (descr instanceof PyMethodDescriptor d) return d.bind(o);
    if (descr instanceof PyGetSetDescriptor g) return g.get(o);
    if (descr instanceof PyMemberDescriptor m) return m.get(o);
    return Abstract.callGet(descr, getter, o, t);
  }

  /** {@code object.__setattr__(o, name, value)} (value null: {@code __delattr__}). */
  public static void genericSet(PyObject o, String name, PyObject value) {
    PyType t = o.type();
    PyObject descr = t.lookup(name);
    if (descr instanceof PyGetSetDescriptor g) {
      g.set(o, value);
      return;
    }
    if (descr instanceof PyMemberDescriptor m) {
      m.set(o, value);
      return;
    }
    if (descr != null) {
      Special s = value == null ? Special.DELETE : Special.SET;
      PyObject setter = descr.type().lookupSpecial(s);
      if (setter != null) {
        if (value == null) Abstract.callSpecial(descr, s, o);
        else Abstract.callSpecial(descr, s, o, value);
        return;
      }
      if (descr.type().lookupSpecial(value == null ? Special.SET : Special.DELETE) != null) {
        throw Errors.attributeError("%s", s.pyName);
      }
    }
    if (o instanceof HasDict h && h.hasDict()) {
      if (value != null) {
        h.setAttr(name, value);
        return;
      }
      if (h.deleteAttr(name)) return;
      throw Errors.attributeError("'%s' object has no attribute '%s'", t.name(), name);
    }
    if (descr == null) throw Errors.attributeError("'%s' object has no attribute '%s'", t.name(), name);
    throw Errors.attributeError("'%s' object attribute '%s' is read-only", t.name(), name);
  }
}
