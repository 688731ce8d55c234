package dev.kaa.objects;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** The Python name of the type a Java class implements (its {@code static final PyType TYPE}), for error messages. */
final class TypeNames {
  private TypeNames() {}

  private static final ClassValue<String> NAMES = new ClassValue<>() {
    @Override protected String computeValue(Class<?> c) {
      if (c == PyObject.class) return "object";
      try {
        Field f = c.getDeclaredField("TYPE");
        f.trySetAccessible();
        if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof PyType t) return t.name();
      } catch (ReflectiveOperationException e) {
        // no TYPE constant: fall through
      }
      return c.getSimpleName();
    }
  };

  static String of(Class<?> c) { return NAMES.get(c); }
}
