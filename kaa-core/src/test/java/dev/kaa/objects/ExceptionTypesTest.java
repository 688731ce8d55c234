package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExceptionTypesTest {
  private static String mro(PyType t) {
    return t.mro().stream().map(PyType::name).collect(Collectors.joining(" "));
  }

  @Test void exceptionGroupHasCPythonsMro() {
    // python3.12 -c "print(*[c.__name__ for c in ExceptionGroup.__mro__])"
    assertEquals("ExceptionGroup BaseExceptionGroup Exception BaseException object", mro(ExceptionTypes.ExceptionGroup));
  }

  @Test void subclassing() {
    assertTrue(ExceptionTypes.TabError.isSubtypeOf(ExceptionTypes.SyntaxError));
    assertTrue(ExceptionTypes.KeyError.isSubtypeOf(ExceptionTypes.LookupError));
    assertFalse(ExceptionTypes.KeyboardInterrupt.isSubtypeOf(ExceptionTypes.Exception));
    // 69 names in builtins, of which EnvironmentError and IOError are aliases of OSError
    assertEquals(67, ExceptionTypes.ALL.size());
  }

  @Test void errorsFormatAndMatch() {
    PyException e = Errors.typeError("'%s' object is not subscriptable", "int");
    assertEquals("TypeError: 'int' object is not subscriptable", e.getMessage());
    assertTrue(e.matches(ExceptionTypes.Exception));
  }

  @Test void inconsistentMroIsATypeError() {
    PyType a = new PyType("A", PyType.OBJECT);
    PyType b = new PyType("B", a);
    PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class, () -> new PyType("C", a, b));
    assertEquals("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B", e.getMessage());
  }
}
