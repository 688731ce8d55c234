package dev.kaa.modules.posix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The POSIX calls the JDK has no API for and only one capability needs: a child process that inherits descriptors
 * (multiprocessing's spawn start method: pipes the parent and child share), and semaphores another process can open
 * by name ({@code _multiprocessing.SemLock}). They are made through the JDK's foreign function API, final in Java 22;
 * the implementation ({@code NativeOsFfm}, in {@code src/main/java22}) is compiled only by a JDK 22+ and loaded only
 * by one. {@link #get} is null where it cannot be (Java 21, or an embedding JVM that denies native access): Kaa then
 * behaves as CPython on a platform without those calls. Failures are thrown as {@link ErrnoException}s.
 */
public interface NativeOs {
  /** The calls, or null when this JVM cannot make them. */
  static NativeOs get() { return Loaded.INSTANCE; }

  /** A new pipe, both ends close-on-exec: {@code [read end, write end]}. */
  int[] pipe() throws IOException;

  /** One {@code read(2)}: what is there, up to {@code into}'s room; 0 at end of file. Blocks if nothing is. */
  int read(int fd, ByteBuffer into) throws IOException;

  /** One {@code write(2)}: the count written (a pipe takes up to PIPE_BUF bytes atomically). */
  int write(int fd, ByteBuffer from) throws IOException;

  /** {@code poll(2)} of one descriptor: its revents (0 when the timeout passed first). */
  int poll(int fd, int events, int timeoutMillis) throws IOException;

  /** {@code ioctl(FIONREAD)}: the bytes waiting to be read. */
  int bytesReadable(int fd) throws IOException;

  /** {@code close(2)}. */
  void close(int fd) throws IOException;

  /**
   * {@code posix_spawn(2)} of {@code path} in {@code cwd}, descriptor {@code from[i]} of this process becoming
   * {@code to[i]} of the child (every other descriptor Kaa made is close-on-exec); the child's pid.
   */
  long spawn(String path, List<String> argv, List<String> env, String cwd, int[] from, int[] to) throws IOException;

  /** {@code waitpid(2)}: the wait status, or -1 when {@code noHang} and the child has not changed state. */
  int waitpid(long pid, boolean noHang) throws IOException;

  /** {@code kill(2)}. */
  void kill(long pid, int signal) throws IOException;

  /**
   * Ends the process by {@code signal} as the system's default action does (its disposition set back to SIG_DFL,
   * then sent to the process), so a parent's waitpid sees a death by that signal; returns only if it did not end.
   */
  void dieBySignal(int signal);

  /** {@code sem_open(3)}: a handle for the named semaphore, made with {@code value} when {@code create}. */
  long semOpen(String name, boolean create, int mode, int value) throws IOException;

  void semClose(long sem) throws IOException;

  void semUnlink(String name) throws IOException;

  void semPost(long sem) throws IOException;

  /** {@code sem_trywait}: whether it was taken (false for EAGAIN). */
  boolean semTryWait(long sem) throws IOException;

  /** {@code sem_clockwait} on CLOCK_MONOTONIC for at most {@code nanos}: whether it was taken (false on timeout). */
  boolean semWait(long sem, long nanos) throws IOException;

  int semGetValue(long sem) throws IOException;

  /** Loads the implementation once; a JVM that cannot is answered with null. */
  final class Loaded {
    private Loaded() {}

    static final NativeOs INSTANCE = load();

    private static NativeOs load() {
      if (Runtime.version().feature() < 22 || Boolean.getBoolean("kaa.native.off")) return null;
      try {
        return (NativeOs) Class.forName("dev.kaa.modules.posix.NativeOsFfm").getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        return null;
      }
    }
  }
}
