package dev.kaa.gil;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;

/**
 * A thread's name as {@code threading} knows it ({@code threading._active[ident].name}), for the statistics and the
 * trace: looked up while the thread runs, since {@code threading} forgets a thread once its function has returned.
 */
public final class PythonThreadNames {
  private PythonThreadNames() {}

  /** The name of the thread {@code ident} in the interpreter whose {@code sys.modules} is {@code modules}, or null. */
  public static String lookup(PyDict modules, long ident) {
    try {
      PyObject threading = modules.getStr("threading");
      if (threading == null) return null;
      if (!(Abstract.getAttrOrNull(threading, "_active") instanceof PyDict active)) return null;
      PyObject thread = active.get(PyInt.of(ident));
      if (thread == null) return null;
      return Abstract.getAttrOrNull(thread, "_name") instanceof PyStr name ? name.value : null;
    } catch (PyException e) {
      return null;  // a half-built threading module, a thread object without a name yet: left unnamed
    }
  }
}
