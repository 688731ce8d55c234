// What this machine and JVM give two threads without Kaa: the calibration for issue 6's `off` line (two CPU-bound
// threads at >= 1.8x one; docs/free-threading.md, session 14). Two kernels in plain Java, each run in rounds of one
// and two threads alternating in one process (the same compiled code for both counts):
//   compute: arithmetic only, nothing allocated or shared;
//   alloc:   Kaa's shape for `x += i & 7` in a loop, two 24-byte boxes an iteration stored into a shared-nothing array.
// Run with the JDK's source launcher and Kaa's free-threaded JVM flags, e.g.
//   java -XX:+UseSerialGC -XX:+UseTransparentHugePages -XX:+UseCondCardMark [-Xmn512m] bench/gil/JvmScaling.java alloc
// prints per round: "<kernel>: 1 thread R1 M/s, 2 threads R2 M/s: R2/R1"
public class JvmScaling {
  static final class Box {
    final long v;
    Box(long v) { this.v = v; }
  }

  static volatile boolean running;

  static long alloc(Object[] s, int n) {
    for (int i = 0; i < n; i++) {
      s[1] = new Box(i);
      Box x = (Box) s[0];
      s[0] = new Box(x.v + (((Box) s[1]).v & 7));
    }
    return ((Box) s[0]).v;
  }

  static long compute(long seed, int n) {
    long acc = seed;
    for (int i = 0; i < n; i++) {
      long q = (acc + i) * 0x9E3779B97F4A7C15L;
      acc ^= q >>> 29;
    }
    return acc;
  }

  /** Millions of iterations per second of {@code threads} threads running the kernel for a second. */
  static double round(int threads, boolean allocating) throws InterruptedException {
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    running = true;
    Thread[] workers = new Thread[threads];
    for (int k = 0; k < threads; k++) {
      workers[k] = new Thread(() -> {
        Object[] s = {new Box(0), null};
        long calls = 0, sink = 0;
        while (running) {
          sink += allocating ? alloc(s, 10_000) : compute(sink, 10_000);
          calls++;
        }
        done.addAndGet(calls + (sink == 42 ? 1 : 0));
      });
      workers[k].start();
    }
    long start = System.nanoTime();
    Thread.sleep(1000);
    running = false;
    for (Thread t : workers) t.join();
    return done.get() * 10_000 / ((System.nanoTime() - start) / 1e9) / 1e6;
  }

  public static void main(String[] args) throws InterruptedException {
    boolean allocating = args.length > 0 && args[0].equals("alloc");
    String name = allocating ? "alloc" : "compute";
    for (int warm = 0; warm < 3; warm++) round(1 + warm % 2, allocating);
    for (int r = 0; r < 5; r++) {
      double one = round(1, allocating), two = round(2, allocating);
      System.out.printf("%s: 1 thread %.0f M/s, 2 threads %.0f M/s: %.2fx%n", name, one, two, two / one);
    }
  }
}
