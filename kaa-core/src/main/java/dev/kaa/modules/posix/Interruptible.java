package dev.kaa.modules.posix;

import dev.kaa.interp.Eval;
import dev.kaa.interp.ThreadState;
import dev.kaa.modules.gc.IdleCollection;
import dev.kaa.runtime.Gil;
import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Blocking calls as CPython makes them: with the GIL released, and interruptible by signals. A wait lasts at most a
 * tick, then looks whether signal handlers (Ctrl-C's KeyboardInterrupt, {@code signal.signal} handlers) wait to run
 * on this thread; if so it stops, as a system call returns EINTR, the GIL is taken back, the handlers run (one may
 * raise) and the call waits again (PEP 475's retry). See docs/threads-basic.md.
 */
public final class Interruptible {
  private Interruptible() {}

  /** How long one wait lasts before pending calls are looked at, in milliseconds. */
  public static final long TICK_MILLIS = 20;

  /** The calling thread's place in {@link #call}. */
  private static final class WaitState {
    /** Inside {@link #call}: its waits hold no GIL and must not run Python code. */
    boolean released;
    /** The outermost call's wait: when it may stop for a collection. */
    final IdleCollection.Wait idle = new IdleCollection.Wait();
  }

  private static final ThreadLocal<WaitState> STATE = ThreadLocal.withInitial(WaitState::new);

  /** A wait that stopped because signal handlers wait to run on this thread: a system call's EINTR. */
  static final class SignalsPending extends IOException {
    SignalsPending() { super("signals pending"); }
  }

  /** A blocking call that may fail with an I/O error. */
  @FunctionalInterface
  public interface Wait<T> extends Gil.Blocking<T, IOException> {}

  /**
   * Runs {@code wait} with the GIL released, the section named {@code what} ("os.read", "time.sleep"...) for the
   * GIL's statistics; when it stops because signal handlers wait ({@link #checkpoint}), runs them with the GIL held
   * and calls it again. {@code wait} must not touch Python objects: it runs beside other threads' Python code.
   */
  public static <T> T call(String what, Wait<T> wait) throws IOException {
    WaitState state = STATE.get();
    boolean outer = state.released;
    if (!outer) state.idle.start(System.nanoTime());
    while (true) {
      state.released = true;
      try {
        return Gil.releaseDuring(what, wait);
      } catch (SignalsPending e) {
        state.released = outer;
        Eval.servicePendingCalls();
      } finally {
        state.released = outer;
      }
    }
  }

  /**
   * Between two ticks of a wait: stops it ({@link SignalsPending}, inside {@link #call}) when signal handlers wait to
   * run on this thread, or runs them (a wait made with the GIL held).
   */
  public static void checkpoint() throws IOException {
    if (Pump.isPump()) return;
    WaitState state = STATE.get();
    if (!state.released) {
      Eval.servicePendingCalls();
    } else if (Eval.pendingCallsWaiting()) {
      throw new SignalsPending();
    } else if (ThreadState.current().runsPendingCalls() && state.idle.due(System.nanoTime())) {
      // the program waits: the objects it let go of are collected now, their callbacks run by this thread
      Eval.addPendingCall(IdleCollection::collect, dev.kaa.runtime.Interpreter.current());
      throw new SignalsPending();
    }
  }

  /**
   * Whether waits on this thread must wake every tick to look for signals: the main thread's. Others may block
   * until woken (pending calls never run on them).
   */
  public static boolean ticks() { return !Pump.isPump() && ThreadState.current().runsPendingCalls(); }

  /** One try of a wait for something: its result, or null when {@code nanos} passed without it. */
  @FunctionalInterface
  public interface TimedWait<T> {
    T await(long nanos) throws InterruptedException, IOException;
  }

  /**
   * Waits with {@code attempt} until it gives a result or {@code nanos} (negative: forever) have passed, with the GIL
   * released; on the main thread in ticks, with signal handlers running between them. Null when the time ran out. A
   * Java interrupt does not end the wait (it is kept for the caller), as a POSIX lock wait ignores EINTR.
   */
  public static <T> T poll(String what, long nanos, TimedWait<T> attempt) throws IOException {
    long end = System.nanoTime() + nanos;
    return call(what, () -> {
      boolean interrupted = false;
      try {
        while (true) {
          long left = nanos < 0 ? Long.MAX_VALUE : Math.max(0, end - System.nanoTime());
          try {
            T got = attempt.await(ticks() ? Math.min(left, TICK_MILLIS * 1_000_000) : left);
            if (got != null) return got;
          } catch (InterruptedException e) {
            interrupted = true;
          }
          if (nanos >= 0 && end - System.nanoTime() <= 0) return null;
          checkpoint();
        }
      } finally {
        if (interrupted) Thread.currentThread().interrupt();
      }
    });
  }

  /** Waits on {@code monitor} (held by the caller) until notified or a tick passes; then {@link #checkpoint}. */
  public static void await(Object monitor) throws IOException {
    try {
      monitor.wait(TICK_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
    checkpoint();
  }

  /** Sleeps {@code nanos} nanoseconds with the GIL released; signal handlers run meanwhile ({@code time.sleep}). */
  public static void sleep(long nanos) throws IOException {
    long end = System.nanoTime() + nanos;
    call("time.sleep", () -> {
      for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
        long step = Math.min(left, TICK_MILLIS * 1_000_000);
        try {
          Thread.sleep(step / 1_000_000, (int) (step % 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted");
        }
        checkpoint();
      }
      return null;
    });
  }
}
