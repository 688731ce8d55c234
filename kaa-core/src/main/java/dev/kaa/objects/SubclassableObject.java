package dev.kaa.objects;

/**
 * A base for built-in types defined outside this package (itertools, deque, partial...) whose instances may belong
 * to a Python subclass: the object carries its type, and an instance of a subclass also its {@code __dict__} and
 * {@code __slots__} values. One Java class serves the built-in and all its Python subclasses, so no type needs a
 * {@code Derived} twin; the price is one type field per object. A built-in whose own instances have a
 * {@code __dict__} (partial, lru_cache wrappers) asks for one: it is made when first written or read as a whole.
 */
public abstract class SubclassableObject extends PyObject implements HeapInstance {
  private PyType type;
  private PyDict dict;
  private final PyObject[] slots;
  /** Instances of the built-in itself have a {@code __dict__}, made on first use. */
  private final boolean builtinDict;

  /** An instance of {@code type}: the built-in itself, or a Python subclass of it. */
  protected SubclassableObject(PyType type) { this(type, false); }

  /** As above; with {@code builtinDict}, every instance has a {@code __dict__}. */
  protected SubclassableObject(PyType type, boolean builtinDict) {
    this.type = type;
    this.builtinDict = builtinDict;
    boolean heap = type.hasFlag(PyType.HEAPTYPE);
    this.dict = heap ? HeapInstance.newDict(type) : null;
    this.slots = heap ? HeapInstance.newSlots(type) : null;
  }

  @Override public final PyType type() { return type; }

  @Override public final void setType(PyType t) { type = t; }

  @Override public final PyDict dict() {
    if (dict == null && builtinDict) dict = new PyDict();
    return dict;
  }

  @Override public final boolean hasDict() { return dict != null || builtinDict; }

  @Override public final PyObject attr(String name) { return dict == null ? null : dict.getStr(name); }

  @Override public final boolean deleteAttr(String name) {
    return dict != null && dict.remove(Attributes.key(name)) != null;
  }

  /** The {@code __dict__} if it has been made (null otherwise): read without making it. */
  protected final PyDict existingDict() { return dict; }

  @Override public final void setDict(PyDict d) { dict = d; }

  @Override public final PyObject[] slots() { return slots; }
}
