package dev.kaa.objects;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/** Turns a built-in type's {@link PyMethod}-annotated Java methods into the descriptors of its {@code __dict__}. */
final class TypeBuilder {
  private TypeBuilder() {}

  /**
   * Adds a method descriptor to {@code dict} for every {@link PyMethod} declared in {@code holder}: instance methods
   * (self is {@code this}) and static methods whose first parameter is self. Sorted by name, since Java reports
   * declared methods in no fixed order.
   */
  static void bindMethods(PyType owner, Class<?> holder, Map<String, PyObject> dict) {
    Method[] methods = holder.getDeclaredMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    for (Method m : methods) {
      if (!m.isAnnotationPresent(PyMethod.class) || m.isSynthetic()) continue;
      if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0) {
        throw new IllegalStateException("static @PyMethod " + m + " needs self as its first parameter");
      }
      BuiltinFunction f = BuiltinFunction.of(m, owner.name(), true);
      if (dict.putIfAbsent(f.spec.name(), new PyMethodDescriptor(owner, f)) != null) {
        throw new IllegalStateException("two methods named " + f.spec.name() + " in " + holder);
      }
    }
  }
}
