package dev.kaa.cli;

import dev.kaa.runtime.InteractiveInput;
import dev.kaa.runtime.InteractiveSession;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.Terminals;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.OptionalInt;

/**
 * The interactive loop: reads lines (with editing, history and completion on a terminal, {@link TerminalLines};
 * plainly otherwise, prompts on stderr as CPython writes them), gathers them until {@link InteractiveInput} finds a
 * whole statement, and runs it in the {@link InteractiveSession}. Ctrl-C while typing drops the lines typed so far;
 * end of input (Ctrl-D) ends the session with status 0, {@code SystemExit} with its own.
 */
final class Repl {
  private Repl() {}

  /** A source of lines. */
  interface Lines extends AutoCloseable {
    /** The next line, without its newline; null at the end of input. */
    String read(String prompt) throws Interrupted;

    @Override void close();
  }

  /** Ctrl-C while a line was being typed. */
  static final class Interrupted extends Exception {
    Interrupted() { super(null, null, false, false); }
  }

  /**
   * Runs the session; returns the exit status. {@code banner}: print CPython's two lines first; {@code startupFile}:
   * {@code PYTHONSTARTUP}'s file, run first, or null.
   */
  static int run(Interpreter interp, InputStream stdin, PrintStream err, boolean banner, boolean noSite,
                 String startupFile) {
    InteractiveSession session = new InteractiveSession(interp);
    if (banner) {
      err.print("Python " + Interpreter.sysVersion() + " on " + interp.sys().dict().getStr("platform") + "\n"
          + (noSite ? "" : "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n"));
    }
    if (startupFile != null) {
      OptionalInt exit = session.runStartupFile(startupFile);
      if (exit.isPresent()) return exit.getAsInt();
    }
    boolean terminal = Terminals.isatty(0) && Terminals.isatty(1);
    try (Lines lines = terminal ? TerminalLines.open(session, !noSite) : new PlainLines(stdin, err)) {
      StringBuilder typed = new StringBuilder();
      while (true) {
        String line;
        try {
          line = lines.read(session.prompt(typed.length() > 0));
        } catch (Interrupted e) {
          typed.setLength(0);
          session.reportInterruptAtPrompt();
          continue;
        }
        if (line == null) {
          err.print("\n");
          return 0;
        }
        typed.append(line).append('\n');
        switch (InteractiveInput.classify(typed.toString())) {
          case InteractiveInput.Incomplete incomplete -> { }
          case InteractiveInput.Invalid invalid -> {
            typed.setLength(0);
            session.reportSyntaxError(invalid.error());
          }
          case InteractiveInput.Complete complete -> {
            typed.setLength(0);
            OptionalInt exit = session.run(complete.source());
            if (exit.isPresent()) return exit.getAsInt();
          }
        }
      }
    }
  }
}
