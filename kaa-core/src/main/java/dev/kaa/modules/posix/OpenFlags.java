package dev.kaa.modules.posix;

/** Linux's {@code open} flags ({@code os.O_*}), as x86-64 and aarch64 number them. */
public final class OpenFlags {
  private OpenFlags() {}

  public static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3, O_CREAT = 0100, O_EXCL = 0200,
      O_NOCTTY = 0400, O_TRUNC = 01000, O_APPEND = 02000, O_NONBLOCK = 04000, O_NDELAY = O_NONBLOCK,
      O_DSYNC = 010000, O_ASYNC = 020000, O_DIRECT = 040000, O_LARGEFILE = 0, O_DIRECTORY = 0200000,
      O_NOFOLLOW = 0400000, O_NOATIME = 01000000, O_CLOEXEC = 02000000, O_SYNC = 04010000, O_RSYNC = O_SYNC,
      O_PATH = 010000000, O_TMPFILE = 020200000, O_FSYNC = O_SYNC;

  static boolean readable(int flags) { return (flags & O_ACCMODE) != O_WRONLY; }

  static boolean writable(int flags) { return (flags & O_ACCMODE) != O_RDONLY; }
}
