package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code compress(data, selectors)}: the items of data whose selector is true; the shorter input ends it. */
final class PyCompress extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.compress", PyType.IMMUTABLE | PyType.BASETYPE,
      PyCompress.class, PyType.OBJECT);

  private final PyObject data;
  private final PyObject selectors;

  private PyCompress(PyType type, PyObject data, PyObject selectors) {
    super(type);
    this.data = data;
    this.selectors = selectors;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject data, PyObject selectors) {
    PyObject d = Abstract.iter(data);
    return new PyCompress(cls, d, Abstract.iter(selectors));
  }

  @Override PyObject step() {
    while (true) {
      PyObject item = Abstract.next(data);
      if (item == null) return null;
      PyObject selector = Abstract.next(selectors);
      if (selector == null) return null;
      if (Abstract.isTrue(selector)) return item;
    }
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    return PyTuple.of(type(), PyTuple.of(data, selectors));
  }
}
