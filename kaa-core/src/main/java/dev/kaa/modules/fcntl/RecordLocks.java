package dev.kaa.modules.fcntl;

import dev.kaa.modules.posix.ChannelFile;
import dev.kaa.modules.posix.Errno;
import dev.kaa.modules.posix.ErrnoException;
import dev.kaa.modules.posix.OpenFile;
import dev.kaa.runtime.Interpreter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * POSIX record locks: {@code lockf} and {@code fcntl(F_SETLK/F_SETLKW/F_GETLK)} with Linux x86-64's
 * {@code struct flock} (short l_type, short l_whence, off_t l_start at 8, off_t l_len at 16, pid_t l_pid at 24).
 * A region is {@code l_start} from {@code l_whence}, {@code l_len} bytes (0: to the end of the file however it
 * grows; negative: the bytes before the start).
 */
final class RecordLocks {
  private RecordLocks() {}

  /** Carries out F_*LK {@code code} with the structure {@code flock}; returns the structure, F_GETLK's filled in. */
  static byte[] apply(Interpreter interp, OpenFile file, int code, byte[] flock) throws IOException {
    if (flock.length < 24) throw new ErrnoException(FcntlModule.EFAULT);
    ByteBuffer b = ByteBuffer.wrap(flock).order(ByteOrder.LITTLE_ENDIAN);
    int type = b.getShort(0), whence = b.getShort(2);
    long start = b.getLong(8), length = b.getLong(16);
    if (code == FcntlModule.F_GETLK || code == FcntlModule.F_OFD_GETLK) {
      if (type != FcntlModule.F_RDLCK && type != FcntlModule.F_WRLCK) throw new ErrnoException(Errno.EINVAL);
      long[] region = region(file, whence, start, length);
      if (FileLocks.of(interp).free(file, region[0], region[1], type == FcntlModule.F_RDLCK)) {
        b.putShort(0, (short) FcntlModule.F_UNLCK);
      }  // else the holder is another process or descriptor: the JDK does not say which, so l_pid stays as given
      return flock;
    }
    boolean wait = code == FcntlModule.F_SETLKW || code == FcntlModule.F_OFD_SETLKW;
    set(interp, file, type, whence, start, length, wait);
    return flock;
  }

  /** Locks (F_RDLCK, F_WRLCK) or unlocks (F_UNLCK) a region; {@code wait} false: EAGAIN when it is held. */
  static void set(Interpreter interp, OpenFile file, int type, int whence, long start, long length, boolean wait)
      throws IOException {
    long[] region = region(file, whence, start, length);
    FileLocks locks = FileLocks.of(interp);
    switch (type) {
      case FcntlModule.F_UNLCK -> locks.unlock(file, region[0], region[1]);
      case FcntlModule.F_RDLCK, FcntlModule.F_WRLCK ->
          locks.lock(file, region[0], region[1], type == FcntlModule.F_RDLCK, wait);
      default -> throw new ErrnoException(Errno.EINVAL);
    }
  }

  /** {@code {position, size}} of a region as the JDK's locks take them. */
  private static long[] region(OpenFile file, int whence, long start, long length) throws IOException {
    if (!(file instanceof ChannelFile c) || c.kind() != OpenFile.Kind.FILE) throw new ErrnoException(Errno.EINVAL);
    long base = switch (whence) {
      case 0 -> 0;
      case 1 -> c.channel().position();
      case 2 -> c.channel().size();
      default -> throw new ErrnoException(Errno.EINVAL);
    };
    long from = base + start;
    if (length < 0) {
      from += length;
      length = -length;
    }
    if (from < 0) throw new ErrnoException(Errno.EINVAL);
    return new long[] {from, length == 0 ? FileLocks.TO_END - from : length};
  }
}
