package dev.kaa.objects;

import java.util.IdentityHashMap;

/**
 * The per-thread set of containers whose repr is being built (CPython's Py_ReprEnter/Py_ReprLeave), so a list that
 * contains itself prints as {@code [[...]]} instead of recursing forever. Per thread because two threads may print the
 * same list at once and neither is recursing.
 */
public final class ReprGuard {
  private ReprGuard() {}

  private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> ACTIVE =
      ThreadLocal.withInitial(IdentityHashMap::new);

  /** Marks {@code o} as being printed; false when it already is (the caller prints its placeholder instead). */
  public static boolean enter(PyObject o) {
    IdentityHashMap<PyObject, Boolean> active = ACTIVE.get();
    // CPython's C recursion limit stops the repr of a list nested 100,000 deep, where a naive walk is quadratic
    if (active.size() >= ComparisonDepth.C_RECURSION_LIMIT) {
      throw Errors.of(ExceptionTypes.RecursionError,
          "maximum recursion depth exceeded while getting the repr of an object");
    }
    return active.put(o, Boolean.TRUE) == null;
  }

  /** Ends what a successful {@link #enter} began. */
  public static void leave(PyObject o) { ACTIVE.get().remove(o); }
}
