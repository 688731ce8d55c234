package dev.kaa.objects;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
    Method[] methods = MemberAnnotations.declaredMethodsByName(holder);
    for (Method m : methods) {
      if (m.isSynthetic()) continue;
      if (MemberAnnotations.pyMethod(m) != null) bindMethod(owner, m, dict);
    }
    bindGetSets(owner, methods, dict);
    bindShared(owner, holder.getSuperclass(), dict);
  }

  /**
   * Methods declared in abstract Java superclasses (below PyObject) are bound too, unless the holder already defines
   * the name: two types sharing an implementation without a Python relation (bytes and bytearray) declare it once.
   */
  private static void bindShared(PyType owner, Class<?> shared, Map<String, PyObject> dict) {
    for (; shared != null && shared != PyObject.class && Modifier.isAbstract(shared.getModifiers());
         shared = shared.getSuperclass()) {
      Method[] methods = MemberAnnotations.declaredMethodsByName(shared);
      Map<String, PyObject> inherited = new java.util.LinkedHashMap<>();
      for (Method m : methods) {
        if (!m.isSynthetic() && MemberAnnotations.pyMethod(m) != null) bindMethod(owner, m, inherited);
      }
      bindGetSets(owner, methods, inherited);
      inherited.forEach(dict::putIfAbsent);
    }
  }

  private static void bindMethod(PyType owner, Method m, Map<String, PyObject> dict) {
    PyMethod.Kind kind = MemberAnnotations.pyMethod(m).kind();
    boolean isStatic = Modifier.isStatic(m.getModifiers());
    if (isStatic && m.getParameterCount() == 0) {
      throw new IllegalStateException("static @PyMethod " + m + " needs self (or cls) as its first parameter");
    }
    if (kind != PyMethod.Kind.INSTANCE && !(isStatic && m.getParameterTypes()[0] == PyType.class)) {
      throw new IllegalStateException("@PyMethod " + m + " of kind " + kind + " must be static, with PyType cls first");
    }
    BuiltinFunction f = BuiltinFunction.of(m, owner.name(), true);
    PyObject member = switch (kind) {
      case INSTANCE -> new PyMethodDescriptor(owner, f);
      case NEW -> new PyBuiltinNew(owner, f);
      case CLASS -> new PyClassMethodDescriptor(owner, f);
    };
    String name = kind == PyMethod.Kind.NEW ? "__new__" : f.name();
    if (dict.putIfAbsent(name, member) != null) {
      throw new IllegalStateException("two members named " + name + " in " + m.getDeclaringClass());
    }
  }

  /** {@link PyGetter}/{@link PySetter} pairs become getset descriptors. */
  private static void bindGetSets(PyType owner, Method[] methods, Map<String, PyObject> dict) {
    Map<String, Method> setters = new java.util.HashMap<>();
    for (Method m : methods) {
      PySetter s = MemberAnnotations.setter(m);
      if (s != null) setters.put(s.value(), m);
    }
    for (Method m : methods) {
      PyGetter g = MemberAnnotations.getter(m);
      if (g == null) continue;
      Method setter = setters.remove(g.value());
      if (dict.putIfAbsent(g.value(), new PyGetSetDescriptor(owner, g.value(), g.doc(), m, setter)) != null) {
        throw new IllegalStateException("two members named " + g.value() + " in " + m.getDeclaringClass());
      }
    }
    if (!setters.isEmpty()) throw new IllegalStateException("@PySetter without @PyGetter: " + setters.keySet());
  }
}
