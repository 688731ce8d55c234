package dev.kaa.objects;

/**
 * An object whose built-in {@code __getattribute__} can say "no such attribute" without raising, as CPython's
 * {@code _PyObject_LookupAttr} lets {@code getattr(o, name, default)} and {@code hasattr} do for a module: making and
 * catching the AttributeError (its message formatted) was most of such a lookup's cost, and start-up asks thousands.
 */
public interface QuietAttributeLookup {
  /** The type whose {@code __getattribute__} this lookup stands for (a subclass may override it). */
  PyType getattributeOwner();

  /** {@code getattr(self, name, None)}'s lookup: the attribute, or null when it is missing. */
  PyObject getattributeOrNull(String name);
}
