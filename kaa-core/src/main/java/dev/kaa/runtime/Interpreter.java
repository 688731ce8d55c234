package dev.kaa.runtime;

import dev.kaa.interp.DisplayHook;
import dev.kaa.modules.codecs.CodecRegistry;
import dev.kaa.modules.faulthandler.FaulthandlerModule;
import dev.kaa.modules.posix.PosixState;
import dev.kaa.interp.Eval;
import dev.kaa.interp.SafePoint;
import dev.kaa.interp.ThreadState;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.CodecErrors;
import dev.kaa.objects.Codecs;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.IntDigitLimit;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One Python interpreter: its {@code builtins} and {@code sys} modules, {@code sys.modules}, its standard streams and
 * its {@code id()} numbering. Nothing here is static, so one JVM can hold several (embedding; the behaviour tests
 * make a fresh one per program). Modules other than {@code builtins} and {@code sys} are made when first imported.
 *
 * @see ProgramRunner for running a program as {@code __main__}
 */
public final class Interpreter implements dev.kaa.interp.Eval.PendingOwner {
  /**
   * What the embedder or the command line gives an interpreter. {@code path0}: {@code sys.path[0]}, or null for none
   * ({@code -P}).
   */
  public record Config(List<String> argv, String path0, String executable, InputStream stdin, OutputStream stdout,
                       OutputStream stderr, Startup startup) {
    /** An interpreter as python3.12 without options starts. */
    public Config(List<String> argv, String path0, String executable, InputStream stdin, OutputStream stdout,
                  OutputStream stderr) {
      this(argv, path0, executable, stdin, stdout, stderr, Startup.DEFAULT);
    }

    /** The {@code -O} level code is compiled with: {@code compile()}'s {@code optimize=-1}. */
    public int optimize() { return startup.flags().optimize(); }
  }

  final Config config;
  final PyTextStream stdout, stderr, stdin;
  final PyDict modules = new PyDict();
  final PyModule builtins;
  final PyModule sys;
  final Importer importer;
  /** The modules {@code FrozenImporter} serves ({@code _imp.find_frozen}). */
  private final FrozenModules frozenModules;
  private final IdentityNumbers ids = new IdentityNumbers();
  /** {@code sys.intern}'s table. */
  final Map<String, PyStr> interned = new java.util.concurrent.ConcurrentHashMap<>();  // threads may run GIL-free
  /** What {@code -W} and {@code PYTHONWARNINGS} asked for Kaa's own warnings. */
  final WarningFilters warningFilters;
  /** {@code sys.get_int_max_str_digits()}: read by the number types through {@link #current()}. */
  final IntDigitLimit intDigitLimit = new IntDigitLimit();
  /** {@code sys.is_finalizing()}: the program's end has run the exit handlers. */
  volatile boolean finalizing;
  /** Made by {@link #subinterpreter()}: it shares its parent's process state, signal dispositions included. */
  private final boolean subinterpreter;
  /** {@code sys.getdlopenflags()}: RTLD_NOW, CPython's default. */
  volatile int dlopenFlags = 2;
  /** {@code sys.addaudithook}'s hooks, in order. */
  final PyList auditHooks = new PyList();
  /** The descriptor table, current directory and umask ({@code os}), made when first needed. */
  private PosixState posix;
  /** What built-in modules keep per interpreter, by the class holding it ({@link #moduleState}). */
  private final Map<Class<?>, Object> moduleStates = new java.util.concurrent.ConcurrentHashMap<>();
  /** The lock a thread holds to run this interpreter's Python code, on once a second thread starts. */
  final Gil gil;
  /** Work done at safe points besides handing the GIL over (weakref callbacks): see {@link #onSafePoint}. */
  private final List<Runnable> safePointTasks = new CopyOnWriteArrayList<>();
  /** What a thread running this interpreter does at the eval breaker. */
  private final SafePoint safePoint = this::atSafePoint;

  private void atSafePoint() {
    gil.yieldIfAsked();
    if (!gil.heldByCurrentThread()) return;  // a blocking call looking at pending calls with the GIL released
    ThreadState.current().withoutEvents(() -> {
      for (Runnable task : safePointTasks) task.run();
    });
  }

  /** The interpreter running Python code on this thread, or null (set while {@link ProgramRunner} runs a program). */
  private static final ThreadLocal<Interpreter> CURRENT = new ThreadLocal<>();

