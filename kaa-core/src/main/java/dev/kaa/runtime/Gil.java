package dev.kaa.runtime;

import dev.kaa.gil.GilRecorder;
import dev.kaa.gil.GilState;
import dev.kaa.gil.IoBudget;
import dev.kaa.gil.PythonThreadNames;
import dev.kaa.gil.ThreadRecord;
import dev.kaa.gil.WaitQueue;
import dev.kaa.interp.Eval;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock: one per interpreter; a thread holds it to run Python code. It is switched on by the
 * first {@code _thread.start_new_thread}, so a program with one thread never touches it. docs/gil.md tells the why.
 *
 * <p>Switching is CPython 3.12's: a thread that wants the lock waits for it at most the switch interval; if the lock
 * has not changed hands meanwhile it sets the drop request and the eval breaker. The holder sees the breaker at its
 * next check (a backward jump, a frame's start or resumption, after a call), lets go and waits until another thread
 * has taken it (forced switching) before asking again. Blocking calls let go of it through {@link #releaseDuring}.
 * A lock let go while others wait is owed to the longest waiter, the one CPython's condition wakes (a thread
 * arriving meanwhile waits), but a waiter woken by its own timer takes it if it is still free, as CPython's; the
 * drop request is one flag however many ask.
 *
 * <p>{@link GilPolicy#PRIORITY} changes three things: a thread coming back from a blocking call it made soon after
 * taking the lock (I/O-bound) asks for a drop at once and is served ahead of the others, within a budget of two
 * fifths of the time; such a thread letting go for a system call wakes no CPU-bound waiter (it comes back within
 * microseconds); and a CPU-bound thread whose interval ran out while only such threads had the lock is served
 * ahead of them, so none starves.
 */
public final class Gil {
  /** A call that may block, run with the GIL released: it may throw the checked exception {@code E}. */
  @FunctionalInterface
  public interface Blocking<T, E extends Exception> {
    T call() throws E;
  }

  /** A blocking call without a result. */
  @FunctionalInterface
  public interface BlockingAction<E extends Exception> {
    void run() throws E;
  }

  /** How this interpreter's threads share it. */
  private final GilPolicy policy;
  /** Guards the lock's state below (CPython's {@code gil->mutex}); the GIL itself is {@link #holder}. */
  private final ReentrantLock mutex = new ReentrantLock();
  /** The threads waiting for the lock, longest first: one is woken when it is let go (CPython's {@code gil->cond}). */
  private final WaitQueue waitQueue = new WaitQueue(mutex);
  /** Signalled when a thread takes the lock: a holder that let go on request waits on it (forced switching). */
  private final Condition switched = mutex.newCondition();
  /** The thread running Python code now; null when the lock is free. Written under the mutex. */
  private volatile Thread holder;
  /** The thread that held it last, and how many times it went to a thread other than the last one. */
  private Thread lastHolder;
  private long switches;
  /** {@link #switches} to threads not served ahead: what a CPU-bound waiter counts as a turn under PRIORITY. */
  private long plainSwitches;
  /**
   * Threads waiting for the lock; of them, those served ahead (PRIORITY): I/O-bound ones, and overdue ones; and those
   * not back from a blocking call as I/O-bound threads (PRIORITY's CPU-bound waiters).
   */
  private int waiters, priorityWaiters, overdueWaiters, cpuWaiters;
  /** PRIORITY: how long I/O-bound threads may still keep CPU-bound ones waiting. */
  private final IoBudget budget = new IoBudget();
  /** The holder that last let go on request, and when: the thread that takes the lock next records the switch. */
  private ThreadRecord forcedOff;
  private long forcedAt;
  /** Whether the holder was served ahead (PRIORITY): an I/O-bound thread, which lets go by blocking soon. */
  private boolean holderServedAhead;
  /** Whether the last release was made on request: the wait it ends ended by a drop. */
  private boolean releasedOnRequest;
  /**
   * CPYTHON: the lock was let go while other threads waited for it, and it is owed to the one woken, the longest
   * waiter: no thread arriving meanwhile (the dropper back from a short system call, a thread forced off) takes it
   * first. A waiter woken by its own timer does, as in CPython, where both are waking up. See {@link #drop}.
   */
  private ThreadRecord owedTo;
  /**
   * CPYTHON: the holder that let go on request and waits to see the lock taken (forced switching). It wants the
   * lock back right after: the thread taking it queues it then, as CPython's would queue itself on waking.
   */
  private ThreadRecord awaitingSwitch;
  /** Set by a waiter whose interval ran out: the holder lets go at its next eval breaker check. */
  private volatile boolean dropRequest;
  /**
   * How long an I/O-bound waiter spins under PRIORITY before it parks, once it has asked a CPU-bound holder to let
   * go: the holder does so within microseconds, and a park would cost a wake-up (tens of microseconds on a quiet
   * machine, milliseconds on a loaded one) at each of the many handovers.
   */
  private static final long SPIN_NANOS = 50_000;
  /**
   * PRIORITY: when a thread served ahead lets go of the lock for a system call, when it did so (else 0). The
   * CPU-bound waiters are not woken then ({@link #drop}): the call lasts microseconds, less than a wake-up is worth,
   * and the thread takes the lock back after it; they take a lock let go so quietly only once it has been free for
   * {@link #QUIET_NANOS} (the I/O-bound threads are waiting for data, not between two calls).
   */
  private long quietlyFreedAt;
  private static final long QUIET_NANOS = 50_000;
  /**
   * PRIORITY: how long a CPU-bound waiter sleeps at most while a thread served ahead holds the lock, or has let it go
   * quietly: nobody wakes it when that thread blocks, so it looks for itself.
   */
  private static final long QUIET_POLL_NANOS = 200_000;
  /** On once a second thread has been started; until then nobody takes the lock. */
  private volatile boolean active;
  /** {@code sys.getswitchinterval()}, in microseconds as CPython keeps it. */
  private volatile long intervalMicros = 5000;
  /** Each thread's record of its dealings with this lock. */
  private final ThreadLocal<ThreadRecord> records = new ThreadLocal<>();
  /** {@code -X gilstats} / {@code -X giltrace}: null when neither is on (then no timestamps are taken). */
  private final GilRecorder recorder;
  /** The interpreter's {@code sys.modules}: where a recorded thread's Python name is found. */
  private final dev.kaa.objects.PyDict modules;

  Gil(GilPolicy policy, GilRecorder recorder, dev.kaa.objects.PyDict modules) {
    this.policy = policy;
    this.recorder = recorder;
    this.modules = modules;
    if (policy == GilPolicy.OFF) dev.kaa.objects.FreeThreading.enable();
  }

  public GilPolicy policy() { return policy; }

  /** Whether threads take turns on this lock (a second thread has been started). */
  public boolean active() { return active; }

  /** Turns the lock on, the calling thread holding it: done before the first new thread starts. */
  public void activate() {
    if (active || policy == GilPolicy.OFF) return;
    mutex.lock();
    try {
      if (active) return;
      Thread me = Thread.currentThread();
      record(me, false);
      holder = me;
      lastHolder = me;
      active = true;
    } finally {
      mutex.unlock();
    }
  }

  /** The switch interval in microseconds ({@code sys.getswitchinterval()} is a millionth of it). */
  public long switchIntervalMicros() { return intervalMicros; }

  /** {@code sys.setswitchinterval}: 0 (from an interval under a microsecond) waits one microsecond, as CPython. */
  public void setSwitchIntervalMicros(long micros) { intervalMicros = micros; }

  private long intervalNanos() { return Math.max(intervalMicros, 1) * 1000; }

  /** Whether the policy or the statistics need the time of each transition. */
  private boolean timed() { return recorder != null || policy == GilPolicy.PRIORITY; }

  /** Takes the lock for the calling thread (a new thread before running its function), waiting for it. */
  public void acquire() {
    Thread me = Thread.currentThread();
    if (!active) {
      if (recorder != null) record(me, true).resumed(GilRecorder.now());
      return;
    }
    if (holder == me) return;
    take(record(me, true), false, false);
  }

  /** Lets go of the lock for good (the calling thread's function has returned). */
  public void release() {
    Thread me = Thread.currentThread();
    if (active && holder == me) drop(record(me, false), false, null);
    else if (recorder != null) record(me, false).outside(GilRecorder.now());
  }

  /** Whether no thread is running Python now: nobody holds the lock (or the lock is not in use: one thread). */
  public boolean nobodyRunsPython() { return !active || holder == null; }

  /** Whether the calling thread may run Python code: it holds the lock, or the lock is off. */
  boolean heldByCurrentThread() { return !active || holder == Thread.currentThread(); }

  /**
   * At an eval breaker check: when a waiter asked for the lock, hands it over (waiting until the waiter has it) and
   * asks for it again, as CPython's {@code _Py_HandlePending}.
   */
  void yieldIfAsked() {
    if (!dropRequest) return;
    Thread me = Thread.currentThread();
    if (holder != me) {
      // a thread looking at the breaker from a blocking call: the breaker stays set for the holder
      if (active) Eval.requestSafePoint();
      return;
    }
    ThreadRecord r = record(me, false);
    nameFromPython(r);
    take(r, false, drop(r, true, null));
  }

  /**
   * The calling thread's record, made the first time: {@code arriving}, the thread comes to ask for the lock;
   * otherwise it has been running Python all along (the thread that started the interpreter).
   */
  private ThreadRecord record(Thread me, boolean arriving) {
    ThreadRecord r = records.get();
    if (r == null) {
      r = recorder != null ? recorder.newThread(me, arriving, arriving ? null : "MainThread")
          : new ThreadRecord(me);
      records.set(r);
    }
    return r;
  }

  /** While recording: the thread's Python name, looked up while {@code threading} still knows it. */
  private void nameFromPython(ThreadRecord r) {
    if (recorder == null) return;
    String name = PythonThreadNames.lookup(modules, r.ident());
    if (name != null) r.name(name);
  }

  /**
   * CPython's {@code take_gil}: waits for the lock, in intervals; when one passes without the lock changing hands,
   * asks its holder to drop it. {@code fromBlocking}: the thread comes back from a blocking call (PRIORITY serves
   * it ahead when it is I/O-bound); {@code switchedOff}: it let go on request and saw the switch (CPYTHON queued
   * it then: its wait began at the switch).
   */
  private void take(ThreadRecord me, boolean fromBlocking, boolean switchedOff) {
    Thread t = Thread.currentThread();
    boolean interrupted = false;
    mutex.lock();
    try {
      countBudget();
      boolean ioBound = fromBlocking && policy == GilPolicy.PRIORITY && me.ioBound;
      boolean priority = ioBound && budget.open();
      boolean deferred = ioBound && !priority;  // over budget: served ahead once it is repaid
      boolean queuedAtSwitch = switchedOff && (waitQueue.queued(me) || owedTo == me);
      boolean overdue = false, waited = !mayTake(me, priority, false);
      if (waited) {
        if (recorder != null) me.waiting(GilRecorder.now());  // a lock taken at once makes no waiting span
        waiters++;
        if (!ioBound) cpuWaiters++;
        try {
          if (priority && serveAhead(me)) spinForHandover();
          // the interval runs from the start of the wait: for a thread queued at the switch, from the switch
          long seen = queuedAtSwitch ? me.turnsSeen : turns();
          long deadline = (queuedAtSwitch ? waitQueue.queuedAt(me) : System.nanoTime()) + intervalNanos();
          while (!mayTake(me, priority, overdue)) {
            long nap = Math.min(deadline - System.nanoTime(), budgetNap(ioBound, deferred));
            if (!ioBound) nap = Math.min(nap, quietNap());
            boolean signalled = false;
            if (nap > 0) {
              try {
                signalled = waitQueue.await(me, nap);
              } catch (InterruptedException e) {
                interrupted = true;  // the GIL is not interruptible; the flag is restored for the blocking call
                continue;
              }
            }
            countBudget();
            if (deferred && budget.open()) {
              deferred = false;
              priority = true;
              if (serveAhead(me)) spinForHandover();
            }
            if (!ioBound && !overdue && policy == GilPolicy.PRIORITY && !budget.open() && cpuKeptWaiting()) {
              overdue = true;  // the I/O-bound threads' time is up: this one is served ahead of them
              overdueWaiters++;
              if (holder != null) askToDrop(me);
            }
            long now = System.nanoTime();
            boolean timedOut = !signalled && now - deadline >= 0;
            if (!signalled && !timedOut) continue;  // woken to look at the budget (or spuriously): the interval goes on
            // CPYTHON: a waiter woken by its timer takes a free lock, even one owed to a waiter signalled meanwhile:
            // both are waking up, and CPython's take_gil looks only at whether the lock is free
            if (timedOut && holder == null && policy == GilPolicy.CPYTHON) break;
            if (timedOut && holder != null && seen == turns() && !deferred) {
              if (policy == GilPolicy.PRIORITY && !priority && !overdue) {
                overdue = true;
                overdueWaiters++;
              }
              askToDrop(me);
            }
            // a new wait, a new interval; one that timed out waits again from the back, as on a condition variable
            if (timedOut) waitQueue.requeue(me, now);
            seen = turns();
            deadline = now + intervalNanos();
          }
        } finally {
          countBudget();
          waiters--;
          if (!ioBound) cpuWaiters--;
          if (priority) priorityWaiters--;
          if (overdue) overdueWaiters--;
        }
      }
      countBudget();
      waitQueue.leave(me);
      holder = t;
      owedTo = null;
      quietlyFreedAt = 0;
      holderServedAhead = priority;
      if (lastHolder != t) {
        lastHolder = t;
        switches++;
        if (!priority) plainSwitches++;
      }
      if (awaitingSwitch != null && awaitingSwitch != me) {
        // CPython's forced-off holder, woken by the switch at once, queues for the lock behind those waiting now
        awaitingSwitch.turnsSeen = turns();
        waitQueue.enqueue(awaitingSwitch, System.nanoTime());
      }
      awaitingSwitch = null;
      switched.signalAll();  // the holder that let go on request waits to see the lock taken
      dropRequest = false;  // whoever asked: CPython resets the request when the lock is taken
      if (forcedOff != null) {
        if (forcedOff != me) forcedOff.forcedSwitch(forcedAt, t.threadId());
        forcedOff = null;
      }
      if (timed()) {
        long now = GilRecorder.now();
        me.holdStart = now;
        if (recorder != null) me.running(now, waited && releasedOnRequest);
      }
    } finally {
      mutex.unlock();
    }
    if (interrupted) t.interrupt();
  }

  /**
   * Whether the thread {@code me} may take the lock now: it is free, not owed to another thread (CPYTHON), and,
   * under PRIORITY, no one is served ahead of it (overdue CPU-bound threads first, then I/O-bound ones).
   */
  private boolean mayTake(ThreadRecord me, boolean priority, boolean overdue) {
    if (holder != null || owedTo != null && owedTo != me) return false;
    if (overdue) return true;
    if (overdueWaiters > 0 || !priority && priorityWaiters > 0) return false;
    return priority || quietlyFreedAt == 0 || System.nanoTime() - quietlyFreedAt >= QUIET_NANOS;
  }

  /**
   * PRIORITY: how long a CPU-bound waiter may sleep while a thread served ahead has the lock, or let it go quietly
   * (nobody wakes it then): until that lock has been free long enough, or one poll.
   */
  private long quietNap() {
    if (policy != GilPolicy.PRIORITY) return Long.MAX_VALUE;
    if (holder == null && quietlyFreedAt != 0) {
      return Math.max(1000, quietlyFreedAt + QUIET_NANOS - System.nanoTime());
    }
    return holder != null && holderServedAhead ? QUIET_POLL_NANOS : Long.MAX_VALUE;
  }

  /**
   * PRIORITY: serves the calling I/O-bound waiter ahead of the CPU-bound ones; when a CPU-bound thread holds the
   * lock, asks it to let go, and returns true: the caller then spins for the hand-over.
   */
  private boolean serveAhead(ThreadRecord me) {
    priorityWaiters++;
    boolean cpuHolder = holder != null && !holderServedAhead;  // an I/O-bound holder blocks soon: nobody is asked
    if (cpuHolder) askToDrop(me);
    return cpuHolder;
  }

  /** PRIORITY: whether CPU-bound threads want the lock and do not have it (it is free, or served ahead). */
  private boolean cpuKeptWaiting() { return cpuWaiters > 0 && (holder == null || holderServedAhead); }

  /** PRIORITY: counts the time since the last transition in {@link #budget}; called before each. */
  private void countBudget() {
    if (policy == GilPolicy.PRIORITY) budget.advance(GilRecorder.now(), cpuKeptWaiting(), intervalNanos());
  }

  /**
   * PRIORITY: how long a waiter may sleep before the budget changes what it may do: a deferred I/O-bound one until
   * the budget opens, a CPU-bound one kept waiting until it closes; otherwise as long as it likes.
   */
  private long budgetNap(boolean ioBound, boolean deferred) {
    if (policy != GilPolicy.PRIORITY) return Long.MAX_VALUE;
    if (deferred) return Math.max(1000, budget.nanosUntilOpen());
    if (!ioBound && budget.open() && cpuKeptWaiting()) {
      return Math.max(1000, budget.nanosUntilClosed(intervalNanos()));
    }
    return Long.MAX_VALUE;
  }

  /**
   * PRIORITY: an I/O-bound waiter spins, the mutex let go, until the lock is free or {@link #SPIN_NANOS} have
   * passed; the caller then checks under the mutex as usual.
   */
  private void spinForHandover() {
    mutex.unlock();
    try {
      long end = System.nanoTime() + SPIN_NANOS;
      while (holder != null && System.nanoTime() < end) Thread.onSpinWait();
    } finally {
      mutex.lock();
    }
  }

  /**
   * How many times the lock has changed hands, as a waiter counts turns: a waiter whose interval ran out without a
   * change asks for a drop. Under PRIORITY only switches to threads not served ahead count; a lock owed to another
   * thread counts as handed over already (it is, but for the wake-up): under CPYTHON the one it was let go to, under
   * PRIORITY an overdue waiter, the only one that may take a free lock while it waits (a forced-off holder waiting
   * again before the overdue thread was awake had counted its take as a new turn and waited two intervals).
   */
  private long turns() {
    if (policy == GilPolicy.PRIORITY) return plainSwitches + (holder == null && overdueWaiters > 0 ? 1 : 0);
    return switches + (owedTo != null ? 1 : 0);
  }

  /** Sets the drop request, once however many ask, and the breaker its holder will see. */
  private void askToDrop(ThreadRecord me) {
    if (!dropRequest) {
      dropRequest = true;
      if (recorder != null) me.askedToDrop(GilRecorder.now(), holder == null ? 0 : holder.threadId());
    }
    Eval.requestSafePoint();
  }

  /**
   * CPython's {@code drop_gil}: lets go of the lock and wakes a waiter; when a drop was requested, waits until a
   * waiter has actually taken it (forced switching), so the dropper cannot take it straight back. Under PRIORITY
   * there is no such wait: whoever asked is served ahead of the dropper anyway ({@link #mayTake}). {@code onRequest}:
   * the holder drops because it was asked (a forced switch, after which it waits for the lock again); otherwise
   * it starts the blocking call {@code blocking}, or ends (null). Returns whether it waited for the switch (under
   * CPYTHON it was queued for the lock then, by the thread that took it).
   *
   * <p>Under CPYTHON a lock let go while others wait is owed to the one woken, the longest waiter. In CPython the
   * woken waiter usually gets it before the dropper is back from a short system call (a socket send), and before
   * a thread forced off a moment ago, which queued behind it: the kernel runs a thread woken on a futex at once. A
   * Java thread's wake-up (an unpark, then the mutex) is slower than such a call, so letting whoever comes first
   * take the free lock would make the dropper win the races that CPython's waiter wins (the convoy effect would
   * vanish), and the forced-off thread, back from its own slow wake-up, take the lock from an I/O thread waiting
   * longer (a round trip would wait an interval more). The others wait instead, as CPython's do after losing; only a
   * waiter whose own timer woke it races the one woken for the lock, a race between two wake-ups, as in CPython.
   */
  private boolean drop(ThreadRecord me, boolean onRequest, String blocking) {
    Thread t = Thread.currentThread();
    boolean interrupted = false, switchedOff;
    mutex.lock();
    try {
      countBudget();
      boolean quietly = policy == GilPolicy.PRIORITY && holderServedAhead && blocking != null && budget.open()
          && priorityWaiters == 0 && overdueWaiters == 0;
      holder = null;
      lastHolder = t;
      boolean requested = dropRequest;
      releasedOnRequest = requested && onRequest;
      quietlyFreedAt = 0;
      if (policy == GilPolicy.CPYTHON) owedTo = waitQueue.signal();  // null when nobody waits
      else if (priorityWaiters > 0 || overdueWaiters > 0) waitQueue.signalAll();  // the one served ahead must wake
      else if (quietly) quietlyFreedAt = System.nanoTime();  // the waiters are CPU-bound: they look for themselves
      else waitQueue.signal();
      long now = recorder != null ? GilRecorder.now() : 0;
      if (recorder != null) {
        if (onRequest) me.waiting(now);
        else if (blocking != null) me.blocked(now, blocking);
        else me.outside(now);
      }
      if (onRequest && requested) {
        forcedOff = me;
        forcedAt = now;
      }
      switchedOff = onRequest && requested && waiters > 0;
      if (requested && waiters > 0) {
        dropRequest = false;
        if (switchedOff && policy != GilPolicy.PRIORITY) awaitingSwitch = me;
        while (policy != GilPolicy.PRIORITY && lastHolder == t && waiters > 0) {
          try {
            switched.await(intervalNanos(), TimeUnit.NANOSECONDS);
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      }
    } finally {
      mutex.unlock();
    }
    if (interrupted) t.interrupt();
    return switchedOff;
  }

  /** The GIL of the interpreter running on this thread, or null when it neither switches nor records. */
  private static Gil current() {
    Interpreter interp = Interpreter.current();
    if (interp == null) return null;
    Gil gil = interp.gil;
    return gil.active || gil.recorder != null ? gil : null;
  }

  /** Runs {@code call} with the GIL released, taking it back afterwards even when the call throws. */
  public static <T, E extends Exception> T releaseDuring(Blocking<T, E> call) throws E {
    return releaseDuring("blocking", call);
  }

  /**
   * {@link #releaseDuring(Blocking)} naming the blocking section ({@code "time.sleep"}, {@code "socket.recv"}...) for
   * the GIL's statistics and trace.
   */
  public static <T, E extends Exception> T releaseDuring(String what, Blocking<T, E> call) throws E {
    Gil gil = current();
    return gil == null ? call.call() : gil.blockingCall(what, call);
  }

  /** {@link #releaseDuring(Blocking)} for a call without a result. */
  public static <E extends Exception> void releaseDuring(BlockingAction<E> call) throws E {
    releaseDuring("blocking", call);
  }

  /** {@link #releaseDuring(String, Blocking)} for a call without a result. */
  public static <E extends Exception> void releaseDuring(String what, BlockingAction<E> call) throws E {
    releaseDuring(what, () -> {
      call.run();
      return null;
    });
  }

  /** Runs the blocking call {@code what} with the lock let go, taking it back in a finally. */
  private <T, E extends Exception> T blockingCall(String what, Blocking<T, E> call) throws E {
    Thread me = Thread.currentThread();
    boolean locking = active;
    // a blocking call inside another (the lock already let go), or a thread not running Python: nothing to let go
    if (locking ? holder != me : records.get() != null && records.get().state() == GilState.BLOCKED) {
      return call.call();
    }
    ThreadRecord r = record(me, false);
    if (recorder != null) nameFromPython(r);
    if (policy == GilPolicy.PRIORITY) r.ioBound = GilRecorder.now() - r.holdStart < intervalNanos();
    if (locking) drop(r, false, what);
    else if (recorder != null) r.blocked(GilRecorder.now(), what);
    try {
      return call.call();
    } finally {
      if (locking) {
        take(r, true, false);
      } else if (recorder != null) {
        r.resumed(GilRecorder.now());
      }
    }
  }

  /**
   * At the interpreter's end: {@code -X gilstats}'s table on {@code stderr}, {@code -X giltrace}'s file. Nothing
   * when neither was asked for.
   */
  void finish(Interpreter interp) {
    if (recorder == null) return;
    nameFromPython(record(Thread.currentThread(), false));  // the main thread, even when it never blocked
    String text = recorder.finish(new GilRecorder.RunInfo(policy.name().toLowerCase(java.util.Locale.ROOT),
        intervalMicros, SysModule.sysVersion(), interp.config.argv()));
    if (!text.isEmpty()) interp.stderr.write(text);
  }
}
