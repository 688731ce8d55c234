package dev.kaa.modules.posix;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@link NativeOs} through the foreign function API (Java 22+), calling the C library of the platform (Linux, glibc:
 * the constants below are Linux's). Loaded reflectively, and only where the module may call native code, so an
 * embedding that does not allow it sees no warning and gets no native calls.
 */
final class NativeOsFfm implements NativeOs {
  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup LIBC = LINKER.defaultLookup();
  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final Linker.Option KEEP_ERRNO = Linker.Option.captureCallState("errno");

  private static final long FIONREAD = 0x541B;
  private static final int O_CLOEXEC = 0x80000, O_CREAT = 0x40, O_EXCL = 0x80, WNOHANG = 1;
  private static final int EINTR = 4, EAGAIN = 11, ETIMEDOUT = 110, CLOCK_MONOTONIC = 1;
  private static final int POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08;
  private static final int SIGPIPE = 13, SIGXFSZ = 25;
  /** glibc's sizes of posix_spawn_file_actions_t (80), posix_spawnattr_t (336) and sigset_t (128), rounded up. */
  private static final long FILE_ACTIONS_SIZE = 128, SPAWNATTR_SIZE = 512, SIGSET_SIZE = 128;
  /** The most one read or write copies through native memory. */
  private static final int CHUNK = 65536;

  private final MethodHandle pipe2 = errnoCall("pipe2", JAVA_INT, ADDRESS, JAVA_INT);
  private final MethodHandle read = errnoCall("read", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
  private final MethodHandle write = errnoCall("write", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
  private final MethodHandle poll = errnoCall("poll", JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT);
  private final MethodHandle ioctl = LINKER.downcallHandle(symbol("ioctl"),
      FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), KEEP_ERRNO, Linker.Option.firstVariadicArg(2));
  private final MethodHandle close = errnoCall("close", JAVA_INT, JAVA_INT);
  private final MethodHandle waitpid = errnoCall("waitpid", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
  private final MethodHandle kill = errnoCall("kill", JAVA_INT, JAVA_INT, JAVA_INT);
  private final MethodHandle signal = call("signal", ADDRESS, JAVA_INT, ADDRESS);
  private final MethodHandle getpid = call("getpid", JAVA_INT);
  private final MethodHandle posixSpawn = call("posix_spawn", JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS,
      ADDRESS);
  private final MethodHandle actionsInit = call("posix_spawn_file_actions_init", JAVA_INT, ADDRESS);
  private final MethodHandle actionsDestroy = call("posix_spawn_file_actions_destroy", JAVA_INT, ADDRESS);
  private final MethodHandle addDup2 = call("posix_spawn_file_actions_adddup2", JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT);
  private final MethodHandle addClose = call("posix_spawn_file_actions_addclose", JAVA_INT, ADDRESS, JAVA_INT);
  private final MethodHandle addChdir = optionalCall("posix_spawn_file_actions_addchdir_np", JAVA_INT, ADDRESS, ADDRESS);
  private final MethodHandle addCloseFrom = optionalCall("posix_spawn_file_actions_addclosefrom_np", JAVA_INT, ADDRESS,
      JAVA_INT);
  private final MethodHandle attrInit = call("posix_spawnattr_init", JAVA_INT, ADDRESS);
  private final MethodHandle attrDestroy = call("posix_spawnattr_destroy", JAVA_INT, ADDRESS);
  private final MethodHandle attrSetFlags = call("posix_spawnattr_setflags", JAVA_INT, ADDRESS, JAVA_SHORT);
  private final MethodHandle attrSetSigMask = call("posix_spawnattr_setsigmask", JAVA_INT, ADDRESS, ADDRESS);
  private final MethodHandle attrSetSigDefault = call("posix_spawnattr_setsigdefault", JAVA_INT, ADDRESS, ADDRESS);
  private final MethodHandle semOpen = LINKER.downcallHandle(symbol("sem_open"),
      FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT), KEEP_ERRNO,
      Linker.Option.firstVariadicArg(2));
  private final MethodHandle semClose = errnoCall("sem_close", JAVA_INT, ADDRESS);
  private final MethodHandle semUnlink = errnoCall("sem_unlink", JAVA_INT, ADDRESS);
  private final MethodHandle semPost = errnoCall("sem_post", JAVA_INT, ADDRESS);
  private final MethodHandle semTryWait = errnoCall("sem_trywait", JAVA_INT, ADDRESS);
  private final MethodHandle semClockWait = errnoCall("sem_clockwait", JAVA_INT, ADDRESS, JAVA_INT, ADDRESS);
  private final MethodHandle semGetValue = errnoCall("sem_getvalue", JAVA_INT, ADDRESS, ADDRESS);

  NativeOsFfm() {
    if (!NativeOsFfm.class.getModule().isNativeAccessEnabled()) {
      throw new IllegalCallerException("native access is not enabled for Kaa");
    }
  }

  private static MemorySegment symbol(String name) {
    return LIBC.find(name).orElseThrow(() -> new UnsupportedOperationException("no " + name + " in the C library"));
  }

  private static FunctionDescriptor descriptor(MemoryLayout result, MemoryLayout... args) {
    return FunctionDescriptor.of(result, args);
  }

  private static MethodHandle call(String name, MemoryLayout result, MemoryLayout... args) {
    return LINKER.downcallHandle(symbol(name), descriptor(result, args));
  }

  /** A call whose errno is kept: its handle takes the call-state segment first. */
  private static MethodHandle errnoCall(String name, MemoryLayout result, MemoryLayout... args) {
    return LINKER.downcallHandle(symbol(name), descriptor(result, args), KEEP_ERRNO);
  }

  private static MethodHandle optionalCall(String name, MemoryLayout result, MemoryLayout... args) {
    return LIBC.find(name).map(s -> LINKER.downcallHandle(s, descriptor(result, args))).orElse(null);
  }

  private static int errno(MemorySegment state) { return (int) ERRNO.get(state, 0L); }

  private static ErrnoException failure(MemorySegment state) { return new ErrnoException(errno(state)); }

  /** MethodHandle.invokeExact throws Throwable; what a C call can throw is only the JDK's own failures. */
  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) return r;
    if (t instanceof Error e) throw e;
    return new IllegalStateException(t);
  }

  /** C calls made with a confined arena and the segment that keeps their errno. */
  private interface InArena<T> {
    T call(Arena arena, MemorySegment state) throws Throwable;
  }

  /** Runs {@code calls}, freeing their memory after; an ErrnoException passes, the JDK's own failures come unchecked. */
  private static <T> T inArena(InArena<T> calls) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      return calls.call(arena, arena.allocate(CALL_STATE));
    } catch (IOException e) {
      throw e;
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  @Override public int[] pipe() throws IOException {
    return inArena((arena, state) -> {
      MemorySegment fds = arena.allocate(JAVA_INT, 2);
      if ((int) pipe2.invokeExact(state, fds, O_CLOEXEC) < 0) throw failure(state);
      return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
    });
  }

  @Override public int read(int fd, ByteBuffer into) throws IOException {
    int n = Math.min(into.remaining(), CHUNK);
    return inArena((arena, state) -> {
      MemorySegment buf = arena.allocate(Math.max(n, 1));
      while (true) {
        long got = (long) read.invokeExact(state, fd, buf, (long) n);
        if (got >= 0) {
          into.put(buf.asSlice(0, got).asByteBuffer());
          return (int) got;
        }
        if (errno(state) != EINTR) throw failure(state);
      }
    });
  }

  @Override public int write(int fd, ByteBuffer from) throws IOException {
    int n = Math.min(from.remaining(), CHUNK);
    return inArena((arena, state) -> {
      MemorySegment buf = arena.allocate(Math.max(n, 1));
      buf.asByteBuffer().put(from.duplicate().limit(from.position() + n));
      while (true) {
        long put = (long) write.invokeExact(state, fd, buf, (long) n);
        if (put >= 0) {
          from.position(from.position() + (int) put);
          return (int) put;
        }
        if (errno(state) != EINTR) throw failure(state);
      }
    });
  }

  @Override public int poll(int fd, int events, int timeoutMillis) throws IOException {
    return inArena((arena, state) -> {
      MemorySegment pollfd = arena.allocate(8, 4);
      pollfd.set(JAVA_INT, 0, fd);
      pollfd.set(JAVA_SHORT, 4, (short) events);
      int r = (int) poll.invokeExact(state, pollfd, 1L, timeoutMillis);
      if (r < 0) {
        if (errno(state) == EINTR) return 0;
        throw failure(state);
      }
      return r == 0 ? 0 : pollfd.get(JAVA_SHORT, 6) & 0xffff;
    });
  }

  @Override public int bytesReadable(int fd) throws IOException {
    return inArena((arena, state) -> {
      MemorySegment count = arena.allocate(JAVA_INT);
      if ((int) ioctl.invokeExact(state, fd, FIONREAD, count) < 0) throw failure(state);
      return count.get(JAVA_INT, 0);
    });
  }

  @Override public void close(int fd) throws IOException {
    inArena((arena, state) -> {
      if ((int) close.invokeExact(state, fd) < 0 && errno(state) != EINTR) throw failure(state);
      return null;
    });
  }

  @Override public long spawn(String path, List<String> argv, List<String> env, String cwd, int[] from, int[] to)
      throws IOException {
    return inArena((arena, state) -> {
      MemorySegment actions = arena.allocate(FILE_ACTIONS_SIZE, 8);
      MemorySegment attr = arena.allocate(SPAWNATTR_SIZE, 8);
      check((int) actionsInit.invokeExact(actions));
      check((int) attrInit.invokeExact(attr));
      try {
        fileActions(arena, actions, cwd, from, to);
        // the child starts with no signal blocked, and SIGPIPE and SIGXFSZ at their defaults (CPython's
        // restore_signals): the JVM's threads may block some, and Kaa may ignore SIGPIPE
        MemorySegment defaults = arena.allocate(SIGSET_SIZE, 8);
        for (int sig : new int[] {SIGPIPE, SIGXFSZ}) {
          long index = (sig - 1) / 8;
          defaults.set(JAVA_BYTE, index, (byte) (defaults.get(JAVA_BYTE, index) | 1 << ((sig - 1) % 8)));
        }
        check((int) attrSetSigMask.invokeExact(attr, arena.allocate(SIGSET_SIZE, 8)));
        check((int) attrSetSigDefault.invokeExact(attr, defaults));
        check((int) attrSetFlags.invokeExact(attr, (short) (POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)));
        MemorySegment pid = arena.allocate(JAVA_INT);
        check((int) posixSpawn.invokeExact(pid, arena.allocateFrom(path), actions, attr, strings(arena, argv),
            strings(arena, env)));
        return pid.get(JAVA_INT, 0);
      } finally {
        int ignored = (int) actionsDestroy.invokeExact(actions);
        ignored = (int) attrDestroy.invokeExact(attr);
      }
    });
  }

  /**
   * The descriptors the child keeps: each {@code from} is first copied above every number involved, then to its
   * {@code to}, so that no move overwrites a descriptor another has still to be taken from; every other descriptor
   * from 3 up is closed (the JVM's own are not all close-on-exec).
   */
  private void fileActions(Arena arena, MemorySegment actions, String cwd, int[] from, int[] to) throws Throwable {
    int high = 3;
    for (int i = 0; i < from.length; i++) high = Math.max(high, Math.max(from[i], to[i]) + 1);
    for (int i = 0; i < from.length; i++) check((int) addDup2.invokeExact(actions, from[i], high + i));
    boolean[] kept = new boolean[high];
    for (int i = 0; i < from.length; i++) {
      check((int) addDup2.invokeExact(actions, high + i, to[i]));
      kept[to[i]] = true;
    }
    if (addCloseFrom != null) {
      for (int fd = 3; fd < high; fd++) if (!kept[fd]) check((int) addClose.invokeExact(actions, fd));
      check((int) addCloseFrom.invokeExact(actions, high));
    } else {
      for (int i = 0; i < from.length; i++) check((int) addClose.invokeExact(actions, high + i));
    }
    if (cwd != null) {
      if (addChdir == null) throw new ErrnoException(Errno.ENOSYS);
      check((int) addChdir.invokeExact(actions, arena.allocateFrom(cwd)));
    }
  }

  private static void check(int error) throws ErrnoException {
    if (error != 0) throw new ErrnoException(error);
  }

  /** A NULL-terminated array of C strings. */
  private static MemorySegment strings(Arena arena, List<String> items) {
    MemorySegment array = arena.allocate(ADDRESS, items.size() + 1);
    for (int i = 0; i < items.size(); i++) array.setAtIndex(ADDRESS, i, arena.allocateFrom(items.get(i)));
    array.setAtIndex(ADDRESS, items.size(), MemorySegment.NULL);
    return array;
  }

  @Override public int waitpid(long pid, boolean noHang) throws IOException {
    return inArena((arena, state) -> {
      MemorySegment status = arena.allocate(JAVA_INT);
      while (true) {
        int r = (int) waitpid.invokeExact(state, (int) pid, status, noHang ? WNOHANG : 0);
        if (r > 0) return status.get(JAVA_INT, 0);
        if (r == 0) return -1;
        if (errno(state) != EINTR) throw failure(state);
      }
    });
  }

  @Override public void kill(long pid, int signal) throws IOException {
    inArena((arena, state) -> {
      if ((int) kill.invokeExact(state, (int) pid, signal) < 0) throw failure(state);
      return null;
    });
  }

  @Override public void dieBySignal(int sig) {
    try {
      MemorySegment previous = (MemorySegment) signal.invokeExact(sig, MemorySegment.NULL);  // SIG_DFL
      kill((int) getpid.invokeExact(), sig);
      Thread.sleep(1000);  // the signal is on its way to some thread; if it was blocked everywhere, this returns
    } catch (Throwable t) {
      // the caller ends the process another way
    }
  }

  @Override public long semOpen(String name, boolean create, int mode, int value) throws IOException {
    return inArena((arena, state) -> {
      MemorySegment sem = (MemorySegment) semOpen.invokeExact(state, arena.allocateFrom(name),
          create ? O_CREAT | O_EXCL : 0, mode, value);
      if (sem.address() == 0) throw failure(state);
      return sem.address();
    });
  }

  /** A semaphore call on a handle that returns 0 or -1 with errno. */
  private interface SemCall {
    int call(MemorySegment state, MemorySegment sem) throws Throwable;
  }

  /** Runs {@code call}; true when it succeeded, false when it failed with {@code expected}, else throws. */
  private static boolean onSem(long sem, int expected, SemCall call) throws IOException {
    return inArena((arena, state) -> {
      while (true) {
        if (call.call(state, MemorySegment.ofAddress(sem)) == 0) return true;
        int errno = errno(state);
        if (errno == expected) return false;
        if (errno != EINTR) throw new ErrnoException(errno);
      }
    });
  }

  @Override public void semClose(long sem) throws IOException {
    onSem(sem, -1, (state, s) -> (int) semClose.invokeExact(state, s));
  }

  @Override public void semUnlink(String name) throws IOException {
    inArena((arena, state) -> {
      if ((int) semUnlink.invokeExact(state, arena.allocateFrom(name)) < 0) throw failure(state);
      return null;
    });
  }

  @Override public void semPost(long sem) throws IOException {
    onSem(sem, -1, (state, s) -> (int) semPost.invokeExact(state, s));
  }

  @Override public boolean semTryWait(long sem) throws IOException {
    return onSem(sem, EAGAIN, (state, s) -> (int) semTryWait.invokeExact(state, s));
  }

  @Override public boolean semWait(long sem, long nanos) throws IOException {
    long deadline = System.nanoTime() + Math.max(0, nanos);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment abstime = arena.allocate(16, 8);
      abstime.set(JAVA_LONG, 0, Math.floorDiv(deadline, 1_000_000_000L));
      abstime.set(JAVA_LONG, 8, Math.floorMod(deadline, 1_000_000_000L));
      return onSem(sem, ETIMEDOUT, (state, s) -> (int) semClockWait.invokeExact(state, s, CLOCK_MONOTONIC, abstime));
    }
  }

  @Override public int semGetValue(long sem) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment value = arena.allocate(JAVA_INT);
      onSem(sem, -1, (state, s) -> (int) semGetValue.invokeExact(state, s, value));
      return value.get(JAVA_INT, 0);
    }
  }
}
