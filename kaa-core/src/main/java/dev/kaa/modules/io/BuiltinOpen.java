package dev.kaa.modules.io;

import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.runtime.PyModule;

/** {@code open()} as the {@code builtins} module has it (CPython's is {@code io.open}). */
public final class BuiltinOpen {
  private BuiltinOpen() {}

  @PyMethod(value = "open", positionalOnly = 0) static PyObject open(PyModule self, PyObject file,
      @PyMethod.Opt PyObject mode, @PyMethod.Opt PyObject buffering, @PyMethod.Opt PyObject encoding,
      @PyMethod.Opt PyObject errors, @PyMethod.Opt PyObject newline, @PyMethod.Opt PyObject closefd,
      @PyMethod.Opt PyObject opener) {
    return OpenFunction.open(file, mode, buffering, encoding, errors, newline, closefd, opener);
  }
}
