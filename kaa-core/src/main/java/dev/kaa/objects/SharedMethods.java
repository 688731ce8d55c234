package dev.kaa.objects;

import java.lang.reflect.Method;
import java.util.function.Predicate;

/**
 * Binds one Java class's {@link PyMethod}s onto a second built-in type, under that type's name, for built-in types
 * that CPython defines side by side with a common part but no common base class: frozenset has set's non-mutating
 * methods, dict_keys and dict_items have dict_values' methods plus the set operations. Registered in the static
 * initialiser of the class that declares the target type, and bound when the type is made ready (first looked up),
 * as its own methods are: most programs never need them, and reading them is on the start-up path.
 */
public final class SharedMethods {
  private SharedMethods() {}

  public static void bind(PyType target, Class<?> holder, Predicate<String> wanted) {
    target.bindWhenReady(() -> bindNow(target, holder, wanted));
  }

  private static void bindNow(PyType target, Class<?> holder, Predicate<String> wanted) {
    for (Method m : holder.getDeclaredMethods()) {
      PyMethod ann = MemberAnnotations.pyMethod(m);
      if (ann == null || ann.kind() != PyMethod.Kind.INSTANCE) continue;
      BuiltinFunction f = BuiltinFunction.of(m, target.name(), true);
      if (wanted.test(f.name())) target.dictPut(f.name(), new PyMethodDescriptor(target, f));
    }
  }
}
