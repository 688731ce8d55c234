package dev.kaa.runtime;

import dev.kaa.interp.BuildClass;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;

/**
 * builtins' {@code __build_class__} as an ordinary built-in function (its {@code __module__}, {@code __name__},
 * signature, as inspect and doctest read them), calling {@link BuildClass}.
 */
final class BuildClassFunction {
  private BuildClassFunction() {}

  @PyMethod("__build_class__")
  static PyObject buildClass(PyModule self, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return Abstract.callWithKeywords(BuildClass.FUNCTION, args, kwargs);
  }
}
