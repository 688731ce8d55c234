package dev.kaa.objects;

import java.util.Set;

/**
 * {@code types.GenericAlias}: what {@code list[int]} makes — the origin class and the arguments, printed as written,
 * compared by value, and standing for the origin in most other respects (calls make an origin instance; attributes
 * other than its own come from the origin; as a base class it is the origin).
 */
public class PyGenericAlias extends PyObject {
  public static final PyType TYPE = new PyType("types.GenericAlias", PyType.IMMUTABLE | PyType.BASETYPE,
      PyGenericAlias.class, PyType.OBJECT);

  /** Attributes the alias answers itself; every other name is read from the origin. */
  private static final Set<String> OWN = Set.of("__class__", "__bases__", "__origin__", "__args__", "__unpacked__",
      "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
      "__copy__", "__deepcopy__");

  public final PyObject origin;
  public final PyTuple args;
  /** {@code *tuple[int, str]}: the unpacked form that iterating an alias gives ({@code __unpacked__}). */
  private final boolean starred;
  /** {@code __parameters__}, found when first asked for. */
  private PyTuple parameters;

  public PyGenericAlias(PyObject origin, PyObject args) { this(origin, args, false); }

  private PyGenericAlias(PyObject origin, PyObject args, boolean starred) {
    this.origin = origin;
    this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    this.starred = starred;
  }

  /** {@code cls[item]} for a built-in generic class: its {@code __class_getitem__}. */
  public static PyObject classGetItem(PyType cls, PyObject item) { return new PyGenericAlias(cls, item); }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW) static PyObject make(PyType cls, PyObject origin,
      PyObject args) {
    return cls == TYPE ? new PyGenericAlias(origin, args) : new Derived(cls, origin, args);
  }

  /** An instance of a Python subclass ({@code collections.abc}'s {@code _CallableGenericAlias}). */
  static final class Derived extends PyGenericAlias implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type, PyObject origin, PyObject args) {
      super(origin, args);
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

  /**
   * How {@code list[...]} and {@code X | Y} print one argument: classes by qualified name, {@code ...} as such,
   * other aliases by their repr.
   */
  static String itemRepr(PyObject p) {
    if (p instanceof PyGenericAlias || p instanceof PyUnionType) return Abstract.repr(p).value;
    if (p.type().name().equals("ellipsis")) return "...";
    if (Abstract.getAttrOrNull(p, "__origin__") != null && Abstract.getAttrOrNull(p, "__args__") != null) {
      return Abstract.repr(p).value;  // typing's aliases (Unpack[Ts]) print as themselves
    }
    PyObject qualname = Abstract.getAttrOrNull(p, "__qualname__");
    PyObject module = Abstract.getAttrOrNull(p, "__module__");
    if (qualname instanceof PyStr q && module != null) {
      return module instanceof PyStr m && m.value.equals("builtins") ? q.value : Abstract.str(module).value + "."
          + q.value;
    }
    return Abstract.repr(p).value;
  }

  @PyMethod("__repr__") PyObject repr() {
    StringBuilder b = new StringBuilder(starred ? "*" : "").append(itemRepr(origin)).append('[');
    if (args.size() == 0) b.append("()");
    for (int i = 0; i < args.size(); i++) b.append(i == 0 ? "" : ", ").append(itemRepr(args.get(i)));
    return new PyStr(b.append(']').toString());
  }

  /** Pickled as {@code GenericAlias(origin, args)}: without it, reduction would reach the origin's methods. */
  @PyMethod("__reduce__") PyObject reduce() { return PyTuple.of(type(), PyTuple.of(origin, args)); }

  @PyMethod("__getattribute__") PyObject getattribute(PyObject name) {
    String n = ObjectMethods.attributeName(name);
    return OWN.contains(n) ? Attributes.genericGet(this, n) : Attributes.get(origin, n);
  }

  @Override public PyObject call(PyObject[] a, int from, int npos, String[] kwnames) {
    PyObject obj = origin.call(a, from, npos, kwnames);
    try {
      Attributes.set(obj, "__orig_class__", this);
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.AttributeError) && !e.matches(ExceptionTypes.TypeError)) throw e;
    }
    return obj;
  }

  @PyMethod("__mro_entries__") PyObject mroEntries(PyObject bases) { return PyTuple.of(origin); }

  @PyMethod("__instancecheck__") PyObject instancecheck(PyObject obj) {
    throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
  }

  @PyMethod("__subclasscheck__") PyObject subclasscheck(PyObject cls) {
    throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
  }

  /** {@code tuple[T, T][int]}: the type variables replaced ({@link GenericAliasSubstitution}). */
  @PyMethod("__getitem__") PyObject getItem(PyObject item) {
    return GenericAliasSubstitution.substitute(this, parametersTuple(), item);
  }

  /** The same origin with other arguments. */
  PyGenericAlias withArgs(PyTuple newArgs) { return new PyGenericAlias(origin, newArgs, starred); }

  /** {@code *alias} in a subscript or a tuple: one item, the unpacked alias. */
  @PyMethod("__iter__") PyObject iter() {
    return Abstract.iter(PyTuple.of(new PyGenericAlias(origin, args, true)));
  }

  @PyGetter("__unpacked__") PyObject unpacked() { return PyBool.of(starred); }

  /** The arguments of an unpacked {@code *tuple[...]}, else None. */
  @PyGetter("__typing_unpacked_tuple_args__") PyObject unpackedTupleArgs() {
    return starred && origin == PyTuple.TYPE ? args : PyNone.NONE;
  }

  @PyMethod("__eq__") PyObject eq(PyObject other) {
    if (!(other instanceof PyGenericAlias o)) return PyNotImplemented.VALUE;
    return PyBool.of(starred == o.starred && Abstract.equals(origin, o.origin) && Abstract.equals(args, o.args));
  }

  @PyMethod("__hash__") PyObject hash() { return PyInt.of(Abstract.hash(origin) ^ Abstract.hash(args)); }

  @PyMethod("__or__") PyObject or(PyObject other) { return PyUnionType.union(this, other); }

  @PyMethod("__ror__") PyObject ror(PyObject other) { return PyUnionType.union(other, this); }

  @PyGetter("__origin__") PyObject originAttr() { return origin; }

  @PyGetter("__args__") PyObject argsAttr() { return args; }

  @PyGetter("__parameters__") PyObject parameters() { return parametersTuple(); }

  private PyTuple parametersTuple() {
    PyTuple p = parameters;
    if (p == null) parameters = p = GenericAliasSubstitution.parameters(args);
    return p;
  }
}
