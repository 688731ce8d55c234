package dev.kaa.interp;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.Code;
import dev.kaa.compile.CodeGen;
import dev.kaa.compile.FrontEnd;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBuiltinMethod;
import dev.kaa.objects.PyClassMethod;
import dev.kaa.objects.PyEnumerate;
import dev.kaa.objects.PyFilter;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyMap;
import dev.kaa.objects.PyProperty;
import dev.kaa.objects.PyReversed;
import dev.kaa.objects.PyStaticMethod;
import dev.kaa.objects.PySuper;
import dev.kaa.objects.PyZip;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import dev.kaa.parse.Mode;
import java.util.List;
import dev.kaa.parse.Warnings;

/**
 * Runs Python source through the front end, the code generator and the eval loop, with a small test-only builtins
 * dict (print, len, the exception classes, __build_class__) until the runtime's builtins module exists. The output
 * is what print wrote, then, for an uncaught exception, its last traceback line ("TypeError: message").
 */
final class Programs {
  private Programs() {}

  static Code compile(String source) {
    FrontEnd.Result front = FrontEnd.compileString(source, "<test>", Mode.EXEC, Warnings.IGNORE);
    return CodeGen.compile(front, "<test>", 0);
  }

  static String run(String source) {
    StringBuilder out = new StringBuilder();
    PyDict globals = new PyDict();
    globals.put(new PyStr("__name__"), new PyStr("__main__"));
    try {
      Eval.execModule(compile(source), globals, builtins(out));
    } catch (PyException e) {
      out.append(lastLine(e)).append('\n');
    }
    return out.toString();
  }

  /** The last line CPython's traceback printer writes for {@code e}. */
  static String lastLine(PyException e) {
    PyBaseException v = e.value();
    String name = v.type().name();
    String message = text(v);
    return message.isEmpty() ? name : name + ": " + message;
  }

  /** str(o) for what the tests print, including what str() of None will give. */
  private static String text(PyObject o) {
    if (o == PyNone.NONE) return "None";
    return Abstract.str(o).value;
  }

  static PyDict builtins(StringBuilder out) {
    PyDict b = new PyDict();
    for (PyType t : ExceptionTypes.ALL) b.put(new PyStr(t.name()), t);
    b.put(new PyStr("__build_class__"), BuildClass.FUNCTION);
    for (PyType t : List.of(PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE,
        PyTuple.TYPE, PyList.TYPE, PyDict.TYPE, PySuper.TYPE, PyProperty.TYPE, PyClassMethod.TYPE,
        PyStaticMethod.TYPE, PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE, PyReversed.TYPE)) {
      b.put(new PyStr(t.name()), t);
    }
    // __next__ itself, not Abstract.next: a generator's StopIteration carries its return value
    b.put(new PyStr("next"), function((args, from, n) -> {
      try {
        return Abstract.callSpecial(args[from], Special.NEXT);
      } catch (PyException e) {
        if (n < 2 || !e.matches(ExceptionTypes.StopIteration)) throw e;
        return args[from + 1];
      }
    }));
    b.put(new PyStr("sum"), function((args, from, n) -> {
      PyObject total = PyInt.of(0);
      PyObject it = Abstract.iter(args[from]);
      for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
        total = Abstract.binaryOp(total, x, BinaryOps.ADD);
      }
      return total;
    }));
    b.put(new PyStr("iter"), function((args, from, n) -> Abstract.iter(args[from])));
    b.put(new PyStr("print"), function((args, from, n) -> {
      for (int i = 0; i < n; i++) {
        if (i > 0) out.append(' ');
        out.append(text(args[from + i]));
      }
      out.append('\n');
      return PyNone.NONE;
    }));
    b.put(new PyStr("len"), function((args, from, n) -> PyInt.of(switch (args[from]) {
      case PyTuple t -> t.size();
      case PyList l -> l.size();
      case PyDict d -> d.size();
      default -> Abstract.len(args[from]);
    })));
    b.put(new PyStr("repr"), function((args, from, n) -> Abstract.repr(args[from])));
    return b;
  }

  interface Body {
    PyObject call(PyObject[] args, int from, int npos);
  }

  /** A built-in function for tests: positional arguments only. */
  static PyObject function(Body body) {
    return new PyObject() {
      @Override public PyType type() { return PyBuiltinMethod.TYPE; }

      @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
        return body.call(args, from, npos);
      }
    };
  }
}
