package dev.kaa.runtime;

import dev.kaa.interp.Frame;
import dev.kaa.interp.ThreadState;
import dev.kaa.math.NumericHash;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.List;

/**
 * The {@code sys} module of issue 3: the interpreter's streams, {@code argv}, {@code path}, {@code modules},
 * {@code exit}, the recursion and int-digit limits, version and platform facts, and the exception being handled.
 */
final class SysModule {
  private SysModule() {}

  /** Kaa implements Python 3.12; the micro version follows the CPython it is checked against. */
  static final int MAJOR = 3, MINOR = 12, MICRO = 1;
  static final String VERSION = MAJOR + "." + MINOR + "." + MICRO;

  private static final PyType VERSION_INFO = PyStructSeq.newType("sys.version_info",
      List.of("major", "minor", "micro", "releaselevel", "serial"));
  private static final PyType FLAGS = PyStructSeq.newType("sys.flags",
      List.of("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
          "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
          "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"));
  private static final PyType FLOAT_INFO = PyStructSeq.newType("sys.float_info",
      List.of("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
          "rounds"));
  private static final PyType INT_INFO = PyStructSeq.newType("sys.int_info",
      List.of("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"));
  private static final PyType HASH_INFO = PyStructSeq.newType("sys.hash_info",
      List.of("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"));

  /** Where Kaa's own modules go in {@code path}: before the first entry that is the stdlib, else at the end. */
  private static int stdlibEntry(List<String> path, java.nio.file.Path stdlib) {
    if (stdlib == null) return path.size();
    java.nio.file.Path std = stdlib.toAbsolutePath().normalize();
    for (int i = 0; i < path.size(); i++) {
      try {
        if (java.nio.file.Path.of(path.get(i)).toAbsolutePath().normalize().equals(std)) return i;
      } catch (java.nio.file.InvalidPathException e) {
        // not a path this system has: not the stdlib
      }
    }
    return path.size();
  }

