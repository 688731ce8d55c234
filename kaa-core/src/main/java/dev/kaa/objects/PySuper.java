package dev.kaa.objects;

/**
 * {@code super(type, obj)}: attribute lookup that starts after {@code type} in the MRO of {@code obj}'s class (or of
 * obj itself when it is a class), binding what it finds to obj. Zero-argument {@code super()} inside a method gets
 * its two arguments from the frame (the {@code __class__} cell and the first argument); {@code super().name} is
 * compiled to LOAD_SUPER_ATTR, which calls {@link #lookup} without making the super object.
 */
public class PySuper extends PyObject {
  public static final PyType TYPE = new PyType("super", PyType.IMMUTABLE | PyType.BASETYPE, PySuper.class,
      PyType.OBJECT);

  /** {@code __thisclass__}: the class after which lookup starts; null until {@code __init__}. */
  private PyType thisClass;
  /** {@code __self__}, or null for an unbound super. */
  private PyObject obj;
  /** {@code __self_class__}: the class whose MRO is searched (obj's class, or obj); null when unbound. */
  private PyType objType;

  private PySuper() {}

  private PySuper(PyType thisClass, PyObject obj, PyType objType) {
    this.thisClass = thisClass;
    this.obj = obj;
    this.objType = objType;
  }

  /** {@code super(type, obj)}, checked as CPython does. */
  public static PySuper of(PyType type, PyObject obj) { return new PySuper(type, obj, check(type, obj)); }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return cls == TYPE ? new PySuper() : new Derived(cls);
  }

  /** {@code super(type, obj)}; {@code super()} takes them from the calling method (its __class__ cell and self). */
  @PyMethod("__init__") void init(@PyMethod.Opt PyObject type, @PyMethod.Opt PyObject obj) {
    if (type == null) {
      PyObject[] implicit = dev.kaa.interp.Frames.superArgs();  // the method's __class__ cell and first argument
      type = implicit[0];
      obj = implicit[1];
    }
    if (!(type instanceof PyType t)) {
      throw Errors.typeError("super() argument 1 must be a type, not %s", type.type().name());
    }
    boolean bound = obj != null && obj != PyNone.NONE;
    PyType searched = bound ? check(t, obj) : null;
    this.thisClass = t;
    this.obj = bound ? obj : null;
    this.objType = searched;
  }

  /** The class whose MRO {@code super(type, obj)} searches: obj if it is a subclass of type, else obj's class. */
  private static PyType check(PyType type, PyObject obj) {
    if (obj instanceof PyType t && t.isSubtypeOf(type)) return t;
    if (obj.type().isSubtypeOf(type)) return obj.type();
    PyObject c = Abstract.getAttrOrNull(obj, "__class__");
    if (c instanceof PyType ct && ct != obj.type() && ct.isSubtypeOf(type)) return ct;
    throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
  }

  /**
   * {@code super(thisClass, obj).name} as LOAD_SUPER_ATTR needs it: the attribute found after {@code thisClass} in
   * {@code objType}'s MRO, bound to obj; null when absent.
   */
  public static PyObject lookupAfter(PyType thisClass, PyObject obj, PyType objType, String name) {
    java.util.List<PyType> mro = objType.mro();
    int i = mro.indexOf(thisClass);
    for (int j = i + 1; j < mro.size(); j++) {
      PyObject v = mro.get(j).dictGet(name);
      if (v == null) continue;
      if (v instanceof PyMethodDescriptor d) return obj == objType ? d : d.bind(obj);
      PyObject get = v.type().lookupSpecial(Special.GET);
      return get == null ? v : Abstract.callGet(v, get, obj == objType ? PyNone.NONE : obj, objType);
    }
    return null;
  }

  /** {@code super(thisClass, obj).name}, as an attribute read: AttributeError when absent. */
  public static PyObject lookup(PyType thisClass, PyObject obj, String name) {
    PySuper s = of(thisClass, obj);
    PyObject v = lookupAfter(thisClass, obj, s.objType, name);
    return v != null ? v : Attributes.genericGet(s, name);
  }

  @PyMethod("__getattribute__") PyObject getattribute(PyObject name) {
    String n = ObjectMethods.attributeName(name);
    if (objType != null && !n.equals("__class__")) {
      PyObject v = lookupAfter(thisClass, obj, objType, n);
      if (v != null) return v;
    }
    return Attributes.genericGet(this, n);
  }

  /** An unbound super bound by attribute access: {@code super(C).__get__(obj)}. */
  @PyMethod("__get__") PyObject get(PyObject obj, @PyMethod.Opt PyObject type) {
    if (obj == PyNone.NONE || this.obj != null) return this;
    if (type() == TYPE) return of(thisClass, obj);
    return type().call2(thisClass, obj);  // a subclass's instance, made as the subclass makes them
  }

  @PyGetter("__thisclass__") PyObject thisClassAttr() { return thisClass == null ? PyNone.NONE : thisClass; }

  @PyGetter("__self__") PyObject selfAttr() { return obj == null ? PyNone.NONE : obj; }

  @PyGetter("__self_class__") PyObject selfClassAttr() { return objType == null ? PyNone.NONE : objType; }

  @PyMethod("__repr__") PyObject repr() {
    String cls = thisClass == null ? "NULL" : "<class '" + thisClass.name() + "'>";
    return new PyStr(objType == null ? "<super: " + cls + ", NULL>" : "<super: " + cls + ", <" + objType.name()
        + " object>>");
  }

  /** An instance of a Python subclass of super. */
  static final class Derived extends PySuper implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type) {
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
