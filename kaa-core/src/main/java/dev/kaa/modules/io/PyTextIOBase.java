package dev.kaa.modules.io;

import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/** {@code _io._TextIOBase}: the text stream interface; every operation unsupported until a subclass provides it. */
public class PyTextIOBase extends PyIOBase {
  public static final PyType TYPE = new PyType("_io._TextIOBase", PyType.IMMUTABLE | PyType.BASETYPE,
      PyTextIOBase.class, PyIOBase.TYPE);

  protected PyTextIOBase(PyType type) { super(type); }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newTextIOBase(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    rejectArguments(cls, args, kwargs);
    return new PyTextIOBase(cls);
  }

  @PyMethod("read") PyObject baseRead(@PyMethod.Opt PyObject size) { throw IoErrors.unsupported("read"); }

  @PyMethod("readline") PyObject baseReadline(@PyMethod.Opt PyObject size) {
    throw IoErrors.unsupported("readline");
  }

  @PyMethod("write") PyObject baseWrite(PyObject text) { throw IoErrors.unsupported("write"); }

  @PyMethod("detach") PyObject baseDetach() { throw IoErrors.unsupported("detach"); }

  @PyGetter("encoding") PyObject baseEncoding() { return PyNone.NONE; }

  @PyGetter("newlines") PyObject baseNewlines() { return PyNone.NONE; }

  @PyGetter("errors") PyObject baseErrors() { return PyNone.NONE; }
}
