package dev.kaa.interp;

import static dev.kaa.bytecode.Op.*;

import dev.kaa.bytecode.Code;
import dev.kaa.jit.JitPolicy;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The eval loop: runs a frame's instructions until it returns or (a generator's frame) yields. One {@code switch}
 * over {@link dev.kaa.bytecode.Op}'s numbers; the code array, the frame's slot array and the stack pointer live in
 * Java locals. Each case follows the stack comment of its opcode in Op.java. Common cases have inline fast paths for
 * exact built-in types; rare or long cases call out to {@link Ops}, {@link Calls} and {@link Unwind} so this method
 * stays small enough for HotSpot to compile (docs/interpreter.md gives its size).
 *
 * <p>Exceptions are Java exceptions ({@link PyException}) caught around the dispatch loop: the handler for the
 * instruction that raised comes from the code's exception table (zero cost when nothing is raised).
 */
public final class Eval {
  private Eval() {}

  /**
   * Non-zero when something wants the running threads' attention at the next safe point (a loop's backward jump,
   * a frame's start or resumption, the end of a call: where CPython 3.12 checks its eval breaker): pending calls,
   * signals, the GIL's drop request (docs/gil.md). One volatile read at each check: free while nothing is asked.
   */
  static volatile int evalBreaker;
  private static final ConcurrentLinkedQueue<Pending> PENDING = new ConcurrentLinkedQueue<>();

  /**
   * Whose a pending call is: an interpreter's, or the signal dispositions of a program. Several interpreters may share
   * the JVM (tests, embeddings), one after another or at once, and each runs only its own calls, as each CPython
   * interpreter has its own pending calls; a call whose owner has ended is dropped unrun.
   */
  public interface PendingOwner {
    /** Whether the calling thread runs the owner's Python code. */
    boolean isCurrent();

    /** Whether the owner has ended (its program's end has run): its calls will never run. */
    boolean hasEnded();
  }

  /** A call waiting for a safe point; {@code owner} null: anyone's (a signal from outside, for whoever runs). */
  private static final class Pending {
    final Runnable action;
    final PendingOwner owner;

    Pending(Runnable action, PendingOwner owner) {
      this.action = action;
      this.owner = owner;
    }

    boolean runsHere() { return owner == null || owner.isCurrent(); }
  }

  /** Runs {@code action} on a Python thread at its next safe point (CPython's Py_AddPendingCall). */
  public static void addPendingCall(Runnable action) { addPendingCall(action, null); }

  /** The same on a thread of {@code owner}'s, dropped if the owner ends first (null: on any thread). */
  public static void addPendingCall(Runnable action, PendingOwner owner) {
    PENDING.add(new Pending(action, owner));
    evalBreaker = 1;
  }

  /**
   * Runs the pending calls now, from a blocking wait that must stay interruptible (time.sleep, a pipe read): a
   * KeyboardInterrupt or a signal handler's exception comes out of it.
   */
  public static void servicePendingCalls() {
    if (evalBreaker != 0) serviceBreaker();
  }

  /**
   * Whether pending calls wait to run on the calling thread: a wait it makes with the GIL released stops, as a system
   * call returns EINTR, so that they can run ({@code dev.kaa.modules.posix.Interruptible}).
   */
  public static boolean pendingCallsWaiting() {
    if (PENDING.isEmpty() || !ThreadState.current().runsPendingCalls) return false;
    for (Pending p : PENDING) {
      if (p.runsHere()) return true;
    }
    return false;
  }

  /** Makes every thread running Python visit its {@link SafePoint} at its next safe point. */
  public static void requestSafePoint() { evalBreaker = 1; }

  static void serviceBreaker() {
    ThreadState ts = ThreadState.current();
    if (ts.runsPendingCalls) {
      // cleared while the calls run: a signal handler's own safe points must not run the calls queued after it
      // (nested in it, one inside the other), only those that arrive meanwhile
      evalBreaker = 0;
      try {
        for (Pending p : PENDING) {
          if (p.runsHere()) {
            if (PENDING.remove(p)) p.action.run();
          } else if (p.owner.hasEnded()) {
            PENDING.remove(p);
          }
        }
      } finally {
        // set again while calls are left: another interpreter's, for its threads; those after a handler that raised,
        // for the next check (as CPython re-trips its signals then); any added meanwhile
        if (!PENDING.isEmpty()) evalBreaker = 1;
      }
    } else if (PENDING.isEmpty()) {
      evalBreaker = 0;
      if (!PENDING.isEmpty()) evalBreaker = 1;  // added meanwhile: its own setting may have come before our clearing
    }
    // else a signal's handler waits for the main thread, as CPython's: the breaker stays set for it, untouched (clearing
    // and setting it again at each check was a write to a line every thread reads, free-threaded threads in parallel)
    SafePoint here = ts.safePoint;
    if (here != null) here.reached();
  }

