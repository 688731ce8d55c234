package dev.kaa.objects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a Java method as a readable attribute of a built-in type's instances ({@code (1).real},
 * {@code f.__name__}): an instance method (or a static one taking self) with no other parameters, returning
 * {@link PyObject}. Pair it with a {@link PySetter} of the same name to make the attribute writable. CPython's
 * {@code getset_descriptor}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyGetter {
  /** The attribute name. */
  String value();

  String doc() default "";

  /**
   * A plain read-only field in CPython (a {@code PyMemberDef}, as {@code slice.start}): assignment says
   * "readonly attribute" rather than the getset wording.
   */
  boolean readonlyMember() default false;
}
