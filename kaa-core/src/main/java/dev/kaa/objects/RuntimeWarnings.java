package dev.kaa.objects;

/**
 * How the object model and the interpreter issue a warning ({@code PyErr_WarnEx}): through the current interpreter's
 * {@code warnings} machinery, which the runtime {@link #install}s once (these packages cannot see it). Until then,
 * warnings are dropped.
 */
public final class RuntimeWarnings {
  private RuntimeWarnings() {}

  /** Issues one warning: its category, message, and how many frames up it points (1: the running Python code). */
  public interface Warner {
    void warn(PyType category, String message, int stacklevel);
  }

  private static volatile Warner warner = (category, message, stacklevel) -> { };

  public static void install(Warner currentInterpreters) { warner = currentInterpreters; }

  /** Warns {@code message} of {@code category}, blamed on the code {@code stacklevel} frames up. */
  public static void warn(PyType category, String message, int stacklevel) {
    warner.warn(category, message, stacklevel);
  }
}
