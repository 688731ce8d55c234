package dev.kaa.modules.ast;

import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * {@code _ast}: the AST node classes ({@link AstClasses}) and the {@code PyCF_*} flags; {@code compile()} with
 * {@code PyCF_ONLY_AST} answers Kaa's parse tree as instances of them ({@link AstToPython}).
 */
public final class AstModule {
  private AstModule() {}

  public static final String NAME = "_ast";

  /** compile()'s flag: return the AST instead of a code object. */
  public static final int PyCF_ONLY_AST = 0x400;

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, PyNone.NONE, interp);
    m.put("PyCF_ONLY_AST", PyInt.of(PyCF_ONLY_AST));
    m.put("PyCF_TYPE_COMMENTS", PyInt.of(0x1000));
    m.put("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(0x2000));
    interp.builtinsDict().getStr("exec").call2(new PyStr(AstClasses.source()), m.dict());
    m.dict().remove(new PyStr("__builtins__"));
    return m;
  }
}
