package dev.kaa.modules.typing;

import dev.kaa.interp.Frame;
import dev.kaa.interp.ThreadState;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.typing.PyGeneric;
import dev.kaa.objects.typing.PyParamSpec;
import dev.kaa.objects.typing.PyParamSpecPart;
import dev.kaa.objects.typing.PyTypeAliasType;
import dev.kaa.objects.typing.PyTypeVar;
import dev.kaa.objects.typing.PyTypeVarTuple;
import dev.kaa.objects.typing.TypingHelpers;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * {@code _typing}: the typing objects that PEP 695's syntax makes ({@code dev.kaa.objects.typing}), for the stdlib's
 * {@code typing} to build on, and {@code _idfunc}. Importing it connects those objects to {@code typing}'s helpers
 * ({@link TypingHelpers}), as CPython's C implementations call them.
 */
public final class TypingModule {
  private TypingModule() {}

  public static final String NAME = "_typing";

  static {
    TypingHelpers.install(TypingModule::typingAttribute, TypingModule::callerModule);
  }

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("Primitives and accelerators for the typing module.\n"), interp);
    m.addFunctions(TypingModule.class);
    m.put("TypeVar", PyTypeVar.TYPE);
    m.put("ParamSpec", PyParamSpec.TYPE);
    m.put("TypeVarTuple", PyTypeVarTuple.TYPE);
    m.put("ParamSpecArgs", PyParamSpecPart.ARGS);
    m.put("ParamSpecKwargs", PyParamSpecPart.KWARGS);
    m.put("TypeAliasType", PyTypeAliasType.TYPE);
    m.put("Generic", PyGeneric.TYPE);
    return m;
  }

  @PyMethod("_idfunc") static PyObject idfunc(PyModule self, PyObject x) { return x; }

  /** {@code typing.<name>} of the current interpreter; typing imported first when {@code load}. */
  private static PyObject typingAttribute(String name, boolean load) {
    Interpreter interp = Interpreter.current();
    if (interp == null) return null;
    PyObject typing = interp.modules().getStr("typing");
    if (typing == null) {
      if (!load) return null;
      typing = interp.builtinsDict().getStr("__import__").call1(new PyStr("typing"));
    }
    return Abstract.getAttrOrNull(typing, name);
  }

  /** The {@code __name__} of the module whose code is running (the caller of a typing constructor). */
  private static PyObject callerModule() {
    Frame f = ThreadState.current().frame();
    PyObject name = f == null ? null : f.globals().getStr("__name__");
    return name == null ? PyNone.NONE : name;
  }
}