  static {
    dev.kaa.objects.FinalizableInstance.install(() -> {
      Interpreter i = CURRENT.get();
      return i == null ? null : Finalizers.of(i);
    });
    IntDigitLimit.install(() -> {
      Interpreter i = CURRENT.get();
      return i == null ? null : i.intDigitLimit;
    });
    dev.kaa.objects.Addresses.install(o -> {
      Interpreter i = CURRENT.get();
      return i == null ? -1 : i.ids.idOf(o);
    });
    dev.kaa.objects.ModuleImport.install(name -> {
      Interpreter i = CURRENT.get();
      return i == null ? null : i.importer.importModule(name, null, null, 0);
    });
    dev.kaa.objects.RuntimeWarnings.install(dev.kaa.modules.warnings.Warner::warn);
    DisplayHook.install(() -> {
      Interpreter i = CURRENT.get();
      return i == null ? null : i.sys.dict().getStr("displayhook");
    });
    Codecs.install(() -> {
      Interpreter i = CURRENT.get();
      return i == null ? null : CodecRegistry.of(i);
    });
    CodecErrors.install(name -> {
      Interpreter i = CURRENT.get();
      if (i == null) throw Errors.of(ExceptionTypes.LookupError, "unknown error handler name '%s'", name);
      return CodecRegistry.of(i).lookupError(name);
    });
  }

  /** {@code sys.version}, as {@code python -VV} and the REPL's banner show it. */
  public static String sysVersion() { return SysModule.sysVersion(); }

  /** The interpreter running on this thread, or null. */
  public static Interpreter current() { return CURRENT.get(); }

  /** Makes this the current thread's interpreter; returns the one it replaces (restore it when done). */
  public Interpreter enter() {
    Interpreter previous = CURRENT.get();
    CURRENT.set(this);
    ThreadState.current().setSafePoint(safePoint);
    return previous;
  }

  public static void leave(Interpreter previous) {
    if (previous == null) CURRENT.remove();
    else CURRENT.set(previous);
    ThreadState.current().setSafePoint(previous == null ? null : previous.safePoint);
  }

  /** This interpreter's GIL. */
  public Gil gil() { return gil; }

  /** What this interpreter was started with (CPython's PyConfig). */
  public Config config() { return config; }

  /**
   * Runs {@code task} on a thread running this interpreter at each safe point after {@link Eval#requestSafePoint}
   * (weakref callbacks, finalizers): with the GIL held, between two instructions.
   */
  public void onSafePoint(Runnable task) { safePointTasks.add(task); }

  /** Pending calls this interpreter asked for itself run on its own threads ({@link Eval#addPendingCall}). */
  @Override public boolean isCurrent() { return CURRENT.get() == this; }

  @Override public boolean hasEnded() { return finalizing; }

  /** Whether this is a subinterpreter, on its parent's process state. */
  public boolean isSubinterpreter() { return subinterpreter; }

  /** Whether thread {@code t} is running this interpreter now. */
  public boolean runsOn(ThreadState t) { return t.safePoint() == safePoint; }

  public Interpreter(Config config) { this(config, null); }

  /**
   * A subinterpreter (CPython's {@code Py_NewInterpreter}): modules, {@code sys}, builtins and GIL of its own, on the
   * state of the process this interpreter has (descriptors, current directory, environment, children), as CPython's
   * subinterpreters share their process's.
   */
  public Interpreter subinterpreter() { return new Interpreter(config, this); }

  private Interpreter(Config config, Interpreter parent) {
    this.config = config;
    this.subinterpreter = parent != null;
    if (parent != null) posix = parent.posix();
    this.gil = new Gil(GilPolicy.of(config.startup()), dev.kaa.gil.GilRecorder.of(config.startup().xoptions()),
        modules);
    this.stdout = PyTextStream.stdout(config.stdout(), config.startup());
    this.stderr = PyTextStream.stderr(config.stderr(), config.startup());
    this.stdin = PyTextStream.stdin(config.stdin(), config.startup(), stdout);
    this.builtins = BuiltinsModule.create(this);
    StartupTrace.mark("builtins");
    this.sys = SysModule.create(this);
    if (config.startup().flags().noSite() == 0) {
      builtins.put("exit", new Quitter("exit", this));
      builtins.put("quit", new Quitter("quit", this));
    }
    modules.put(new PyStr("builtins"), builtins);
    modules.put(new PyStr("sys"), sys);
    StartupTrace.mark("sys");
    this.importer = new Importer(this);
    intDigitLimit.set(config.startup().flags().intMaxStrDigits());
    warningFilters = new WarningFilters(config.startup().warnoptions(), stderr::write,
        name -> builtins.dict().getStr(name) != null);
    java.nio.file.Path stdlib = StdlibLocator.locate().directory();
    this.frozenModules = new FrozenModules(this, stdlib);
    if (stdlib != null && ImportlibBootstrap.enabled()) {
      Interpreter previous = enter();
      try {
        dev.kaa.jit.JitPolicy.whileStarting(() -> {
          ImportlibBootstrap.install(this);
          StartupTrace.mark("zipimport");
          if (parent == null && FaulthandlerModule.askedAtStartup(config.startup())) {
            importer.importModule(FaulthandlerModule.NAME, null, null, 0);
            FaulthandlerModule.enableAtStartup(this);
          }
          if (config.startup().flags().noSite() == 0) importSite();
          StartupTrace.mark("site");
        });
      } finally {
        leave(previous);
      }
    }
    // after site, which makes the entries it finds absolute: '' stays '' (the current directory at each import)
    if (config.path0() != null) {
      Abstract.call(Attributes.get(path(), "insert"), dev.kaa.objects.PyInt.of(0), new PyStr(config.path0()));
    }
  }