  /** Runs module code with {@code globals} as its namespace (locals are the globals, as at module level). */
  public static PyObject execModule(Code code, PyDict globals, PyDict builtins) {
    return exec(code, globals, globals, builtins);
  }

  /** {@code exec(code, globals, locals)}: {@code locals} may be any mapping. Returns what the code returns. */
  public static PyObject exec(Code code, PyDict globals, PyObject locals, PyDict builtins) {
    return run(ThreadState.current(), new Frame(PyCode.of(code), globals, builtins, locals, null));
  }

  /**
   * {@code exec(code, globals, locals, closure=cells)} of a function's code: run as a call of a function without
   * defaults and with no arguments (its parameters bound as such a call binds them), its free variables the cells.
   */
  public static PyObject exec(Code code, PyDict globals, PyObject locals, PyDict builtins, PyCell[] closure) {
    PyCode pycode = PyCode.of(code);
    PyFunction fn = new PyFunction(pycode, globals, builtins, closure);
    Frame f = new Frame(pycode, globals, builtins, locals, fn);
    ArgBinder.bind(fn, f.localsplus, new PyObject[0], 0, 0, null);
    return run(ThreadState.current(), f);
  }

  static PyObject run(ThreadState ts, Frame f) { return run(ts, f, null); }

  /**
   * Runs {@code f} from its saved instruction index; {@code thrown} (when not null) is raised there first, as
   * {@code generator.throw()} does. Returns the frame's return value, or the value yielded when it suspends
   * ({@link Frame#next} is then positive).
   */
  static PyObject run(ThreadState ts, Frame f, PyException thrown) {
    int depth = ts.depth;
    ts.enter(f);
    try {
      if (JitPolicy.enabled && !ts.tracing) {
        JitCode compiled = JitSupport.entry(f.pycode);
        if (compiled != null) return JitSupport.runCompiled(compiled, ts, f, thrown, false);
      }
      PyObject result = loop(ts, f, thrown);
      return result != JitSupport.OSR ? result : JitSupport.continueCompiled(ts, f);
    } finally {
      // the frames of Python functions this one called and that are still running, when a Java error escaped
      ts.frame = f.back;
      ts.depth = depth;
    }
  }

  /**
   * A backward jump to {@code target} (JUMP_BACKWARD, or a conditional jump closing a {@code while} loop): the eval
   * breaker, then whether the rest of the frame is to run compiled from the loop header (docs/jit.md); then the loop
   * returns {@link JitSupport#OSR} with {@link Frame#next} and {@link Frame#sp} set. Only the loop's own frame is
   * handed over.
   */
  private static boolean backedge(Frame f, int target, int sp, int calls, boolean traced) {
    if (evalBreaker != 0) serviceBreaker();
    if (!JitPolicy.enabled || calls != 0 || traced || !JitSupport.osrReady(f, target)) return false;
    f.next = target;
    f.sp = sp;
    return true;
  }

