package dev.kaa.modules.posix;

import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyOSError;
import dev.kaa.objects.PyStr;
import java.io.IOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * The one mapping from the JDK's I/O failures to Python's OSError family: the errno POSIX would have set, its
 * {@code strerror} text, and the file names as the caller passed them ({@code [Errno 2] No such file or directory:
 * 'x'}). The JDK reports most failures of a system call as a FileSystemException whose reason is the system's
 * {@code strerror} text, which maps back to the number.
 */
public final class OsErrors {
  private OsErrors() {}

  /** The errno POSIX reports for what {@code e} describes; EIO when nothing says more. */
  public static int errnoOf(Throwable e) {
    if (e instanceof ErrnoException x) return x.errno;
    if (e instanceof NoSuchFileException) return Errno.ENOENT;
    if (e instanceof AccessDeniedException) return Errno.EACCES;
    if (e instanceof FileAlreadyExistsException) return Errno.EEXIST;
    if (e instanceof DirectoryNotEmptyException) return Errno.ENOTEMPTY;
    if (e instanceof NotDirectoryException) return Errno.ENOTDIR;
    if (e instanceof NotLinkException) return Errno.EINVAL;
    if (e instanceof FileSystemLoopException) return Errno.ELOOP;
    if (e instanceof ClosedChannelException || e instanceof AsynchronousCloseException) return Errno.EBADF;
    if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) return Errno.EBADF;
    String text = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    return text == null ? Errno.EIO : fromText(text);
  }

  /**
   * The errno whose {@code strerror} the JDK's message holds: the whole message, else its start ("Broken pipe (Write
   * failed)", "Too many levels of symbolic links or unable to access attributes of symbolic link").
   */
  private static int fromText(String text) {
    int exact = Errno.codeOf(text);
    if (exact >= 0) return exact;
    int cut = text.indexOf(" (");
    if (cut > 0 && Errno.codeOf(text.substring(0, cut)) >= 0) return Errno.codeOf(text.substring(0, cut));
    if (text.startsWith(Errno.message(Errno.ELOOP))) return Errno.ELOOP;
    return Errno.EIO;
  }

  /** OSError for {@code e} with no file name ({@code os.read}, {@code os.close}...). */
  public static PyException of(Throwable e) { return ofErrno(errnoOf(e), null, null); }

  /** OSError for {@code e} about {@code filename} (the object the caller passed: str, bytes or PathLike). */
  public static PyException of(Throwable e, PyObject filename) { return ofErrno(errnoOf(e), filename, null); }

  /** OSError for {@code e} about two files ({@code rename}, {@code link}, {@code symlink}). */
  public static PyException of(Throwable e, PyObject filename, PyObject filename2) {
    return ofErrno(errnoOf(e), filename, filename2);
  }

  /**
   * OSError raised as its errno's subclass, as CPython's {@code PyErr_SetFromErrnoWithFilenameObjects}: {@code
   * (errno, strerror)} and the file names when given.
   */
  public static PyException ofErrno(int errno, PyObject filename, PyObject filename2) {
    PyObject code = PyInt.of(errno), text = new PyStr(Errno.message(errno));
    PyObject[] args = filename == null ? new PyObject[] {code, text}
        : filename2 == null ? new PyObject[] {code, text, filename}
        : new PyObject[] {code, text, filename, PyNone.NONE, filename2};
    return PyException.withArgs(PyOSError.classFor(errno), args);
  }

  /** OSError for {@code errno} with no file name. */
  public static PyException ofErrno(int errno) { return ofErrno(errno, null, null); }
}
