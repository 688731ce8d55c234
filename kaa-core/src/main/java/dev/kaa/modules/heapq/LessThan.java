package dev.kaa.modules.heapq;

import dev.kaa.bytecode.CompareOps;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;

/**
 * {@code a < b} as the heap and bisection loops ask it: exact ints and exact floats compared directly (their
 * {@code __lt__} cannot be overridden), everything else through the rich comparison.
 */
public final class LessThan {
  private LessThan() {}

  public static boolean test(PyObject a, PyObject b) {
    Class<?> ca = a.getClass(), cb = b.getClass();
    if (ca == PyInt.class && cb == PyInt.class) return PyInt.compare((PyInt) a, (PyInt) b) < 0;
    if (ca == PyFloat.class && cb == PyFloat.class) return ((PyFloat) a).value < ((PyFloat) b).value;
    return Abstract.isTrue(Abstract.richCompare(a, b, CompareOps.LT));
  }
}
