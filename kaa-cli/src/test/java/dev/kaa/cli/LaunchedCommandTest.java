package dev.kaa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testing.CPython;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a real process shows, Kaa's JVM started as the {@code kaa} launcher starts it, beside python3.12: the
 * order of stdout and stderr written to one pipe (buffering, {@code -u}), the exit status the shell sees, and Ctrl-C
 * (SIGINT) during a loop.
 */
class LaunchedCommandTest {
  /** What a command printed (stdout and stderr to one pipe) and its exit status. */
  record Outcome(int status, String output) {}

  @Test
  void bufferingDecidesTheOrderOfStdoutAndStderr() {
    String program = "import sys; print('out 1'); sys.stderr.write('err\\n'); print('out 2')";
    same("-c", program);
    same("-u", "-c", program);
  }

  @Test
  void printToAPipeItsReaderClosedRaisesBrokenPipeError() {
    same("-c", """
        import subprocess, sys
        child = '''
        import sys
        try:
            for i in range(1000000):
                print("line", i)
        except OSError as e:
            sys.stderr.write("%s %r %s\\\\n" % (type(e).__name__, e.errno, e.strerror))
            sys.stderr.flush()
            sys.stdout = None  # nothing left to flush at the end
        '''
        p = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        print(p.stdout.readline())
        p.stdout.close()
        print(p.wait(), p.stderr.read().decode().strip())
        """);
  }

  @Test
  void theStatusIsTheLowByteOfSystemExitsCode() {
    same("-c", "raise SystemExit(300)");
  }

  @Test
  void sigintRaisesKeyboardInterruptInTheRunningLoop() throws IOException, InterruptedException {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    assumeTrue(new java.io.File("/bin/kill").canExecute(), "no kill command");
    assumeTrue(!sigintIgnored(), "SIGINT is ignored in this process (a background job): no child would see it");
    String program = "print('ready', flush=True)\nwhile True:\n    pass\n";
    assertEquals(interrupted(python("-c", program)), interrupted(kaa("-c", program)));
  }

  @Test
  void sigintReachesTheMainThreadBlockedInLockAcquire() throws IOException, InterruptedException {
    interruptedWhileBlocked("import _thread\nlock = _thread.allocate_lock()\nlock.acquire()\n", "lock.acquire()");
  }

  @Test
  void sigintReachesTheMainThreadBlockedInSleep() throws IOException, InterruptedException {
    interruptedWhileBlocked("import time\n", "time.sleep(60)");
  }

  @Test
  void sigintReachesTheMainThreadBlockedInJoin() throws IOException, InterruptedException {
    interruptedWhileBlocked("import threading\nt = threading.Thread(target=threading.Event().wait, daemon=True)\n"
        + "t.start()\n", "t.join()");
  }

  /** After {@code setup}, the main thread blocks in {@code wait}: SIGINT ends the wait with KeyboardInterrupt. */
  private static void interruptedWhileBlocked(String setup, String wait) throws IOException, InterruptedException {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    assumeTrue(new java.io.File("/bin/kill").canExecute(), "no kill command");
    assumeTrue(!sigintIgnored(), "SIGINT is ignored in this process (a background job): no child would see it");
    String program = setup + "try:\n    print('ready', flush=True)\n    " + wait
        + "\nexcept KeyboardInterrupt as e:\n    print('KeyboardInterrupt', e.args)\n";
    Outcome expected = interrupted(python("-c", program));
    assertEquals("ready\nKeyboardInterrupt ()\n", expected.output(), "python3.12 itself");
    assertEquals(expected, interrupted(kaa("-c", program)));
  }

  /** Daemon threads still running (busy, blocked, sleeping) when the program ends: no hang, no trace, status 0. */
  @Test
  void daemonThreadsStillRunningAtTheEnd() {
    same("-c", """
        import threading, time
        def spin():
            while True:
                pass
        for target in (spin, threading.Event().wait, lambda: time.sleep(100)):
            threading.Thread(target=target, daemon=True).start()
        worker = threading.Thread(target=lambda: (time.sleep(0.3), print('worker done')))
        worker.start()
        print('main done')
        """);
  }

