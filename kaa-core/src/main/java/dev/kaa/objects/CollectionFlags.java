package dev.kaa.objects;

import java.util.Set;

/**
 * CPython's {@code Py_TPFLAGS_SEQUENCE} and {@code Py_TPFLAGS_MAPPING}, which decide what a {@code match} statement's
 * sequence and mapping patterns accept. The built-in sequences and mappings carry one; a class takes the flag of the
 * first class along its MRO that has one (so {@code class M(dict, Sequence)} is a mapping only); {@code abc}'s
 * {@code _abc_init} gives a class the flags of its {@code __abc_tpflags__} (collections.abc's Sequence and Mapping),
 * and registering a class with such an ABC gives it, and its subclasses without one, the ABC's flag.
 */
public final class CollectionFlags {
  private CollectionFlags() {}

  public static final int SEQUENCE = 1 << 5, MAPPING = 1 << 6, BOTH = SEQUENCE | MAPPING;

  private static final Set<String> SEQUENCES = Set.of("list", "tuple", "range", "memoryview", "deque", "array");
  private static final Set<String> MAPPINGS = Set.of("dict", "mappingproxy");

  /** A built-in type's own flag. */
  static int ofBuiltin(PyType t) {
    return SEQUENCES.contains(t.name()) ? SEQUENCE : MAPPINGS.contains(t.name()) ? MAPPING : 0;
  }

  /** A class's flag as inherited at its creation: the first class along its MRO that has one. */
  static int inherited(PyType t) {
    for (PyType c : t.mro()) {
      if (c == t) continue;
      int f = c.collectionFlags();
      if (f != 0) return f;
    }
    return 0;
  }

  /** {@code _abc_init}: the class's {@code __abc_tpflags__} (removed from its dict, as CPython does) sets its flags. */
  public static void initFromAbcFlags(PyType cls) {
    PyObject value = cls.dictGet("__abc_tpflags__");
    if (value == null) return;
    if (value instanceof PyInt i && i.isLong()) {
      long flags = i.longValue();
      if ((flags & BOTH) == BOTH) {
        throw Errors.typeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
      }
      cls.setCollectionFlags((int) (flags & BOTH));
    }
    cls.dictRemove("__abc_tpflags__");
  }

  /** {@code _abc_register(abc, subclass)}: the ABC's flag passes to the class and its subclasses that have none. */
  public static void register(PyType abc, PyType subclass) {
    int flag = abc.collectionFlags();
    if (flag != 0) setRecursively(subclass, flag);
  }

  private static void setRecursively(PyType t, int flag) {
    if (t.hasFlag(PyType.IMMUTABLE) || t.collectionFlags() != 0) return;
    t.setCollectionFlags(flag);
    for (PyType sub : t.subclasses()) setRecursively(sub, flag);
  }
}
