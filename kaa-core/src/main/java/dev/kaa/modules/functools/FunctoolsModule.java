package dev.kaa.modules.functools;

import dev.kaa.modules.itertools.UnpackArgs;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/** The {@code _functools} module under {@code functools}: reduce, partial, cmp_to_key and the lru_cache wrapper. */
public final class FunctoolsModule {
  private FunctoolsModule() {}

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule("_functools", new PyStr("Tools that operate on functions."), interp);
    m.addFunctions(FunctoolsModule.class);
    m.put("partial", PyPartial.TYPE);
    m.put("_lru_cache_wrapper", PyLruCacheWrapper.TYPE);
    m.put("KeyWrapper", PyKeyWrapper.TYPE);
    return m;
  }

  @PyMethod(style = dev.kaa.objects.ArgSpec.Style.LEGACY,  // METH_VARARGS: "reduce() takes no keyword arguments"
      doc = "reduce(function, iterable[, initial], /) -> value\n\nApply a function of two arguments "
      + "cumulatively to the items of an iterable, from left to right.")
  static PyObject reduce(PyModule self, @PyMethod.Star PyObject[] args) {
    UnpackArgs.check("reduce", args, 2, 3);
    PyObject function = args[0];
    PyObject it;
    try {
      it = Abstract.iter(args[1]);
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.TypeError)) throw e;
      throw Errors.typeError("reduce() arg 2 must support iteration");
    }
    PyObject result = args.length == 3 ? args[2] : null;
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      result = result == null ? x : function.call2(result, x);
    }
    if (result == null) throw Errors.typeError("reduce() of empty iterable with no initial value");
    return result;
  }

  @PyMethod(value = "cmp_to_key", positionalOnly = 0, doc = "Convert a cmp= function into a key= function.")
  static PyObject cmpToKey(PyModule self, PyObject mycmp) { return new PyKeyWrapper(mycmp, null); }
}
