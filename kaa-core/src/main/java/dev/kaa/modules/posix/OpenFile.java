package dev.kaa.modules.posix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * What a file descriptor names: POSIX's "open file description". {@code dup} makes a second descriptor for the same
 * one, sharing its offset and flags; the underlying file is closed when the last descriptor naming it is closed
 * ({@link FdTable} counts them). Subclasses: files ({@link ChannelFile}), pipe ends ({@link PipeEnd}), the process's
 * own standard streams and a child's pipes ({@link StreamFile}); sockets later.
 */
public abstract class OpenFile {
  /** What {@code fstat} reports as the file type, and what decides whether seeking makes sense. */
  public enum Kind { FILE, DIRECTORY, PIPE, CHARACTER_DEVICE, SOCKET }

  /** How many descriptors (and child processes) hold this description; guarded by the {@link FdTable}. */
  int references = 1;

  public abstract Kind kind();

  public abstract boolean readable();

  public abstract boolean writable();

  /**
   * POSIX {@code read}: fills {@code into} with what is available (waiting for at least one byte if the description
   * is blocking); returns the count, 0 at end of file, -1 when a non-blocking description has nothing yet (EAGAIN).
   */
  public abstract int read(ByteBuffer into) throws IOException;

  /** POSIX {@code write}: the bytes written (all of them when blocking), -1 when non-blocking and full (EAGAIN). */
  public abstract int write(ByteBuffer from) throws IOException;

  /** {@code lseek}: the new offset. ESPIPE for pipes, streams and sockets. */
  public long seek(long offset, int whence) throws IOException { throw new ErrnoException(Errno.ESPIPE); }

  /** {@code ftruncate}: EINVAL where the description is not a file open for writing. */
  public void truncate(long length) throws IOException { throw new ErrnoException(Errno.EINVAL); }

  /** {@code fsync}: forces what was written to the device. */
  public void sync() throws IOException {}

  /** Whether the description is a terminal ({@code isatty}). */
  public boolean isatty() { return false; }

  /** The file's path when it has one (files and directories; the standard streams through /proc), for fstat. */
  public Path path() { return null; }

  public boolean blocking() { return true; }

  /** {@code os.set_blocking}: EOPNOTSUPP-free no-op where blocking is all there is (files never block). */
  public void setBlocking(boolean blocking) throws IOException {}

  /** Whether a read would not block now (data, end of file or an error waiting): {@code select}'s readability. */
  public boolean readReady() { return true; }

  /** Whether a write would not block now: {@code select}'s writability. */
  public boolean writeReady() { return true; }

  /** Whether the other side has gone: a pipe's writers all closed (POLLHUP), or its reader (POLLERR). */
  public boolean hungUp() { return false; }

  /**
   * Whether nobody tells the table's {@link Readiness} when this file becomes ready (sockets, the process's own
   * descriptors), so that {@code select} must look again every few milliseconds.
   */
  public boolean polled() { return kind() == Kind.SOCKET; }

  /**
   * The process's own descriptor for this open file, made one if it can be (a pipe becomes the system's, {@link
   * PipeBuffer}), for a child that inherits it; -1 when there is none.
   */
  public int nativeFd() throws IOException { return -1; }

  /** Closes the underlying channel: called once, when the last reference goes. */
  protected abstract void release() throws IOException;
}
