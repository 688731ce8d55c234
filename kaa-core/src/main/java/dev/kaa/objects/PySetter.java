package dev.kaa.objects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the {@link PyGetter} attribute of the same name writable: an instance method (or a static one taking self)
 * taking the new value as one {@link PyObject}, which is null for {@code del obj.name}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PySetter {
  /** The attribute name, as on its {@link PyGetter}. */
  String value();
}
