package dev.kaa.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Python class: name, bases, the C3 method resolution order, its {@code __dict__}, and the lookup caches that make
 * attribute and special-method lookup a hash hit.
 *
 * <p>Built-in types are shared between interpreters and immutable ({@code int.x = 1} is a TypeError). Their methods are
 * bound from their Java class on first use (start-up pays only for the types a program touches), and at that moment
 * everything visible along the MRO is flattened into a read-only table, so lookups on them are one hash probe and safe
 * from any thread. Heap types (classes made by Python code) cache lookups per type, validated by a version number
 * that changes whenever a dict along the MRO changes (CPython's type version tags): {@link #modified()} bumps this
 * type's version and its subclasses'. Those caches are touched only under the owning interpreter's GIL.
 */
public class PyType extends PyObject {
  public static final PyType OBJECT = new PyType("object", ObjectMethods.class, PyObject.class);
  public static final PyType TYPE = new PyType("type", TypeMethods.class, PyType.class, OBJECT);

  /** Instances may not have attributes set on the type ({@code int.x = 1}): built-in types. */
  public static final int IMMUTABLE = 1;
  /** May be subclassed ({@code class C(bool)} fails). */
  public static final int BASETYPE = 2;
  /** Created by a class statement or {@code type(name, bases, ns)}. */
  public static final int HEAPTYPE = 4;
  /** A built-in whose instances may be weakly referenced (CPython's non-zero {@code tp_weaklistoffset}). */
  public static final int WEAKREFABLE = 8;

  private String name;
  private String qualname;
  /** {@code __module__} of a built-in type. */
  private final String builtinModule;
  private PyType[] bases;
  private PyType[] mro;
  private final int flags;
  private final Map<String, PyObject> dict = new LinkedHashMap<>();
  /** {@code type(self)}: null for the plain {@code type} (the common case), else the metaclass. */
  private PyType metatype;

  // The instance layout (see docs/classes.md): which Java class holds this type's instances, and what a heap type
  // adds to its base's: a __dict__, __weakref__, __slots__ values.
  /** {@code __base__}: the base whose layout this type extends (CPython's best base); null for object. */
  private PyType base;
  /** The Java class of this type's instances: a built-in's own class, else inherited from {@link #base}. */
  private final Class<?> instanceClass;
  /** Instances have a {@code __dict__} (an instance of a Python class without {@code __slots__}). */
  boolean instanceDict;
  /** Instances have {@code __weakref__}. */
  boolean instanceWeakref;
  /** How many {@code __slots__} values instances hold (this type's and its bases'). */
  int slotCount;
  /** This heap type added {@code __slots__} values of its own: it is its own solid base. */
  boolean ownSlots;
  /** The names of those slots, mangled and sorted (CPython's ht_slots): equal lists make equal layouts. */
  List<String> ownSlotNames = List.of();
  /** {@link CollectionFlags}: SEQUENCE, MAPPING or 0; -1 until first asked (then inherited along the MRO). */
  private volatile int collectionFlags = -1;
  /** The root of the shapes of this class's instances' attributes, made with the first instance. */
  private Shape instanceShape;

  /** Java class whose {@link PyMethod}s are this built-in type's methods, until bound; then null. */
  private Class<?> pendingMethods;
  /** Bindings from other Java classes ({@link SharedMethods}), made with this type's own methods; then null. */
  private List<Runnable> pendingBindings;
  private volatile boolean ready;
  /** Immutable types: every name visible along the MRO, and every special method, resolved once. */
  private Map<String, PyObject> resolved;
  private PyObject[] resolvedSpecials;

  private int version;
  /** What lookups found at one version; replaced (never cleared) when the version moves on. */
  private LookupCaches caches = new LookupCaches(-1, Map.of(), new Object[0]);
  private List<WeakReference<PyType>> subclasses;

  /**
   * The lookups made while the type's version was {@code version}. A lookup racing a change of the class (threads
   * without a GIL) can only fill a cache that is already out of date, since a change makes the next lookup start a new
   * one; without a GIL the map is a concurrent one.
   */
  private record LookupCaches(int version, Map<String, Object> byName, Object[] specials) {}

  /** Marks "looked up and absent" in the caches (null there means "not looked up yet"). */
  private static final Object ABSENT = new Object();

  /** {@code object} and {@code type}: built before anything else, their instance classes named explicitly. */
  private PyType(String name, Class<?> methods, Class<?> instanceClass, PyType... bases) {
    this.name = name;
    this.qualname = name;
    this.builtinModule = "builtins";
    this.bases = bases;
    this.base = bases.length == 0 ? null : bases[0];
    this.mro = C3.linearize(this, bases);
    this.flags = IMMUTABLE | BASETYPE;
    this.pendingMethods = methods;
    this.instanceClass = instanceClass;
    this.instanceDict = this.instanceWeakref = instanceClass == PyType.class;  // a class has both, in its own way
    for (PyType b : bases) b.addSubclass(this);
  }

  /** A built-in type: immutable, subclassable. */
  public PyType(String name, PyType... bases) {
    this(name, IMMUTABLE | BASETYPE, bases);
  }

  /** A built-in type whose methods are the {@link PyMethod}s declared in {@code methods}, bound on first use. */
  public PyType(String name, int flags, Class<?> methods, PyType... bases) {
    this(name, flags, methods, (PyType) null, bases);
  }

  /** A type with explicit flags; a heap type registers with its bases for cache invalidation. */
  public PyType(String name, int flags, PyType... bases) {
    this(name, flags, null, (PyType) null, bases);
  }

  /**
   * The general constructor: {@code base} is the layout base (null: the first base); the instance class is
   * {@code methods} when that is a {@link PyObject} class, else the base's.
   */
  PyType(String name, int flags, Class<?> methods, PyType base, PyType[] bases) {
    // a built-in outside builtins is named as CPython's tp_name: "types.GenericAlias"
    int dot = (flags & HEAPTYPE) == 0 ? name.lastIndexOf('.') : -1;
    this.builtinModule = dot < 0 ? "builtins" : name.substring(0, dot);
    this.name = name.substring(dot + 1);
    this.qualname = this.name;
    this.flags = flags;
    this.bases = bases.clone();
    this.base = base != null ? base : bases.length > 0 ? bases[0] : OBJECT;
    this.mro = C3.linearize(this, this.bases);
    this.pendingMethods = methods;
    this.instanceClass = methods != null && PyObject.class.isAssignableFrom(methods) && (flags & HEAPTYPE) == 0
        ? methods : this.base.instanceClass;
    boolean heap = (flags & HEAPTYPE) != 0;  // a class made from Java as a class statement would: with a __dict__
    this.instanceDict = this.base.instanceDict || heap;
    this.instanceWeakref = this.base.instanceWeakref || heap || (flags & WEAKREFABLE) != 0;
    this.slotCount = this.base.slotCount;
    for (PyType b : this.bases) b.addSubclass(this);
  }

  @Override public PyType type() { return metatype == null ? TYPE : metatype; }

  /** Makes this (new) class an instance of {@code meta}, a subclass of {@code type}. */
  void setMetatype(PyType meta) { this.metatype = meta == TYPE ? null : meta; }

  /** {@code __name__}. */
  public String name() { return name; }

  void setName(String name) { this.name = name; }

  /** {@code __qualname__}. */
  public String qualname() { return qualname; }

  void setQualname(String qualname) { this.qualname = qualname; }

  /** {@code __module__} of a built-in type ("builtins", or the prefix of a dotted name as "types.GenericAlias"). */
  String builtinModule() { return builtinModule; }

  /** CPython's {@code tp_name} of a built-in type: dotted with its module unless that is builtins ("sys.flags"). */
  public String builtinTpName() { return builtinModule.equals("builtins") ? name : builtinModule + "." + name; }

  /** {@code __bases__}. */
  public List<PyType> bases() { return List.of(bases); }

  /** {@code __base__}: the base whose instance layout this type extends; null for {@code object}. */
  public PyType base() { return base; }

  /** {@code __mro__}. */
  public List<PyType> mro() { return List.of(mro); }

  /**
   * {@code C.__bases__ = (...)}, already checked by the caller to keep the instance layout: the new bases, their
   * layout base, and a new MRO here and in every subclass (whose lookups all change).
   */
  synchronized void replaceBases(PyType[] newBases, PyType newBase) {
    for (PyType b : bases) b.removeSubclass(this);
    bases = newBases.clone();
    base = newBase;
    for (PyType b : bases) b.addSubclass(this);
    recomputeMro();
  }

  private void recomputeMro() {
    mro = C3.linearize(this, bases);
    for (PyType sub : subclasses()) sub.recomputeMro();
    modified();
  }

  /** Replaces the C3 order with the one a metaclass's {@code mro()} returned (already checked). */
  void setMro(PyType[] mro) {
    this.mro = mro;
    modified();
  }

  /** The Java class of this type's instances (a subclass of it, for instances of Python subclasses). */
  public Class<?> instanceClass() { return instanceClass; }

  /** Instances of this type carry a {@code __dict__}. */
  public boolean hasInstanceDict() { return instanceDict; }

  /**
   * Declares that every instance of this built-in has a {@code __dict__} of its own (modules), so that its subclasses
   * add none; before any subclass copies the flag.
   */
  public void setInstancesHaveDict() { instanceDict = true; }

  /** Whether instances may be weakly referenced ({@code weakref.ref(x)}). */
  public boolean weakrefable() { return instanceWeakref; }

  /** The empty {@link Shape} new instances of this class start from: the root of the class's layouts. */
  Shape instanceShape() {
    Shape s = instanceShape;
    if (s == null) instanceShape = s = Shape.root();
    return s;
  }

  /** How many {@code __slots__} values an instance of this type holds. */
  public int slotCount() { return slotCount; }

  /**
   * CPython's solid base: the nearest type along {@code __base__} whose instances have a layout of their own (a
   * built-in with its own Java class, or a class adding {@code __slots__}). Two bases whose solid bases are not on
   * one line cannot be combined ("multiple bases have instance lay-out conflict").
   */
  public PyType solidBase() {
    if (base == null) return this;
    PyType inherited = base.solidBase();
    if (hasFlag(HEAPTYPE)) return ownSlots ? this : inherited;
    return instanceClass != base.instanceClass ? this : inherited;
  }

  /** The nearest type along {@code __base__} that is not a heap type: whose {@code __new__} builds instances. */
  public PyType staticBase() {
    PyType t = this;
    while (t.hasFlag(HEAPTYPE)) t = t.base;
    return t;
  }

  /** This type's {@link CollectionFlags} (what {@code match} accepts it as). */
  public int collectionFlags() {
    int f = collectionFlags;
    if (f < 0) {
      f = hasFlag(HEAPTYPE) ? 0 : CollectionFlags.ofBuiltin(this);
      if (f == 0) f = CollectionFlags.inherited(this);
      collectionFlags = f;
    }
    return f;
  }

  void setCollectionFlags(int flags) { collectionFlags = flags; }

  /** {@code __subclasses__()}: the live direct subclasses, oldest first. */
  public List<PyType> subclasses() {
    List<PyType> out = new ArrayList<>();
    synchronized (this) {
      if (subclasses != null) {
        for (WeakReference<PyType> ref : subclasses) {
          PyType t = ref.get();
          if (t != null) out.add(t);
        }
      }
    }
    return out;
  }

  public boolean hasFlag(int flag) { return (flags & flag) != 0; }

  /** {@code issubclass(self, other)} for real subclassing (no {@code __subclasscheck__}). */
  public boolean isSubtypeOf(PyType other) {
    if (this == other) return true;
    for (PyType t : mro) if (t == other) return true;
    return false;
  }

  /** The entry {@code name} of this type's own {@code __dict__}, or null. */
  public PyObject dictGet(String name) {
    ensureReady();
    return ownEntry(name);
  }

  /** {@code dict.get(name)}, under the type's monitor when threads run without a GIL (a class may be changing). */
  private PyObject ownEntry(String name) {
    if (!FreeThreading.enabled()) return dict.get(name);
    synchronized (this) {
      return dict.get(name);
    }
  }

  /** The names in this type's own {@code __dict__}, in definition order. */
  public java.util.Set<String> dictNames() {
    ensureReady();
    return java.util.Collections.unmodifiableSet(dict.keySet());
  }

  /**
   * Puts {@code name} into this type's own dict while the type is being built (no immutability check) or by
   * {@code type.__setattr__} after its check; invalidates lookups.
   */
  public void dictPut(String name, PyObject value) {
    if (ready && hasFlag(IMMUTABLE)) throw new IllegalStateException("built-in type " + this.name + " is frozen");
    synchronized (this) {
      dict.put(name, value);
    }
    modified();
  }

  /** Removes {@code name} from this type's own dict; true when it was there. */
  public boolean dictRemove(String name) {
    if (ready && hasFlag(IMMUTABLE)) throw new IllegalStateException("built-in type " + this.name + " is frozen");
    boolean had;
    synchronized (this) {
      had = dict.remove(name) != null;
    }
    if (had) modified();
    return had;
  }

  /** {@code _PyType_Lookup}: the first definition of {@code name} along the MRO, or null. Cached. */
  public PyObject lookup(String name) {
    ensureReady();
    if (resolved != null) return resolved.get(name);
    Map<String, Object> cache = caches().byName;
    Object hit = cache.get(name);
    if (hit == null) {
      hit = ABSENT;
      for (PyType t : mro) {
        PyObject v = t.ownEntry(name);
        if (v != null) {
          hit = v;
          break;
        }
      }
      cache.put(name, hit);
    }
    return hit == ABSENT ? null : (PyObject) hit;
  }

  /** The special method {@code s} as found along the MRO, or null. One array read when cached. */
  public PyObject lookupSpecial(Special s) {
    ensureReady();
    if (resolvedSpecials != null) return resolvedSpecials[s.ordinal()];
    Object[] cache = caches().specials;
    Object hit = cache[s.ordinal()];
    if (hit == null) {
      PyObject v = lookup(s.pyName);
      hit = v == null ? ABSENT : v;
      cache[s.ordinal()] = hit;
    }
    return hit == ABSENT ? null : (PyObject) hit;
  }

  /** Binds a built-in type's methods and freezes its lookups, once, whichever thread asks first. */
  private void ensureReady() {
    if (!ready) {
      synchronized (this) {
        if (!ready) makeReady();
      }
    }
  }

  /** Makes {@code binding} (which puts methods into this built-in type's dict) when the type is made ready. */
  synchronized void bindWhenReady(Runnable binding) {
    if (ready) throw new IllegalStateException("built-in type " + name + " is already in use");
    if (pendingBindings == null) pendingBindings = new ArrayList<>();
    pendingBindings.add(binding);
  }

  private void makeReady() {
    for (PyType t : mro) if (t != this) t.ensureReady();
    if (pendingBindings != null) {
      for (Runnable binding : pendingBindings) binding.run();
      pendingBindings = null;
    }
    if (pendingMethods != null) {
      TypeBuilder.bindMethods(this, pendingMethods, dict);
      pendingMethods = null;
    }
    // every type has its own __doc__ (None without a docstring), so None.__doc__ and (1).__doc__ are found
    if (!hasFlag(HEAPTYPE)) dict.putIfAbsent("__doc__", PyNone.NONE);
    if (hasFlag(IMMUTABLE)) {
      Map<String, PyObject> all = new HashMap<>();
      for (int i = mro.length - 1; i >= 0; i--) all.putAll(mro[i].dict);
      PyObject[] specials = new PyObject[Special.values().length];
      for (Special sp : Special.values()) specials[sp.ordinal()] = all.get(sp.pyName);
      resolved = all;
      resolvedSpecials = specials;
    }
    ready = true;
  }

  /** The caches of the current version, made afresh when the version has moved on. */
  private LookupCaches caches() {
    LookupCaches c = caches;
    int v = version;
    if (c.version != v) {
      Map<String, Object> byName = FreeThreading.enabled() ? new ConcurrentHashMap<>() : new HashMap<>();
      c = new LookupCaches(v, byName, new Object[Special.values().length]);
      caches = c;
    }
    return c;
  }

  /**
   * The version tag: it changes whenever a lookup along this type's MRO might answer differently (a class dict entry
   * set or removed here or in a base, a new MRO). Inline caches key what they decided on (type, version).
   */
  public int version() { return version; }

  /** Something along this type's MRO changed: this type's and every subclass's cached lookups are stale. */
  public void modified() {
    version++;
    if (subclasses != null) {
      for (WeakReference<PyType> ref : subclasses) {
        PyType sub = ref.get();
        if (sub != null) sub.modified();
      }
    }
  }

  /**
   * Built-in types list only built-in subclasses: they are shared by every interpreter, so they must not see one
   * interpreter's classes (and, being immutable, never need to tell subclasses they changed).
   */
  private synchronized void removeSubclass(PyType sub) {
    if (subclasses != null) subclasses.removeIf(r -> r.get() == null || r.get() == sub);
  }

  private synchronized void addSubclass(PyType sub) {
    if (hasFlag(IMMUTABLE) && sub.hasFlag(HEAPTYPE)) return;
    if (subclasses == null) subclasses = new ArrayList<>();
    subclasses.removeIf(r -> r.get() == null);
    subclasses.add(new WeakReference<>(sub));
  }

  /** {@code type.__call__}: {@code type(x)}, or make an instance ({@code __new__}, then {@code __init__}). */
  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    if (metatype != null && !TypeMethods.isTypeCall(metatype.lookupSpecial(Special.CALL))) {
      return super.call(args, from, npos, kwnames);
    }
    PyObject init = plainInit();
    if (init != null) {
      PyInstance obj = PyInstance.of(this);
      PyObject r = Abstract.callMethod(obj, init, args, from, npos, kwnames);
      if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '%s'", r.type().name());
      return obj;
    }
    return TypeMethods.call(this, args, from, npos, kwnames);
  }

  /** For {@link #plainInit}: the answer while this type's version is {@code version}. */
  private record InitPlan(int version, PyObject init) {}

  private InitPlan initPlan;

  /**
   * The Python {@code __init__} of a class whose instances {@code object.__new__} makes with no check to fail (not
   * abstract, no {@code __new__} of its own, object's layout), so that calling the class is {@code __init__} on a new
   * {@link PyInstance}; null for any other class. Decided once per version of the class.
   */
  private PyObject plainInit() {
    InitPlan p = initPlan;
    if (p == null || p.version != version) {
      int v = version;
      PyObject init = lookupSpecial(Special.INIT);
      boolean plain = hasFlag(HEAPTYPE) && lookup("__new__") instanceof PyBuiltinNew n && n.owner == OBJECT
          && staticBase() == OBJECT && dictGet("__abstractmethods__") == null && init instanceof MethodDescriptorFlag
          && !(init instanceof PyMethodDescriptor);
      initPlan = p = new InitPlan(v, plain ? init : null);
    }
    return p.init;
  }

  @Override public String toString() { return TypeMethods.repr(this); }

  /** C3 linearization; a type whose bases admit none raises CPython's TypeError. */
  static final class C3 {
    private C3() {}

    static PyType[] linearize(PyType self, PyType[] bases) {
      if (bases.length == 1) {  // self, then the base's MRO: the common case, and most of start-up's types
        PyType[] baseMro = bases[0].mro;
        PyType[] out = new PyType[baseMro.length + 1];
        out[0] = self;
        System.arraycopy(baseMro, 0, out, 1, baseMro.length);
        return out;
      }
      List<List<PyType>> seqs = new ArrayList<>();
      for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro)));
      seqs.add(new ArrayList<>(List.of(bases)));
      List<PyType> out = new ArrayList<>();
      out.add(self);
      while (true) {
        seqs.removeIf(List::isEmpty);
        if (seqs.isEmpty()) return out.toArray(new PyType[0]);
        PyType next = null;
        for (List<PyType> s : seqs) {
          PyType head = s.get(0);
          boolean inTail = false;
          for (List<PyType> t : seqs) if (t.indexOf(head) > 0) { inTail = true; break; }
          if (!inTail) { next = head; break; }
        }
        if (next == null) {
          java.util.Set<String> heads = new java.util.LinkedHashSet<>();
          for (List<PyType> s : seqs) heads.add(s.get(0).name);
          throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases %s",
              String.join(", ", heads));
        }
        out.add(next);
        for (List<PyType> s : seqs) if (s.get(0) == next) s.remove(0);
      }
    }
  }
}
