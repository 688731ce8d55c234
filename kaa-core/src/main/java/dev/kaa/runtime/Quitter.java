package dev.kaa.runtime;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;

/**
 * {@code exit} and {@code quit}, which CPython's {@code site} adds to the builtins (so not under {@code -S}): shown,
 * they say how to leave; called, they close {@code sys.stdin} and raise {@code SystemExit(code)}.
 */
final class Quitter extends PyObject {
  static final PyType TYPE = new PyType("_sitebuiltins.Quitter", PyType.IMMUTABLE, Quitter.class, PyType.OBJECT);

  private final String name;
  private final Interpreter interp;

  Quitter(String name, Interpreter interp) {
    this.name = name;
    this.interp = interp;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr("Use " + name + "() or Ctrl-D (i.e. EOF) to exit");
  }

  @PyMethod("__call__") PyObject quit(@PyMethod.Opt PyObject code) {
    PyObject stdin = interp.sysStream("stdin");
    try {
      PyObject close = stdin == null ? null : Abstract.getAttrOrNull(stdin, "close");
      if (close != null) close.call0();
    } catch (PyException e) {
      // as in CPython: a stdin that cannot be closed does not keep the program from ending
    }
    throw PyException.withArgs(ExceptionTypes.SystemExit, code == null ? PyNone.NONE : code);
  }
}
