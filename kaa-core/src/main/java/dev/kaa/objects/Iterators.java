package dev.kaa.objects;

/** For the built-ins that walk several iterables at once (zip, map). */
final class Iterators {
  private Iterators() {}

  /** {@code iter(x)} for each argument. */
  static PyObject[] iterators(PyObject[] iterables) {
    PyObject[] its = new PyObject[iterables.length];
    for (int i = 0; i < its.length; i++) its[i] = Abstract.iter(iterables[i]);
    return its;
  }
}
