package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/** The {@code itertools} module: CPython 3.12's iterator building blocks, one Java class per type. */
public final class ItertoolsModule {
  private ItertoolsModule() {}

  private static final String DOC = "Functional tools for creating and using iterators.";

  private static final PyType[] TYPES = {
      PyGrouper.TYPE, PyTee.TYPE, PyTeeDataObject.TYPE, PyAccumulate.TYPE, PyBatched.TYPE, PyChain.TYPE,
      PyCombinations.TYPE, PyCombinations.WITH_REPLACEMENT_TYPE, PyCompress.TYPE, PyCount.TYPE, PyCycle.TYPE,
      PyDropWhile.TYPE, PyFilterFalse.TYPE, PyGroupBy.TYPE, PyISlice.TYPE, PyPairwise.TYPE, PyPermutations.TYPE,
      PyProduct.TYPE, PyRepeat.TYPE, PyStarMap.TYPE, PyTakeWhile.TYPE, PyZipLongest.TYPE};

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule("itertools", new PyStr(DOC), interp);
    m.addFunctions(ItertoolsModule.class);
    for (PyType t : TYPES) m.put(t.name(), t);
    return m;
  }

  @PyMethod(doc = "Returns a tuple of n independent iterators.")
  static PyObject tee(PyModule self, PyObject iterable, @PyMethod.Opt PyObject n) {
    long count = n == null ? 2 : Abstract.indexValue(n);
    if (count < 0) throw Errors.valueError("n must be >= 0");
    if (count == 0) return PyTuple.EMPTY;
    PyObject first = Abstract.iter(iterable);
    PyObject copy = Abstract.getAttrOrNull(first, "__copy__");
    if (copy == null) {
      first = PyTee.fromIterable(first);
      copy = Abstract.getAttrOrNull(first, "__copy__");
    }
    PyObject[] out = new PyObject[(int) count];
    out[0] = first;
    for (int i = 1; i < out.length; i++) {
      out[i] = copy.call0();
      copy = dev.kaa.objects.Attributes.get(out[i], "__copy__");
    }
    return PyTuple.wrap(out);
  }
}