  /**
   * The per-interpreter state of a built-in module, held by an object of class {@code kind}, made by {@code make}
   * on first use (CPython's module state: no static mutable state, DESIGN.md 1.3).
   */
  public <T> T moduleState(Class<T> kind, java.util.function.Function<Interpreter, T> make) {
    return kind.cast(moduleStates.computeIfAbsent(kind, k -> make.apply(this)));
  }

  /** {@code import site}, as CPython's start-up does unless {@code -S}: a failure is fatal. */
  private void importSite() {
    try {
      importer.importModule("site", null, null, 0);
    } catch (PyException e) {
      throw new FatalStartupError("init_import_site", "Failed to import the site module",
          new TracebackPrinter(InterpreterFrames.INSTANCE).format(e.value()));
    }
  }

  /** The {@code builtins} module's dict: what frames look builtin names up in. */
  public PyDict builtinsDict() { return builtins.dict(); }

  public PyModule builtins() { return builtins; }

  public PyModule sys() { return sys; }

  /** What {@code FrozenImporter} finds ({@code _imp}'s frozen modules). */
  public FrozenModules frozenModules() { return frozenModules; }

  /** {@code sys.modules}. */
  public PyDict modules() { return modules; }

  /**
   * What this interpreter has of a POSIX process: its file descriptors (0, 1 and 2 are its standard streams), its
   * current directory, against which every relative path is resolved, and its umask.
   */
  public synchronized PosixState posix() {
    if (posix == null) posix = new PosixState(config.stdin(), config.stdout(), config.stderr());
    return posix;
  }

  /** {@code sys.path} as it is now (a program may replace or change it). */
  PyObject path() { return sys.dict().getStr("path"); }

  /** {@code id(o)}. */
  long idOf(PyObject o) { return ids.idOf(o); }

  /** The current {@code sys.<name>} stream object (the program may have replaced it), or null when unset. */
  PyObject sysStream(String name) { return sys.dict().getStr(name); }

  /** Flushes what modules hold for open files (buffers not yet written), then stdout and stderr, as CPython at exit. */
  public void flushStreams() {
    for (Object state : moduleStates.values()) {  // modules holding written data (open files' buffers)
      if (state instanceof java.io.Flushable f) {
        try {
          f.flush();
        } catch (java.io.IOException | RuntimeException e) {
          // at exit there is nowhere left to report it
        }
      }
    }
    stdout.flushQuietly();
    stderr.flushQuietly();
  }

  /** Prints {@code e} with its traceback to {@code sys.stderr}, as CPython's default excepthook does. */
  public void printException(PyBaseException e) {
    writeStderr(formatException(e));
  }

  /** {@code e} with its traceback as CPython prints it (an uncaught exception's report). */
  public String formatException(PyBaseException e) {
    return new TracebackPrinter(InterpreterFrames.INSTANCE, tracebackLimit()).format(e);
  }

  /** {@code sys.tracebacklimit} when an int (a huge one is no limit), else no limit, as CPython's display. */
  private long tracebackLimit() {
    PyObject limit = sys.dict().getStr("tracebacklimit");
    if (!(limit instanceof PyInt n)) return Long.MAX_VALUE;
    return n.isLong() ? n.longValue() : n.signum() < 0 ? 0 : Long.MAX_VALUE;
  }

  /**
   * An exception nobody can catch (in a thread's function, a weakref callback, a {@code __del__}), handed to
   * {@code sys.unraisablehook}, whose default prints {@code "<message>: <repr of obj>"}, then the traceback.
   */
  public void printUnraisable(String message, PyObject obj, PyBaseException e) {
    SysUnraisable.report(this, message, obj, e);
  }

  public void writeStderr(String text) {
    PyObject err = sysStream("stderr");
    if (err instanceof PyTextStream s) s.write(text);
    else if (err != null && err != PyNone.NONE) Attributes.get(err, "write").call1(new PyStr(text));
  }

  static PyList strList(List<String> items) {
    PyList l = new PyList();
    for (String s : items) l.add(new PyStr(s));
    return l;
  }
}