  static PyModule create(Interpreter interp) {
    PyModule sys = new PyModule("sys", new PyStr(DOC), interp);
    sys.addFunctions(SysModule.class);
    sys.addFunctions(SysAudit.class);
    sys.addFunctions(SysHooks.class);
    sys.addFunctions(SysMemory.class);
    sys.addFunctions(SysThreads.class);
    sys.addFunctions(SysUnraisable.class);
    Interpreter.Config c = interp.config;
    Startup startup = c.startup();
    sys.put("argv", Interpreter.strList(c.argv()));
    sys.put("orig_argv", Interpreter.strList(startup.origArgv() == null ? c.argv() : startup.origArgv()));
    List<String> path = new java.util.ArrayList<>();
    // sys.path[0] (the script's directory) comes after site, as CPython inserts it: see Interpreter
    path.addAll(startup.pathAfterFirst());
    java.nio.file.Path kaaLib = KaaLib.directory();
    java.nio.file.Path stdlib = StdlibLocator.locate().directory();
    // Kaa's modules shadow the stdlib's even when PYTHONPATH names the stdlib (as CPython's test driver does)
    if (kaaLib != null) path.add(stdlibEntry(path, stdlib), kaaLib.toString());
    if (stdlib != null) path.add(stdlib.toString());
    sys.put("path", Interpreter.strList(path));
    sys.put("_stdlib_dir", stdlib == null ? PyNone.NONE : new PyStr(stdlib.toString()));
    sys.put("stdlib_module_names", StdlibModuleNames.of(stdlib));
    sys.put("modules", interp.modules);
    sys.put("stdin", interp.stdin);
    sys.put("stdout", interp.stdout);
    sys.put("stderr", interp.stderr);
    sys.put("__stdin__", interp.stdin);
    sys.put("__stdout__", interp.stdout);
    sys.put("__stderr__", interp.stderr);
    sys.put("__displayhook__", sys.dict().getStr("displayhook"));
    sys.put("__excepthook__", sys.dict().getStr("excepthook"));
    sys.put("__breakpointhook__", sys.dict().getStr("breakpointhook"));
    sys.put("__unraisablehook__", sys.dict().getStr("unraisablehook"));
    sys.put("thread_info", SysThreads.threadInfo());
    sys.put("_framework", new PyStr(""));
    sys.put("_git", PyTuple.of(new PyStr("Kaa"), new PyStr(""), new PyStr("")));
    sys.put("executable", new PyStr(c.executable()));
    sys.put("_base_executable", new PyStr(c.executable()));
    PyObject versionInfo = PyStructSeq.of(VERSION_INFO, PyInt.of(MAJOR), PyInt.of(MINOR), PyInt.of(MICRO),
        new PyStr("final"), PyInt.of(0));
    sys.put("version_info", versionInfo);
    sys.put("version", new PyStr(sysVersion()));
    int hexversion = (MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | 0xf0;
    sys.put("hexversion", PyInt.of(hexversion));
    sys.put("api_version", PyInt.of(1013));
    sys.put("implementation", new PySimpleNamespace().with("name", new PyStr("kaa"))
        .with("cache_tag", new PyStr("kaa-312")).with("version", versionInfo)
        .with("hexversion", PyInt.of(hexversion)).with("_multiarch", new PyStr("x86_64-linux-gnu")));
    sys.put("abiflags", new PyStr(""));   // sysconfig names its _sysconfigdata module with it
    sys.put("maxsize", PyInt.of(Long.MAX_VALUE));
    sys.put("maxunicode", PyInt.of(0x10FFFF));
    sys.put("byteorder", new PyStr("little"));
    sys.put("platform", new PyStr(platform()));
    sys.put("copyright", new PyStr("Copyright (c) the Kaa authors.\nPython is Copyright (c) 2001-2023 "
        + "Python Software Foundation."));
    sys.put("builtin_module_names", PyTuple.of(BuiltinModules.NAMES.stream().map(PyStr::new).toArray(PyObject[]::new)));
    // the CPython installation whose standard library Kaa runs (lib/python3.12 under it); site finds its
    // site-packages there
    String installPrefix = stdlib != null && stdlib.getParent() != null && stdlib.getParent().getParent() != null
        ? stdlib.getParent().getParent().toString() : "/usr/local";
    for (String prefix : List.of("prefix", "base_prefix", "exec_prefix", "base_exec_prefix")) {
      sys.put(prefix, new PyStr(installPrefix));
    }
    sys.put("platlibdir", new PyStr("lib"));
    sys.put("pycache_prefix", PyNone.NONE);
    sys.put("dont_write_bytecode", PyBool.of(startup.flags().dontWriteBytecode() != 0));
    sys.put("warnoptions", Interpreter.strList(startup.warnoptions()));
    PyDict xoptions = new PyDict();
    startup.xoptions().forEach((k, v) -> xoptions.put(new PyStr(k), v == null ? PyBool.TRUE : new PyStr(v)));
    sys.put("_xoptions", xoptions);
    sys.put("meta_path", new PyList());
    sys.put("path_hooks", new PyList());
    sys.put("path_importer_cache", new PyDict());
    sys.put("flags", flags(startup.flags()));
    sys.put("float_info", PyStructSeq.of(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
        new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
        new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
    sys.put("int_info", PyStructSeq.of(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
    sys.put("hash_info", PyStructSeq.of(HASH_INFO, PyInt.of(64), PyInt.of(NumericHash.MODULUS),
        PyInt.of(NumericHash.INF), PyInt.of(0), PyInt.of(NumericHash.IMAG), new PyStr("siphash13"), PyInt.of(64),
        PyInt.of(128), PyInt.of(0)));
    sys.put("float_repr_style", new PyStr("short"));
    return sys;
  }

  /** {@code sys.version}: in CPython's layout, which {@code platform} parses. */
  static String sysVersion() {
    return VERSION + " (main, Jan  1 2026, 00:00:00) [Kaa on Java " + java.lang.Runtime.version().feature() + "]";
  }

  /** {@code sys.flags}: ints but for dev_mode and safe_path, which CPython shows as bools. */
  private static PyObject flags(SysFlags f) {
    return PyStructSeq.of(FLAGS, PyInt.of(f.debug()), PyInt.of(f.inspect()), PyInt.of(f.interactive()),
        PyInt.of(f.optimize()), PyInt.of(f.dontWriteBytecode()), PyInt.of(f.noUserSite()), PyInt.of(f.noSite()),
        PyInt.of(f.ignoreEnvironment()), PyInt.of(f.verbose()), PyInt.of(f.bytesWarning()), PyInt.of(f.quiet()),
        PyInt.of(f.hashRandomization()), PyInt.of(f.isolated()), PyBool.of(f.devMode()), PyInt.of(f.utf8Mode()),
        PyInt.of(f.warnDefaultEncoding()), PyBool.of(f.safePath()), PyInt.of(f.intMaxStrDigits()));
  }

  private static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    if (os.startsWith("linux")) return "linux";
    if (os.startsWith("mac")) return "darwin";
    if (os.startsWith("windows")) return "win32";
    return os.replace(" ", "");
  }

  private static final String DOC = "This module provides access to some objects used or maintained by the\n"
      + "interpreter and to functions that interact strongly with the interpreter.";

  /** A tuple status gives SystemExit its arguments, as raising with a tuple value does in CPython. */
  @PyMethod("exit") static void exit(PyModule self, @PyMethod.Opt PyObject status) {
    if (status == null) throw PyException.withArgs(ExceptionTypes.SystemExit);
    if (status instanceof PyTuple t && t.type() == PyTuple.TYPE) {
      throw PyException.withArgs(ExceptionTypes.SystemExit, t.toArray());
    }
    throw PyException.withArgs(ExceptionTypes.SystemExit, status);
  }

  @PyMethod("is_finalizing") static PyObject isFinalizing(PyModule self) {
    return PyBool.of(self.interpreter.finalizing);
  }

  /** The flags {@code dlopen()} gets: CPython's default RTLD_NOW; Kaa loads no C extensions, so it only keeps them. */
  @PyMethod("getdlopenflags") static PyObject getdlopenflags(PyModule self) {
    return PyInt.of(self.interpreter.dlopenFlags);
  }

  @PyMethod("setdlopenflags") static void setdlopenflags(PyModule self, PyObject flags) {
    self.interpreter.dlopenFlags = (int) Abstract.indexValue(flags);
  }

  /**
   * The perf trampoline, which names Python frames for Linux {@code perf}: Kaa has none, as CPython on the platforms
   * it does not support (the JVM's own profilers see Kaa's frames).
   */
  @PyMethod("activate_stack_trampoline") static void activateStackTrampoline(PyModule self, PyStr backend) {
    throw Errors.valueError("perf trampoline not available");
  }

  @PyMethod("deactivate_stack_trampoline") static void deactivateStackTrampoline(PyModule self) {}

  @PyMethod("is_stack_trampoline_active") static PyObject isStackTrampolineActive(PyModule self) {
    return PyBool.FALSE;
  }

  /** The module of the function running {@code depth} frames up: its globals' {@code __name__}. */
  @PyMethod(value = "_getframemodulename", positionalOnly = 0)
  static PyObject getframemodulename(PyModule self, @PyMethod.Opt PyObject depth) {
    long n = depth == null ? 0 : Abstract.indexValue(depth);
    Frame f = ThreadState.current().frame();
    for (long i = 0; i < n && f != null; i++) f = f.back();
    if (f == null) return PyNone.NONE;
    PyObject name = f.globals().getStr("__name__");
    return name == null ? PyNone.NONE : name;
  }

  /** CPython 3.13's: False when the interpreter runs free-threaded ({@code -X gil=off}). */
  @PyMethod("_is_gil_enabled") static PyObject isGilEnabled(PyModule self) {
    return PyBool.of(self.interpreter.gil.policy() != GilPolicy.OFF);
  }

  @PyMethod("getswitchinterval") static PyObject getswitchinterval(PyModule self) {
    return new PyFloat(1e-6 * self.interpreter.gil.switchIntervalMicros());
  }

  /** How long a thread waits for the GIL before asking the running one to let go, in seconds. */
  @PyMethod("setswitchinterval") static void setswitchinterval(PyModule self, PyObject interval) {
    double seconds = Abstract.floatValue(interval);
    // NaN passes, as in CPython
    if (seconds <= 0) throw Errors.valueError("switch interval must be strictly positive");
    // whole microseconds, as CPython keeps it (an interval too large for them reads back as 0, as CPython's does)
    double micros = seconds * 1e6;
    self.interpreter.gil.setSwitchIntervalMicros(micros < 0x1p63 ? (long) micros : 0);
  }

  @PyMethod("getrecursionlimit") static PyObject getrecursionlimit(PyModule self) {
    return PyInt.of(ThreadState.recursionLimit());
  }

  @PyMethod("setrecursionlimit") static void setrecursionlimit(PyModule self, PyObject limit) {
    if (!(limit instanceof PyInt)) {
      throw Errors.typeError("'%s' object cannot be interpreted as an integer", limit.type().name());
    }
    PyInt n = (PyInt) limit;
    if (!n.isLong() || n.longValue() > Integer.MAX_VALUE) {
      throw Errors.overflowError("Python int too large to convert to C int");
    }
    if (n.longValue() < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
    ThreadState.setRecursionLimit((int) n.longValue());
  }

  @PyMethod("get_int_max_str_digits") static PyObject getIntMaxStrDigits(PyModule self) {
    return PyInt.of(self.interpreter.intDigitLimit.get());
  }

  @PyMethod(value = "set_int_max_str_digits", positionalOnly = 0)
  static void setIntMaxStrDigits(PyModule self, PyObject maxdigits) {
    self.interpreter.intDigitLimit.set(Abstract.indexValue(maxdigits));
  }

  @PyMethod("exc_info") static PyObject excInfo(PyModule self) {
    PyBaseException e = ThreadState.current().handled();
    if (e == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
    return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
  }

  @PyMethod("exception") static PyObject exception(PyModule self) {
    PyBaseException e = ThreadState.current().handled();
    return e == null ? PyNone.NONE : e;
  }

  @PyMethod("_getframe") static PyObject getframe(PyModule self, @PyMethod.Opt PyObject depth) {
    long n = depth == null ? 0 : Abstract.indexValue(depth);
    Frame f = ThreadState.current().frame();
    for (long i = 0; i < n && f != null; i++) f = f.back();
    if (f == null) throw Errors.valueError("call stack is not deep enough");
    return f;
  }

  @PyMethod("getdefaultencoding") static PyObject getdefaultencoding(PyModule self) { return new PyStr("utf-8"); }

  @PyMethod("getfilesystemencoding") static PyObject getfilesystemencoding(PyModule self) {
    return new PyStr("utf-8");
  }

  /** What os.fsencode and os.fsdecode use with that encoding (posix decodes bytes paths the same way). */
  @PyMethod("getfilesystemencodeerrors") static PyObject getfilesystemencodeerrors(PyModule self) {
    return new PyStr("surrogateescape");
  }

  @PyMethod("displayhook") static void displayhook(PyModule self, PyObject object) {
    if (object == PyNone.NONE) return;
    PyDict builtins = self.interpreter.builtinsDict();
    builtins.put(new PyStr("_"), PyNone.NONE);
    PyObject out = self.interpreter.sysStream("stdout");
    if (out == null || out == PyNone.NONE) throw Errors.of(ExceptionTypes.RuntimeError, "lost sys.stdout");
    dev.kaa.objects.Attributes.get(out, "write").call1(new PyStr(Abstract.repr(object).value + "\n"));
    builtins.put(new PyStr("_"), object);
  }

  @PyMethod("excepthook") static void excepthook(PyModule self, PyObject type, PyObject value, PyObject traceback) {
    if (!(value instanceof PyBaseException e)) {
      // CPython's display reports the wrong argument where the traceback would go, raising nothing
      self.interpreter.writeStderr(String.format("TypeError: print_exception(): Exception expected for value, %s "
          + "found\n", value.type().name()));
      return;
    }
    self.interpreter.printException(e);
  }

  @PyMethod("breakpointhook") static PyObject breakpointhook(PyModule self, @PyMethod.Star PyObject[] args,
                                                            @PyMethod.KwArgs PyDict kwargs) {
    return BreakpointHook.call(self.interpreter, args, kwargs);
  }
}
