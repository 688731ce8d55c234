package dev.kaa.objects;

import dev.kaa.strings.StrCompare;
import dev.kaa.text.StrRepr;

/**
 * {@code str}: a Java String (UTF-16; astral characters are surrogate pairs, lone surrogates single chars) with its
 * hash computed on first use. Code-point indexing comes from {@link dev.kaa.strings.PyStrIndex}. Not yet handled: the
 * rare str a Java String cannot hold (an adjacent lone high + low surrogate pair, see Expr.Constant.CodePoints).
 */
public class PyStr extends PyObject {
  public static final PyType TYPE = new PyType("str", PyType.IMMUTABLE | PyType.BASETYPE, PyStr.class, PyType.OBJECT);

  public final String value;
  private long hash;
  private boolean hashed;

  public PyStr(String value) { this.value = value; }

  @Override public PyType type() { return TYPE; }

  @PyMethod("__repr__") public PyObject repr() { return new PyStr(StrRepr.repr(value)); }

  @PyMethod("__str__") public PyObject str() { return type() == TYPE ? this : new PyStr(value); }

  @PyMethod("__hash__") public PyObject hash() { return PyInt.of(hashValue()); }

  /**
   * The str hash. CPython randomises it per process (SipHash with a random key), so no program can depend on its
   * value; Kaa mixes the Java hash into 64 bits, never -1.
   */
  public final long hashValue() {
    if (!hashed) {
      hash = hashOf(value);
      hashed = true;
    }
    return hash;
  }

  /** The hash a str holding {@code s} has: lets string-keyed lookups skip making a PyStr. */
  public static long hashOf(String s) {
    long h = s.hashCode() * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return h == -1 ? -2 : h;
  }

  @PyMethod("__eq__") public PyObject eq(PyObject other) {
    return other instanceof PyStr o ? PyBool.of(value.equals(o.value)) : PyNotImplemented.VALUE;
  }

  @PyMethod("__ne__") public PyObject ne(PyObject other) {
    return other instanceof PyStr o ? PyBool.of(!value.equals(o.value)) : PyNotImplemented.VALUE;
  }

  @PyMethod("__lt__") public PyObject lt(PyObject other) {
    return other instanceof PyStr o ? PyBool.of(StrCompare.compare(value, o.value) < 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__add__") public PyObject add(PyObject other) {
    return other instanceof PyStr o ? new PyStr(value.concat(o.value)) : PyNotImplemented.VALUE;
  }

  @Override public String toString() { return value; }
}
