package dev.kaa.modules.posix;

import java.io.IOException;
import java.nio.ByteBuffer;

/** One end of an {@code os.pipe()}: the reading or the writing side of a {@link PipeBuffer}. */
public final class PipeEnd extends OpenFile {
  private final PipeBuffer pipe;
  private final boolean reader;
  private volatile boolean blocking = true;

  private PipeEnd(PipeBuffer pipe, boolean reader) {
    this.pipe = pipe;
    this.reader = reader;
  }

  /** A new pipe's two ends: {@code [read end, write end]}; changes are told to {@code readiness}. */
  public static PipeEnd[] newPipe(Readiness readiness) {
    PipeBuffer pipe = new PipeBuffer(readiness);
    return new PipeEnd[] {new PipeEnd(pipe, true), new PipeEnd(pipe, false)};
  }

  @Override public Kind kind() { return Kind.PIPE; }

  @Override public boolean readable() { return reader; }

  @Override public boolean writable() { return !reader; }

  @Override public int read(ByteBuffer into) throws IOException {
    if (!reader) throw new ErrnoException(Errno.EBADF);
    return pipe.read(into, blocking);
  }

  @Override public int write(ByteBuffer from) throws IOException {
    if (reader) throw new ErrnoException(Errno.EBADF);
    return pipe.write(from, blocking);
  }

  @Override public boolean blocking() { return blocking; }

  @Override public void setBlocking(boolean blocking) { this.blocking = blocking; }

  @Override public boolean readReady() { return reader && pipe.readReady(); }

  @Override public boolean writeReady() { return !reader && pipe.writeReady(); }

  @Override public boolean hungUp() { return reader ? pipe.writerClosed() : pipe.readerClosed(); }

  @Override public boolean polled() { return pipe.isNative(); }

  @Override public int nativeFd() throws IOException { return pipe.toNative(reader); }

  /** Bytes waiting to be read. */
  public int available() { return pipe.available(); }

  @Override protected void release() throws IOException {
    if (reader) pipe.closeReader();
    else pipe.closeWriter();
  }
}
