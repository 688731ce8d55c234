package dev.kaa.objects;

/** An object with a {@code __dict__} of its own (instances of most Python classes, modules, functions). */
public interface HasDict {
  PyDict dict();
}
