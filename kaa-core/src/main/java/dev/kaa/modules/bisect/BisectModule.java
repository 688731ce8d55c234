package dev.kaa.modules.bisect;

import dev.kaa.modules.heapq.LessThan;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code _bisect} module: binary search in a sorted sequence with {@code <} only, as CPython's (an exact list is
 * indexed directly; anything else through {@code __getitem__}), with the optional {@code key=} of 3.10+.
 */
public final class BisectModule {
  private BisectModule() {}

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule("_bisect", new PyStr("Bisection algorithms."), interp);
    m.addFunctions(BisectModule.class);
    return m;
  }

  private static PyObject item(PyObject a, long i) {
    if (a.getClass() == PyList.class) {
      PyList l = (PyList) a;
      if (i < l.size()) return l.get((int) i);
    }
    return Abstract.getItem(a, PyInt.of(i));
  }

  /** The insertion point of {@code x} in {@code a[lo:hi]}: after equal items ({@code right}) or before them. */
  private static long search(PyObject a, PyObject x, PyObject lo, PyObject hi, PyObject key, boolean right) {
    long low = lo == null ? 0 : Abstract.indexValue(lo);
    if (low < 0) throw Errors.valueError("lo must be non-negative");
    long high = hi != null && hi != PyNone.NONE ? Abstract.indexValue(hi)
        : a.getClass() == PyList.class ? ((PyList) a).size() : Abstract.length(a);
    boolean keyed = key != null && key != PyNone.NONE;
    while (low < high) {
      long mid = (low + high) >>> 1;
      PyObject probe = item(a, mid);
      if (keyed) probe = key.call1(probe);
      boolean goLeft = right ? LessThan.test(x, probe) : !LessThan.test(probe, x);
      if (goLeft) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  private static void insert(PyObject a, long index, PyObject x) {
    if (a.getClass() == PyList.class) {
      PyList l = (PyList) a;
      if (index == l.size()) l.add(x);
      else Abstract.callMethod(l, Attributes.get(l, "insert"), PyInt.of(index), x);
      return;
    }
    Abstract.callMethod(a, Attributes.get(a, "insert"), PyInt.of(index), x);
  }

  @PyMethod(value = "bisect_right", positionalOnly = 0, doc = "Return the index where to insert item x in list a, "
      + "assuming a is sorted.")
  static PyObject bisectRight(PyModule m, PyObject a, PyObject x, @PyMethod.Opt PyObject lo, @PyMethod.Opt PyObject hi,
                              @PyMethod.KwOnly @PyMethod.Opt PyObject key) {
    return PyInt.of(search(a, x, lo, hi, key, true));
  }

  @PyMethod(value = "bisect_left", positionalOnly = 0, doc = "Return the index where to insert item x in list a, "
      + "assuming a is sorted.")
  static PyObject bisectLeft(PyModule m, PyObject a, PyObject x, @PyMethod.Opt PyObject lo, @PyMethod.Opt PyObject hi,
                             @PyMethod.KwOnly @PyMethod.Opt PyObject key) {
    return PyInt.of(search(a, x, lo, hi, key, false));
  }

  private static void insort(PyObject a, PyObject x, PyObject lo, PyObject hi, PyObject key, boolean right) {
    boolean keyed = key != null && key != PyNone.NONE;
    long index = search(a, keyed ? key.call1(x) : x, lo, hi, key, right);
    insert(a, index, x);
  }

  @PyMethod(value = "insort_right", positionalOnly = 0, doc = "Insert item x in list a, and keep it sorted assuming "
      + "a is sorted.")
  static void insortRight(PyModule m, PyObject a, PyObject x, @PyMethod.Opt PyObject lo, @PyMethod.Opt PyObject hi,
                          @PyMethod.KwOnly @PyMethod.Opt PyObject key) {
    insort(a, x, lo, hi, key, true);
  }

  @PyMethod(value = "insort_left", positionalOnly = 0, doc = "Insert item x in list a, and keep it sorted assuming "
      + "a is sorted.")
  static void insortLeft(PyModule m, PyObject a, PyObject x, @PyMethod.Opt PyObject lo, @PyMethod.Opt PyObject hi,
                         @PyMethod.KwOnly @PyMethod.Opt PyObject key) {
    insort(a, x, lo, hi, key, false);
  }
}
