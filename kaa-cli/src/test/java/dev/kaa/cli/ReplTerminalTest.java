package dev.kaa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL on a real pseudo-terminal: Kaa runs inside a tmux session (a private tmux server, so no other session is
 * touched) and the test types into it and reads the screen. Skipped when tmux is not installed.
 */
class ReplTerminalTest {
  @TempDir Path home;
  private final String server = "kaa-repl-test-" + ProcessHandle.current().pid();
  /** The tmux session Kaa runs in now. */
  private String session = "first";

  @AfterEach
  void stopServer() {
    tmux("kill-server");
  }

  @Test
  void aSessionAsAtCPythonsPrompt() throws IOException {
    assumeTrue(tmux("-V") == 0, "tmux not installed");
    start();
    waitFor(">>> ", "the banner and first prompt");
    assertTrue(screen().startsWith("Python 3.12"), screen());
    keys("def twice(x):", "Enter");
    waitFor("... ", "the continuation prompt");
    keys("    return x * 2", "Enter", "Enter");
    keys("twice(21)", "Enter");
    waitFor("\n42\n", "the function's value, echoed");
    keys("1/0", "Enter");
    waitFor("ZeroDivisionError: division by zero\n>>> ", "the traceback, then a new prompt");
    keys("Up", "Up", "Enter");
    waitFor("division by zero\n>>> twice(21)\n42\n", "history recall of twice(21)");
    keys("import sys", "Enter");
    keys("sys.getrecursionl", "Tab");
    waitFor("sys.getrecursionlimit(", "completion of an attribute");
    keys(")", "Enter");
    waitFor("\n1000\n", "the completed call's value");
    keys("twi", "Tab");
    waitFor(">>> twice(", "completion of a global name");
    keys("C-c");
    waitFor("KeyboardInterrupt\n>>> ", "Ctrl-C cancels the line");
    keys("while True: pass", "Enter", "Enter");
    sleepMillis(1500);
    keys("C-c");
    waitFor("  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n>>> ", "Ctrl-C stops the loop");
    keys("C-d");
    waitFor("status 0", "Ctrl-D ends the session");
    String history = Files.readString(home.resolve(".python_history"), StandardCharsets.UTF_8);
    assertTrue(history.contains("def twice(x):\n    return x * 2\ntwice(21)\n"), history);

    session = "second";
    start();
    waitFor(">>> ", "the second session's prompt");
    keys("Up");
    waitFor(">>> while True: pass", "history kept across sessions");
    keys("C-u", "import sys; sys.exit(3)", "Enter");
    waitFor("status 3", "SystemExit's status");
  }

  private void start() {
    String java = ProcessHandle.current().info().command().orElse("java");
    String command = String.join(" ", quote(java), "-Xss16m", "-cp", quote(System.getProperty("java.class.path")),
        "-Duser.home=" + quote(home.toString()), "-Dkaa.executable=kaa", Main.class.getName())
        + "; echo status $?; sleep 60";
    assertEquals(0, tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "50",
        "env -u PYTHONSTARTUP HOME=" + quote(home.toString()) + " TERM=xterm " + command));
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** Types each of {@code keys}: a tmux key name (Enter, Tab, Up, C-c...) or literal text. */
  private void keys(String... keys) {
    for (String k : keys) {
      boolean named = k.equals("Enter") || k.equals("Tab") || k.equals("Up") || k.startsWith("C-");
      assertEquals(0, named ? tmux("send-keys", "-t", session, k) : tmux("send-keys", "-t", session, "-l", k));
      sleepMillis(100);
    }
  }

  private void waitFor(String text, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (screen().contains(text)) return;
      sleepMillis(200);
    }
    throw new AssertionError("no " + what + " (" + text + ") on the screen:\n" + screen());
  }

  private String screen() {
    try {
      Process p = new ProcessBuilder("tmux", "-L", server, "capture-pane", "-p", "-t", session, "-S", "-200")
          .redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return text.replaceAll("(?m)[ \t]+$", "").replace("\n>>>\n", "\n>>> \n").replace("\n...\n", "\n... \n");
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  private int tmux(String... args) {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", server));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void sleepMillis(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
