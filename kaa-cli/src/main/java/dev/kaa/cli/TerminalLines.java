package dev.kaa.cli;

import dev.kaa.runtime.InteractiveSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/**
 * Lines from the terminal through JLine: line editing, history kept across sessions in {@code ~/.python_history}
 * (the file CPython's {@code site} gives readline, one plain line per entry, so both share it), and tab completion
 * ({@link Completions}). As in CPython, {@code -S} (no {@code site}) leaves the history file and completion off. While Python
 * code runs, Ctrl-C raises KeyboardInterrupt in it ({@link Interrupts}).
 */
final class TerminalLines implements Repl.Lines {
  private final Terminal terminal;
  private final LineReader reader;

  private TerminalLines(Terminal terminal, LineReader reader) {
    this.terminal = terminal;
    this.reader = reader;
  }

  static TerminalLines open(InteractiveSession session, boolean withSite) {
    try {
      // JLine's exec provider (stty), made directly: the builder's checks of which streams are terminals load a
      // native library, which JDK 24+ warns about on stderr
      Terminal terminal = new ExecTerminalProvider().sysTerminal("kaa", System.getenv("TERM"), false,
          StandardCharsets.UTF_8, true, Terminal.SignalHandler.SIG_DFL, false, SystemStream.Output);
      terminal.handle(Terminal.Signal.INT, signal -> Interrupts.interrupt());
      LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).parser(new WordBeforeCursor())
          .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
          .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
          .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
          .option(LineReader.Option.HISTORY_REDUCE_BLANKS, false)
          .option(LineReader.Option.INSERT_TAB, true);
      if (withSite) {
        builder.variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".python_history"))
            .completer((reader, line, candidates) -> {
              for (String c : Completions.of(line.word(), session.globals(),
                  session.interpreter().builtinsDict())) {
                candidates.add(new Candidate(c, c, null, null, null, null, false));
              }
            });
      }
      return new TerminalLines(terminal, builder.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String read(String prompt) throws Repl.Interrupted {
    try {
      return reader.readLine(prompt);
    } catch (UserInterruptException e) {
      throw new Repl.Interrupted();
    } catch (EndOfFileException e) {
      return null;
    }
  }

  @Override
  public void close() {
    try {
      reader.getHistory().save();
      terminal.close();
    } catch (IOException e) {
      // the history could not be written: the session is over either way
    }
  }

  /** The word to complete: the name or dotted name just before the cursor; a line is never incomplete to JLine. */
  private static final class WordBeforeCursor implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
      int start = cursor;
      while (start > 0 && (Character.isJavaIdentifierPart(line.charAt(start - 1)) || line.charAt(start - 1) == '.')) {
        start--;
      }
      String word = line.substring(start, cursor);
      return new CompletingParsedLine() {
        @Override public String word() { return word; }
        @Override public CharSequence escape(CharSequence candidate, boolean complete) { return candidate; }
        @Override public int rawWordCursor() { return word.length(); }
        @Override public int rawWordLength() { return word.length(); }
        @Override public int wordCursor() { return word.length(); }
        @Override public int wordIndex() { return 0; }
        @Override public List<String> words() { return List.of(word); }
        @Override public String line() { return line; }
        @Override public int cursor() { return cursor; }
      };
    }
  }
}
