package dev.kaa.objects;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * The first {@link #LIMIT} calls of a Java method bound to Python (a built-in's, a getset descriptor's), made through
 * core reflection before its method handle exists (docs/performance.md, session 8). Adapting a method to a uniform
 * handle shape makes the JVM spin a class for every new arity and cast pattern, which no class cache can hold: at
 * start-up that cost a fifth of the main thread for handles mostly called a few times. With the launcher's
 * {@code -Djdk.reflect.useNativeAccessorOnly=true}, reflection calls through the VM and spins nothing. Counts are
 * racy: at worst a call more goes through reflection, or the handle comes a call early.
 */
final class ReflectiveCalls {
  /** Calls made through reflection before the handle is made. */
  static final int LIMIT = 1000;

  private final Method method;
  /** A static method whose first parameter is self (rather than an instance method, or no self at all). */
  private final boolean selfFirst;
  private int left = LIMIT;
  private boolean accessible;
  /** The last receiver class found not to redefine the method. */
  private Class<?> notOverriddenIn;

  ReflectiveCalls(Method method, boolean selfFirst) {
    this.method = method;
    this.selfFirst = selfFirst;
  }

  /**
   * Whether this call goes through reflection, counting it: among the first calls, and not an instance method that
   * the receiver's class redefines (reflection dispatches virtually; {@code int.__repr__(True)} must run int's).
   */
  boolean take(Object self) {
    if (left <= 0) return false;
    if (self != null && !Modifier.isStatic(method.getModifiers()) && self.getClass() != method.getDeclaringClass()) {
      if (self.getClass() != notOverriddenIn && overridden(self.getClass())) return false;
      notOverriddenIn = self.getClass();
    }
    left--;
    return true;
  }

  /** Whether a class between {@code c} and the method's declaring class declares the method again. */
  private boolean overridden(Class<?> c) {
    for (; c != null && c != method.getDeclaringClass(); c = c.getSuperclass()) {
      try {
        c.getDeclaredMethod(method.getName(), method.getParameterTypes());
        return true;
      } catch (NoSuchMethodException notHere) {
        // look further up
      }
    }
    return c == null;  // declared by an interface: left to the handle
  }

  /** The method's result (null for void) with {@code self} (ignored by a method without one) and {@code args}. */
  Object invoke(Object self, Object[] args) throws Throwable {
    if (!accessible) {
      method.setAccessible(true);  // module functions live in package-private classes of other packages
      accessible = true;
    }
    boolean isStatic = Modifier.isStatic(method.getModifiers());
    Object[] actual = args;
    if (selfFirst) {
      actual = new Object[args.length + 1];
      actual[0] = self;
      System.arraycopy(args, 0, actual, 1, args.length);
    }
    try {
      return method.invoke(isStatic ? null : self, actual);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
