package dev.kaa.runtime;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.MarshalInput;
import dev.kaa.bytecode.PycFile;
import dev.kaa.interp.Eval;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.SyntaxErrorFormat;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs a program as {@code python3.12 FILE} or {@code python3.12 -c CODE} does: compiles it (a SyntaxError is printed
 * as CPython prints it, status 1), runs it as {@code __main__}, and turns how it ended into the exit status —
 * 0 normally, the code of a {@code SystemExit} (a non-int code is printed to stderr, status 1), or 1 after printing an
 * uncaught exception through {@code sys.excepthook}. Java's own failures never reach the user as a Java stack trace:
 * running out of stack is RecursionError, of heap MemoryError, and a bug in Kaa a SystemError.
 */
public final class ProgramRunner {
  private ProgramRunner() {}

  /** Runs {@code source}; {@code fromFile}: read from the script file {@code filename} (else {@code -c} code). */
  public static int run(Interpreter interp, byte[] source, String filename, boolean fromFile) {
    return run(interp, source, filename, fromFile, false);
  }

  /**
   * The same; {@code inspect} ({@code -i}): the REPL follows, so a {@code SystemExit} is printed as any uncaught
   * exception instead of ending the process, as CPython does.
   */
  public static int run(Interpreter interp, byte[] source, String filename, boolean fromFile, boolean inspect) {
    // the names CPython's __main__ starts with, in its order (an empty __annotations__ included)
    PyModule main = new PyModule("__main__", PyNone.NONE, null);
    main.put("__annotations__", new PyDict());
    main.put("__builtins__", interp.builtins);
    if (fromFile) {
      main.put("__file__", new PyStr(filename));
      main.put("__cached__", PyNone.NONE);
    }
    Interpreter previous = interp.enter();
    try {
      StartupTrace.mark("__main__");
      return runAsMain(interp, main, source, filename, fromFile, inspect);
    } finally {
      StartupTrace.mark("program");
      if (!inspect) runExitHandlers(interp);
      StartupTrace.mark("atexit");
      flushAtExit(interp);
      StartupTrace.programThreadDone();
      Interpreter.leave(previous);
    }
  }

  /**
   * {@code python -m NAME}: finds the module (a package runs its {@code __main__} submodule) after importing its
   * parent packages, then runs it as {@code __main__} with {@code sys.argv[0]} its file, as CPython's runpy does.
   * {@code program} names the command in the messages for a module that cannot be run.
   */
  public static int runModule(Interpreter interp, String name, String program, boolean inspect) {
    if (interp.importer.bootstrap() != null) return runModuleThroughRunpy(interp, name, inspect);
    Interpreter previous = interp.enter();
    try {
      String mainName = name;
      SourceFallback.Location where;
      try {
        where = interp.importer.fallback.find(name);
        if (where != null && where.packageDir() != null) {
          mainName = name + ".__main__";
          where = interp.importer.fallback.find(mainName);
          if (where == null) {
            return cannotRun(interp, program, "No module named " + mainName + "; '" + name
                + "' is a package and cannot be directly executed");
          }
        }
      } catch (PyException e) {
        return cannotRun(interp, program, "Error while finding module specification for '" + name + "' ("
            + e.value().type().name() + ": " + Abstract.str(e.value()).value + ")");
      }
      if (where == null) return cannotRun(interp, program, "No module named " + name);
      byte[] source;
      try {
        source = java.nio.file.Files.readAllBytes(where.file());
      } catch (java.io.IOException e) {
        return cannotRun(interp, program, "can't read " + where.file() + ": " + e.getMessage());
      }
      String file = where.file().toString();
      if (interp.sys.dict().getStr("argv") instanceof dev.kaa.objects.PyList argv && argv.size() > 0) {
        argv.set(0, new PyStr(file));
      }
      int dot = mainName.lastIndexOf('.');
      PyModule main = runpyMain(interp, file, dot < 0 ? "" : mainName.substring(0, dot));
      return runAsMain(interp, main, source, file, true, inspect);
    } finally {
      if (!inspect) runExitHandlers(interp);
      flushAtExit(interp);
      Interpreter.leave(previous);
    }
  }

