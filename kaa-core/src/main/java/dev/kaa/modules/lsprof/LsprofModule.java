package dev.kaa.modules.lsprof;

import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import dev.kaa.runtime.PyStructSeq;
import java.util.List;

/**
 * {@code _lsprof}, the profiler under {@code cProfile}: {@link PyProfiler} counts calls and times per function as
 * CPython's C profiler does, hearing the interpreter's profile events through a Java hook (docs/c-modules.md).
 */
public final class LsprofModule {
  private LsprofModule() {}

  public static final String NAME = "_lsprof";

  static final PyStructSeq.Type ENTRY = PyStructSeq.newType("_lsprof.profiler_entry",
      List.of("code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"), 6);
  static final PyStructSeq.Type SUBENTRY = PyStructSeq.newType("_lsprof.profiler_subentry",
      List.of("code", "callcount", "reccallcount", "totaltime", "inlinetime"), 5);

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("Fast profiler"), interp);
    m.put("Profiler", PyProfiler.TYPE);
    m.put("profiler_entry", ENTRY);
    m.put("profiler_subentry", SUBENTRY);
    return m;
  }

  /** The profiler enabled in an interpreter, if any: CPython 3.12 lets one profiling tool run at a time. */
  static final class Active {
    PyProfiler profiler;

    static Active of(Interpreter interp) { return interp.moduleState(Active.class, i -> new Active()); }
  }
}
