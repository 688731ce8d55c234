package dev.kaa.runtime;

import dev.kaa.bytecode.Code;
import dev.kaa.interp.Frame;
import dev.kaa.interp.PyTraceback;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/** The interpreter's traceback objects as the {@link TracebackPrinter} reads them. */
public final class InterpreterFrames implements TracebackPrinter.Frames {
  public static final InterpreterFrames INSTANCE = new InterpreterFrames();

  private InterpreterFrames() {}

  @Override public List<TracebackPrinter.Entry> entries(PyObject traceback) {
    List<TracebackPrinter.Entry> out = new ArrayList<>();
    for (PyTraceback tb = (PyTraceback) traceback; tb != null; tb = tb.next) {
      Code code = tb.frame.code();
      out.add(new TracebackPrinter.Entry(code.filename, code.name, tb.lineno(), code.position(tb.instruction)));
    }
    return out;
  }

  @Override public TracebackPrinter.Scope innermostScope(PyObject traceback) {
    PyTraceback tb = (PyTraceback) traceback;
    while (tb.next != null) tb = tb.next;
    Frame frame = tb.frame;
    List<String> varnames = frame.code().varnames;
    PyObject self = null;
    if (varnames.contains("self") && frame.localsMapping() instanceof PyDict locals) self = locals.getStr("self");
    return new TracebackPrinter.Scope(self, varnames, names(frame.globals()), names(frame.builtins()));
  }

  private static List<String> names(PyDict d) {
    List<String> out = new ArrayList<>();
    d.forEach((k, v) -> {
      if (k instanceof PyStr s) out.add(s.value);
    });
    return out;
  }
}
