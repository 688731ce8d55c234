package dev.kaa.modules.fcntl;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;

/** CPython's {@code PyObject_AsFileDescriptor}: an int, or what an object's {@code fileno()} returns, as a C int. */
final class Descriptors {
  private Descriptors() {}

  static int of(PyObject o) {
    PyObject n = o;
    if (!(o instanceof PyInt)) {
      PyObject method = Abstract.getAttrOrNull(o, "fileno");
      if (method == null) throw Errors.typeError("argument must be an int, or have a fileno() method.");
      n = method.call0();
      if (!(n instanceof PyInt)) throw Errors.typeError("fileno() returned a non-integer");
    }
    PyInt i = (PyInt) n;
    if (!i.isLong() || i.longValue() != (int) i.longValue()) {
      throw Errors.overflowError("Python int too large to convert to C int");
    }
    int fd = (int) i.longValue();
    if (fd < 0) throw Errors.valueError("file descriptor cannot be a negative integer (%d)", fd);
    return fd;
  }
}
