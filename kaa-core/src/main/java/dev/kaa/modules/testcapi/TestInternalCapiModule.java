package dev.kaa.modules.testcapi;

import dev.kaa.interp.ThreadState;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import dev.kaa.runtime.Startup;
import dev.kaa.runtime.StdlibLocator;
import dev.kaa.runtime.SysFlags;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code _testinternalcapi}: Kaa's answers to the questions CPython's tests ask its internals (docs/test-support.md):
 * the configuration the interpreter started with and the current recursion depth.
 */
public final class TestInternalCapiModule {
  private TestInternalCapiModule() {}

  public static final String NAME = "_testinternalcapi";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("Kaa's internals, for CPython's tests."), interp);
    m.addFunctions(TestInternalCapiModule.class);
    m.addFunctions(CompilerStageFunctions.class);
    return m;
  }

  /**
   * The configuration this interpreter started with, under CPython's PyConfig names: the ones Kaa has.
   */
  @PyMethod(value = "get_config", doc = "The interpreter's configuration, as a dict.")
  static PyObject getConfig(PyModule self) {
    Interpreter.Config config = self.interpreter().config();
    Startup startup = config.startup();
    SysFlags flags = startup.flags();
    PyDict d = new PyDict();
    put(d, "argv", strings(config.argv()));
    put(d, "orig_argv", strings(startup.origArgv() == null ? config.argv() : startup.origArgv()));
    put(d, "executable", new PyStr(config.executable()));
    put(d, "base_executable", new PyStr(config.executable()));
    put(d, "warnoptions", strings(startup.warnoptions()));
    PyList xoptions = new PyList();
    startup.xoptions().forEach((k, v) -> xoptions.add(new PyStr(v == null ? k : k + "=" + v)));
    put(d, "xoptions", xoptions);
    put(d, "pythonpath_env", startup.pathAfterFirst().isEmpty() ? PyNone.NONE
        : new PyStr(String.join(java.io.File.pathSeparator, startup.pathAfterFirst())));
    Path stdlib = StdlibLocator.locate().directory();
    put(d, "stdlib_dir", stdlib == null ? PyNone.NONE : new PyStr(stdlib.toString()));
    put(d, "code_debug_ranges", dev.kaa.runtime.DebugRanges.off(startup) ? 0 : 1);
    put(d, "optimization_level", flags.optimize());
    put(d, "interactive", flags.interactive());
    put(d, "inspect", flags.inspect());
    put(d, "verbose", flags.verbose());
    put(d, "quiet", flags.quiet());
    put(d, "bytes_warning", flags.bytesWarning());
    put(d, "isolated", flags.isolated());
    put(d, "dev_mode", flags.devMode() ? 1 : 0);
    put(d, "safe_path", flags.safePath() ? 1 : 0);
    put(d, "warn_default_encoding", flags.warnDefaultEncoding());
    put(d, "int_max_str_digits", flags.intMaxStrDigits());
    put(d, "write_bytecode", flags.dontWriteBytecode() == 0 ? 1 : 0);
    put(d, "site_import", flags.noSite() == 0 ? 1 : 0);
    put(d, "user_site_directory", flags.noUserSite() == 0 ? 1 : 0);
    put(d, "use_environment", flags.ignoreEnvironment() == 0 ? 1 : 0);
    put(d, "buffered_stdio", startup.unbuffered() ? 0 : 1);
    put(d, "stdio_encoding", new PyStr(startup.ioEncoding() == null ? "utf-8" : startup.ioEncoding()));
    if (startup.ioErrors() != null) put(d, "stdio_errors", new PyStr(startup.ioErrors()));
    return d;
  }

  private static void put(PyDict d, String key, PyObject value) { d.put(new PyStr(key), value); }

  private static void put(PyDict d, String key, int value) { d.put(new PyStr(key), PyInt.of(value)); }

  private static PyList strings(List<String> items) {
    PyList out = new PyList();
    for (String s : items) out.add(new PyStr(s));
    return out;
  }

  /** The number of Python frames on this thread's stack, the caller's included. */
  @PyMethod(value = "get_recursion_depth", doc = "The current recursion depth, the caller's frame included.")
  static PyObject getRecursionDepth(PyModule self) {
    return PyInt.of(ThreadState.current().depth());
  }
}
