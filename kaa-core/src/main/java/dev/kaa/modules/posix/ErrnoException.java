package dev.kaa.modules.posix;

import java.io.IOException;

/**
 * A failure Kaa detects itself that POSIX reports with an errno (a seek on a pipe: ESPIPE; a closed descriptor:
 * EBADF), thrown through the same paths as the JDK's IOExceptions so that {@link OsErrors} maps both.
 */
public final class ErrnoException extends IOException {
  public final int errno;

  public ErrnoException(int errno) {
    super(Errno.message(errno));
    this.errno = errno;
  }
}
