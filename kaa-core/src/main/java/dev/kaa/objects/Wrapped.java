package dev.kaa.objects;

/** What {@code staticmethod}, {@code classmethod} and {@code property} take over from the function they wrap. */
final class Wrapped {
  private Wrapped() {}

  private static final String[] COPIED = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

  /** {@code functools.update_wrapper}'s copy (3.10+ for static and class methods), skipping what is absent. */
  static void copyAttributes(PyObject f, PyDict into) {
    for (String name : COPIED) {
      PyObject v = Abstract.getAttrOrNull(f, name);
      if (v != null) into.put(new PyStr(name), v);
    }
  }

  /** {@code f.__isabstractmethod__} as a bool, False when absent. */
  static PyObject isAbstract(PyObject f) {
    PyObject v = Abstract.getAttrOrNull(f, "__isabstractmethod__");
    return PyBool.of(v != null && Abstract.isTrue(v));
  }
}
