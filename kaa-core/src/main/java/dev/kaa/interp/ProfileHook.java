package dev.kaa.interp;

import dev.kaa.objects.PyBuiltinMethod;

/**
 * A profiler written in Java ({@code _lsprof}) told of a thread's profile events directly, without a Python call and
 * independently of {@code sys.setprofile}'s function, as CPython 3.12's profiler is a {@code sys.monitoring} tool
 * beside it (docs/tracing.md). The events are {@code setprofile}'s: a Python frame starts or resumes, returns or
 * yields (also when an exception leaves it), a built-in is called and returns or raises. Events are not sent while a
 * hook runs, so Python code a hook calls (a timer) is not profiled. A hook reports its own failures: it does not throw.
 */
public interface ProfileHook {
  void pythonCall(PyCode code);

  void pythonReturn(PyCode code);

  /** {@code callee}: a built-in function, or a built-in method bound to its object. */
  void builtinCall(PyBuiltinMethod callee);

  void builtinReturn(PyBuiltinMethod callee);
}
