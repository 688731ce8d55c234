package dev.kaa.objects;

/**
 * The root of every Python object. A built-in type's instances answer {@link #type()} with the type's shared constant
 * (no per-object field); instances of Python subclasses carry their type (and {@code __dict__}) in a subclass.
 * The full protocol (attribute lookup, calls, numbers, sequences) arrives with the interpreter (issue 3).
 */
public abstract class PyObject {
  /** {@code type(self)}. */
  public abstract PyType type();
}
