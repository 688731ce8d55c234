package dev.kaa.cli;

import dev.kaa.compile.FrontEnd;
import dev.kaa.compile.SymtableDump;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Mode;
import dev.kaa.parse.SyntaxErrorFormat;
import dev.kaa.parse.TokenDump;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.ProgramRunner;
import dev.kaa.runtime.SourceLines;
import dev.kaa.runtime.Startup;
import dev.kaa.runtime.Terminals;
import dev.kaa.runtime.WarningPrinter;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code kaa} command, used like {@code python3.12}: {@code kaa [option] ... [-c cmd | -m mod | file | -] [arg]}
 * (see docs/cli.md). The options and {@code PYTHON*} variables become the interpreter's start-up state
 * ({@link CommandLine}, {@link Settings}); the program runs through {@link ProgramRunner} (exit status, SyntaxError
 * and traceback output as CPython's); with no program and a terminal on stdin, or after one with {@code -i}, the
 * REPL ({@link Repl}). {@code --dump-tokens}, {@code --dump-ast} and {@code --dump-symtable} show the front end's
 * stages.
 */
public final class Main {
  private Main() {}

  /** Deeply nested source recurses deeply in the parser and symbol table: give it room, as the tests do. */
  private static final long STACK_BYTES = 512L << 20;

  /** Kaa's own version, which {@code kaa -V} shows after the Python version it implements. */
  static final String KAA_VERSION = "0.1";

  /** Exit status for usage errors, as CPython's. */
  static final int EXIT_USAGE = 2;

  public static void main(String[] args) {
    dev.kaa.runtime.StartupTrace.mark("main");
    int rebuilt = LauncherStaleCheck.rerunIfStale(args);
    if (rebuilt >= 0) System.exit(rebuilt);
    // UTF-8 whatever the locale, as CPython's UTF-8 mode does under the C/POSIX locale
    FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int[] status = {1};
    Thread worker = new Thread(null, () -> status[0] = run(List.of(args), System.getenv(),
        new FileInputStream(FileDescriptor.in), stdout, err), "main", STACK_BYTES);
    Interrupts.install();
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Status 0 ends as any Java program does (shutdown hooks, JFR's dump among them, still run); System.exit would
    // first look up a System.Logger for its exit log, which opens every jar on the class path (~25 ms of start-up).
    dev.kaa.runtime.StartupTrace.mark("exit");
    dev.kaa.runtime.StartupTrace.print();
    if (status[0] != 0 || otherThreadsAlive()) System.exit(status[0]);
  }

  /** Whether a thread we (or a library such as JLine) started, not a daemon, would keep the JVM from ending. */
  private static boolean otherThreadsAlive() {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    Thread[] threads = new Thread[group.activeCount() + 8];
    int n = group.enumerate(threads);
    for (int i = 0; i < n; i++) {
      if (threads[i] != Thread.currentThread() && !threads[i].isDaemon() && threads[i].isAlive()) return true;
    }
    return false;
  }

  /** {@link #run(List, Map, InputStream, OutputStream, PrintStream)} in this process's environment (the tests). */
  static int run(String[] args, OutputStream stdout, PrintStream out, PrintStream err) {
    return run(List.of(args), System.getenv(), System.in, stdout, err);
  }

  /**
   * Runs the command with {@code args} in the environment {@code env}; returns the exit status. Never throws: our own
   * failures are one line.
   */
  static int run(List<String> args, Map<String, String> env, InputStream stdin, OutputStream stdout,
                 PrintStream err) {
    try {
      return dispatch(args, env, stdin, stdout, err);
    } catch (StackOverflowError e) {
      err.println("kaa: internal error: the front end ran out of stack (StackOverflowError)");
    } catch (OutOfMemoryError e) {
      err.println("MemoryError");
    } catch (RuntimeException | Error e) {
      err.println("kaa: internal error: " + e);
    }
    return 1;
  }

  /** How messages name the command, as CPython uses its {@code argv[0]}. */
  static String program() {
    return System.getProperty("kaa.executable", "kaa");
  }

  private static int dispatch(List<String> args, Map<String, String> env, InputStream stdin, OutputStream stdout,
                              PrintStream err) {
    Options options;
    try {
      options = CommandLine.parse(args);
    } catch (UsageError e) {
      err.print(e.getMessage() + "\n" + Help.tryHelp(program()));
      return EXIT_USAGE;
    }
    if (options.help) {
      PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
      out.print(Help.full(program()));
      out.flush();
      return 0;
    }
    if (options.dump != null) return dump(options.dump, options.program, stdout, err);
    Settings settings = new Settings(options, env);
    Startup startup;
    List<String> origArgv = new ArrayList<>();
    origArgv.add(program());
    origArgv.addAll(args);
    try {
      startup = settings.startup(origArgv, cwd(), Terminals.isatty(1));
    } catch (FatalError e) {
      err.print(e.report());
      return 1;
    }
    if (options.version > 0) return version(options.version, stdout);
    boolean safePath = startup.flags().safePath();
    boolean inspect = startup.flags().inspect() != 0;
    String path0 = switch (options.source) {
      case COMMAND, STDIN -> "";
      case MODULE -> cwd();
      // a directory is run by its __main__.py, the directory first on the path
      case FILE -> Files.isDirectory(Path.of(options.program)) ? scriptPath(options.program)
          : scriptDirectory(options.program);
    };
    dev.kaa.runtime.StartupTrace.mark("options");
    Interpreter interp;
    try {
      interp = new Interpreter(new Interpreter.Config(options.argv, safePath ? null : path0, program(), stdin,
          stdout, err, startup));
    } catch (dev.kaa.runtime.FatalStartupError e) {
      err.print(e.report());
      return 1;
    } catch (dev.kaa.objects.PyException e) {
      err.print("Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\n"
          + "Python runtime state: core initialized\n" + e.getMessage() + "\n");
      return 1;
    }
    int status;
    switch (options.source) {
      case COMMAND -> status = ProgramRunner.run(interp, options.program.getBytes(StandardCharsets.UTF_8),
          "<string>", false, inspect);
      case MODULE -> status = ProgramRunner.runModule(interp, options.program, program(), inspect);
      case FILE -> {
        String script = options.program;
        boolean directory = Files.isDirectory(Path.of(script));
        if (directory) {
          String main = scriptPath(script) + (script.endsWith("/") ? "" : "/") + "__main__.py";
          if (!Files.isRegularFile(Path.of(main))) {
            err.println(program() + ": can't find '__main__' module in '" + scriptPath(script) + "'");
            return 1;
          }
          script = main;
        }
        byte[] source = read(script, err);
        if (source == null) return EXIT_USAGE;
        if (options.skipFirstLine) source = withoutFirstLine(source);
        status = directory ? ProgramRunner.runDirectoryMain(interp, source, scriptPath(script), inspect)
            : ProgramRunner.run(interp, source, scriptPath(script), true, inspect);
      }
      default -> {
        if (inspect || Terminals.isatty(0)) {
          String startupFile = options.isolated ? null : settings.variable("PYTHONSTARTUP");
          return ProgramRunner.finish(interp, Repl.run(interp, stdin, err,
              !options.quiet && (Terminals.isatty(0) || inspect), options.noSite, startupFile));
        }
        byte[] source;
        try {
          source = stdin.readAllBytes();
        } catch (IOException e) {
          err.println(program() + ": can't read <stdin>: " + e.getMessage());
          return 1;
        }
        status = ProgramRunner.run(interp, source, "<stdin>", true, false);
      }
    }
    // PYTHONINSPECT alone needs a terminal on stdin; -i forces the REPL, as in CPython
    boolean repl = inspect && (options.inspect || Terminals.isatty(0));
    return repl ? ProgramRunner.finish(interp, Repl.run(interp, stdin, err, false, options.noSite, null)) : status;
  }

  /** {@code -V}: the version as CPython prints it, with Kaa's; {@code -VV}: {@code sys.version} in full. */
  private static int version(int times, OutputStream stdout) {
    PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    String sysVersion = Interpreter.sysVersion();
    out.println("Python " + (times > 1 ? sysVersion : sysVersion.split(" ")[0] + " (Kaa " + KAA_VERSION + ")"));
    out.flush();
    return 0;
  }

  private static String cwd() {
    return System.getProperty("user.dir");
  }

  /** {@code -x}: the first line's text is dropped but not its newline, so line numbers stay those of the file. */
  private static byte[] withoutFirstLine(byte[] source) {
    for (int i = 0; i < source.length; i++) {
      if (source[i] == '\n') return java.util.Arrays.copyOfRange(source, i, source.length);
    }
    return new byte[0];
  }

  /** sys.path[0] for a script: its directory with symbolic links resolved, as CPython computes it. */
  private static String scriptDirectory(String script) {
    Path dir = Path.of(scriptPath(script)).getParent();
    if (dir == null) return "";
    try {
      return dir.toRealPath().toString();
    } catch (IOException e) {
      return dir.toString();
    }
  }

  private static int dump(String option, String file, OutputStream stdout, PrintStream err) {
    PrintStream out = new PrintStream(new BufferedOutputStream(stdout, 1 << 16), false, StandardCharsets.UTF_8);
    try {
      byte[] source = read(file, err);
      if (source == null) return EXIT_USAGE;
      if (option.equals("--dump-tokens")) return TokenDump.run(source, file, out, err);
      try {
        switch (option) {
          case "--dump-ast" -> out.println(dev.kaa.ast.AstDump.dump(
              FrontEnd.parse(source, file, Mode.EXEC, new WarningPrinter(err, source))));
          default -> out.print(SymtableDump.dump(
              FrontEnd.compile(source, file, Mode.EXEC, new WarningPrinter(err, source)).symtable()));
        }
      } catch (CompileError e) {
        err.print(SyntaxErrorFormat.format(SourceLines.asShownForFile(e, source)));
        return 1;
      }
      return 0;
    } finally {
      out.flush();
    }
  }

  private static byte[] read(String file, PrintStream err) {
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      err.println(program() + ": can't open file '" + scriptPath(file) + "': [Errno 2] No such file or directory");
    } catch (IOException | RuntimeException e) {
      err.println(program() + ": can't open file '" + scriptPath(file) + "': " + e.getMessage());
    }
    return null;
  }

  /** CPython names the main script by its absolute path, made by prefixing the working directory (not normalized). */
  static String scriptPath(String file) {
    if (file.startsWith("/")) return file;
    return System.getProperty("user.dir") + "/" + file;
  }
}
