package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code groupby(iterable, key=None)}: pairs {@code (key, group)} for each run of items with equal keys. The groups
 * ({@link PyGrouper}) share this object's position: advancing groupby invalidates the group handed out before.
 */
final class PyGroupBy extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.groupby", PyType.IMMUTABLE | PyType.BASETYPE, PyGroupBy.class,
      PyType.OBJECT);

  private final PyObject it;
  /** The key function; None for the items themselves. */
  private final PyObject keyFunction;
  /** The key of the current group. */
  PyObject targetKey;
  /** The item read ahead and its key; null when none is pending. */
  PyObject currentKey, currentValue;
  /** The one group still allowed to yield items. */
  PyGrouper currentGrouper;

  private PyGroupBy(PyType type, PyObject it, PyObject keyFunction) {
    super(type);
    this.it = it;
    this.keyFunction = keyFunction;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject iterable, @PyMethod.Opt PyObject key) {
    return new PyGroupBy(cls, Abstract.iter(iterable), key == null ? PyNone.NONE : key);
  }

  /** Reads the next item and its key; false at the end. */
  boolean advance() {
    PyObject value = Abstract.next(it);
    if (value == null) return false;
    PyObject key = keyFunction == PyNone.NONE ? value : keyFunction.call1(value);
    currentValue = value;
    currentKey = key;
    return true;
  }

  @Override PyObject step() {
    currentGrouper = null;
    while (true) {
      if (currentKey != null) {
        if (targetKey == null || !Abstract.equals(targetKey, currentKey)) break;
      }
      if (!advance()) return null;
    }
    targetKey = currentKey;
    PyGrouper grouper = new PyGrouper(this, targetKey);
    currentGrouper = grouper;
    return PyTuple.wrap(new PyObject[] {currentKey, grouper});
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    PyTuple args = PyTuple.of(it, keyFunction);
    if (targetKey != null && currentKey != null && currentValue != null) {
      return PyTuple.of(type(), args, PyTuple.of(currentKey, currentValue, targetKey));
    }
    return PyTuple.of(type(), args);
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    PickleDeprecation.warn();
    if (!(state instanceof PyTuple t)) throw Errors.typeError("state is not a tuple");
    if (t.size() != 3) throw Errors.typeError("function takes exactly 3 arguments (%d given)", t.size());
    currentKey = t.get(0);
    currentValue = t.get(1);
    targetKey = t.get(2);
  }
}