  private static Outcome interrupted(ProcessBuilder pb) throws IOException, InterruptedException {
    Process p = pb.redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    new ProcessBuilder("/bin/kill", "-INT", Long.toString(p.pid())).start().waitFor();
    // wait before reading to the end: a process that missed the signal must fail the test, not hang it
    boolean ended = p.waitFor(30, TimeUnit.SECONDS);
    if (!ended) p.destroyForcibly();
    assertEquals(true, ended, "the process did not end after SIGINT");
    StringBuilder rest = new StringBuilder(first).append('\n');
    for (String line = out.readLine(); line != null; line = out.readLine()) rest.append(line).append('\n');
    return new Outcome(p.exitValue(), rest.toString());
  }

  /**
   * Whether this process ignores SIGINT, as a background job of a non-interactive shell does. Children inherit the
   * disposition, and then neither python3.12 nor the JVM installs a handler for it.
   */
  private static boolean sigintIgnored() {
    try {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
        if (line.startsWith("SigIgn:")) return (Long.parseLong(line.substring(7).trim(), 16) & (1L << (2 - 1))) != 0;
      }
    } catch (IOException | RuntimeException e) {
      // no /proc: assume the signal arrives
    }
    return false;
  }

  @Test
  void spawnedProcessesTalkThroughPipesAndReportHowTheyEnded(@TempDir Path dir) throws IOException {
    assumeTrue(Runtime.version().feature() >= 22, "multiprocessing needs native calls (Java 22+)");
    Path program = dir.resolve("spawned.py");
    Files.writeString(program, """
        import multiprocessing as mp, os, sys, time
        def produce(conn, n):
            for i in range(n):
                conn.send(("item", i, os.getpid() != int(os.environ["PARENT_PID"])))
            conn.send(None)
        def echo(conn):
            while (m := conn.recv()) is not None:
                conn.send(m * 2)
        def sleep(conn):
            conn.send("ready")
            time.sleep(60)
        if __name__ == '__main__':
            os.environ["PARENT_PID"] = str(os.getpid())
            ctx = mp.get_context('spawn')
            r, w = ctx.Pipe(duplex=False)
            p = ctx.Process(target=produce, args=(w, 3))
            p.start()
            w.close()
            while (m := r.recv()) is not None:
                print(m)
            p.join()
            print("exitcode", p.exitcode)
            a, b = ctx.Pipe()
            p = ctx.Process(target=echo, args=(b,))
            p.start()
            for x in [1, "ab", [3]]:
                a.send(x)
                print(a.recv())
            a.send(None)
            p.join()
            p = ctx.Process(target=sys.exit, args=(7,))
            p.start()
            p.join()
            print("exit", p.exitcode)
            p = ctx.Process(target=sleep, args=(b,))
            p.start()
            print(a.recv())
            p.terminate()
            p.join()
            print("terminated", p.exitcode)
            p = ctx.Process(target=print, args=("printed by a child",), kwargs={"flush": True})
            p.start()
            print("sentinel", mp.connection.wait([p.sentinel], 60) == [p.sentinel])
            p.join()
        """);
    same(program.toString());
  }

  /** Faults the program raises at itself: faulthandler's report, then death by the signal, as CPython's. */
  @Test
  void faultsAreReportedAndEndTheProcessByTheirSignal(@TempDir Path dir) throws IOException {
    assumeTrue(Runtime.version().feature() >= 22, "dying by a signal needs native calls (Java 22+)");
    Path program = dir.resolve("faults.py");
    Files.writeString(program, """
        import os, re, subprocess, sys, tempfile
        def child(code, *options, status=True, **kw):
            r = subprocess.run([sys.executable, *options, "-c", code], capture_output=True, text=True, **kw)
            print(r.returncode if status else "-", r.stdout + re.sub(r"0x[0-9a-f]{16}", "0xID", r.stderr), sep="\\n", end="--\\n")
        child("import faulthandler; faulthandler.enable(); faulthandler._sigsegv()")
        child("import faulthandler\\nfaulthandler._sigsegv(True)")
        child("import faulthandler; faulthandler.enable(all_threads=False); faulthandler._read_null()")
        child("import faulthandler, signal\\nfaulthandler.enable()\\nsignal.raise_signal(signal.SIGBUS)")
        child("import faulthandler, os; faulthandler.enable(); os.kill(os.getpid(), 8)")
        child("import faulthandler; faulthandler.enable(); faulthandler._sigfpe()")
        child("import faulthandler; faulthandler.enable(); faulthandler.disable(); faulthandler._sigabrt()")
        child("import os; os.abort()")
        child("import faulthandler, signal; signal.signal(signal.SIGSEGV, lambda n, f: print(n)); faulthandler._sigsegv(); print('on')")
        child("import faulthandler; faulthandler._sigsegv()", "-X", "faulthandler")
        child("import faulthandler; print(faulthandler.is_enabled())", env=dict(os.environ, PYTHONFAULTHANDLER="1"))
        child("import faulthandler; print(faulthandler.is_enabled())", "-E", env=dict(os.environ, PYTHONFAULTHANDLER="1"))
        child("import _testcapi; _testcapi.fatal_error(b'xyz')")
        child("import faulthandler; faulthandler.enable(); faulthandler._fatal_error_c_thread()", status=False)
        child("import faulthandler, gc\\nfaulthandler.enable()\\nclass C:\\n def __del__(self):\\n  faulthandler._sigsegv()\\n"
              "a = C(); b = C(); a.b = b; b.a = a\\ndel a, b\\ngc.collect()")
        with tempfile.TemporaryFile("wb+") as f:
            child(f"import faulthandler, sys\\nfaulthandler.enable({f.fileno()})\\nfaulthandler._sigsegv()", pass_fds=[f.fileno()])
            f.seek(0)
            print(re.sub(r"0x[0-9a-f]{16}", "0xID", f.read().decode()))
        """);
    same(program.toString());
  }

  private static void same(String... args) {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    assertEquals(run(python(args)), run(kaa(args)), String.join(" ", args));
  }

  private static Outcome run(ProcessBuilder pb) {
    try {
      Process p = pb.redirectErrorStream(true).start();
      p.getOutputStream().close();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Outcome(p.waitFor(), output);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static ProcessBuilder python(String... args) {
    List<String> command = new ArrayList<>(List.of(CPython.find()));
    command.addAll(List.of(args));
    return withoutPythonVariables(new ProcessBuilder(command));
  }

  /** Kaa's JVM as the launcher starts it: this test's class path holds Kaa's classes and JLine. */
  private static ProcessBuilder kaa(String... args) {
    List<String> command = new ArrayList<>(jvm());
    command.add("-Dkaa.executable=" + executable());
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return withoutPythonVariables(new ProcessBuilder(command));
  }

  private static List<String> jvm() {
    return List.of(ProcessHandle.current().info().command().orElse("java"), "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "--add-exports",
        "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"));
  }

  private static Path executable;

  /** {@code sys.executable}: a script starting this JVM as {@link #kaa} does, so that programs can run it. */
  private static synchronized Path executable() {
    if (executable != null) return executable;
    try {
      Path script = Files.createTempFile("kaa", ".sh");
      script.toFile().deleteOnExit();
      StringBuilder text = new StringBuilder("#!/bin/sh\nexec");
      for (String word : jvm()) text.append(" '").append(word.replace("'", "'\\''")).append('\'');
      text.append(" -Dkaa.executable=").append(script).append(' ').append(Main.class.getName()).append(" \"$@\"\n");
      Files.writeString(script, text);
      script.toFile().setExecutable(true);
      return executable = script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ProcessBuilder withoutPythonVariables(ProcessBuilder pb) {
    pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
    return pb;
  }
}
