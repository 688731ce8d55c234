package dev.kaa.modules.faulthandler;

import dev.kaa.interp.ThreadState;
import dev.kaa.modules.gc.GcModule;
import dev.kaa.modules.posix.SignalHandlers;
import dev.kaa.modules.posix.Signals;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.BuiltinModules;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.util.ArrayList;
import java.util.List;

/**
 * What a process about to die of a fault writes, in CPython's layout: "Fatal Python error: " and what happened, the
 * Python stacks (all threads or the current one's), then the extension modules it had loaded that are not the
 * standard library's, the hint CPython gives about whose native code may have crashed (Kaa's are its modules made in
 * Java). {@code faulthandler.enable()} writes it for a fatal signal; {@link #pyFatalError} is CPython's
 * {@code Py_FatalError}, which writes it to stderr whether faulthandler is enabled or not, and aborts.
 */
public final class FatalReport {
  private FatalReport() {}

  /** The report of fatal signal {@code signum}, caught by the handler {@code enable()} installed. */
  static String ofSignal(Interpreter interp, int signum, boolean allThreads) {
    return report(interp, Signals.description(signum), false, allThreads, ThreadState.current());
  }

  /**
   * CPython's {@code Py_FatalError}, named after the C function that calls it as CPython names it ({@code function}):
   * the report on standard error (the descriptor, below Python's buffers), then death by SIGABRT. The report names the
   * calling thread current.
   */
  public static void pyFatalError(Interpreter interp, String function, String message) {
    pyFatalError(interp, function, message, ThreadState.current());
  }

  /** The same from a thread that runs no Python ({@code current} null): the report names no thread current. */
  static void pyFatalError(Interpreter interp, String function, String message, ThreadState current) {
    new Output(interp, 2, null).write(report(interp, function + ": " + message, true, true, current));
    SignalHandlers.dieOf(Signals.SIGABRT);
  }

  private static String report(Interpreter interp, String headline, boolean runtimeState, boolean allThreads,
                               ThreadState current) {
    StringBuilder out = new StringBuilder("Fatal Python error: ").append(headline).append('\n');
    if (runtimeState) out.append("Python runtime state: initialized\n");
    out.append('\n');
    out.append(allThreads ? TracebackDump.allThreads(current, GcModule.collecting(interp))
        : TracebackDump.stack(current));
    List<String> modules = extensionModules(interp);
    if (!modules.isEmpty()) {
      out.append("\nExtension modules: ").append(String.join(", ", modules))
          .append(" (total: ").append(modules.size()).append(")\n");
    }
    return out.toString();
  }

  /**
   * The modules in {@code sys.modules} made in Java ({@code sys.builtin_module_names}, {@code sys}, {@code builtins})
   * whose names are not in {@code sys.stdlib_module_names} as the program left it, in import order.
   */
  private static List<String> extensionModules(Interpreter interp) {
    List<String> names = new ArrayList<>();
    PyDict sys = interp.sys().dict();
    if (!(sys.getStr("modules") instanceof PyDict modules)) return names;
    PyObject stdlib = sys.getStr("stdlib_module_names");
    modules.forEach((key, value) -> {
      if (!(key instanceof PyStr name) || !(value instanceof PyModule m)) return;
      boolean java = BuiltinModules.NAMES.contains(name.value) || name.value.equals("sys")
          || name.value.equals("builtins");
      if (!java || m.dict().getStr("__file__") != null) return;
      if (stdlib != null && contains(stdlib, key)) return;
      names.add(name.value);
    });
    return names;
  }

  private static boolean contains(PyObject container, PyObject key) {
    try {
      return Abstract.contains(container, key);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
