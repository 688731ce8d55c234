package dev.kaa.modules.array;

/** The docstrings of the array module and its type, as CPython's read. */
final class ArrayDoc {
  private ArrayDoc() {}

  static final String MODULE = "This module defines an object type which can efficiently represent\n"
      + "an array of basic values: characters, integers, floating point\n"
      + "numbers.  Arrays are sequence types and behave very much like lists,\n"
      + "except that the type of objects stored in them is constrained.\n";

  static final String TEXT = "array(typecode [, initializer]) -> array\n\n"
      + "Return a new array whose items are restricted by typecode, and\n"
      + "initialized from the optional initializer value, which must be a list,\n"
      + "string or iterable over elements of the appropriate type.\n\n"
      + "Arrays represent basic values and behave very much like lists, except\n"
      + "the type of objects stored in them is constrained. The type is specified\n"
      + "at object creation time by using a type code, which is a single character.\n";
}
