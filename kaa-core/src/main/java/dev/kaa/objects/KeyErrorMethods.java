package dev.kaa.objects;

/** {@code KeyError}'s own method: its str is the repr of a lone key, so {@code d['']} reads {@code KeyError: ''}. */
final class KeyErrorMethods {
  private KeyErrorMethods() {}

  @PyMethod("__str__") static PyObject str(PyBaseException self) {
    return self.args.size() == 1 ? Abstract.repr(self.args.get(0)) : self.str();
  }
}
