package dev.kaa.modules.contextvars;

import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/** The {@code _contextvars} module that {@code contextvars} re-exports: Context, ContextVar, Token, copy_context. */
public final class ContextvarsModule {
  private ContextvarsModule() {}

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule("_contextvars", new PyStr("Context Variables"), interp);
    m.addFunctions(ContextvarsModule.class);
    m.put("Context", PyContext.TYPE);
    m.put("ContextVar", PyContextVar.TYPE);
    m.put("Token", PyContextToken.TYPE);
    return m;
  }

  @PyMethod("copy_context") static PyObject copyContext(PyModule self) { return PyContext.current().copy(); }
}
