package dev.kaa.modules.itertools;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code accumulate(iterable, func=None, *, initial=None)}: running totals ({@code +}, or the function given). */
final class PyAccumulate extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.accumulate", PyType.IMMUTABLE | PyType.BASETYPE,
      PyAccumulate.class, PyType.OBJECT);

  private final PyObject it;
  /** The binary function; null for {@code +}. */
  private final PyObject function;
  /** The running total; null before the first item. */
  private PyObject total;
  /** The initial value, until it has been yielded. */
  private PyObject initial;

  private PyAccumulate(PyType type, PyObject it, PyObject function, PyObject initial) {
    super(type);
    this.it = it;
    this.function = function;
    this.initial = initial;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject iterable, @PyMethod.Opt PyObject func,
                       @PyMethod.KwOnly @PyMethod.Opt PyObject initial) {
    PyObject f = func == null || func == PyNone.NONE ? null : func;
    PyObject init = initial == null || initial == PyNone.NONE ? null : initial;
    return new PyAccumulate(cls, Abstract.iter(iterable), f, init);
  }

  @Override PyObject step() {
    if (initial != null) {
      total = initial;
      initial = null;
      return total;
    }
    PyObject item = Abstract.next(it);
    if (item == null) return null;
    if (total == null) total = item;
    else total = function == null ? Abstract.binaryOp(total, item, BinaryOps.ADD) : function.call2(total, item);
    return total;
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    PyObject func = function == null ? PyNone.NONE : function;
    if (initial != null) {
      PyObject chained = PyChain.of(PyTuple.of(initial), it);
      return PyTuple.of(type(), PyTuple.of(chained, func), PyNone.NONE);
    }
    if (total == PyNone.NONE) {
      // a None total would read as "no total yet": resume from islice(accumulate(chain([None], it)), 1, None)
      PyObject resumed = new PyAccumulate(type(), PyChain.of(PyTuple.of(total), it), function, null);
      return PyTuple.of(PyISlice.TYPE, PyTuple.of(resumed, PyInt.ONE, PyNone.NONE));
    }
    return PyTuple.of(type(), PyTuple.of(it, func), total == null ? PyNone.NONE : total);
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    PickleDeprecation.warn();
    total = state == PyNone.NONE ? null : state;
  }
}
