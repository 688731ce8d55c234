package dev.kaa.modules.compression;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.ref.Cleaner;
import java.util.Arrays;

/**
 * CPython's push-style decompressor objects (fed a chunk at a time, asked for at most {@code max_length} bytes, told
 * when the input is used up) over a Java library's pull-style decoder (an InputStream that reads the compressed
 * bytes it needs). The decoder runs in a virtual thread of its own, taking turns with the caller as a coroutine:
 * it reads from the bytes fed so far and, when they are used up, hands the turn back and waits for more; once it has
 * decoded as much as the caller asked for it hands the turn back too, so the caller stops at its limit. Nothing runs
 * concurrently, so no Python object is touched off the caller's thread. When the owner becomes unreachable the
 * waiting thread is told to stop ({@link #abandonWith}).
 */
public final class PullDecoder {
  /** Opens the library's decoder over the compressed input. */
  @FunctionalInterface
  public interface Opener {
    InputStream open(InputStream compressed) throws IOException;
  }

  private static final Cleaner CLEANER = Cleaner.create();
  private static final int CHUNK = 16384;

  private final Opener opener;
  private final Object lock = new Object();
  /** Fed and not yet read by the decoder: {@code input[inputPos, inputEnd)}. */
  private byte[] input = new byte[0];
  private int inputPos, inputEnd;
  /** Decoded and not yet taken. */
  private byte[] output = new byte[CHUNK];
  private int outputLength;
  private boolean decoderTurn, waitingForInput, finished, abandoned;
  /** How many decoded bytes the caller wants before the decoder hands the turn back. */
  private long demand;
  private IOException failure;
  private Thread thread;

  public PullDecoder(Opener opener) { this.opener = opener; }

  /** Stops the decoder's thread once {@code owner} is unreachable (the owner must be what holds this decoder). */
  public void abandonWith(Object owner) {
    CLEANER.register(owner, () -> {
      synchronized (lock) {
        abandoned = true;
        lock.notifyAll();
      }
    });
  }

  /** Adds compressed bytes for the decoder. */
  public void feed(byte[] data) {
    synchronized (lock) {
      if (data.length == 0) return;
      int left = inputEnd - inputPos;
      if (inputEnd + data.length > input.length) {
        byte[] grown = new byte[Math.max(left + data.length, 2 * left)];
        System.arraycopy(input, inputPos, grown, 0, left);
        input = grown;
        inputPos = 0;
        inputEnd = left;
      }
      System.arraycopy(data, 0, input, inputEnd, data.length);
      inputEnd += data.length;
    }
  }

  /**
   * Decodes until {@code max} bytes are ready (negative: no limit), the input is used up, the stream ends or the data
   * is found bad; returns at most {@code max} of the bytes decoded. A failure is thrown once no decoded bytes are
   * left to give.
   */
  public byte[] take(long max) throws IOException {
    synchronized (lock) {
      demand = max < 0 ? Long.MAX_VALUE : max;
      while (!finished && failure == null && outputLength < demand && !(waitingForInput && inputPos == inputEnd)) {
        resume();
      }
      if (outputLength == 0 && failure != null) throw failure;
      int n = max < 0 ? outputLength : (int) Math.min(max, outputLength);
      byte[] out = Arrays.copyOf(output, n);
      System.arraycopy(output, n, output, 0, outputLength - n);
      outputLength -= n;
      return out;
    }
  }

  /** Whether the stream's end was read and all its bytes taken (CPython's {@code eof}). */
  public boolean finished() {
    synchronized (lock) {
      return finished && failure == null && outputLength == 0;
    }
  }

  /** Whether decoded bytes wait to be taken. */
  public boolean hasOutput() {
    synchronized (lock) {
      return outputLength > 0;
    }
  }

  /**
   * Whether the decoder waits for input it has not got: every byte fed is read, nothing decoded waits to be taken
   * (CPython's {@code needs_input}).
   */
  public boolean needsInput() {
    synchronized (lock) {
      return !finished && failure == null && inputPos == inputEnd && outputLength == 0
          && (waitingForInput || thread == null);
    }
  }

  /**
   * CPython's {@code unused_data}: what followed the stream once it ended, else nothing (the decoder moves only while
   * bytes are taken, and nothing is fed after the end, so this is what it was when the end came).
   */
  public byte[] unusedData() {
    return finished() ? unread() : new byte[0];
  }

  /** The bytes fed that the decoder has not read: after the end, what followed the stream. */
  private byte[] unread() {
    synchronized (lock) {
      return Arrays.copyOfRange(input, inputPos, inputEnd);
    }
  }

  // ---- the coroutine: exactly one side runs at a time; the caller holds the lock while it waits

  private void resume() throws IOException {
    if (thread == null) {
      thread = Thread.ofVirtual().name("kaa-decoder").unstarted(this::run);
      decoderTurn = true;
      thread.start();
    } else {
      decoderTurn = true;
      lock.notifyAll();
    }
    try {
      while (decoderTurn) lock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while decompressing");
    }
  }

  /** The decoder's side: gives the turn back and waits for it (called with the lock held). */
  private void pause() throws IOException {
    decoderTurn = false;
    lock.notifyAll();
    try {
      while (!decoderTurn && !abandoned) lock.wait();
    } catch (InterruptedException e) {
      throw new InterruptedIOException();
    }
    if (abandoned) throw new InterruptedIOException("decompressor dropped");
  }

  private void run() {
    synchronized (lock) {
      try {
        InputStream decoded = opener.open(new Fed());
        byte[] chunk = new byte[CHUNK];
        while (true) {
          // no more than the decoder has ready: a read that wanted more would wait for input while holding back
          // what it had decoded (the end of a block before the next one's header)
          int n = decoded.read(chunk, 0, Math.max(1, Math.min(CHUNK, decoded.available())));
          if (n < 0) break;
          if (n == 0) continue;
          if (outputLength + n > output.length) output = Arrays.copyOf(output, Math.max(outputLength + n, 2 * output.length));
          System.arraycopy(chunk, 0, output, outputLength, n);
          outputLength += n;
          if (outputLength >= demand) pause();
        }
        finished = true;
      } catch (IOException | RuntimeException e) {
        if (!abandoned) failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
      } finally {
        decoderTurn = false;
        lock.notifyAll();
      }
    }
  }

  /** The compressed bytes as the decoder sees them: what was fed; when used up, the turn goes back for more. */
  private final class Fed extends InputStream {
    @Override public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) return 0;
      while (inputPos == inputEnd) {
        waitingForInput = true;
        try {
          pause();
        } finally {
          waitingForInput = false;
        }
      }
      int n = Math.min(len, inputEnd - inputPos);
      System.arraycopy(input, inputPos, b, off, n);
      inputPos += n;
      return n;
    }

    @Override public int available() { return inputEnd - inputPos; }
  }
}
