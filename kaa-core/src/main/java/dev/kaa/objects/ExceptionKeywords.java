package dev.kaa.objects;

/** The keyword-only arguments some exceptions' {@code __init__} take ({@code ImportError(msg, name=..., path=...)}). */
final class ExceptionKeywords {
  private ExceptionKeywords() {}

  /**
   * The values of {@code names} in {@code kwargs} (null where absent); any other keyword is CPython's
   * "'x' is an invalid keyword argument for ImportError()", naming the class that declares the keywords.
   */
  static PyObject[] take(PyDict kwargs, String owner, String... names) {
    PyObject[] values = new PyObject[names.length];
    if (kwargs == null) return values;
    kwargs.forEach((k, v) -> {
      String key = ((PyStr) k).value;
      int i = java.util.Arrays.asList(names).indexOf(key);
      if (i < 0) throw Errors.typeError("'%s' is an invalid keyword argument for %s()", key, owner);
      values[i] = v;
    });
    return values;
  }

  /** A new dict with {@code d}'s items. */
  static PyDict copy(PyDict d) {
    PyDict out = new PyDict();
    d.forEach(out::put);
    return out;
  }
}
