package dev.kaa.modules.posix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A file or directory opened by path: a FileChannel with the access mode {@code open} asked for. Append mode is kept
 * here rather than in the channel, because the JDK refuses READ with APPEND ({@code 'a+'}): every write first moves to
 * the end, as O_APPEND does.
 */
public final class ChannelFile extends OpenFile {
  private final FileChannel channel;
  private final Path path;
  private final boolean readable, writable, directory;
  /** O_APPEND: {@code fcntl(F_SETFL)} may change it. */
  private volatile boolean append;

  public ChannelFile(FileChannel channel, Path path, boolean readable, boolean writable, boolean append,
                     boolean directory) {
    this.channel = channel;
    this.path = path;
    this.readable = readable;
    this.writable = writable;
    this.append = append;
    this.directory = directory;
  }

  /** The channel itself, for callers that need more than read and write (memory maps, locks). */
  public FileChannel channel() { return channel; }

  /** The file's system descriptor, for a child that inherits it ({@code pass_fds}); -1 where the JDK does not tell. */
  @Override public int nativeFd() { return JdkDescriptors.of(channel); }

  @Override public Kind kind() { return directory ? Kind.DIRECTORY : Kind.FILE; }

  @Override public boolean readable() { return readable; }

  @Override public boolean writable() { return writable; }

  public boolean append() { return append; }

  public void setAppend(boolean append) { this.append = append; }

  @Override public Path path() { return path; }

  @Override public int read(ByteBuffer into) throws IOException {
    if (!readable) throw new ErrnoException(Errno.EBADF);
    if (directory) throw new ErrnoException(Errno.EISDIR);
    int n = channel.read(into);
    return Math.max(n, 0);
  }

  @Override public int write(ByteBuffer from) throws IOException {
    if (!writable) throw new ErrnoException(Errno.EBADF);
    if (append) channel.position(channel.size());
    int total = 0;
    while (from.hasRemaining()) total += channel.write(from);
    return total;
  }

  @Override public long seek(long offset, int whence) throws IOException {
    long base = switch (whence) {
      case 0 -> 0;
      case 1 -> channel.position();
      case 2 -> channel.size();
      default -> throw new ErrnoException(Errno.EINVAL);
    };
    long target = base + offset;
    if (target < 0) throw new ErrnoException(Errno.EINVAL);
    channel.position(target);
    return target;
  }

  /** Grows with zeros or shrinks to {@code length}, keeping the offset, as {@code ftruncate}. */
  @Override public void truncate(long length) throws IOException {
    if (!writable || directory) throw new ErrnoException(Errno.EINVAL);
    if (length < 0) throw new ErrnoException(Errno.EINVAL);
    long size = channel.size();
    if (length < size) {
      long position = channel.position();
      channel.truncate(length);
      channel.position(position);
    } else if (length > size) {
      channel.write(ByteBuffer.allocate(1), length - 1);
    }
  }

  @Override public void sync() throws IOException {
    if (!directory) channel.force(true);
  }

  @Override public boolean isatty() {
    return path != null && (path.startsWith("/dev/tty") || path.startsWith("/dev/pts/"));
  }

  @Override protected void release() throws IOException { channel.close(); }
}
