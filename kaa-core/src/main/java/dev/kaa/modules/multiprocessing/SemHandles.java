package dev.kaa.modules.multiprocessing;

import dev.kaa.modules.posix.NativeOs;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.util.HashMap;
import java.util.Map;

/**
 * The named semaphores this process has open ({@code sem_t} addresses), counted by the {@link SemLock} objects using
 * them; a semaphore is {@code sem_close}d once, when the last of them is collected. Two objects share one address when
 * {@code _rebuild} is given a handle without a name, or when glibc's {@code sem_open} hands back a semaphore the
 * process has open already (it counts that as one more open, which {@link #open} gives back at once, so that glibc's
 * count stays 1 whatever Kaa's is).
 */
final class SemHandles {
  private SemHandles() {}

  private static final Cleaner CLEANER = Cleaner.create();
  /** Permissions of a semaphore made by SemLock, as CPython's: the user's only. */
  private static final int MODE = 0600;

  /** How many live objects use each open semaphore. Guarded by the class, as are the opens and closes. */
  private static final Map<Long, Integer> USERS = new HashMap<>();

  /** {@code sem_open} of {@code name} (made with {@code value} when {@code create}), counted as one use. */
  static synchronized long open(NativeOs os, String name, boolean create, int value) throws IOException {
    long sem = os.semOpen(name, create, MODE, value);
    if (USERS.containsKey(sem)) os.semClose(sem);
    USERS.merge(sem, 1, Integer::sum);
    return sem;
  }

  /** One more use of {@code sem}, if this process has it open; false if not (not a handle of this process). */
  static synchronized boolean share(long sem) {
    return USERS.computeIfPresent(sem, (s, n) -> n + 1) != null;
  }

  /** Ends one use of {@code sem}; the last closes it. */
  static synchronized void release(NativeOs os, long sem) {
    int left = USERS.merge(sem, -1, Integer::sum);
    if (left > 0) return;
    USERS.remove(sem);
    try {
      os.semClose(sem);
    } catch (IOException e) {
      // nothing to tell: CPython's dealloc ignores sem_close's result too
    }
  }

  /** Ends {@code owner}'s use of {@code sem} when it becomes unreachable. {@code owner} must not be captured. */
  static void releaseWhenUnreachable(Object owner, NativeOs os, long sem) {
    CLEANER.register(owner, () -> release(os, sem));
  }
}
