package dev.kaa.modules.itertools;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyObject;

/**
 * CPython's PyArg_UnpackTuple checks, which most itertools constructors use: a count of positional arguments and its
 * wording ("cycle expected 1 argument, got 0", "islice expected at least 2 arguments, got 1").
 */
public final class UnpackArgs {
  private UnpackArgs() {}

  /** Fails unless {@code min <= args.length <= max}. */
  public static void check(String name, PyObject[] args, int min, int max) {
    int n = args.length;
    if (n >= min && n <= max) return;
    int bound = n < min ? min : max;
    String which = min == max ? "" : n < min ? "at least " : "at most ";
    throw Errors.typeError("%s expected %s%d argument%s, got %d", name, which, bound, bound == 1 ? "" : "s", n);
  }
}
