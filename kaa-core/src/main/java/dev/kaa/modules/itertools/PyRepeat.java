package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code repeat(object[, times])}: the object, forever or {@code times} times (a negative count is zero). */
final class PyRepeat extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.repeat", PyType.IMMUTABLE | PyType.BASETYPE, PyRepeat.class,
      PyType.OBJECT);

  private final PyObject object;
  /** How many times are left; -1 for forever. */
  private long remaining;

  private PyRepeat(PyType type, PyObject object, long remaining) {
    super(type);
    this.object = object;
    this.remaining = remaining;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0, style = dev.kaa.objects.ArgSpec.Style.LEGACY)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject object, @PyMethod.Opt PyObject times) {
    if (object == null) throw Errors.typeError("repeat() missing required argument 'object' (pos 1)");
    long n = times == null ? -1 : Math.max(0, SsizeArg.of(times));
    return new PyRepeat(cls, object, n);
  }

  @Override PyObject step() {
    if (remaining == 0) return null;
    if (remaining > 0) remaining--;
    return object;
  }

  @PyMethod("__length_hint__") PyObject lengthHint() {
    if (remaining < 0) throw Errors.typeError("len() of unsized object");
    return PyInt.of(remaining);
  }

  @PyMethod("__repr__") PyObject repr() {
    String head = type().name() + "(" + Abstract.repr(object).value;
    return new PyStr(remaining < 0 ? head + ")" : head + ", " + remaining + ")");
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    PyTuple args = remaining < 0 ? PyTuple.of(object) : PyTuple.of(object, PyInt.of(remaining));
    return PyTuple.of(type(), args);
  }
}
