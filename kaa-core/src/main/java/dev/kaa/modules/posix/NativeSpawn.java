package dev.kaa.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code fork_exec} for a child that must inherit descriptors ({@code pass_fds}: multiprocessing's spawn start method
 * passes the pipes its child reads its task from and reports through), which a ProcessBuilder cannot give: the child
 * is started with {@code posix_spawn} ({@link NativeOs}), each passed descriptor becoming the system's ({@link
 * OpenFile#nativeFd}) and landing in the child under the number the program passed. The child's standard streams are
 * the process's own when they are, a system descriptor when the open file has one, else a system pipe a {@link Pump}
 * copies through. The names of the passed descriptors go to the child in {@value NativeFile#INHERITED}, for a Kaa
 * child to find them ({@link NativeFile#adoptInherited}).
 */
final class NativeSpawn {
  private NativeSpawn() {}

  /** What to start, resolved by {@link ForkExec} with the GIL held: {@code passFiles[i]} is {@code passFds[i]}'s. */
  record Request(String program, List<String> argv, String cwd, Map<String, String> env, OpenFile[] stdio,
                 int[] passFds, OpenFile[] passFiles) {}

  /**
   * Starts the child; its pid. IOException when it could not be started (the error number says why). Called with the
   * GIL released: touches no Python object.
   */
  static long start(PosixState state, NativeOs os, Request r) throws IOException {
    FdTable table = state.fds();
    List<Integer> from = new ArrayList<>(), to = new ArrayList<>();
    List<Supplier<Pump>> afterStart = new ArrayList<>();
    List<Integer> closeAfter = new ArrayList<>(), ours = new ArrayList<>();
    StringBuilder inherited = new StringBuilder();
    for (int i = 0; i < r.passFds().length; i++) {
      int fd = r.passFds()[i];
      if (fd < 3) continue;  // the standard streams, which the child has anyway (below)
      int own = r.passFiles()[i].nativeFd();
      if (own < 0) throw new ErrnoException(Errno.EOPNOTSUPP);
      from.add(own);
      to.add(fd);
      inherited.append(inherited.isEmpty() ? "" : ",").append(fd);
    }
    for (int k = 0; k < 3; k++) stdio(os, table, r.stdio()[k], k, from, to, afterStart, closeAfter, ours);

    List<String> env = new ArrayList<>();
    for (Map.Entry<String, String> e : r.env().entrySet()) {
      if (!e.getKey().equals(NativeFile.INHERITED)) env.add(e.getKey() + "=" + e.getValue());
    }
    if (!inherited.isEmpty()) env.add(NativeFile.INHERITED + "=" + inherited);

    long pid;
    try {
      pid = os.spawn(r.program(), r.argv(), env, r.cwd(), from.stream().mapToInt(Integer::intValue).toArray(),
          to.stream().mapToInt(Integer::intValue).toArray());
    } catch (IOException e) {
      for (int fd : ours) os.close(fd);  // no child: the pumps' ends go too
      throw e;
    } finally {
      for (int fd : closeAfter) os.close(fd);
    }
    Children.Child child = state.children().addSpawned(pid, os);
    for (Supplier<Pump> start : afterStart) {
      Pump pump = start.get();
      if (pump.output) child.pumps.add(pump);  // waited for with the child, so its output comes first
    }
    return child.pid;
  }

  /**
   * Standard stream {@code k} of the child from {@code f}: inherited when it is the process's own {@code k}, else a
   * system descriptor moved to {@code k}, else a system pipe whose other end a pump serves.
   */
  private static void stdio(NativeOs os, FdTable table, OpenFile f, int k, List<Integer> from, List<Integer> to,
                            List<Supplier<Pump>> afterStart, List<Integer> closeAfter, List<Integer> ours) throws IOException {
    if (f == null) return;  // closed in the parent: the child keeps the process's own
    int own = f.nativeFd();
    if (own == k) return;
    if (own >= 0) {
      from.add(own);
      to.add(k);
      return;
    }
    int[] pipe = os.pipe();
    boolean input = k == 0;
    from.add(input ? pipe[0] : pipe[1]);
    to.add(k);
    closeAfter.add(input ? pipe[0] : pipe[1]);  // the child's end: its copy is the child's own once started
    int ourEnd = input ? pipe[1] : pipe[0];
    ours.add(ourEnd);
    afterStart.add(input
        ? () -> Pump.toChild(f, outputStream(os, ourEnd), table)
        : () -> Pump.fromChild(inputStream(os, ourEnd), f, table, () -> {}));
  }

  /** The read end of a system pipe as a stream, closing the descriptor with it (a pump's blocking reads). */
  private static InputStream inputStream(NativeOs os, int fd) {
    return new InputStream() {
      @Override public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
      }

      @Override public int read(byte[] b, int off, int len) throws IOException {
        int n = NativeFile.read(os, fd, ByteBuffer.wrap(b, off, len), true);
        return n == 0 && len > 0 ? -1 : n;
      }

      @Override public void close() throws IOException { os.close(fd); }
    };
  }

  /** The write end of a system pipe as a stream, closing the descriptor with it. */
  private static OutputStream outputStream(NativeOs os, int fd) {
    return new OutputStream() {
      @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

      @Override public void write(byte[] b, int off, int len) throws IOException {
        NativeFile.write(os, fd, ByteBuffer.wrap(b, off, len), true);
      }

      @Override public void close() throws IOException { os.close(fd); }
    };
  }
}
