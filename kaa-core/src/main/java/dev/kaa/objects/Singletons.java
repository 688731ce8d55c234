package dev.kaa.objects;

/** What the types of None, Ellipsis and NotImplemented share: calling one returns its only instance. */
final class Singletons {
  private Singletons() {}

  /** CPython's TypeError when the type of a singleton is called with arguments. */
  static void noArguments(String typeName, PyObject[] args, PyDict kwargs) {
    if (args.length > 0 || kwargs != null && kwargs.size() > 0) throw Errors.typeError("%s takes no arguments", typeName);
  }
}
