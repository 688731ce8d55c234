package dev.kaa.modules.operator;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.ReprGuard;

/** The reprs of itemgetter and friends: {@code name(arg, ...)}, {@code name(...)} when recursive, as CPython's. */
final class Reprs {
  private Reprs() {}

  static String call(String name, PyObject self, PyObject[] args) {
    if (!ReprGuard.enter(self)) return name + "(...)";
    try {
      StringBuilder sb = new StringBuilder(name).append('(');
      for (int i = 0; i < args.length; i++) {
        if (i > 0) sb.append(", ");
        sb.append(Abstract.repr(args[i]).value);
      }
      return sb.append(')').toString();
    } finally {
      ReprGuard.leave(self);
    }
  }
}
