package dev.kaa.interp;

import dev.kaa.objects.Attributes;
import dev.kaa.objects.HasDict;
import dev.kaa.objects.MethodDescriptorFlag;
import dev.kaa.objects.PyClassMethod;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetSetDescriptor;
import dev.kaa.objects.PyInstance;
import dev.kaa.objects.PyMemberDescriptor;
import dev.kaa.objects.PyMethodDescriptor;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyProperty;
import dev.kaa.objects.PyStaticMethod;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PySuper;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Shape;
import dev.kaa.objects.Special;
import dev.kaa.runtime.PyModule;
import java.util.List;

/**
 * Inline caches of LOAD_ATTR, STORE_ATTR and LOAD_SUPER_ATTR (CPython 3.11's specialised attribute instructions, in
 * {@link PyCode#inlineCaches}). The first execution does the full lookup and records what it decided for the type
 * it saw — "the instance dict, else class attribute X", "method X: push the function and self", "property P",
 * "slot member M", "an entry of the module dict" — keyed on the type's identity and {@link PyType#version()}; later
 * executions on that type do only what the record says. Any change that could alter a lookup along the type's MRO
 * changes its version (docs/classes.md), so a record never outlives what it stood for; a miss (another type, a newer
 * version, a name absent from the instance dict) takes the generic path and refills.
 *
 * <p>Records are immutable and replaced whole, so a reader sees the old record or the new one. Only lookups whose
 * outcome depends on nothing but the type are recorded: a descriptor whose own class is a Python class (its
 * {@code __get__} may appear later) is not, nor is anything on a type with {@code __getattribute__} or
 * {@code __getattr__} of its own. An instance of a Python class whose attributes are still in a {@link Shape} has
 * its records keyed on the shape too: the shape says whether the name is an instance attribute and in which slot, so
 * a hit is two identity compares, a version compare and an array load. Instance dict entries are found through a
 * hint (the entry index where the name was), checked against the key there.
 */
public final class AttributeCache {
  private AttributeCache() {}

  // What a LOAD_ATTR on an instance does on a hit. An instance of a Python class whose attributes are in a shape
  // (PyInstance.shape()) has them recorded for that shape: the shape says whether the name is there and in which slot.
  /** The instance dict; absent there: the generic path (AttributeError, {@code __getattr__}). */
  private static final int DICT = 0;
  /** The instance dict, else {@code descr}, a class attribute that is no descriptor. */
  private static final int DICT_OR_VALUE = 1;
  /** The instance dict, else {@code descr}, a function or method descriptor, bound (or pushed with self). */
  private static final int DICT_OR_METHOD = 2;
  /** The instance dict, else the callable of {@code descr}, a staticmethod. */
  private static final int DICT_OR_STATIC = 3;
  /** The instance dict, else {@code descr}, a classmethod, bound to the instance's class. */
  private static final int DICT_OR_CLASSMETHOD = 4;
  /** {@code descr} is a property (a data descriptor: the instance dict is not consulted). */
  private static final int PROPERTY = 5;
  /** {@code descr} is a {@code __slots__} member. */
  private static final int MEMBER = 6;
  /** {@code descr} is a built-in getset descriptor ({@code __class__}, {@code __dict__}...). */
  private static final int GETSET = 7;
  /** The shape's slot {@code hint}. */
  private static final int SLOT = 8;
  /** The shape has no such name, nor has the class: the generic path raises. */
  private static final int MISSING = 9;
  /** The shape has no such name: {@code descr}, a class attribute that is no descriptor. */
  private static final int VALUE = 10;
  /** The shape has no such name: {@code descr}, a function or method descriptor, bound (or pushed with self). */
  private static final int METHOD = 11;
  /** The shape has no such name: the callable of {@code descr}, a staticmethod. */
  private static final int STATIC = 12;
  /** The shape has no such name: {@code descr}, a classmethod, bound to the instance's class. */
  private static final int CLASSMETHOD = 13;
  /** DICT + FROM_SHAPE is MISSING, DICT_OR_X + FROM_SHAPE is X: the kind once the instance is known to lack the name. */
  private static final int FROM_SHAPE = MISSING - DICT;

  /** At most this many records per instruction, one per type (and shape) seen: a polymorphic site. */
  private static final int MAX_TYPES = 4;

