package dev.kaa.objects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a Java method as a method of a built-in type (or, on a static method of a module class, as a function).
 * Python argument names are the Java parameter names (compiled with {@code -parameters}).
 *
 * <p>Instance methods: {@code this} is {@code self}. Static methods of a type's method holder: the first parameter is
 * {@code self} (its declared class is the receiver type checked at call time). Parameters are {@link PyObject} or a
 * subclass (checked, with CPython's "must be X, not Y" error); a parameter marked {@link Opt} may be omitted and then
 * receives null; {@link KwOnly} marks keyword-only parameters; a last parameter {@code PyObject[]} marked {@link Star}
 * takes {@code *args} (declared after any {@link KwOnly} ones, which Python sees after {@code *args}), and a last
 * {@code PyDict} marked {@link KwArgs} takes {@code **kwargs}. Return {@link PyObject}, or {@code void} for None.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyMethod {
  /** The Python name; empty for the Java name. */
  String value() default "";

  /** How many leading parameters are positional-only; -1 (the default) for all of them, as most C methods. */
  int positionalOnly() default -1;

  /** {@code __doc__}. */
  String doc() default "";

  /**
   * The wording of argument errors. Special methods other than {@code __new__}/{@code __init__} get
   * {@link ArgSpec.Style#SLOT} automatically, as CPython's slot wrappers.
   */
  ArgSpec.Style style() default ArgSpec.Style.CLINIC;

  /** What the method is to its type: see {@link Kind}. */
  Kind kind() default Kind.INSTANCE;

  /** The kinds of built-in type members a Java method can be. */
  enum Kind {
    /** An ordinary method: self is {@code this}, or the first parameter of a static method. */
    INSTANCE,
    /**
     * {@code __new__}: a static method whose first parameter is {@code PyType cls}, the class being instantiated
     * (possibly a Python subclass: then make the subclass's instance). Argument errors name the type ({@code int()}).
     */
    NEW,
    /** A class method ({@code dict.fromkeys}): a static method whose first parameter is {@code PyType cls}. */
    CLASS
  }

  /** May be omitted by the caller: the Java method then receives null and applies the default itself. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  @interface Opt {}

  /** Keyword-only. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  @interface KwOnly {}

  /** {@code *args}: the remaining positional arguments, as an array. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  @interface Star {}

  /**
   * {@code **kwargs}: the keyword arguments that name no parameter, as a new {@link PyDict}; null when there are none.
   * The last parameter, declared {@code PyDict}.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  @interface KwArgs {}
}
