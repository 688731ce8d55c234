package dev.kaa.modules.posix;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The kernel's side of a pipe: a 64 KiB ring of bytes between one writing and one reading {@link PipeEnd}. Reads
 * wait for data or for the writer to close (end of file); writes wait for room, and fail with EPIPE once the reader
 * is closed (CPython ignores SIGPIPE, so it is BrokenPipeError). Kept in Java rather than as a JDK Pipe so that
 * non-blocking mode and {@code select} need no selector.
 */
final class PipeBuffer {
  /** Linux's default pipe capacity. */
  static final int CAPACITY = 65536;

  private final byte[] ring = new byte[CAPACITY];
  private int start, count;
  private boolean readerOpen = true, writerOpen = true;
  /** Told of every change, for select. */
  private final Readiness readiness;

  PipeBuffer(Readiness readiness) { this.readiness = readiness; }

  /** Called with the GIL released ({@link Interruptible#call}). */
  synchronized int read(ByteBuffer into, boolean blocking) throws IOException {
    while (count == 0) {
      if (!writerOpen || !into.hasRemaining()) return 0;
      if (!blocking) return -1;
      Interruptible.await(this);
    }
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
  synchronized int write(ByteBuffer from, boolean blocking) throws IOException {
    int total = 0;
    while (from.hasRemaining()) {
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
      int n = Math.min(room, from.remaining());
      for (int done = 0; done < n; ) {
        int end = (start + count) % CAPACITY;
        int chunk = Math.min(n - done, CAPACITY - end);
        from.get(ring, end, chunk);
        count += chunk;
        done += chunk;
      }
      total += n;
      notifyAll();
      readiness.changed();
    }
    return total;
  }

  synchronized boolean readReady() { return count > 0 || !writerOpen; }

  synchronized boolean writeReady() { return count < CAPACITY || !readerOpen; }

  synchronized boolean writerClosed() { return !writerOpen; }

  synchronized boolean readerClosed() { return !readerOpen; }

  /** Bytes waiting to be read (FIONREAD). */
  synchronized int available() { return count; }

  synchronized void closeReader() {
    readerOpen = false;
    notifyAll();
    readiness.changed();
  }

  synchronized void closeWriter() {
    writerOpen = false;
    notifyAll();
    readiness.changed();
  }
}
