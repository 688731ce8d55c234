import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Kaa's {@code dev.kaa.cli.Main} with a thread beside it that reads the stack of Kaa's "main" thread (the one
 * {@code Main} starts, with its large stack) about every half millisecond, and at exit appends each sample to the file
 * named by {@code $SAMPLES}, one line per sample, outermost frame first, frames separated by ';'. Stack traces are
 * taken at safepoints, so shares are a guide, not exact: they overstate native calls (a thread in native code is
 * sampled at once, one in Java only at its next safepoint) and code with few safepoints between them.
 * Used by startup_profile.sh; not part of Kaa.
 */
public final class MainThreadSampler {
  public static void main(String[] args) throws Throwable {
    Thread launcher = Thread.currentThread();
    List<StackTraceElement[]> samples = new ArrayList<>();
    Thread sampler = new Thread(() -> {
      Thread target = null;
      while (!Thread.currentThread().isInterrupted()) {
        if (target == null) {
          for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t != launcher && t.getName().equals("main")) target = t;
          }
          if (target == null) { Thread.onSpinWait(); continue; }
        }
        StackTraceElement[] stack = target.getStackTrace();
        if (stack.length > 0) synchronized (samples) { samples.add(stack); }
        try { Thread.sleep(0, 500_000); } catch (InterruptedException e) { return; }
      }
    }, "sampler");
    sampler.setDaemon(true);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sampler.interrupt();
      try (PrintWriter out = new PrintWriter(new FileWriter(System.getenv("SAMPLES"), true))) {
        synchronized (samples) {
          for (StackTraceElement[] stack : samples) {
            StringBuilder line = new StringBuilder();
            for (int i = stack.length - 1; i >= 0; i--) {
              line.append(stack[i].getClassName()).append('.').append(stack[i].getMethodName()).append(';');
            }
            out.println(line);
          }
        }
      } catch (IOException e) {
        System.err.println("MainThreadSampler: " + e);
      }
    }));
    sampler.start();
    Class.forName("dev.kaa.cli.Main").getMethod("main", String[].class).invoke(null, (Object) args);
  }
}
