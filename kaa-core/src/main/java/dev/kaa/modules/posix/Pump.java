package dev.kaa.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * A daemon thread that copies between a child process's stream and a descriptor's open file (a pipe end, or the
 * interpreter's own stream), standing in for the descriptor the child would have inherited across fork. It holds a
 * reference to the open file until the copy ends, so that closing the parent's copy (as subprocess does) does not
 * cut the child off; ending it then closes the file, and the reader on the other side sees end of file.
 */
final class Pump extends Thread {
  private final Runnable copy;
  /** Whether it copies a child's output (which a wait for the child waits for too). */
  final boolean output;

  private Pump(String name, boolean output, Runnable copy) {
    super(name);
    this.copy = copy;
    this.output = output;
    setDaemon(true);
  }

  @Override public void run() { copy.run(); }

  /** Whether this thread is a pump: waits on pumps must not run Python's pending calls. */
  static boolean isPump() { return Thread.currentThread() instanceof Pump; }

  /** Copies the child's output {@code from} into {@code to} until end of file, then releases {@code to}. */
  static Pump fromChild(InputStream from, OpenFile to, FdTable table, Runnable done) {
    table.retain(to);
    return start(new Pump("kaa-pump-out", true, () -> {
      byte[] buffer = new byte[65536];
      try (from) {
        for (int n; (n = from.read(buffer)) > 0; ) {
          ByteBuffer b = ByteBuffer.wrap(buffer, 0, n);
          while (b.hasRemaining()) if (to.write(b) < 0) Thread.sleep(1);
        }
      } catch (IOException | InterruptedException e) {
        // the reader went away: the child sees a broken pipe, as it would
      } finally {
        releaseQuietly(table, to);
        done.run();
      }
    }));
  }

  /** Copies {@code from} (the child's stdin descriptor) into the child's input until end of file. */
  static Pump toChild(OpenFile from, OutputStream to, FdTable table) {
    table.retain(from);
    return start(new Pump("kaa-pump-in", false, () -> {
      ByteBuffer buffer = ByteBuffer.allocate(65536);
      try (to) {
        while (true) {
          buffer.clear();
          int n = from.read(buffer);
          if (n == 0) break;
          if (n < 0) {
            Thread.sleep(1);
            continue;
          }
          to.write(buffer.array(), 0, n);
          to.flush();
        }
      } catch (IOException | InterruptedException e) {
        // the child exited or closed its input
      } finally {
        releaseQuietly(table, from);
      }
    }));
  }

  private static Pump start(Pump p) {
    p.start();
    return p;
  }

  private static void releaseQuietly(FdTable table, OpenFile f) {
    try {
      table.release(f);
    } catch (RuntimeException e) {
      // closing a pipe end cannot usefully fail
    }
  }
}
