package dev.kaa.modules.collections;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyOrderedDict;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code _collections} module: deque, defaultdict, OrderedDict (a built-in type, {@link PyOrderedDict}, as
 * CPython's is) and the helpers under {@code collections}.
 */
public final class CollectionsModule {
  private CollectionsModule() {}

  private static final String DOC = "High performance data structures.\n- deque:        ordered collection "
      + "accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule("_collections", new PyStr(DOC), interp);
    m.addFunctions(CollectionsModule.class);
    m.put("deque", PyDeque.TYPE);
    m.put("defaultdict", PyDefaultDict.TYPE);
    m.put("OrderedDict", PyOrderedDict.TYPE);
    m.put("_deque_iterator", PyDequeIterator.FORWARD);
    m.put("_deque_reverse_iterator", PyDequeIterator.REVERSE);
    m.put("_tuplegetter", PyTupleGetter.TYPE);
    return m;
  }

  /**
   * {@code Counter}'s counting loop: {@code mapping[elem] = mapping.get(elem, 0) + 1} for each element. A plain dict
   * (or a subclass keeping dict's get and {@code __setitem__}, as Counter) is updated directly.
   */
  @PyMethod(value = "_count_elements", doc = "Count elements in the iterable, updating the mapping")
  static void countElements(PyModule self, PyObject mapping, PyObject iterable) {
    PyObject it = Abstract.iter(iterable);
    if (mapping instanceof PyDict d && keepsDictMethods(mapping)) {
      for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
        PyObject old = d.get(x);
        d.put(x, old == null ? PyInt.ONE : Abstract.binaryOp(old, PyInt.ONE, BinaryOps.ADD));
      }
      return;
    }
    PyObject get = Attributes.get(mapping, "get");
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      PyObject old = get.call2(x, PyInt.ZERO);
      Abstract.setItem(mapping, x, Abstract.binaryOp(old, PyInt.ONE, BinaryOps.ADD));
    }
  }

  private static boolean keepsDictMethods(PyObject mapping) {
    var t = mapping.type();
    return t.lookup("get") == PyDict.TYPE.lookup("get") && t.lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__");
  }
}
