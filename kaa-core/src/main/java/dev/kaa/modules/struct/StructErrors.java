package dev.kaa.modules.struct;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyException;

/** {@code struct.error}, raised with CPython's texts. */
final class StructErrors {
  private StructErrors() {}

  static PyException error(String format, Object... args) {
    return Errors.of(StructState.current().error, format, args);
  }
}