  /**
   * Runs {@code entry}, and in the same Java activation the Python functions it calls (docs/calling-convention.md):
   * a call pushes the callee's frame and switches the loop's locals to it; its return pops back to the caller, whose
   * instruction index and stack pointer wait in its {@link Frame#next} and {@link Frame#sp} meanwhile. An exception
   * no handler of the running frame takes unwinds it the same way until the entry frame, which throws it.
   */
  private static PyObject loop(ThreadState ts, Frame entry, PyException thrown) {
    Frame f = entry;
    int calls = 0;  // frames running above the entry one
    int pc = f.next;
    int sp = f.sp;
    String[] kwnames = null;
    frames:
    while (true) {
      final boolean traced = ts.tracing;
      final int[] code = traced ? Tracing.words(f.code.length()) : f.code.instructionsForInterpreter();
      final PyObject[] s = f.localsplus;
      final PyObject[] consts = f.pycode.consts;
      final String[] names = f.pycode.names;
      final Object[] caches = f.pycode.inlineCaches;
      final PyDict globals = f.globals;
      final PyDict builtins = f.builtins;
      try {
        if (thrown != null) {
          PyException t = thrown;
          thrown = null;
          if (traced) Tracing.thrownIn(ts, f);
          throw t;
        }
        while (true) {
          int word = code[pc++];
          if (word == Tracing.TRACE) {
            // a traced frame's word (Tracing): the events due here, then the real instruction
            int at = Tracing.before(ts, f, pc - 1, s, sp);
            if (at != pc - 1) {
              pc = at + 1;
              sp = f.sp;
            }
            word = f.code.word(at);
          }
          final int arg = word >>> 8;
          switch (word & 0xff) {
            case NOP -> {}
            case RESUME -> {
              if (evalBreaker != 0) serviceBreaker();
            }
            case POP_TOP -> s[--sp] = null;
            case PUSH_NULL -> s[sp++] = null;
            case COPY -> {
              s[sp] = s[sp - arg];
              sp++;
            }
            case SWAP -> {
              PyObject t = s[sp - 1];
              s[sp - 1] = s[sp - arg];
              s[sp - arg] = t;
            }
            case LOAD_CONST -> s[sp++] = consts[arg];
            case LOAD_FAST -> s[sp++] = s[arg];
            case LOAD_FAST_CHECK -> {
              PyObject v = s[arg];
              if (v == null) throw Ops.unboundLocal(f, arg);
              s[sp++] = v;
            }
            case LOAD_FAST_AND_CLEAR -> {
              s[sp++] = s[arg];
              s[arg] = null;
            }
            case STORE_FAST -> s[arg] = s[--sp];
            case MAKE_CELL -> s[arg] = new PyCell(s[arg]);
            case COPY_FREE_VARS -> Ops.copyFreeVars(f, arg);
            case LOAD_DEREF -> {
              PyObject v = ((PyCell) s[arg]).contents;
              if (v == null) throw Ops.unboundDeref(f, arg);
              s[sp++] = v;
            }
            case LOAD_CLOSURE -> s[sp++] = s[arg];
            case STORE_DEREF -> ((PyCell) s[arg]).contents = s[--sp];
            case LOAD_NAME -> s[sp++] = Ops.loadName(f, names[arg]);
            case STORE_NAME -> Ops.storeName(f, names[arg], s[--sp]);
            case LOAD_GLOBAL -> {
              PyObject v = GlobalCache.hit(caches[pc - 1], globals, builtins);
              if (v == null) v = GlobalCache.load(f, names[arg >>> 1], pc - 1);
              if ((arg & 1) != 0) s[sp++] = null;
              s[sp++] = v;
            }
            case STORE_GLOBAL -> globals.put(new PyStr(names[arg]), s[--sp]);
            case LOAD_ATTR -> {
              String name = names[arg >>> 1];
              if ((arg & 1) == 0) s[sp - 1] = AttributeCache.load(caches, pc - 1, s[sp - 1], name);
              else sp = AttributeCache.loadMethod(caches, pc - 1, s, sp, name);
            }
            case STORE_ATTR -> {
              AttributeCache.store(caches, pc - 1, s[sp - 1], names[arg], s[sp - 2]);
              sp -= 2;
            }
            case LOAD_SUPER_ATTR -> sp = AttributeCache.loadSuper(caches, pc - 1, s, sp, names[arg >>> 2], arg);
            case BINARY_SUBSCR -> {
              PyObject key = s[--sp];
              s[sp - 1] = Ops.getItem(s[sp - 1], key);
            }
            case STORE_SUBSCR -> {
              Ops.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
              sp -= 3;
            }
            case BINARY_SLICE -> {
              sp -= 2;
              s[sp - 1] = Ops.getSlice(s[sp - 1], s[sp], s[sp + 1]);
            }
            case UNARY_NEGATIVE -> s[sp - 1] = Ops.negative(s[sp - 1]);
            case UNARY_NOT -> s[sp - 1] = PyBool.of(!Abstract.isTrue(s[sp - 1]));
            case BINARY_OP -> {
              PyObject b = s[--sp];
              s[sp - 1] = Ops.binary(s[sp - 1], b, arg);
            }
            case COMPARE_OP -> {
              PyObject b = s[--sp];
              int holds = NumericFastPaths.compare(s[sp - 1], b, arg);
              if (holds == NumericFastPaths.UNKNOWN) {
                s[sp - 1] = Ops.compare(s[sp - 1], b, arg);
              } else {
                // a conditional jump on the result takes it directly: no bool pushed and popped, one dispatch less
                int next = code[pc], jump = next & 0xff;
                if (jump == POP_JUMP_IF_FALSE || jump == POP_JUMP_IF_TRUE) {
                  sp--;
                  int to = (holds != 0) == (jump == POP_JUMP_IF_TRUE) ? next >>> 8 : pc + 1;
                  if (to < pc && backedge(f, to, sp, calls, traced)) return JitSupport.OSR;
                  pc = to;
                } else {
                  s[sp - 1] = PyBool.of(holds != 0);
                }
              }
            }
            case IS_OP -> {
              PyObject b = s[--sp];
              s[sp - 1] = PyBool.of((s[sp - 1] == b) != (arg == 1));
            }
            case CONTAINS_OP -> {
              PyObject b = s[--sp];
              s[sp - 1] = PyBool.of(Abstract.contains(b, s[sp - 1]) != (arg == 1));
            }
            case BUILD_TUPLE -> {
              sp -= arg;
              s[sp] = Ops.tuple(s, sp, arg);
              sp++;
            }
            case BUILD_LIST -> {
              sp -= arg;
              s[sp] = new PyList(Ops.copy(s, sp, arg));
              sp++;
            }
            case BUILD_STRING -> {
              sp -= arg;
              s[sp] = Ops.buildString(s, sp, arg);
              sp++;
            }
            case BUILD_SLICE -> {
              sp -= arg;
              s[sp] = Ops.buildSlice(s, sp, arg);
              sp++;
            }
            case LIST_APPEND -> {
              PyObject v = s[--sp];
              ((PyList) s[sp - arg]).add(v);
            }
            case SET_ADD -> {
              PyObject v = s[--sp];
              Ops.setAdd(s[sp - arg], v);
            }
            case MAP_ADD -> {
              sp -= 2;
              ((PyDict) s[sp - arg]).put(s[sp], s[sp + 1]);
            }
            case LIST_EXTEND -> {
              PyObject v = s[--sp];
              Ops.listExtend((PyList) s[sp - arg], v);
            }
            case UNPACK_SEQUENCE -> sp = Ops.unpackSequence(s, sp, arg);
            case FORMAT_VALUE -> {
              if ((arg & 4) != 0) {
                PyObject spec = s[--sp];
                s[sp - 1] = Ops.formatValue(s[sp - 1], arg & 3, spec);
              } else {
                s[sp - 1] = Ops.formatValue(s[sp - 1], arg & 3, null);
              }
            }

            case JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT -> pc = arg;
            case JUMP_BACKWARD -> {
              // the breaker before pc moves: what its service raises is raised by this jump, on its line, as CPython's
              if (backedge(f, arg, sp, calls, traced)) return JitSupport.OSR;
              pc = arg;
            }
            case POP_JUMP_IF_FALSE -> {
              PyObject v = s[--sp];
              if (v == PyBool.FALSE || v != PyBool.TRUE && !Abstract.isTrue(v)) {
                if (arg < pc && backedge(f, arg, sp, calls, traced)) return JitSupport.OSR;
                pc = arg;
              }
            }
            case POP_JUMP_IF_TRUE -> {
              PyObject v = s[--sp];
              if (v == PyBool.TRUE || v != PyBool.FALSE && Abstract.isTrue(v)) {
                if (arg < pc && backedge(f, arg, sp, calls, traced)) return JitSupport.OSR;
                pc = arg;
              }
            }
            case POP_JUMP_IF_NONE -> {
              if (s[--sp] == PyNone.NONE) {
                if (arg < pc && backedge(f, arg, sp, calls, traced)) return JitSupport.OSR;
                pc = arg;
              }
            }
            case POP_JUMP_IF_NOT_NONE -> {
              if (s[--sp] != PyNone.NONE) {
                if (arg < pc && backedge(f, arg, sp, calls, traced)) return JitSupport.OSR;
                pc = arg;
              }
            }
            case GET_ITER -> s[sp - 1] = Ops.iter(s[sp - 1]);
            case FOR_ITER -> {
              PyObject it = s[sp - 1];
              PyObject v = it instanceof PyGenerator.Plain g ? g.next(ts)
                  : it instanceof IterNext n ? n.iterNext() : Abstract.next(it);
              if (v != null) {
                s[sp++] = v;
              } else {
                s[--sp] = null;
                pc = arg;
              }
            }
            case CALL -> {
              int base = sp - arg - 2;
              PyObject callable = s[base];
              int from = base + 1, npos = arg + 1;
              if (callable == null) {
                callable = s[base + 1];
                if (callable instanceof PyBoundMethod m) {
                  // self takes the bound method's slot: the call needs no new argument array
                  s[base + 1] = m.self;
                  callable = m.function;
                } else {
                  from++;
                  npos--;
                }
              }
              String[] kw = kwnames;
              if (kw != null) {
                npos -= kw.length;
                kwnames = null;
              }
              f.lasti = pc - 1;
              f.callTop = sp;
              if (callable instanceof PyFunction fn) {
                Frame callee = fn.frame(s, from, npos, kw);
                if (fn.makesGenerator) {
                  s[base] = Generators.make(callee);
                } else if (JitPolicy.enabled) {
                  // a Java call: the callee may be compiled, and a hot loop in it can be handed over (docs/jit.md)
                  s[base] = run(ts, callee);
                } else {
                  ts.enter(callee);
                  f.next = pc;
                  f.sp = base + 1;
                  f = callee;
                  pc = 0;
                  sp = callee.sp;
                  calls++;
                  continue frames;
                }
              } else {
                s[base] = Calls.call(f, callable, s, from, npos, kw);
              }
              f.callTop = 0;
              sp = base + 1;
              if (evalBreaker != 0) serviceBreaker();  // after a call, as CPython 3.12's CALL
              if (ts.tracing != traced) continue frames;  // a debugger started (or stopped) tracing this thread
            }
            case KW_NAMES -> kwnames = f.pycode.keywordNames[arg];
            case CALL_FUNCTION_EX -> {
              f.lasti = pc - 1;
              PyObject kwargs = (arg & 1) != 0 ? s[--sp] : null;
              PyObject args = s[--sp];
              PyObject callable = s[--sp];
              s[sp - 1] = Calls.callEx(callable, args, kwargs);
              if (evalBreaker != 0) serviceBreaker();
            }
            case MAKE_FUNCTION -> sp = Calls.makeFunction(f, s, sp, arg);
            case RETURN_VALUE, RETURN_CONST -> {
              PyObject result = (word & 0xff) == RETURN_VALUE ? s[--sp] : consts[arg];
              f.next = -1;
              f.lasti = pc - 1;  // a finished frame's f_lineno is the line it returned on
              if (calls == 0) return result;
              calls--;
              f = Calls.returnTo(ts, f, result);
              pc = f.next;
              sp = f.sp;
              continue frames;
            }
            case YIELD_VALUE -> {
              f.next = pc;
              f.sp = sp - 1;
              f.lasti = pc - 1;
              PyObject value = s[sp - 1];
              f.clearStackFrom(sp - 1);
              return value;
            }
            case SEND -> {
              f.lasti = pc - 1;
              PyObject v = s[--sp];
              PyObject r = Generators.send(ts, s[sp - 1], v);
              if (r != null) {
                s[sp++] = r;
              } else {
                s[sp - 1] = Generators.takeReturnValue(ts);
                pc = arg;
              }
            }
            case PUSH_EXC_INFO -> {
              PyObject exc = s[sp - 1];
              PyObject prev = ts.excInfo.value;
              s[sp - 1] = prev == null ? PyNone.NONE : prev;
              s[sp++] = exc;
              ts.excInfo.value = Unwind.asException(exc);
            }
            case POP_EXCEPT -> ts.excInfo.value = Unwind.asException(s[--sp]);
            case RERAISE -> {
              PyObject exc = s[--sp];
              if (arg != 0) f.lasti = Unwind.lastiFrom(s[sp - arg]);
              throw Unwind.reraise(ts, exc);
            }
            case RAISE_VARARGS -> {
              sp -= arg;
              throw Unwind.raise(ts, arg, s, sp);
            }
            case CHECK_EXC_MATCH -> s[sp - 1] = PyBool.of(Unwind.exceptionMatches(s[sp - 2], s[sp - 1]));
            default -> sp = RareOps.execute(ts, f, s, sp, word);
          }
        }
      } catch (Throwable t) {
        PyException e = Unwind.asPython(t);
        while (true) {
          int at = Math.max(pc - 1, 0);
          boolean fresh = Unwind.addTraceback(ts, f, e, at);
          if (ts.tracing) e = Tracing.exception(ts, f, e, fresh);
          int handler = Unwind.findHandler(f, at, e);
          if (handler >= 0) {
            pc = handler;
            break;
          }
          if (ts.tracing) e = Tracing.unwind(ts, f, e);
          f.next = -1;
          if (calls == 0) throw e;
          calls--;
          ts.leave(f);
          f = f.back;
          pc = f.next;
        }
        sp = f.sp;
        f.callTop = 0;
        kwnames = null;
      }
    }
  }
}
