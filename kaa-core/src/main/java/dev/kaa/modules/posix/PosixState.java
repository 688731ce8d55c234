package dev.kaa.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * What a POSIX process has that the JVM cannot give each interpreter, kept per interpreter: the descriptor table,
 * the current directory and the umask. The JVM cannot change its own working directory, so {@code os.chdir} changes
 * this one, and every path Kaa opens, lists or stats is resolved against it ({@link #resolve}); children start in it.
 */
public final class PosixState {
  private final FdTable fds;
  private final Children children = new Children();
  private final SignalHandlers signals = new SignalHandlers();
  private volatile Path cwd;
  private volatile int umask;
  /** The environment children get when none is given: the process's, changed by putenv and unsetenv. */
  private final java.util.Map<String, String> environment = new java.util.concurrent.ConcurrentHashMap<>(System.getenv());

  /**
   * The state of an interpreter whose descriptors 0, 1 and 2 are these streams; they count as the process's own
   * (for isatty and fstat) when stdout is the process's standard output, as under the {@code kaa} command.
   */
  public PosixState(InputStream stdin, OutputStream stdout, OutputStream stderr) {
    boolean processOwn = isProcessStdout(stdout);
    this.fds = new FdTable(stdin, stdout, stderr, processOwn);
    this.cwd = Path.of("").toAbsolutePath();
    this.umask = ProcessStatus.umask();
    if (processOwn) NativeFile.adoptInherited(fds, environment);
    else environment.remove(NativeFile.INHERITED);
  }

  private static boolean isProcessStdout(OutputStream out) {
    try {
      return out instanceof java.io.FileOutputStream f && f.getFD() == java.io.FileDescriptor.out;
    } catch (IOException e) {
      return false;
    }
  }

  public FdTable fds() { return fds; }

  /** The signal dispositions ({@code signal.signal}). */
  public SignalHandlers signals() { return signals; }

  /** The child processes started and not yet waited for. */
  public Children children() { return children; }

  /** The current directory ({@code os.getcwd()}), absolute. */
  public Path cwd() { return cwd; }

  /** {@code os.chdir}: {@code dir} must already be checked to be a directory. */
  public void setCwd(Path dir) { cwd = dir; }

  /** {@code path} as the program means it: relative paths are relative to the interpreter's current directory. */
  public Path resolve(String path) { return cwd.resolve(path); }

  public int umask() { return umask; }

  /** The environment a child started without {@code env} gets ({@code putenv}/{@code unsetenv} change it). */
  public java.util.Map<String, String> environment() { return environment; }

  /** {@code os.umask(mask)}: sets it, returns the previous one. */
  public int setUmask(int mask) {
    int old = umask;
    umask = mask & 0777;
    return old;
  }
}
