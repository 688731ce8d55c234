package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyGenericAlias;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code chain(*iterables)} and {@code chain.from_iterable(iterable)}: the items of each iterable in turn. */
final class PyChain extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.chain", PyType.IMMUTABLE | PyType.BASETYPE, PyChain.class,
      PyType.OBJECT);

  /** The iterator over the iterables; null once exhausted. */
  private PyObject source;
  /** The iterator over the current iterable, or null between iterables. */
  private PyObject active;

  private PyChain(PyType type, PyObject source) {
    super(type);
    this.source = source;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] iterables) {
    return new PyChain(cls, Abstract.iter(PyTuple.wrap(iterables)));
  }

  /** {@code chain(*iterables)} from Java. */
  static PyChain of(PyObject... iterables) { return new PyChain(TYPE, Abstract.iter(PyTuple.wrap(iterables))); }

  @PyMethod(value = "from_iterable", kind = PyMethod.Kind.CLASS)
  static PyObject fromIterable(PyType cls, PyObject iterable) { return new PyChain(cls, Abstract.iter(iterable)); }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  @Override PyObject step() {
    while (source != null) {
      if (active == null) {
        PyObject iterable = Abstract.next(source);
        if (iterable == null) {
          source = null;
          return null;
        }
        active = Abstract.iter(iterable);
      }
      PyObject item = Abstract.next(active);
      if (item != null) return item;
      active = null;
    }
    return null;
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    if (source == null) return PyTuple.of(type(), PyTuple.EMPTY);
    PyTuple state = active == null ? PyTuple.of(source) : PyTuple.of(source, active);
    return PyTuple.of(type(), PyTuple.EMPTY, state);
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    PickleDeprecation.warn();
    if (!(state instanceof PyTuple t)) throw Errors.typeError("state is not a tuple");
    if (t.size() < 1 || t.size() > 2) {
      throw Errors.typeError("function takes at %s 1 argument (%d given)", t.size() < 1 ? "least" : "most",
          t.size());
    }
    PyObject newSource = t.get(0);
    PyObject newActive = t.size() == 2 ? t.get(1) : null;
    if (!isIterator(newSource) || newActive != null && !isIterator(newActive)) {
      throw Errors.typeError("Arguments must be iterators.");
    }
    source = newSource;
    active = newActive;
  }

  private static boolean isIterator(PyObject o) {
    return o instanceof dev.kaa.objects.IterNext || o.type().lookupSpecial(dev.kaa.objects.Special.NEXT) != null;
  }
}
