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
import dev.kaa.runtime.WarningPrinter;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code kaa} command, used like {@code python3.12}: {@code kaa FILE [ARGS]} and {@code kaa -c CMD [ARGS]} run the
 * program ({@link ProgramRunner}: exit status, SyntaxError and traceback output as CPython's);
 * {@code --dump-tokens}, {@code --dump-ast} and {@code --dump-symtable} show the front end's stages.
 */
public final class Main {
  private Main() {}

  /** Deeply nested source recurses deeply in the parser and symbol table: give it room, as the tests do. */
  private static final long STACK_BYTES = 512L << 20;

  /** Exit status for usage errors, as CPython's. */
  static final int EXIT_USAGE = 2;

  public static void main(String[] args) {
    // UTF-8 whatever the locale, as CPython's UTF-8 mode does under the C/POSIX locale
    FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintStream out = new PrintStream(new BufferedOutputStream(stdout, 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int[] status = {1};
    Thread worker = new Thread(null, () -> status[0] = run(args, stdout, out, err), "main", STACK_BYTES);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    out.flush();
    System.exit(status[0]);
  }

  /**
   * Runs the command with {@code args}; returns the exit status. Never throws: our own failures are one line.
   * {@code stdout} is the raw standard output a program writes to; {@code out} the buffered one of the dump options.
   */
  static int run(String[] args, OutputStream stdout, PrintStream out, PrintStream err) {
    try {
      return dispatch(args, stdout, out, err);
    } catch (StackOverflowError e) {
      err.println("kaa: internal error: the front end ran out of stack (StackOverflowError)");
    } catch (OutOfMemoryError e) {
      err.println("MemoryError");
    } catch (RuntimeException | Error e) {
      err.println("kaa: internal error: " + e);
    }
    return 1;
  }

  private static int dispatch(String[] args, OutputStream stdout, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("-")) {
      err.println("kaa: the interactive prompt and reading from stdin are not implemented yet");
      return EXIT_USAGE;
    }
    String option = args[0];
    switch (option) {
      case "-c" -> {
        if (args.length < 2) return usage(err, "Argument expected for the -c option");
        List<String> argv = new ArrayList<>(List.of(args).subList(2, args.length));
        argv.add(0, "-c");
        Interpreter interp = new Interpreter(config(argv, "", stdout, err));
        return ProgramRunner.run(interp, args[1].getBytes(StandardCharsets.UTF_8), "<string>", false);
      }
      case "--dump-tokens", "--dump-ast", "--dump-symtable" -> {
        if (args.length != 2) return usage(err, option + " takes one FILE");
        return dump(option, args[1], out, err);
      }
      default -> {
        if (option.startsWith("-")) return usage(err, "unknown option " + option);
        byte[] source = read(option, err);
        if (source == null) return EXIT_USAGE;
        String script = scriptPath(option);
        Path dir = Path.of(script).getParent();
        Interpreter interp = new Interpreter(config(List.of(args), dir == null ? "" : realPath(dir), stdout, err));
        return ProgramRunner.run(interp, source, script, true);
      }
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println(problem);
    err.println("usage: kaa [--dump-tokens | --dump-ast | --dump-symtable] FILE | kaa -c CMD | kaa FILE");
    return EXIT_USAGE;
  }

  private static Interpreter.Config config(List<String> argv, String path0, OutputStream stdout, PrintStream err) {
    return new Interpreter.Config(argv, path0, System.getProperty("kaa.executable", ""), System.in, stdout, err);
  }

  /** sys.path[0]: the script's directory with symbolic links resolved, as CPython computes it. */
  private static String realPath(Path dir) {
    try {
      return dir.toRealPath().toString();
    } catch (IOException e) {
      return dir.toString();
    }
  }

  private static int dump(String option, String file, PrintStream out, PrintStream err) {
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
  }

  private static byte[] read(String file, PrintStream err) {
    try {
      if (Files.isDirectory(Path.of(file))) {
        err.println("kaa: can't find '__main__' module in '" + scriptPath(file) + "'");
        return null;
      }
      return Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      err.println("kaa: can't open file '" + scriptPath(file) + "': [Errno 2] No such file or directory");
    } catch (IOException | RuntimeException e) {
      err.println("kaa: can't open file '" + scriptPath(file) + "': " + e.getMessage());
    }
    return null;
  }

  /** CPython names the main script by its absolute path, made by prefixing the working directory (not normalized). */
  static String scriptPath(String file) {
    if (file.startsWith("/")) return file;
    return System.getProperty("user.dir") + "/" + file;
  }
}
