package dev.kaa.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
  public static final PyType OBJECT = new PyType("object", ObjectMethods.class);
  public static final PyType TYPE = new PyType("type", OBJECT);

  /** Instances may not have attributes set on the type ({@code int.x = 1}): built-in types. */
  public static final int IMMUTABLE = 1;
  /** May be subclassed ({@code class C(bool)} fails). */
  public static final int BASETYPE = 2;
  /** Created by a class statement or {@code type(name, bases, ns)}. */
  public static final int HEAPTYPE = 4;

  private final String name;
  private final PyType[] bases;
  private final PyType[] mro;
  private final int flags;
  private final Map<String, PyObject> dict = new LinkedHashMap<>();

  /** Java class whose {@link PyMethod}s are this built-in type's methods, until bound; then null. */
  private Class<?> pendingMethods;
  private volatile boolean ready;
  /** Immutable types: every name visible along the MRO, and every special method, resolved once. */
  private Map<String, PyObject> resolved;
  private PyObject[] resolvedSpecials;

  private int version;
  private int cacheVersion = -1;
  private final Map<String, Object> lookupCache = new HashMap<>();
  private final Object[] specialCache = new Object[Special.values().length];
  private List<WeakReference<PyType>> subclasses;

  /** Marks "looked up and absent" in the caches (null there means "not looked up yet"). */
  private static final Object ABSENT = new Object();

  private PyType(String name, Class<?> methods) {
    this.name = name;
    this.bases = new PyType[0];
    this.mro = new PyType[] {this};
    this.flags = IMMUTABLE | BASETYPE;
    this.pendingMethods = methods;
  }

  /** A built-in type: immutable, subclassable. */
  public PyType(String name, PyType... bases) {
    this(name, IMMUTABLE | BASETYPE, bases);
  }

  /** A built-in type whose methods are the {@link PyMethod}s declared in {@code methods}, bound on first use. */
  public PyType(String name, int flags, Class<?> methods, PyType... bases) {
    this(name, flags, bases);
    this.pendingMethods = methods;
  }

  /** A type with explicit flags; a heap type registers with its bases for cache invalidation. */
  public PyType(String name, int flags, PyType... bases) {
    this.name = name;
    this.flags = flags;
    this.bases = bases.clone();
    this.mro = C3.linearize(this, this.bases);
    if ((flags & HEAPTYPE) != 0) {
      for (PyType b : this.bases) b.addSubclass(this);
    }
  }

  @Override public PyType type() { return TYPE; }

  /** {@code __name__}. */
  public String name() { return name; }

  /** {@code __bases__}. */
  public List<PyType> bases() { return List.of(bases); }

  /** {@code __mro__}. */
  public List<PyType> mro() { return List.of(mro); }

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
    return dict.get(name);
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
    dict.put(name, value);
    modified();
  }

  /** Removes {@code name} from this type's own dict; true when it was there. */
  public boolean dictRemove(String name) {
    if (ready && hasFlag(IMMUTABLE)) throw new IllegalStateException("built-in type " + this.name + " is frozen");
    boolean had = dict.remove(name) != null;
    if (had) modified();
    return had;
  }

  /** {@code _PyType_Lookup}: the first definition of {@code name} along the MRO, or null. Cached. */
  public PyObject lookup(String name) {
    ensureReady();
    if (resolved != null) return resolved.get(name);
    validateCaches();
    Object hit = lookupCache.get(name);
    if (hit == null) {
      hit = ABSENT;
      for (PyType t : mro) {
        PyObject v = t.dict.get(name);
        if (v != null) {
          hit = v;
          break;
        }
      }
      lookupCache.put(name, hit);
    }
    return hit == ABSENT ? null : (PyObject) hit;
  }

  /** The special method {@code s} as found along the MRO, or null. One array read when cached. */
  public PyObject lookupSpecial(Special s) {
    ensureReady();
    if (resolvedSpecials != null) return resolvedSpecials[s.ordinal()];
    validateCaches();
    Object hit = specialCache[s.ordinal()];
    if (hit == null) {
      PyObject v = lookup(s.pyName);
      hit = v == null ? ABSENT : v;
      specialCache[s.ordinal()] = hit;
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

  private void makeReady() {
    for (PyType t : mro) if (t != this) t.ensureReady();
    if (pendingMethods != null) {
      TypeBuilder.bindMethods(this, pendingMethods, dict);
      pendingMethods = null;
    }
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

  private void validateCaches() {
    if (cacheVersion != version) {
      lookupCache.clear();
      java.util.Arrays.fill(specialCache, null);
      cacheVersion = version;
    }
  }

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

  private void addSubclass(PyType sub) {
    if (hasFlag(IMMUTABLE)) return;  // never modified, so never needs to tell its subclasses
    if (subclasses == null) subclasses = new ArrayList<>();
    subclasses.removeIf(r -> r.get() == null);
    subclasses.add(new WeakReference<>(sub));
  }

  @Override public String toString() { return "<class '" + name + "'>"; }

  /** C3 linearization; a type whose bases admit none raises CPython's TypeError. */
  static final class C3 {
    private C3() {}

    static PyType[] linearize(PyType self, PyType[] bases) {
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
          throw Errors.typeError("Cannot create a consistent method resolution order (MRO) for bases %s",
              String.join(", ", heads));
        }
        out.add(next);
        for (List<PyType> s : seqs) if (s.get(0) == next) s.remove(0);
      }
    }
  }
}
