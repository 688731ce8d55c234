package dev.kaa.modules.compression;

import dev.kaa.objects.Errors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * CPython's compressor objects over a Java library's encoder stream: {@code compress()} returns what the encoder
 * has emitted so far, {@code flush()} finishes the stream and returns the rest; calls after {@code flush()} are
 * refused with CPython's messages.
 */
public final class PushEncoder {
  /** Writes the end of the stream. */
  @FunctionalInterface
  public interface Finisher {
    void finish() throws IOException;
  }

  private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
  private OutputStream encoder;
  private Finisher finisher;
  private boolean flushed;

  /** Where the encoder writes. */
  public OutputStream sink() { return sink; }

  public void encodeWith(OutputStream encoder, Finisher finisher) {
    this.encoder = encoder;
    this.finisher = finisher;
  }

  public byte[] compress(byte[] data) throws IOException {
    if (flushed) throw Errors.valueError("Compressor has been flushed");
    encoder.write(data);
    return drain();
  }

  public byte[] flush() throws IOException {
    if (flushed) throw Errors.valueError("Repeated call to flush()");
    flushed = true;
    finisher.finish();
    return drain();
  }

  private byte[] drain() {
    byte[] out = sink.toByteArray();
    sink.reset();
    return out;
  }
}
