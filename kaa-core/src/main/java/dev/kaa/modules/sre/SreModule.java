package dev.kaa.modules.sre;

import dev.kaa.interp.Eval;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code _sre} module: what CPython's pure-Python {@code re} package compiles patterns to. {@code re._compiler}
 * hands {@link #compile} a code list in CPython 3.12's format; {@link SreMatcher} runs it.
 */
public final class SreModule {
  private SreModule() {}

  public static final String NAME = "_sre";

  /** Long matches look at the interpreter's pending work (Ctrl-C) this way. */
  static final Runnable POLL = Eval::servicePendingCalls;

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, dev.kaa.objects.PyNone.NONE, interp);
    m.addFunctions(SreModule.class);
    m.put("MAGIC", PyInt.of(SreOp.MAGIC));
    m.put("CODESIZE", PyInt.of(SreOp.CODESIZE));
    m.put("MAXREPEAT", PyInt.of(SreOp.MAXREPEAT_CODE));
    m.put("MAXGROUPS", PyInt.of(SreOp.MAXGROUPS));
    m.put("copyright", new PyStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
    return m;
  }

  @PyMethod(positionalOnly = 0)
  static PyObject compile(PyModule self, PyObject pattern, PyObject flags, PyList code, PyObject groups,
      PyDict groupindex, PyTuple indexgroup) {
    int[] program = new int[code.size()];
    for (int i = 0; i < program.length; i++) {
      long v = Abstract.indexValue(code.get(i));
      if (v < 0 || v > 0xffffffffL) {
        throw Errors.of(ExceptionTypes.OverflowError, "regular expression code size limit exceeded");
      }
      program[i] = (int) v;
    }
    long n = Abstract.indexValue(groups);
    if (n < 0 || n > SreOp.MAXGROUPS) throw Errors.of(ExceptionTypes.RuntimeError, "invalid SRE code");
    return new PyPattern(pattern, (int) Abstract.indexValue(flags), new SreCode(program, (int) n), (int) n,
        groupindex, indexgroup);
  }

  @PyMethod static PyObject template(PyModule self, PyObject pattern, PyList template) {
    return PyTemplate.of(template);
  }

  @PyMethod static PyObject getcodesize(PyModule self) { return PyInt.of(SreOp.CODESIZE); }

  /** A C {@code int} argument, with CPython's OverflowError beyond it. */
  private static int character(PyObject ch) {
    long c = Abstract.indexValue(ch);
    if (c != (int) c) throw Errors.of(ExceptionTypes.OverflowError, "Python int too large to convert to C int");
    return (int) c;
  }

  @PyMethod static PyObject ascii_iscased(PyModule self, PyObject character) {
    int c = character(character);
    return PyBool.of(c < 128 && Character.isLetter(c));
  }

  @PyMethod static PyObject unicode_iscased(PyModule self, PyObject character) {
    int c = character(character);
    return PyBool.of(c != SreChars.uniLower(c) || c != SreChars.uniUpper(c));
  }

  @PyMethod static PyObject ascii_tolower(PyModule self, PyObject character) {
    int c = character(character);
    return PyInt.of(c < 128 ? SreChars.asciiLower(c) : c);
  }

  @PyMethod static PyObject unicode_tolower(PyModule self, PyObject character) {
    return PyInt.of(SreChars.uniLower(character(character)));
  }

  /** A builtin function of the running interpreter ({@code iter}, {@code callable}). */
  static PyObject builtin(String name) { return Interpreter.current().builtinsDict().getStr(name); }

  /** The {@code re} module ({@code sub} and {@code expand} call its {@code _compile_template}). */
  static PyObject importRe() {
    Interpreter interp = Interpreter.current();
    PyObject re = interp.modules().get(new PyStr("re"));
    return re != null ? re : builtin("__import__").call1(new PyStr("re"));
  }
}
