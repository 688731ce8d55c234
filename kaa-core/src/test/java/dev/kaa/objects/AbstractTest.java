package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.CompareOps;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The abstract protocol over the built-in types that exist so far; expected texts are python3.12's. */
class AbstractTest {
  private static String error(Runnable r) { return assertThrows(PyException.class, r::run).getMessage(); }

  private static final PyStr S = new PyStr("a");

  @Test void reprOfTheBuiltins() {
    assertEquals("True", Abstract.repr(PyBool.TRUE).value);
    assertEquals("1", Abstract.repr(PyInt.of(1)).value);
    assertEquals("0.1", Abstract.repr(new PyFloat(0.1)).value);
    assertEquals("'a'", Abstract.repr(S).value);
    assertEquals("a", Abstract.str(S).value);
    assertEquals("1e+16", Abstract.str(new PyFloat(1e16)).value);     // float has no __str__: object's calls repr
    assertEquals("None", Abstract.repr(PyNone.NONE).value);
  }

  @Test void intArithmeticAndMixing() {
    assertEquals("3", Abstract.binaryOp(PyInt.of(1), PyInt.of(2), BinaryOps.ADD).toString());
    assertEquals("2", Abstract.binaryOp(PyBool.TRUE, PyInt.of(1), BinaryOps.ADD).toString());
    assertEquals("9223372036854775808",
        Abstract.binaryOp(PyInt.of(Long.MAX_VALUE), PyInt.of(1), BinaryOps.INPLACE_ADD).toString());
    assertSame(PyInt.of(5), PyInt.of(BigInteger.valueOf(5)));
    assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'",
        error(() -> Abstract.binaryOp(PyInt.of(1), S, BinaryOps.ADD)));
    assertEquals("TypeError: unsupported operand type(s) for -=: 'str' and 'int'",
        error(() -> Abstract.binaryOp(S, PyInt.of(1), BinaryOps.INPLACE_SUBTRACT)));
    assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'str'",
        error(() -> Abstract.binaryOp(S, S, BinaryOps.POWER)));
    assertEquals("TypeError: can only concatenate str (not \"int\") to str",
        error(() -> Abstract.binaryOp(S, PyInt.of(1), BinaryOps.ADD)));
    assertEquals("aa", Abstract.binaryOp(S, S, BinaryOps.ADD).toString());
  }

  @Test void comparisons() {
    assertSame(PyBool.TRUE, Abstract.richCompare(PyInt.of(1), PyInt.of(2), CompareOps.LT));
    assertSame(PyBool.TRUE, Abstract.richCompare(PyInt.of(2), PyInt.of(1), CompareOps.GT));   // reflected __lt__
    assertSame(PyBool.FALSE, Abstract.richCompare(PyInt.of(1), S, CompareOps.EQ));
    assertSame(PyBool.TRUE, Abstract.richCompare(PyInt.of(1), S, CompareOps.NE));
    assertSame(PyBool.TRUE, Abstract.richCompare(PyBool.TRUE, PyInt.of(1), CompareOps.EQ));
    assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'",
        error(() -> Abstract.richCompare(PyInt.of(1), S, CompareOps.LT)));
    assertEquals("TypeError: '>=' not supported between instances of 'NoneType' and 'NoneType'",
        error(() -> Abstract.richCompare(PyNone.NONE, PyNone.NONE, CompareOps.GE)));
  }

  @Test void hashAndTruth() {
    assertEquals(-2, Abstract.hash(PyInt.of(-1)));
    assertEquals(1, Abstract.hash(PyBool.TRUE));
    assertEquals(Abstract.hash(PyInt.of(1)), Abstract.hash(new PyFloat(1.0)));
    assertEquals(Abstract.hash(new PyStr("xy")), Abstract.hash(new PyStr("x" + "y")));
    assertFalse(Abstract.isTrue(PyInt.of(0)));
    assertTrue(Abstract.isTrue(S));
    assertFalse(Abstract.isTrue(PyNone.NONE));
  }

  @Test void boolsOwnReprDoesNotLeakIntoInts() {
    PyMethodDescriptor intRepr = (PyMethodDescriptor) PyInt.TYPE.lookup("__repr__");
    assertEquals("1", intRepr.call(new PyObject[] {PyBool.TRUE}, 0, 1, null).toString());   // int.__repr__(True)
  }
}
