package dev.kaa.modules.fcntl;

import dev.kaa.modules.posix.ChannelFile;
import dev.kaa.modules.posix.Errno;
import dev.kaa.modules.posix.ErrnoException;
import dev.kaa.modules.posix.Interruptible;
import dev.kaa.modules.posix.OpenFile;
import dev.kaa.runtime.Interpreter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.OverlappingFileLockException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The locks an interpreter's descriptors hold ({@code flock}, {@code lockf}, {@code F_SETLK}), as the JDK's file
 * locks on each open file's channel. The JDK's locks are the kernel's POSIX record locks, so other processes see
 * them; inside the JVM it refuses an overlapping lock through another channel (OverlappingFileLockException), which
 * is taken as "held by someone else": EAGAIN without waiting, else waited for. A lock taken again through the same
 * open file replaces what it held in that range (an upgrade, a downgrade), as the kernel converts it.
 */
final class FileLocks {
  private final Map<OpenFile, List<FileLock>> held = new IdentityHashMap<>();

  static FileLocks of(Interpreter interp) { return interp.moduleState(FileLocks.class, i -> new FileLocks()); }

  /** Whole-file range end: POSIX's "length 0", to the end of the file however it grows. */
  static final long TO_END = Long.MAX_VALUE;

  /**
   * Locks {@code [start, start+length)} of {@code file} shared or exclusive; {@code wait} false: EAGAIN when another
   * holder has it. The old locks of this file in the range are let go first.
   */
  void lock(OpenFile file, long start, long length, boolean shared, boolean wait) throws IOException {
    FileChannel channel = channelOf(file);
    unlock(file, start, length);
    FileLock got;
    if (!wait) {
      got = tryLock(channel, start, length, shared);
      if (got == null) throw new ErrnoException(Errno.EAGAIN);
    } else {
      try {
        got = Interruptible.poll("fcntl.lock", -1, nanos -> {
          FileLock l;
          try {
            l = tryLock(channel, start, length, shared);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          if (l == null) Thread.sleep(Math.max(1, Math.min(nanos / 1_000_000, 10)));
          return l;
        });
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
    }
    synchronized (this) {
      held.computeIfAbsent(file, f -> new ArrayList<>()).add(got);
    }
  }

  /** Lets go of this file's locks that overlap {@code [start, start+length)}. */
  void unlock(OpenFile file, long start, long length) throws IOException {
    List<FileLock> release = new ArrayList<>();
    synchronized (this) {
      List<FileLock> locks = held.get(file);
      if (locks == null) return;
      locks.removeIf(l -> {
        boolean overlaps = l.overlaps(start, length);
        if (overlaps || !l.isValid()) release.add(l);
        return overlaps || !l.isValid();
      });
      if (locks.isEmpty()) held.remove(file);
    }
    for (FileLock l : release) {
      if (l.isValid()) l.release();
    }
  }

  /** Whether {@code [start, start+length)} could be locked now (F_GETLK): tried and let go at once. */
  boolean free(OpenFile file, long start, long length, boolean shared) throws IOException {
    synchronized (this) {
      List<FileLock> mine = held.get(file);
      if (mine != null && mine.stream().anyMatch(l -> l.isValid() && l.overlaps(start, length))) return true;
    }
    FileLock l = tryLock(channelOf(file), start, length, shared);
    if (l == null) return false;
    l.release();
    return true;
  }

  private static FileLock tryLock(FileChannel channel, long start, long length, boolean shared) throws IOException {
    try {
      return channel.tryLock(start, length, shared);
    } catch (OverlappingFileLockException e) {
      return null;  // another descriptor of this JVM holds it
    } catch (NonReadableChannelException | NonWritableChannelException e) {
      throw new ErrnoException(Errno.EBADF);  // a read lock needs a readable file, a write lock a writable one
    }
  }

  private static FileChannel channelOf(OpenFile file) throws IOException {
    if (file instanceof ChannelFile c && c.kind() == OpenFile.Kind.FILE) return c.channel();
    throw new ErrnoException(Errno.EINVAL);
  }
}