  /**
   * LOAD_ATTR on instances of {@code type} (at {@code version}) whose attributes have {@code shape} (null: in a
   * dict, or not an instance of a Python class): do {@code kind}. A dict entry is looked for first at {@code hint},
   * with the shared key {@code key}; a shape's slot is {@code hint}. {@code next}: the record for another type.
   */
  private record Load(PyType type, int version, Shape shape, int kind, PyObject descr, PyStr key, int hint,
      Load next, int depth) {}

  /** LOAD_ATTR on the class {@code cls} itself: {@code value}, while neither the class nor its metaclass change. */
  private record ClassLoad(PyType cls, int version, PyType meta, int metaVersion, PyObject value) {}

  // What a STORE_ATTR on an instance does on a hit.
  /** Into the instance dict: entry {@code hint} when its key is {@code key}, else a put. */
  private static final int STORE_DICT = 0;
  /** The {@code __slots__} member {@code member}. */
  private static final int STORE_MEMBER = 1;
  /** Replaces the value in the shape's slot {@code hint}. */
  private static final int STORE_SLOT = 2;
  /** Adds the attribute: the instance's shape becomes {@code grown}. */
  private static final int STORE_ADD = 3;

  /** STORE_ATTR on instances of {@code type} with {@code shape} (as {@link Load}): do {@code kind}. */
  private record Store(PyType type, int version, Shape shape, int kind, Shape grown, PyStr key, int hint,
      PyMemberDescriptor member, Store next, int depth) {}

  /** {@code super(thisClass, self).name} for self of {@code type}: {@code found} (a function, or a plain value). */
  private record SuperLoad(PyType thisClass, PyType type, int version, PyObject found) {}

  /** o's instance dict, or null; not for an instance whose attributes are in a shape (it would make the dict). */
  private static PyDict dictOf(PyObject o) { return o instanceof HasDict h ? h.dict() : null; }

  /** o's attribute layout: its shape when it is an instance of a Python class that has one, else null. */
  private static Shape shapeOf(PyObject o) { return o instanceof PyInstance p ? p.shape() : null; }

  // ---- LOAD_ATTR

  /** {@code o.name}, as the instruction at {@code at} sees it. */
  public static PyObject load(Object[] caches, int at, PyObject o, String name) {
    if (caches[at] instanceof Load l && o instanceof PyInstance p && l.kind == SLOT && l.type == p.type()
        && l.shape == p.shape() && l.version == l.type.version()) {
      PyObject v = p.attrValue(l.hint);
      if (v != null) return v;  // null: another thread changed o's layout just now
    }
    return loadGeneral(caches, at, o, name);
  }

  private static PyObject loadGeneral(Object[] caches, int at, PyObject o, String name) {
    Object c = caches[at];
    if (c instanceof Load first) {
      Load l = find(first, o);
      if (l != null) {
        PyObject v = apply(l, o, name);
        return v != null ? v : Attributes.get(o, name);
      }
    } else if (c instanceof ClassLoad k && k.cls == o && k.version == k.cls.version()
        && k.metaVersion == k.meta.version()) {
      return k.value;
    }
    return loadMiss(caches, at, o, name);
  }

  /** The record of chain {@code l} for o's type and shape, when it is current; else null. */
  private static Load find(Load l, PyObject o) {
    PyType t;
    Shape shape;
    if (o instanceof PyInstance p) {
      t = p.type();
      shape = p.shape();
    } else {
      t = o.type();
      shape = null;
    }
    for (; l != null; l = l.next) {
      if (l.type == t && l.shape == shape) return l.version == t.version() ? l : null;
    }
    return null;
  }

  private static PyObject loadMiss(Object[] caches, int at, PyObject o, String name) {
    Object c = plan(caches[at], o, name);
    caches[at] = c;
    PyObject v = c instanceof Load l ? apply(l, o, name) : c instanceof ClassLoad k ? k.value : null;
    return v != null ? v : Attributes.get(o, name);
  }

  /**
   * LOAD_ATTR's method form: over the owner at {@code s[sp - 1]}, pushes {@code function, self} for a method found
   * on the type (no bound method made), else {@code NULL, o.name}. Returns the new stack pointer.
   */
  public static int loadMethod(Object[] caches, int at, PyObject[] s, int sp, String name) {
    PyObject o = s[sp - 1];
    if (caches[at] instanceof Load l && o instanceof PyInstance p && l.kind == METHOD && l.type == p.type()
        && l.shape == p.shape() && l.version == l.type.version()) {
      s[sp - 1] = l.descr;
      s[sp] = o;
      return sp + 1;
    }
    return loadMethodGeneral(caches, at, s, sp, name);
  }

