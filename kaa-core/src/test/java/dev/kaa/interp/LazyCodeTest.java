package dev.kaa.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Marshal;
import dev.kaa.compile.CodeGen;
import dev.kaa.compile.FrontEnd;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Warnings;
import org.junit.jupiter.api.Test;

/**
 * Unmarshalled functions' bodies are decoded when first used, not when the module's code is read or the function is
 * made: a module defines its functions without decoding them, and a call, {@code __doc__} or {@code co_consts}
 * decodes them then, giving what eager decoding gives.
 */
class LazyCodeTest {
  private static Code unmarshalled(String source) {
    Code code = CodeGen.compile(FrontEnd.compileString(source, "<lazy>", Mode.EXEC, Warnings.IGNORE), "<lazy>", 0);
    return Marshal.load(Marshal.dump(code), null);
  }

  private static PyFunction function(PyDict globals, String name) { return (PyFunction) globals.getStr(name); }

  @Test void definingAFunctionDoesNotDecodeItsBody() {
    PyDict globals = new PyDict();
    globals.put(new PyStr("__name__"), new PyStr("m"));
    Eval.execModule(unmarshalled("""
        def used(x):
            'the doc'
            return x * 2
        def unused():
            return 1
        def documented():
            'read, not run'
        y = used(21)
        """), globals, new PyDict());
    assertEquals(42, ((PyInt) globals.getStr("y")).longValue());
    assertTrue(function(globals, "used").code().bodyDecoded());
    assertFalse(function(globals, "unused").code().bodyDecoded());
    PyFunction documented = function(globals, "documented");
    assertFalse(documented.code().bodyDecoded());
    assertEquals("read, not run", documented.docAttr().toString());
    assertTrue(documented.code().bodyDecoded());
    PyObject consts = function(globals, "used").pycode.coConsts();
    assertSame(function(globals, "used").docAttr(), ((PyTuple) consts).get(0), "__doc__ is co_consts[0]");
  }

  @Test void coConstsOfAnUnusedFunctionDecodesIt() {
    PyDict globals = new PyDict();
    Eval.execModule(unmarshalled("def f():\n    def g(): pass\n    return 'k'\n"), globals, new PyDict());
    PyFunction f = function(globals, "f");
    assertFalse(f.code().bodyDecoded());
    PyTuple consts = (PyTuple) f.pycode.coConsts();
    assertTrue(f.code().bodyDecoded());
    PyCode g = null;
    for (int i = 0; i < consts.size(); i++) if (consts.get(i) instanceof PyCode c) g = c;
    assertFalse(g.code.bodyDecoded(), "g's own body waits for its own first use");
    assertEquals("g", g.code.name);
  }
}
