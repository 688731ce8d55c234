package dev.kaa.modules.posix;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The kernel's side of a pipe: a 64 KiB ring of bytes between one writing and one reading {@link PipeEnd}. Reads
 * wait for data or for the writer to close (end of file); writes wait for room, and fail with EPIPE once the reader
 * is closed (CPython ignores SIGPIPE, so it is BrokenPipeError). Kept in Java rather than as a JDK Pipe so that
 * non-blocking mode and {@code select} need no selector.
 *
 * <p>A pipe another process must share (a descriptor passed to a spawned child, {@link ForkExec}) becomes the
 * system's: {@link #toNative} makes an OS pipe, moves what the ring holds into it, and from then on both ends read,
 * write and wait on their OS descriptor ({@link NativeFile}'s calls).
 */
final class PipeBuffer {
  /** Linux's default pipe capacity. */
  static final int CAPACITY = 65536;

  private final byte[] ring = new byte[CAPACITY];
  private int start, count;
  private boolean readerOpen = true, writerOpen = true;
  /** Told of every change, for select. */
  private final Readiness readiness;
  /** Once the pipe is the system's: the calls, and its ends' descriptors (-1 once that end is closed). */
  private NativeOs os;
  private int nativeReader = -1, nativeWriter = -1;

  PipeBuffer(Readiness readiness) { this.readiness = readiness; }

  /** Whether the pipe is the system's now. */
  synchronized boolean isNative() { return os != null; }

  /**
   * The descriptor of this process for one end, making the pipe the system's first; -1 when this JVM cannot make
   * native calls.
   */
  synchronized int toNative(boolean readEnd) throws IOException {
    if (os == null) {
      NativeOs calls = NativeOs.get();
      if (calls == null) return -1;
      int[] fds = calls.pipe();
      // the ring holds at most a system pipe's capacity, so the new, empty pipe takes it all without waiting
      ByteBuffer held = ByteBuffer.allocate(count);
      for (int i = 0; i < count; i++) held.put(ring[(start + i) % CAPACITY]);
      held.flip();
      while (held.hasRemaining()) calls.write(fds[1], held);
      count = 0;
      if (readerOpen) nativeReader = fds[0];
      else calls.close(fds[0]);
      if (writerOpen) nativeWriter = fds[1];
      else calls.close(fds[1]);
      os = calls;
      notifyAll();  // waiters in the ring go to the system pipe
      readiness.changed();
    }
    return readEnd ? nativeReader : nativeWriter;
  }

  /** Called with the GIL released ({@link Interruptible#call}). */
  int read(ByteBuffer into, boolean blocking) throws IOException {
    synchronized (this) {
      while (os == null && count == 0) {
        if (!writerOpen || !into.hasRemaining()) return 0;
        if (!blocking) return -1;
        Interruptible.await(this);
      }
      if (os == null) return readRing(into);
    }
    return NativeFile.read(os, nativeReader, into, blocking);
  }

  private int readRing(ByteBuffer into) {
    int n = Math.min(count, into.remaining());
    for (int done = 0; done < n; ) {
      int chunk = Math.min(n - done, CAPACITY - start);
      into.put(ring, start, chunk);
      start = (start + chunk) % CAPACITY;
      done += chunk;
    }
    count -= n;
    notifyAll();
    readiness.changed();
    return n;
  }

  /** Called with the GIL released; a signal after some bytes went ends the write with their count, as POSIX's. */
  int write(ByteBuffer from, boolean blocking) throws IOException {
    int total = 0;
    synchronized (this) {
      while (os == null && from.hasRemaining()) {
        if (!readerOpen) {
          if (total > 0) return total;
          throw new ErrnoException(Errno.EPIPE);
        }
        int room = CAPACITY - count;
        if (room == 0) {
          if (!blocking) return total == 0 ? -1 : total;
          try {
            Interruptible.await(this);
          } catch (Interruptible.SignalsPending e) {
            if (total > 0) return total;
            throw e;
          }
          continue;
        }
        total += writeRing(from, room);
      }
      if (os == null || !from.hasRemaining()) return total;
    }
    int n = NativeFile.write(os, nativeWriter, from, blocking);
    return n < 0 ? (total == 0 ? -1 : total) : total + n;
  }

  private int writeRing(ByteBuffer from, int room) {
    int n = Math.min(room, from.remaining());
    for (int done = 0; done < n; ) {
      int end = (start + count) % CAPACITY;
      int chunk = Math.min(n - done, CAPACITY - end);
      from.get(ring, end, chunk);
      count += chunk;
      done += chunk;
    }
    notifyAll();
    readiness.changed();
    return n;
  }

  synchronized boolean readReady() {
    return os != null ? NativeFile.ready(os, nativeReader, NativeFile.POLLIN) : count > 0 || !writerOpen;
  }

  synchronized boolean writeReady() {
    return os != null ? NativeFile.ready(os, nativeWriter, NativeFile.POLLOUT) : count < CAPACITY || !readerOpen;
  }

  synchronized boolean writerClosed() {
    return os != null ? NativeFile.ready(os, nativeReader, NativeFile.POLLHUP) : !writerOpen;
  }

  synchronized boolean readerClosed() {
    return os != null ? NativeFile.ready(os, nativeWriter, NativeFile.POLLERR) : !readerOpen;
  }

  /** Bytes waiting to be read (FIONREAD). */
  synchronized int available() {
    if (os == null) return count;
    try {
      return os.bytesReadable(nativeReader);
    } catch (IOException e) {
      return 0;
    }
  }

  synchronized void closeReader() throws IOException {
    readerOpen = false;
    notifyAll();
    readiness.changed();
    if (os != null) os.close(nativeReader);
  }

  synchronized void closeWriter() throws IOException {
    writerOpen = false;
    notifyAll();
    readiness.changed();
    if (os != null) os.close(nativeWriter);
  }
}
