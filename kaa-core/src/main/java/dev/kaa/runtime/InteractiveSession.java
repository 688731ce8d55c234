package dev.kaa.runtime;

import dev.kaa.bytecode.Code;
import dev.kaa.interp.Eval;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Mode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * The interpreter side of the REPL: statements run one at a time in {@code __main__} (the script's, after {@code -i}),
 * compiled in {@code 'single'} mode so that an expression's value goes to {@code sys.displayhook}; an exception is
 * printed through {@code sys.excepthook} and remembered in {@code sys.last_exc} (and {@code last_type},
 * {@code last_value}, {@code last_traceback}), and the session goes on. Only {@code SystemExit} ends it. Reading
 * lines, prompts and editing belong to the command line.
 */
public final class InteractiveSession {
  private final Interpreter interp;
  private final PyModule main;

  /** A session over {@code interp}'s {@code __main__}, made as CPython's REPL makes it when no script ran. */
  public InteractiveSession(Interpreter interp) {
    this.interp = interp;
    PyObject existing = interp.modules.getStr("__main__");
    if (existing instanceof PyModule m) {
      main = m;
    } else {
      main = new PyModule("__main__", PyNone.NONE, null);
      main.put("__annotations__", new PyDict());
      main.put("__builtins__", interp.builtins);
      interp.modules.put(new PyStr("__main__"), main);
    }
    if (interp.sys.dict().getStr("ps1") == null) interp.sys.put("ps1", new PyStr(">>> "));
    if (interp.sys.dict().getStr("ps2") == null) interp.sys.put("ps2", new PyStr("... "));
  }

  /** The namespace statements run in (what tab completion looks names up in). */
  public PyDict globals() { return main.dict(); }

  public Interpreter interpreter() { return interp; }

  /** {@code str(sys.ps1)} or {@code str(sys.ps2)}, as CPython shows them; "" when unset. */
  public String prompt(boolean continuation) {
    return withInterpreter(() -> {
      PyObject p = interp.sys.dict().getStr(continuation ? "ps2" : "ps1");
      return p == null ? "" : Abstract.str(p).value;
    });
  }

  /**
   * Compiles and runs one complete statement ({@link InteractiveInput.Complete}); empty source does nothing. Returns
   * the exit status when the statement raised {@code SystemExit}, else empty.
   */
  public OptionalInt run(String source) {
    if (source.isEmpty()) return OptionalInt.empty();
    PrintStream err = new PrintStream(interp.config.stderr(), true, StandardCharsets.UTF_8);
    return withInterpreter(() -> {
      PyException uncaught = ProgramRunner.caught(() -> {
        Code code = Compiler.compile(source, "<stdin>", Mode.SINGLE, new WarningPrinter(err, null),
            interp.config.optimize());
        Eval.execModule(code, main.dict(), interp.builtinsDict());
      });
      return uncaught == null ? OptionalInt.empty() : report(uncaught);
    });
  }

  /**
   * Runs the file {@code PYTHONSTARTUP} names in {@code __main__} before the first prompt, as CPython does; an error
   * in it is printed and the session starts anyway. Returns the exit status if it raised {@code SystemExit}.
   */
  public OptionalInt runStartupFile(String filename) {
    PrintStream err = new PrintStream(interp.config.stderr(), true, StandardCharsets.UTF_8);
    return withInterpreter(() -> {
      byte[] source;
      try {
        source = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(filename));
      } catch (java.io.IOException | RuntimeException e) {
        interp.stderr.write("Could not open PYTHONSTARTUP\n");
        return OptionalInt.empty();
      }
      PyException uncaught = ProgramRunner.caught(() -> {
        Code code = Compiler.compile(source, filename, Mode.EXEC, true, new WarningPrinter(err, source),
            interp.config.optimize());
        Eval.execModule(code, main.dict(), interp.builtinsDict());
      });
      return uncaught == null ? OptionalInt.empty() : report(uncaught);
    });
  }

  /** Reports a syntax error the input checker found (the statement is not run). */
  public void reportSyntaxError(CompileError error) {
    withInterpreter(() -> report(dev.kaa.objects.Errors.compileError(error)));
  }

  /** What CPython prints when Ctrl-C cancels the line being typed (on the line after it). */
  public void reportInterruptAtPrompt() {
    withInterpreter(() -> {
      interp.stderr.write("KeyboardInterrupt\n");
      return null;
    });
  }

  private OptionalInt report(PyException e) {
    try {
      if (e.matches(ExceptionTypes.SystemExit)) return OptionalInt.of(ProgramRunner.exitStatus(interp, e.value()));
      PyBaseException value = e.value();
      interp.sys.put("last_exc", value);
      interp.sys.put("last_type", value.type());
      interp.sys.put("last_value", value);
      interp.sys.put("last_traceback", value.traceback == null ? PyNone.NONE : value.traceback);
      PyException failure = ProgramRunner.caught(() -> ProgramRunner.printUncaught(interp, e));
      if (failure != null) ProgramRunner.hookFailed(interp, failure, e);
    } catch (PyException failure) {
      ProgramRunner.hookFailed(interp, failure, e);
    }
    return OptionalInt.empty();
  }

  /** Runs {@code body} as this interpreter's thread, flushing its output after. */
  private <T> T withInterpreter(java.util.function.Supplier<T> body) {
    Interpreter previous = interp.enter();
    try {
      return body.get();
    } finally {
      ProgramRunner.flushAtExit(interp);
      Interpreter.leave(previous);
    }
  }
}
