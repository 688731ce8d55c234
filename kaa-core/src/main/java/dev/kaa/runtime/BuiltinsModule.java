package dev.kaa.runtime;

import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyByteArray;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyClassMethod;
import dev.kaa.objects.PyComplex;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyEllipsis;
import dev.kaa.objects.PyEnumerate;
import dev.kaa.objects.PyFilter;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyFrozenSet;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMap;
import dev.kaa.objects.PyMemoryView;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyProperty;
import dev.kaa.objects.PyRange;
import dev.kaa.objects.PyReversed;
import dev.kaa.objects.PySet;
import dev.kaa.objects.PySlice;
import dev.kaa.objects.PyStaticMethod;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PySuper;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.PyZip;
import java.util.List;

/**
 * Builds an interpreter's {@code builtins} module: the constants, every built-in type and exception class (shared,
 * immutable objects) and the functions of {@link BuiltinFunctions}, {@link BuiltinNumeric} and {@link BuiltinCode}.
 */
final class BuiltinsModule {
  private BuiltinsModule() {}

  private static final String DOC = "Built-in functions, types, exceptions, and other objects.\n\n"
      + "This module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\n"
      + "the full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\n"
      + "applications, but can be useful in modules that provide\nobjects with the same name as a built-in value, "
      + "but in\nwhich the built-in of that name is also needed.";

  /** The built-in types named in {@code builtins}, as they exist so far. */
  private static final List<PyType> TYPES = List.of(PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE,
      PyFloat.TYPE, PyStr.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySlice.TYPE, PyEnumerate.TYPE, PyZip.TYPE,
      PyMap.TYPE, PyFilter.TYPE, PyReversed.TYPE, PyProperty.TYPE, PyClassMethod.TYPE, PyStaticMethod.TYPE,
      PySuper.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE, PySet.TYPE, PyFrozenSet.TYPE, PyComplex.TYPE,
      PyRange.TYPE);

  static PyModule create(Interpreter interp) {
    PyModule b = new PyModule("builtins", new PyStr(DOC), interp);
    b.addFunctions(BuiltinFunctions.class);
    b.addFunctions(BuiltinNumeric.class);
    b.addFunctions(BuiltinCode.class);
    b.addFunctions(dev.kaa.modules.io.BuiltinOpen.class);
    b.put("None", PyNone.NONE);
    b.put("Ellipsis", PyEllipsis.ELLIPSIS);
    b.put("NotImplemented", PyNotImplemented.VALUE);
    b.put("False", PyBool.FALSE);
    b.put("True", PyBool.TRUE);
    b.put("__debug__", PyBool.of(interp.config.optimize() == 0));
    for (PyType t : TYPES) b.put(t.name(), t);
    for (PyType t : ExceptionTypes.ALL) b.put(t.name(), t);
    b.put("EnvironmentError", ExceptionTypes.OSError);
    b.put("IOError", ExceptionTypes.OSError);
    return b;
  }
}
