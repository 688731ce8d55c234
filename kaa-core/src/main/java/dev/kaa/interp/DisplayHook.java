package dev.kaa.interp;

import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyObject;
import java.util.function.Supplier;

/**
 * The {@code PRINT} intrinsic (an expression statement compiled in {@code 'single'} mode) calls
 * {@code sys.displayhook}; the {@code sys} module belongs to the runtime, which {@link #install}s how to find the
 * running interpreter's hook. Without one (no hook installed, or {@code del sys.displayhook}) it is CPython's
 * RuntimeError.
 */
public final class DisplayHook {
  private DisplayHook() {}

  private static volatile Supplier<PyObject> lookup = () -> null;

  /** Sets how the eval loop finds the current {@code sys.displayhook} (null from the supplier: there is none). */
  public static void install(Supplier<PyObject> currentHook) { lookup = currentHook; }

  static void display(PyObject value) {
    PyObject hook = lookup.get();
    if (hook == null) throw Errors.of(ExceptionTypes.RuntimeError, "lost sys.displayhook");
    hook.call1(value);
  }
}