  /**
   * {@code python -m NAME} as CPython runs it: {@code runpy._run_module_as_main(NAME, True)} over an empty
   * {@code __main__}, so that {@code __spec__}, {@code __loader__}, {@code __file__} and {@code sys.argv[0]} are
   * runpy's, and its errors (no such module, a package without {@code __main__}) are its messages.
   */
  private static int runModuleThroughRunpy(Interpreter interp, String name, boolean inspect) {
    Interpreter previous = interp.enter();
    try {
      PyModule main = new PyModule("__main__", PyNone.NONE, null);
      main.put("__builtins__", interp.builtins);
      interp.modules.put(new PyStr("__main__"), main);
      PyObject runpy;
      try {
        runpy = interp.importer.importModule("runpy", null, null, 0);
      } catch (PyException e) {
        interp.stderr.write("Could not import runpy module\n");
        return handleUncaught(interp, e, inspect);
      }
      PyObject runAsMain = Abstract.getAttrOrNull(runpy, "_run_module_as_main");
      if (runAsMain == null) {
        interp.stderr.write("Could not access runpy._run_module_as_main\n");
        return 1;
      }
      PyException uncaught = caught(() -> Abstract.call(runAsMain, new PyStr(name), dev.kaa.objects.PyBool.TRUE));
      return uncaught == null ? 0 : handleUncaught(interp, uncaught, inspect);
    } finally {
      if (!inspect) runExitHandlers(interp);
      flushAtExit(interp);
      Interpreter.leave(previous);
    }
  }

  /** {@code python DIR}: the directory's {@code __main__.py}, run as runpy runs it (CPython's globals for it). */
  public static int runDirectoryMain(Interpreter interp, byte[] source, String filename, boolean inspect) {
    Interpreter previous = interp.enter();
    try {
      return runAsMain(interp, runpyMain(interp, filename, ""), source, filename, true, inspect);
    } finally {
      if (!inspect) runExitHandlers(interp);
      flushAtExit(interp);
      Interpreter.leave(previous);
    }
  }

  /** The {@code __main__} runpy makes: no {@code __annotations__}, a {@code __package__} (no specs in Kaa yet). */
  private static PyModule runpyMain(Interpreter interp, String file, String packageName) {
    PyModule main = new PyModule("__main__", PyNone.NONE, null);
    main.put("__file__", new PyStr(file));
    main.put("__cached__", PyNone.NONE);
    main.put("__package__", new PyStr(packageName));
    main.put("__loader__", PyNone.NONE);
    main.put("__spec__", PyNone.NONE);
    main.put("__builtins__", interp.builtins);
    return main;
  }

  private static int cannotRun(Interpreter interp, String program, String message) {
    interp.stderr.write(program + ": " + message + "\n");
    return 1;
  }

  /** Compiles {@code source} and runs it in {@code main}, made {@code sys.modules['__main__']}. */
  private static int runAsMain(Interpreter interp, PyModule main, byte[] source, String filename, boolean fromFile,
                               boolean inspect) {
    PrintStream err = new PrintStream(interp.config.stderr(), true, StandardCharsets.UTF_8);
    Code code;
    try {
      if (fromFile && isCompiled(source, filename)) {
        code = compiledMain(source, err);
        if (code == null) return 1;
      } else {
        code = Compiler.compileMain(source, filename, fromFile, new WarningPrinter(err, fromFile ? source : null, source),
            interp.config.optimize());
      }
    } catch (CompileError e) {
      err.print(SyntaxErrorFormat.format(fromFile ? SourceLines.asShownForFile(e, source) : e));
      return 1;
    } catch (PyException e) {
      return handleUncaught(interp, e, inspect);
    }
    interp.modules.put(new PyStr("__main__"), main);
    PyException uncaught = caught(() -> Eval.execModule(code, main.dict(), interp.builtinsDict()));
    return uncaught == null ? 0 : handleUncaught(interp, uncaught, inspect);
  }

  /** A compiled script ({@code kaa FILE.pyc}): named so, or starting with the magic number, as CPython decides. */
  private static boolean isCompiled(byte[] file, String filename) {
    return filename.endsWith(".pyc") || PycFile.hasMagic(file);
  }

  /** The code of a compiled script, or null after printing CPython's complaint about a bad one. */
  private static Code compiledMain(byte[] file, PrintStream err) {
    if (PycFile.readHeader(file) == null) {
      err.print("RuntimeError: Bad magic number in .pyc file\n");
      return null;
    }
    try {
      return PycFile.code(file, null);
    } catch (MarshalInput.BadData e) {
      err.print("RuntimeError: Bad code object in .pyc file\n");
      return null;
    }
  }

  /** Runs {@code body}; returns the exception it raised (Java's own failures as Python's), or null. */
  public static PyException caught(Runnable body) {
    try {
      body.run();
      return null;
    } catch (PyException e) {
      return e;
    } catch (StackOverflowError e) {
      return Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
    } catch (OutOfMemoryError e) {
      return Errors.memoryError();
    } catch (RuntimeException | Error e) {
      return Errors.internal(e.toString());
    }
  }