  private static int loadMethodGeneral(Object[] caches, int at, PyObject[] s, int sp, String name) {
    PyObject o = s[sp - 1];
    Object c = caches[at];
    Load l = c instanceof Load first ? find(first, o) : null;
    if (l == null) {
      caches[at] = c = plan(c, o, name);
      if (c instanceof Load planned) l = planned;
    }
    if (l != null && (l.kind == METHOD || l.kind == DICT_OR_METHOD && !inDict(o, name))) {
      s[sp - 1] = l.descr;
      s[sp] = o;
      return sp + 1;
    }
    s[sp - 1] = null;
    s[sp] = load(caches, at, o, name);
    return sp + 1;
  }

  /** What record {@code l} says {@code o.name} is; null when it cannot tell (the generic path decides). */
  private static PyObject apply(Load l, PyObject o, String name) {
    switch (l.kind) {
      case SLOT:
        return ((PyInstance) o).attrValue(l.hint);
      case MISSING:
        return null;
      case VALUE, METHOD, STATIC, CLASSMETHOD:
        return fromClass(l.kind, l.descr, o, l.type);
      case PROPERTY:
        return ((PyProperty) l.descr).get(o, l.type);
      case MEMBER:
        return ((PyMemberDescriptor) l.descr).get(o);
      case GETSET:
        return ((PyGetSetDescriptor) l.descr).get(o);
      default: {  // DICT, DICT_OR_X: the instance dict first
        PyObject v = dictValue(o, l, name);
        return v != null || l.kind == DICT ? v : fromClass(l.kind + FROM_SHAPE, l.descr, o, l.type);
      }
    }
  }

  /** {@code o.name} for an instance without that attribute, of type {@code t} whose {@code descr} it is: a kind X. */
  private static PyObject fromClass(int kind, PyObject descr, PyObject o, PyType t) {
    switch (kind) {
      case VALUE:
        return descr;
      case METHOD:
        return bind(descr, o);
      case STATIC:
        return ((PyStaticMethod) descr).callable;
      default:
        return ((PyClassMethod) descr).get(o, t);
    }
  }

  /** The function or method descriptor {@code f} bound to {@code o}. */
  private static PyObject bind(PyObject f, PyObject o) {
    return f instanceof PyFunction fn ? new PyBoundMethod(fn, o) : ((PyMethodDescriptor) f).bind(o);
  }

  /** {@code o.__dict__[name]} through the record's hint, or null when o has no dict or no such entry. */
  private static PyObject dictValue(PyObject o, Load l, String name) {
    PyDict d = dictOf(o);
    if (d == null) return null;
    PyObject v = d.valueIfKey(l.hint, l.key);
    return v != null ? v : d.getStr(name);
  }

  /** o's instance dict has an entry {@code name} (that would shadow a method). */
  private static boolean inDict(PyObject o, String name) {
    PyDict d = dictOf(o);
    return d != null && !d.lacksStr(name);
  }

  /**
   * What LOAD_ATTR {@code name} on {@code o} decides, when that depends only on o's type and shape (else null),
   * ahead of {@code old}'s records for other types.
   */
  private static Object plan(Object old, PyObject o, String name) {
    if (o instanceof PyType cls) return planClass(cls, name);
    Load next = old instanceof Load l && l.depth < MAX_TYPES ? l : null;
    return planInstance(o, name, next);
  }

  private static Load planInstance(PyObject o, String name, Load next) {
    PyType t = o.type();
    int version = t.version();
    PyObject getattribute = t.lookupSpecial(Special.GETATTRIBUTE);
    boolean moduleGet = o instanceof PyModule && t == PyModule.TYPE;  // a module's own __getattribute__: the dict
    if (!moduleGet && !Attributes.isObjectSlot(getattribute) || t.lookupSpecial(Special.GETATTR) != null) return null;
    PyObject descr = t.lookup(name);
    int kind = descr == null ? DICT : moduleGet ? -1 : kindOf(descr);
    if (kind < 0) return null;
    Shape shape = shapeOf(o);
    int hint;
    if (shape != null && kind <= DICT_OR_CLASSMETHOD) {  // the shape says whether the instance has the name
      hint = shape.indexOf(name);
      kind = hint >= 0 ? SLOT : kind + FROM_SHAPE;
    } else {
      PyDict d = shape == null ? dictOf(o) : null;
      hint = d != null ? d.indexOfStr(name) : -1;
    }
    return new Load(t, version, shape, kind, descr, Attributes.key(name), hint, next,
        next == null ? 1 : next.depth + 1);
  }

