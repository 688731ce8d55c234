package dev.kaa.cli;

import dev.kaa.compile.FrontEnd;
import dev.kaa.compile.SymtableDump;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Mode;
import dev.kaa.parse.SyntaxErrorFormat;
import dev.kaa.parse.TokenDump;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The {@code kaa} command, used like {@code python3.12}. Until the interpreter exists (issue 3) it runs the front end:
 * {@code kaa FILE} and {@code kaa -c CMD} report a {@code SyntaxError} exactly as CPython does, and say that execution is
 * not implemented when the program is valid; {@code --dump-tokens}, {@code --dump-ast} and {@code --dump-symtable} show
 * the front end's stages.
 */
public final class Main {
  private Main() {}

  /** Deeply nested source recurses deeply in the parser and symbol table: give it room, as the tests do. */
  private static final long STACK_BYTES = 512L << 20;

  /** Exit status for "the program is valid but cannot run yet" and for usage errors, as CPython uses 2 for the latter. */
  static final int EXIT_USAGE = 2;

  public static void main(String[] args) {
    // UTF-8 whatever the locale, as CPython's UTF-8 mode does under the C/POSIX locale
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int[] status = {1};
    Thread worker = new Thread(null, () -> status[0] = run(args, out, err), "main", STACK_BYTES);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    out.flush();
    System.exit(status[0]);
  }

  /** Runs the command with {@code args}; returns the exit status. Never throws: our own failures are one line. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      return dispatch(args, out, err);
    } catch (StackOverflowError e) {
      err.println("kaa: internal error: the front end ran out of stack (StackOverflowError)");
    } catch (OutOfMemoryError e) {
      err.println("MemoryError");
    } catch (RuntimeException | Error e) {
      err.println("kaa: internal error: " + e);
    }
    return 1;
  }

  private static int dispatch(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("-")) {
      err.println("kaa: the interactive prompt and reading from stdin are not implemented yet");
      return EXIT_USAGE;
    }
    String option = args[0];
    switch (option) {
      case "-c" -> {
        if (args.length < 2) return usage(err, "Argument expected for the -c option");
        return check(args[1].getBytes(StandardCharsets.UTF_8), "<string>", false, err);
      }
      case "--dump-tokens", "--dump-ast", "--dump-symtable" -> {
        if (args.length != 2) return usage(err, option + " takes one FILE");
        return dump(option, args[1], out, err);
      }
      default -> {
        if (option.startsWith("-")) return usage(err, "unknown option " + option);
        byte[] source = read(option, err);
        if (source == null) return EXIT_USAGE;
        return check(source, scriptPath(option), true, err);
      }
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println(problem);
    err.println("usage: kaa [--dump-tokens | --dump-ast | --dump-symtable] FILE | kaa -c CMD | kaa FILE");
    return EXIT_USAGE;
  }

  /** Runs the front end as {@code python3.12 FILE} would before executing it. */
  private static int check(byte[] source, String filename, boolean fromFile, PrintStream err) {
    try {
      if (fromFile) {
        FrontEnd.compileFile(source, filename, new WarningPrinter(err, source));
      } else {
        FrontEnd.compile(source, filename, Mode.EXEC, new WarningPrinter(err, null));
      }
    } catch (CompileError e) {
      err.print(SyntaxErrorFormat.format(fromFile ? SourceLines.asShownForFile(e, source) : e));
      return 1;
    }
    err.println("kaa: " + filename + " is valid Python, but running it is not implemented yet (issue 3)");
    return EXIT_USAGE;
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