  /**
   * The exit status for an uncaught exception, after printing what CPython prints: a SystemExit's code (unless
   * {@code inspect}), else 1 after {@code sys.excepthook} (130 for KeyboardInterrupt).
   */
  static int handleUncaught(Interpreter interp, PyException e, boolean inspect) {
    if (e.matches(ExceptionTypes.SystemExit) && !inspect) {
      try {
        return exitStatus(interp, e.value());
      } catch (PyException failure) {
        hookFailed(interp, failure, e);
        return 1;
      }
    }
    PyException failure = caught(() -> printUncaught(interp, e));
    if (failure != null) {
      hookFailed(interp, failure, e);
      return 1;
    }
    // CPython ends an uncaught KeyboardInterrupt by killing itself with SIGINT: a shell sees status 128 + 2
    return e.matches(ExceptionTypes.KeyboardInterrupt) ? 130 : 1;
  }

  /** What CPython prints when {@code sys.excepthook} itself fails: both exceptions, each with its traceback. */
  static void hookFailed(Interpreter interp, PyException failure, PyException original) {
    interp.stderr.write("Error in sys.excepthook:\n");
    interp.printException(failure.value());
    interp.stderr.write("\nOriginal exception was:\n");
    interp.printException(original.value());
  }

  /** Prints {@code e} through {@code sys.excepthook}. */
  public static void printUncaught(Interpreter interp, PyException e) {
    PyBaseException value = e.value();
    PyObject hook = interp.sys.dict().getStr("excepthook");
    if (hook == null) {
      interp.stderr.write("sys.excepthook is missing\n");
      interp.printException(value);
    } else {
      Abstract.call(hook, value.type(), value, value.traceback == null ? PyNone.NONE : value.traceback);
    }
  }

  /** CPython's handling of SystemExit at the top: None is 0, an int is the status, anything else is printed. */
  static int exitStatus(Interpreter interp, PyBaseException exit) {
    PyObject code = Abstract.getAttrOrNull(exit, "code");
    if (code == null) code = exit.args.size() == 0 ? PyNone.NONE : exit.args.size() == 1 ? exit.args.get(0) : exit.args;
    if (code == PyNone.NONE) return 0;
    if (code instanceof PyInt i) return i.isLong() ? (int) i.longValue() : -1;
    flushAtExit(interp);
    PyObject err = interp.sysStream("stderr");
    String text = Abstract.str(code).value + "\n";
    if (err instanceof PyTextStream s) s.write(text);
    else if (err != null && err != PyNone.NONE) Attributes.get(err, "write").call1(new PyStr(text));
    return 1;
  }

  /**
   * The end of the interpreter after the REPL ({@code -i}, or no program): what a program's end does otherwise.
   * Returns {@code status}, which nothing here changes (as in CPython, an exit handler's SystemExit is only reported).
   */
  public static int finish(Interpreter interp, int status) {
    Interpreter previous = interp.enter();
    try {
      runExitHandlers(interp);
      flushAtExit(interp);
    } finally {
      Interpreter.leave(previous);
    }
    return status;
  }

  /**
   * What CPython's finalisation runs before the last flush: the wait for the threads that are not daemons, then the
   * {@code atexit} functions, last registered first.
   */
  private static void runExitHandlers(Interpreter interp) {
    dev.kaa.modules.thread.ThreadModule.refuseNewThreads(interp);
    waitForThreads(interp);
    dev.kaa.modules.atexit.AtexitModule.runAll(interp);
    interp.finalizing = true;
    if (!interp.isSubinterpreter()) interp.posix().signals().end();
    Finalizers.atExit(interp);
    interp.gil.finish(interp);
  }

  /**
   * Waits for the non-daemon threads, as CPython's finalization does: {@code threading._shutdown()} when the program
   * imported {@code threading}; what it raises is reported, not raised.
   */
  static void waitForThreads(Interpreter interp) {
    PyObject threading = interp.modules.get(new PyStr("threading"));
    if (threading == null) return;
    PyException e = caught(() -> {
      PyObject shutdown = Abstract.getAttrOrNull(threading, "_shutdown");
      if (shutdown != null) shutdown.call0();
    });
    if (e != null) interp.printUnraisable("Exception ignored in", threading, e.value());
  }

  /** Flushes {@code sys.stdout} and {@code sys.stderr} (whatever they are now) and the interpreter's own streams. */
  static void flushAtExit(Interpreter interp) {
    for (String name : new String[] {"stdout", "stderr"}) {
      PyObject s = interp.sysStream(name);
      if (s == null || s == PyNone.NONE || s instanceof PyTextStream) continue;
      try {
        PyObject flush = Abstract.getAttrOrNull(s, "flush");
        if (flush != null) flush.call0();
      } catch (PyException e) {
        // a broken replacement stream at exit: CPython ignores it too
      }
    }
    interp.flushStreams();
  }
}
