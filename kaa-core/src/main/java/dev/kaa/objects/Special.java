package dev.kaa.objects;

/**
 * The special methods the runtime looks up on types ({@code type(x).__add__}, never the instance), each with a slot
 * in every type's special-method cache ({@link PyType#lookupSpecial}). The abstract operations ({@code Abstract}) read
 * them; a class that defines or inherits one simply has it in its MRO's dicts, so there is no separate slot to keep in
 * step with the dict: the cache is invalidated by the type's version number, as any other lookup.
 */
public enum Special {
  NEW("__new__"), INIT("__init__"), DEL("__del__"), REPR("__repr__"), STR("__str__"), BYTES("__bytes__"),
  FORMAT("__format__"), HASH("__hash__"), BOOL("__bool__"), LEN("__len__"), LENGTH_HINT("__length_hint__"),
  GETATTRIBUTE("__getattribute__"), GETATTR("__getattr__"), SETATTR("__setattr__"), DELATTR("__delattr__"),
  DIR("__dir__"), GET("__get__"), SET("__set__"), DELETE("__delete__"), SET_NAME("__set_name__"),
  INIT_SUBCLASS("__init_subclass__"), CLASS_GETITEM("__class_getitem__"), MRO_ENTRIES("__mro_entries__"),
  INSTANCECHECK("__instancecheck__"), SUBCLASSCHECK("__subclasscheck__"), CALL("__call__"),
  LT("__lt__"), LE("__le__"), EQ("__eq__"), NE("__ne__"), GT("__gt__"), GE("__ge__"),
  GETITEM("__getitem__"), SETITEM("__setitem__"), DELITEM("__delitem__"), MISSING("__missing__"),
  CONTAINS("__contains__"), ITER("__iter__"), NEXT("__next__"), REVERSED("__reversed__"),
  ADD("__add__"), SUB("__sub__"), MUL("__mul__"), MATMUL("__matmul__"), TRUEDIV("__truediv__"),
  FLOORDIV("__floordiv__"), MOD("__mod__"), DIVMOD("__divmod__"), POW("__pow__"), LSHIFT("__lshift__"),
  RSHIFT("__rshift__"), AND("__and__"), XOR("__xor__"), OR("__or__"),
  RADD("__radd__"), RSUB("__rsub__"), RMUL("__rmul__"), RMATMUL("__rmatmul__"), RTRUEDIV("__rtruediv__"),
  RFLOORDIV("__rfloordiv__"), RMOD("__rmod__"), RDIVMOD("__rdivmod__"), RPOW("__rpow__"), RLSHIFT("__rlshift__"),
  RRSHIFT("__rrshift__"), RAND("__rand__"), RXOR("__rxor__"), ROR("__ror__"),
  IADD("__iadd__"), ISUB("__isub__"), IMUL("__imul__"), IMATMUL("__imatmul__"), ITRUEDIV("__itruediv__"),
  IFLOORDIV("__ifloordiv__"), IMOD("__imod__"), IPOW("__ipow__"), ILSHIFT("__ilshift__"), IRSHIFT("__irshift__"),
  IAND("__iand__"), IXOR("__ixor__"), IOR("__ior__"),
  NEG("__neg__"), POS("__pos__"), ABS("__abs__"), INVERT("__invert__"), INDEX("__index__"), INT("__int__"),
  FLOAT("__float__"), COMPLEX("__complex__"), ROUND("__round__"), TRUNC("__trunc__"), FLOOR("__floor__"),
  CEIL("__ceil__"), ENTER("__enter__"), EXIT("__exit__"), AWAIT("__await__"), AITER("__aiter__"),
  ANEXT("__anext__"), AENTER("__aenter__"), AEXIT("__aexit__"), BUFFER("__buffer__"),
  RELEASE_BUFFER("__release_buffer__");

  /** The dunder name. */
  public final String pyName;

  Special(String pyName) { this.pyName = pyName; }

  private static final java.util.Map<String, Special> BY_NAME = new java.util.HashMap<>();

  static {
    for (Special s : values()) BY_NAME.put(s.pyName, s);
  }

  /** The special method called {@code name}, or null when the name is not one the runtime looks up on types. */
  public static Special byName(String name) { return BY_NAME.get(name); }
}
