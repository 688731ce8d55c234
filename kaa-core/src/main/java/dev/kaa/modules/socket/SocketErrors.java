package dev.kaa.modules.socket;

import dev.kaa.modules.posix.Errno;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyStr;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;

/**
 * The JDK's socket failures as the OSError the system call would have given ({@code [Errno 111] Connection
 * refused}): its exception types first, then the kernel's message the JDK passes on, then the posix module's mapping.
 */
final class SocketErrors {
  private SocketErrors() {}

  static final int EADDRINUSE = 98, EADDRNOTAVAIL = 99, ENETUNREACH = 101, ECONNABORTED = 103, EISCONN = 106,
      ENOTCONN = 107, EHOSTUNREACH = 113, EALREADY = 114, EINPROGRESS = 115, EAFNOSUPPORT = 97, EDESTADDRREQ = 89;

  static int errnoOf(Throwable e) {
    if (e instanceof AlreadyConnectedException) return EISCONN;
    if (e instanceof NotYetConnectedException) return ENOTCONN;
    if (e instanceof ConnectionPendingException) return EALREADY;
    if (e instanceof NotYetBoundException) return Errno.EINVAL;
    if (e instanceof UnsupportedAddressTypeException) return EAFNOSUPPORT;
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.startsWith("Connection refused")) return Errno.ECONNREFUSED;
    if (m.startsWith("Connection reset")) return Errno.ECONNRESET;
    if (m.startsWith("Broken pipe")) return Errno.EPIPE;
    if (m.startsWith("Address already in use")) return EADDRINUSE;
    if (m.startsWith("Cannot assign requested address")) return EADDRNOTAVAIL;
    if (m.startsWith("Network is unreachable")) return ENETUNREACH;
    if (m.startsWith("No route to host")) return EHOSTUNREACH;
    if (m.startsWith("Connection timed out")) return Errno.ETIMEDOUT;
    if (e instanceof ConnectException) return Errno.ECONNREFUSED;
    if (e instanceof BindException) return EADDRINUSE;
    if (e instanceof NoRouteToHostException) return EHOSTUNREACH;
    return OsErrors.errnoOf(e);
  }

  /** The Python exception for a failed socket call. */
  static PyException of(Throwable e) {
    if (e instanceof PyException p) return p;
    if (e instanceof UnresolvedAddressException) return SocketAddresses.gaierror(SocketConstants.EAI_NONAME);
    if (e instanceof java.io.InterruptedIOException && !(e instanceof java.net.SocketTimeoutException)) {
      return OsErrors.ofErrno(Errno.EINTR, null, null);
    }
    return OsErrors.ofErrno(errnoOf(e), null, null);
  }

  static PyException of(IOException e) { return of((Throwable) e); }

  static PyException timeout() { return new PyException(ExceptionTypes.TimeoutError, "timed out"); }

  /** BlockingIOError for a non-blocking call that would wait ({@code [Errno 11] Resource temporarily unavailable}). */
  static PyException wouldBlock() { return OsErrors.ofErrno(Errno.EAGAIN, null, null); }

  static PyException closed() { return OsErrors.ofErrno(Errno.EBADF, null, null); }

  static PyStr text(int errno) { return new PyStr(Errno.message(errno)); }
}
