package dev.kaa.modules.posix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An open file that is a descriptor of the process itself ({@link NativeOs}), not one the JVM opened: a descriptor
 * a parent process passed down (multiprocessing's pipes in a spawned child, {@link #adoptInherited}), or, through
 * {@link PipeBuffer}, a pipe shared with a child. Reads and writes wait for readiness with {@code poll} in ticks, so
 * that a blocked call still lets signal handlers run ({@link Interruptible}); the system call itself then does not
 * block, unless another process took the data first.
 */
public final class NativeFile extends OpenFile {
  static final int POLLIN = 1, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, PIPE_BUF = 4096;

  /** The environment variable through which a Kaa parent names the descriptors it passed to its child. */
  static final String INHERITED = "KAA_INHERITED_FDS";

  private final NativeOs os;
  private final int fd;
  private final Kind kind;
  private volatile boolean blocking = true;

  NativeFile(NativeOs os, int fd, Kind kind) {
    this.os = os;
    this.fd = fd;
    this.kind = kind;
  }

  /**
   * Puts the descriptors a Kaa parent passed ({@value #INHERITED}, a comma-separated list) into {@code table} under
   * their own numbers, and takes the variable out of {@code environment}, so that the program and its children do
   * not see it.
   */
  static void adoptInherited(FdTable table, java.util.Map<String, String> environment) {
    String list = environment.remove(INHERITED);
    if (list == null) return;
    NativeOs os = NativeOs.get();  // loading the native calls costs ~0.1 s: only a child given descriptors pays it
    if (os == null) return;
    for (String item : list.split(",")) {
      try {
        int fd = Integer.parseInt(item.trim());
        if (fd > 2 && fd < FdTable.LIMIT && table.lookup(fd) == null) table.put(fd, new NativeFile(os, fd, kindOf(fd)));
      } catch (NumberFormatException e) {
        // not a number: nothing was passed under it
      }
    }
  }

  /** What the descriptor is, as /proc names it: "pipe:[...]", "socket:[...]", or a path. */
  private static Kind kindOf(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      if (target.startsWith("pipe:")) return Kind.PIPE;
      if (target.startsWith("socket:")) return Kind.SOCKET;
      if (target.startsWith("/dev/")) return Kind.CHARACTER_DEVICE;
      return Kind.FILE;
    } catch (IOException | UnsupportedOperationException e) {
      return Kind.PIPE;
    }
  }

  @Override public Kind kind() { return kind; }

  @Override public boolean readable() { return true; }

  @Override public boolean writable() { return true; }

  @Override public int read(ByteBuffer into) throws IOException { return read(os, fd, into, blocking); }

  @Override public int write(ByteBuffer from) throws IOException { return write(os, fd, from, blocking); }

  @Override public boolean blocking() { return blocking; }

  @Override public void setBlocking(boolean blocking) { this.blocking = blocking; }

  @Override public boolean readReady() { return ready(os, fd, POLLIN); }

  @Override public boolean writeReady() { return ready(os, fd, POLLOUT); }

  @Override public boolean hungUp() { return ready(os, fd, POLLHUP | POLLERR); }

  @Override public boolean polled() { return true; }

  @Override public int nativeFd() { return fd; }

  @Override protected void release() throws IOException { os.close(fd); }

  /** Whether {@code poll} reports any of {@code events} (or an error or hang-up, which also end a wait) now. */
  static boolean ready(NativeOs os, int fd, int events) {
    try {
      return (os.poll(fd, events, 0) & (events | POLLERR | POLLHUP)) != 0;
    } catch (IOException e) {
      return true;  // the read or write will report it
    }
  }

  /**
   * Waits until {@code fd} has {@code events} (or an error or hang-up), in ticks that look for signals; false at once
   * when not blocking and not ready.
   */
  private static boolean await(NativeOs os, int fd, int events, boolean blocking) throws IOException {
    if (!blocking) return ready(os, fd, events);
    while (os.poll(fd, events, (int) Interruptible.TICK_MILLIS) == 0) Interruptible.checkpoint();
    return true;
  }

  /** POSIX {@code read} as {@link OpenFile#read} has it: -1 for EAGAIN. Called with the GIL released. */
  static int read(NativeOs os, int fd, ByteBuffer into, boolean blocking) throws IOException {
    if (!into.hasRemaining()) return 0;
    while (true) {
      if (!await(os, fd, POLLIN, blocking)) return -1;
      try {
        return os.read(fd, into);
      } catch (ErrnoException e) {
        // a non-blocking description (a socket the JDK made), or another reader took it first: wait again
        if (e.errno != Errno.EAGAIN) throw e;
        if (!blocking) return -1;
      }
    }
  }

  /**
   * POSIX {@code write} as {@link OpenFile#write} has it: all of it when blocking (a signal after some bytes ends it
   * with their count), -1 for EAGAIN. Called with the GIL released. Written in pieces of at most PIPE_BUF bytes, each
   * after {@code poll} said there is room: a pipe then takes each at once and whole (a write of up to PIPE_BUF bytes is
   * atomic, as POSIX promises), and a wait for room stays in the ticks that look for signals.
   */
  static int write(NativeOs os, int fd, ByteBuffer from, boolean blocking) throws IOException {
    int total = 0;
    while (from.hasRemaining()) {
      try {
        if (!await(os, fd, POLLOUT, blocking)) return total == 0 ? -1 : total;
      } catch (Interruptible.SignalsPending e) {
        if (total > 0) return total;
        throw e;
      }
      ByteBuffer piece = from.duplicate();
      piece.limit(piece.position() + Math.min(PIPE_BUF, piece.remaining()));
      int n;
      try {
        n = os.write(fd, piece);
      } catch (ErrnoException e) {
        if (e.errno != Errno.EAGAIN) throw e;
        n = 0;
      }
      from.position(from.position() + n);
      total += n;
      if (!blocking) return total;
    }
    return total;
  }
}
