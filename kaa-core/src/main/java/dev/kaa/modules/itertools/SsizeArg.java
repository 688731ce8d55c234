package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;

/** CPython's "n" argument (a Py_ssize_t): any integer, OverflowError beyond 64 bits. */
public final class SsizeArg {
  private SsizeArg() {}

  public static long of(PyObject o) {
    PyInt i = Abstract.index(o);
    if (!i.isLong()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
    return i.longValue();
  }
}