  /** How the class attribute {@code descr} reads through an instance; -1 when that could change unseen. */
  private static int kindOf(PyObject descr) {
    PyType dt = descr.type();
    if (!dt.hasFlag(PyType.IMMUTABLE)) return -1;  // a Python class's instance: its class may gain __get__ later
    if (dt.lookupSpecial(Special.GET) == null) return DICT_OR_VALUE;
    if (dt.lookupSpecial(Special.SET) != null || dt.lookupSpecial(Special.DELETE) != null) {
      if (descr.getClass() == PyProperty.class) return PROPERTY;
      if (descr instanceof PyMemberDescriptor) return MEMBER;
      return descr instanceof PyGetSetDescriptor ? GETSET : -1;
    }
    if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor) return DICT_OR_METHOD;
    if (descr.getClass() == PyStaticMethod.class) return DICT_OR_STATIC;
    return descr.getClass() == PyClassMethod.class ? DICT_OR_CLASSMETHOD : -1;
  }

  /**
   * {@code C.name} with type's own attribute lookup: recorded when the answer is a fixed object — a plain class
   * attribute or a function (read through its class, itself) — and the metaclass has nothing of that name.
   */
  private static ClassLoad planClass(PyType cls, String name) {
    PyType meta = cls.type();
    int version = cls.version(), metaVersion = meta.version();
    if (!Attributes.isTypeSlot(meta.lookupSpecial(Special.GETATTRIBUTE))) return null;
    PyObject metaAttr = meta.lookup(name);
    if (metaAttr != null && !isPlainNonData(metaAttr.type())) return null;  // a metaclass data descriptor wins
    PyObject attr = cls.lookup(name);
    if (attr == null) return null;
    PyType at = attr.type();
    if (attr instanceof MethodDescriptorFlag || at.hasFlag(PyType.IMMUTABLE) && at.lookupSpecial(Special.GET) == null) {
      return new ClassLoad(cls, version, meta, metaVersion, attr);
    }
    return null;
  }

  /** A built-in type without {@code __set__} and {@code __delete__}: its instances are no data descriptors. */
  private static boolean isPlainNonData(PyType t) {
    return t.hasFlag(PyType.IMMUTABLE) && t.lookupSpecial(Special.SET) == null
        && t.lookupSpecial(Special.DELETE) == null;
  }

  // ---- STORE_ATTR

  /** {@code o.name = value}, as the instruction at {@code at} does it. */
  public static void store(Object[] caches, int at, PyObject o, String name, PyObject value) {
    if (caches[at] instanceof Store c && o instanceof PyInstance p && c.type == p.type() && c.shape == p.shape()
        && c.version == c.type.version()) {
      if (c.kind == STORE_SLOT && p.setAttrValue(c.shape, c.hint, value)) return;
      if (c.kind == STORE_ADD && p.addAttr(c.shape, c.grown, value)) return;
    }
    storeGeneral(caches, at, o, name, value);
  }

  private static void storeGeneral(Object[] caches, int at, PyObject o, String name, PyObject value) {
    if (caches[at] instanceof Store first) {
      PyType t = o.type();
      Shape shape = shapeOf(o);
      for (Store c = first; c != null; c = c.next) {
        if (c.type != t || c.shape != shape) continue;
        if (c.version == t.version() && apply(c, o, value)) return;
        break;
      }
    }
    Store next = caches[at] instanceof Store s && s.depth < MAX_TYPES ? s : null;
    caches[at] = planStore(o, name, next);
    Attributes.set(o, name, value);
  }

  /** Does what record {@code c} says; false when it cannot (o has no dict after all). */
  private static boolean apply(Store c, PyObject o, PyObject value) {
    switch (c.kind) {
      case STORE_SLOT:
        return ((PyInstance) o).setAttrValue(c.shape, c.hint, value);
      case STORE_ADD:
        return ((PyInstance) o).addAttr(c.shape, c.grown, value);
      case STORE_MEMBER:
        c.member.set(o, value);
        return true;
      default: {
        PyDict d = dictOf(o);
        if (d == null) return false;
        if (!d.replaceIfKey(c.hint, c.key, value)) d.put(c.key, value);
        return true;
      }
    }
  }

  /** Records what STORE_ATTR {@code name} on {@code o} does, when that is an attribute in a shape or dict, or a slot. */
  private static Store planStore(PyObject o, String name, Store next) {
    PyType t = o.type();
    int version = t.version();
    if (o instanceof PyType || !Attributes.isObjectSlot(t.lookupSpecial(Special.SETATTR))) return null;
    PyObject descr = t.lookup(name);
    int depth = next == null ? 1 : next.depth + 1;
    Shape shape = shapeOf(o);
    if (descr instanceof PyMemberDescriptor m) {
      return new Store(t, version, shape, STORE_MEMBER, null, null, -1, m, next, depth);
    }
    if (descr != null && !isPlainNonData(descr.type())) return null;
    if (shape != null) {
      int slot = shape.indexOf(name);
      if (slot >= 0) return new Store(t, version, shape, STORE_SLOT, null, null, slot, null, next, depth);
      Shape grown = shape.with(name);
      return grown == null ? null : new Store(t, version, shape, STORE_ADD, grown, null, -1, null, next, depth);
    }
    PyDict d = dictOf(o);
    if (d == null) return null;
    return new Store(t, version, null, STORE_DICT, null, Attributes.key(name), d.indexOfStr(name), null, next, depth);
  }

  // ---- LOAD_SUPER_ATTR

  /**
   * {@code global_super class self -> attr} (method form: {@code -> function self} or {@code -> NULL attr}). With
   * the built-in {@code super} and an instance of the class, what the lookup found after the class in the MRO is
   * recorded for self's type. Returns the new stack pointer.
   */
  public static int loadSuper(Object[] caches, int at, PyObject[] s, int sp, String name, int arg) {
    PyObject superType = s[sp - 3], cls = s[sp - 2], self = s[sp - 1];
    PyType t = self.type();
    Object c = caches[at];
    if (!(c instanceof SuperLoad l && l.thisClass == cls && l.type == t && l.version == t.version())
        && superType == PySuper.TYPE && cls instanceof PyType thisClass) {
      caches[at] = c = planSuper(thisClass, self, name);
    }
    sp -= 3;
    if (superType == PySuper.TYPE && c instanceof SuperLoad l && l.thisClass == cls && l.type == t
        && l.version == t.version()) {
      if (l.found instanceof PyFunction f) {
        if ((arg & 1) != 0) {
          s[sp++] = f;
          s[sp++] = self;
          return sp;
        }
        s[sp++] = new PyBoundMethod(f, self);
        return sp;
      }
      if ((arg & 1) != 0) s[sp++] = null;
      s[sp++] = l.found;
      return sp;
    }
    // a super that is not the built-in one (a module may shadow the name) gets the arguments the source gave
    boolean twoArguments = (arg & 2) != 0 || superType == PySuper.TYPE && cls instanceof PyType;
    PyObject attr = Attributes.get(twoArguments ? superType.call2(cls, self) : superType.call0(), name);
    if ((arg & 1) != 0) s[sp++] = null;
    s[sp++] = attr;
    return sp;
  }

  /** The record for {@code super(thisClass, self).name}: a function or a plain value found after thisClass. */
  private static SuperLoad planSuper(PyType thisClass, PyObject self, String name) {
    PyType t = self.type();
    int version = t.version();
    if (self instanceof PyType || !t.isSubtypeOf(thisClass) || name.equals("__class__")) return null;
    List<PyType> mro = t.mro();
    PyObject found = null;
    for (int j = mro.indexOf(thisClass) + 1; j < mro.size() && found == null; j++) found = mro.get(j).dictGet(name);
    if (found == null) return null;
    PyType ft = found.type();
    if (found instanceof PyFunction || ft.hasFlag(PyType.IMMUTABLE) && ft.lookupSpecial(Special.GET) == null) {
      return new SuperLoad(thisClass, t, version, found);
    }
    return null;
  }
}
