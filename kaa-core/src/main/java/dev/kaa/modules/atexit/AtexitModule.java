package dev.kaa.modules.atexit;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code atexit}: functions to call when the interpreter ends, last registered first, after the program (and the
 * REPL) and before the standard streams are flushed for the last time, as CPython's finalisation calls them. One that
 * raises is reported as CPython's {@code sys.unraisablehook} reports it, and the rest still run. The list belongs to
 * the interpreter, not to the module object, so it survives the module being removed from {@code sys.modules}.
 */
public final class AtexitModule {
  private AtexitModule() {}

  public static final String NAME = "atexit";

  /** An interpreter's registered calls; an unregistered one leaves a hole, as CPython's count shows. */
  static final class Callbacks {
    final List<Call> calls = new ArrayList<>();
  }

  record Call(PyObject function, PyObject[] args, PyDict kwargs) {}

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("allow programmer to define multiple exit functions to be executed\n"
        + "upon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"), interp);
    m.addFunctions(AtexitModule.class);
    return m;
  }

  private static Callbacks callbacks(Interpreter interp) { return interp.moduleState(Callbacks.class, i -> new Callbacks()); }

  /** Runs and forgets every registered call (interpreter exit, or {@code atexit._run_exitfuncs()}). */
  public static void runAll(Interpreter interp) {
    Callbacks state = callbacks(interp);
    List<Call> calls = new ArrayList<>(state.calls);
    state.calls.clear();
    for (int i = calls.size() - 1; i >= 0; i--) {
      Call c = calls.get(i);
      if (c == null) continue;
      try {
        Abstract.callWithKeywords(c.function(), c.args(), c.kwargs());
      } catch (PyException e) {
        interp.printUnraisable("Exception ignored in atexit callback", c.function(), e.value());
      }
    }
  }

  @PyMethod(value = "register", doc = "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed "
      + "upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments "
      + "to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to "
      + "facilitate usage as a decorator.")
  static PyObject register(PyModule self, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length == 0) throw Errors.typeError("register() takes at least 1 argument (0 given)");
    if (!dev.kaa.runtime.BuiltinFunctions.isCallable(args[0])) throw Errors.typeError("the first argument must be callable");
    callbacks(self.interpreter()).calls.add(new Call(args[0], java.util.Arrays.copyOfRange(args, 1, args.length),
        kwargs));
    return args[0];
  }

  @PyMethod(value = "unregister", doc = "unregister(func) -> None\n\nUnregister an exit function which was previously "
      + "registered using\natexit.register\n\n    func - function to be unregistered")
  static void unregister(PyModule self, PyObject func) {
    List<Call> calls = callbacks(self.interpreter()).calls;
    for (int i = 0; i < calls.size(); i++) {
      if (calls.get(i) != null && Abstract.equals(calls.get(i).function(), func)) calls.set(i, null);
    }
  }

  @PyMethod(value = "_run_exitfuncs", doc = "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\n"
      + "If a callback raises an exception, it is logged with sys.unraisablehook.")
  static void runExitfuncs(PyModule self) { runAll(self.interpreter()); }

  @PyMethod(value = "_clear", doc = "_clear() -> None\n\nClear the list of previously registered exit functions.")
  static void clear(PyModule self) { callbacks(self.interpreter()).calls.clear(); }

  @PyMethod(value = "_ncallbacks", doc = "_ncallbacks() -> int\n\nReturn the number of registered exit functions.")
  static PyObject ncallbacks(PyModule self) { return PyInt.of(callbacks(self.interpreter()).calls.size()); }
}
