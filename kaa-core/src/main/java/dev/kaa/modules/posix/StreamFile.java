package dev.kaa.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * A descriptor over a Java stream: the interpreter's standard streams (descriptors 0, 1 and 2, which are the
 * process's own under the {@code kaa} command and a test's buffers when embedded) and a child process's pipes.
 * Writes go straight through (POSIX {@code write} buffers nothing).
 */
public final class StreamFile extends OpenFile {
  private final InputStream in;
  private final OutputStream out;
  /** The process's descriptor this stream is, or -1 when it is not the process's own. */
  private final int processFd;
  /** Whether closing the last descriptor closes the stream: not for the interpreter's standard streams. */
  private final boolean closes;
  private volatile boolean blocking = true;

  private StreamFile(InputStream in, OutputStream out, int processFd, boolean closes) {
    this.in = in;
    this.out = out;
    this.processFd = processFd;
    this.closes = closes;
  }

  /**
   * One of the interpreter's standard streams; {@code processFd} is the process's descriptor it is, or -1 when it is
   * not the process's own (embedded, tests). Closing the descriptor leaves the stream open: the interpreter's own
   * output goes on through it.
   */
  public static StreamFile standard(InputStream in, OutputStream out, int processFd) {
    return new StreamFile(in, out, processFd, false);
  }

  /** A readable descriptor over {@code in} (a child's output), closing it when closed. */
  public static StreamFile reading(InputStream in) { return new StreamFile(in, null, -1, true); }

  /** A writable descriptor over {@code out} (a child's input), closing it when closed. */
  public static StreamFile writing(OutputStream out) { return new StreamFile(null, out, -1, true); }

  /** The process's descriptor this stream is (0, 1 or 2), or -1: a child may then simply inherit it. */
  public int processFd() { return processFd; }

  @Override public int nativeFd() { return processFd; }

  /** The stream read (null when writing). */
  InputStream input() { return in; }

  @Override public Kind kind() { return processFd >= 0 && isatty() ? Kind.CHARACTER_DEVICE : Kind.PIPE; }

  @Override public boolean readable() { return in != null; }

  @Override public boolean writable() { return out != null; }

  @Override public int read(ByteBuffer into) throws IOException {
    if (in == null) throw new ErrnoException(Errno.EBADF);
    if (!into.hasRemaining()) return 0;
    if (!blocking && in.available() == 0) return -1;
    byte[] bytes = new byte[into.remaining()];
    int n = in.read(bytes);
    if (n <= 0) return 0;
    into.put(bytes, 0, n);
    return n;
  }

  @Override public int write(ByteBuffer from) throws IOException {
    if (out == null) throw new ErrnoException(Errno.EBADF);
    int n = from.remaining();
    byte[] bytes = new byte[n];
    from.get(bytes);
    out.write(bytes);
    out.flush();
    return n;
  }

  @Override public boolean isatty() { return processFd >= 0 && dev.kaa.runtime.Terminals.isatty(processFd); }

  /** The process's own descriptor as Linux shows it, so that fstat reports what it really is. */
  @Override public Path path() { return processFd >= 0 ? Path.of("/proc/self/fd/" + processFd) : null; }

  @Override public boolean blocking() { return blocking; }

  @Override public void setBlocking(boolean blocking) { this.blocking = blocking; }

  @Override public boolean readReady() {
    try {
      return in != null && in.available() > 0;
    } catch (IOException e) {
      return true;
    }
  }

  @Override protected void release() throws IOException {
    if (!closes) return;
    if (in != null) in.close();
    if (out != null) out.close();
  }
}
