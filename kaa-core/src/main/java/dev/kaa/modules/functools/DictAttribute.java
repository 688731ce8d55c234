package dev.kaa.modules.functools;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.SubclassableObject;

/** Assigning {@code __dict__} of a built-in object that has one (partial, the lru_cache wrapper). */
final class DictAttribute {
  private DictAttribute() {}

  static void set(SubclassableObject self, PyObject value) {
    if (value == null) throw Errors.typeError("cannot delete __dict__");
    if (!(value instanceof PyDict d)) {
      throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", value.type().name());
    }
    self.setDict(d);
  }
}
