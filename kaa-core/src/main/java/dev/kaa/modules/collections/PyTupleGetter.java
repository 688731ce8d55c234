package dev.kaa.modules.collections;

import dev.kaa.modules.itertools.UnpackArgs;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code collections._tuplegetter(index, doc)}: the read-only data descriptor namedtuple puts on its classes for each
 * field, {@code self[index]} in one step.
 */
final class PyTupleGetter extends PyObject {
  static final PyType TYPE = new PyType("collections._tuplegetter", PyType.IMMUTABLE, PyTupleGetter.class,
      PyType.OBJECT);

  private final int index;
  private PyObject doc;

  private PyTupleGetter(int index, PyObject doc) {
    this.index = index;
    this.doc = doc;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args) {
    UnpackArgs.check("_tuplegetter", args, 2, 2);
    long i = Abstract.indexValue(args[0]);
    PyObject doc = args[1];
    if (i < 0 || i > Integer.MAX_VALUE) throw Errors.indexError("tuple index out of range");
    return new PyTupleGetter((int) i, doc);
  }

  @PyMethod("__get__") PyObject get(PyObject obj, @PyMethod.Opt PyObject owner) {
    if (obj == PyNone.NONE) return this;
    if (!(obj instanceof PyTuple t)) {
      throw Errors.typeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", index,
          obj.type().name());
    }
    if (index >= t.size()) throw Errors.indexError("tuple index out of range");
    return t.get(index);
  }

  @PyMethod("__set__") void set(PyObject obj, PyObject value) { throw Errors.attributeError("can't set attribute"); }

  @PyMethod("__delete__") void delete(PyObject obj) { throw Errors.attributeError("can't delete attribute"); }

  @PyGetter("__doc__") PyObject docAttr() { return doc; }

  @PySetter("__doc__") void setDoc(PyObject value) { doc = value == null ? PyNone.NONE : value; }

  @PyMethod("__reduce__") PyObject reduce() { return PyTuple.of(TYPE, PyTuple.of(PyInt.of(index), doc)); }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr("_tuplegetter(" + index + ", " + Abstract.repr(doc).value + ")");
  }
}
