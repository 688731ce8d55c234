package dev.kaa.runtime;

import dev.kaa.modules.warnings.Warner;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;

/**
 * {@code sys.breakpointhook}: calls the function {@code $PYTHONBREAKPOINT} names ({@code module.function}, a bare name
 * for a built-in; {@code pdb.set_trace} when unset or empty; "0" disables breakpoints). The variable is read at each
 * call, from the environment as {@code os.putenv} left it, so that a program may change it; a name that cannot be
 * imported is a RuntimeWarning, not an error, as CPython's.
 */
final class BreakpointHook {
  private BreakpointHook() {}

  static PyObject call(Interpreter interp, PyObject[] args, PyDict kwargs) {
    String target = interp.config.startup().flags().ignoreEnvironment() != 0 ? null
        : interp.posix().environment().get("PYTHONBREAKPOINT");
    if (target == null || target.isEmpty()) target = "pdb.set_trace";
    else if (target.equals("0")) return PyNone.NONE;
    PyObject hook = find(interp, target);
    if (hook == null) {
      Warner.warn(ExceptionTypes.RuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + target + "\"", 0);
      return PyNone.NONE;
    }
    return Abstract.callWithKeywords(hook, args, kwargs);
  }

  /** The function {@code target} names, or null when it cannot be imported ({@code .name}, a missing module...). */
  private static PyObject find(Interpreter interp, String target) {
    int dot = target.lastIndexOf('.');
    if (dot == 0) return null;
    String modulePath = dot < 0 ? "builtins" : target.substring(0, dot);
    try {
      interp.importer.importModule(modulePath, null, null, 0);
      PyObject module = interp.modules().getStr(modulePath);
      return module == null ? null : Attributes.get(module, target.substring(dot + 1));
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.ImportError) || e.matches(ExceptionTypes.AttributeError)) return null;
      throw e;
    }
  }
}
