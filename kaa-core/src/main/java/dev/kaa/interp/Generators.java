package dev.kaa.interp;

import dev.kaa.bytecode.CodeFlags;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStopIteration;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.RuntimeWarnings;
import dev.kaa.objects.Special;

/**
 * The generator side of the eval loop: making generator objects when a generator function is called, the
 * {@code SEND} protocol of {@code yield from}/{@code await}, the checks of {@code GET_AWAITABLE} and the async
 * iteration instructions, and StopIteration's conversions (PEP 479).
 */
final class Generators {
  private Generators() {}

  /** What calling a generator, coroutine or async generator function returns: the object around its frame. */
  static PyObject make(Frame f) {
    int flags = f.code.flags;
    if ((flags & CodeFlags.COROUTINE) != 0) return new PyCoroutine(f);
    if ((flags & CodeFlags.ASYNC_GENERATOR) != 0) return new PyAsyncGenerator(f);
    return new PyGenerator.Plain(f);
  }

  /**
   * {@code SEND}: resumes {@code receiver} with {@code v}; the value it yields, or null when it finished (its return
   * value then waits in {@link ThreadState#returnValue}).
   */
  static PyObject send(ThreadState ts, PyObject receiver, PyObject v) {
    if (receiver instanceof PyCoroutineWrapper w) receiver = w.coroutine();
    if (receiver instanceof PyGenerator g && !(receiver instanceof PyAsyncGenerator)) return g.resume(ts, v, null);
    try {
      if (v == PyNone.NONE && receiver instanceof IterNext n) {
        PyObject r = n.iterNext();
        if (r == null) ts.returnValue = PyNone.NONE;
        return r;
      }
      if (v == PyNone.NONE) return Abstract.callSpecial(receiver, Special.NEXT);
      return Abstract.call(Attributes.get(receiver, "send"), v);
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.StopIteration)) throw e;
      ts.returnValue = stopIterationValue(e.value());
      return null;
    }
  }

  static PyObject takeReturnValue(ThreadState ts) {
    PyObject v = ts.returnValue;
    ts.returnValue = null;
    return v;
  }

  /** {@code GET_YIELD_FROM_ITER}: generators and (in coroutines) coroutines as they are, else {@code iter(o)}. */
  static PyObject yieldFromIter(Frame f, PyObject o) {
    if (o instanceof PyCoroutine) {
      if ((f.code.flags & (CodeFlags.COROUTINE | CodeFlags.ITERABLE_COROUTINE)) == 0) {
        throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
      }
      return o;
    }
    if (o instanceof PyGenerator) return o;
    return Abstract.iter(o);
  }

  /**
   * {@code GET_AWAITABLE}: a coroutine itself, as is a generator of a {@code types.coroutine} function (its code
   * flagged ITERABLE_COROUTINE: asyncio's {@code sleep(0)}), else the iterator {@code __await__} returns.
   */
  static PyObject awaitable(PyObject o, int where) {
    if (o instanceof PyCoroutine c) {
      if (c.yieldFrom() != null) throw Errors.of(ExceptionTypes.RuntimeError, "coroutine is being awaited already");
      return c;
    }
    if (o instanceof PyGenerator.Plain g && (g.frame.code.flags & CodeFlags.ITERABLE_COROUTINE) != 0) return g;
    PyObject await = o.type().lookupSpecial(Special.AWAIT);
    if (await == null) {
      throw switch (where) {
        case 1 -> Errors.typeError("'async with' received an object from __aenter__ that does not implement "
            + "__await__: %s", o.type().name());
        case 2 -> Errors.typeError("'async with' received an object from __aexit__ that does not implement "
            + "__await__: %s", o.type().name());
        default -> Errors.typeError("object %s can't be used in 'await' expression", o.type().name());
      };
    }
    PyObject it = Ops.bind(await, o).call0();
    if (it instanceof PyCoroutine) throw Errors.typeError("__await__() returned a coroutine");
    if (!(it instanceof IterNext) && it.type().lookupSpecial(Special.NEXT) == null) {
      throw Errors.typeError("__await__() returned non-iterator of type '%s'", it.type().name());
    }
    return it;
  }

  /** {@code GET_AITER}: {@code o.__aiter__()}, which must have {@code __anext__}. */
  static PyObject aiter(PyObject o) {
    PyObject f = o.type().lookupSpecial(Special.AITER);
    if (f == null) {
      throw Errors.typeError("'async for' requires an object with __aiter__ method, got %s", o.type().name());
    }
    PyObject it = Ops.bind(f, o).call0();
    if (it.type().lookupSpecial(Special.ANEXT) == null) {
      throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s",
          it.type().name());
    }
    return it;
  }

  /** {@code GET_ANEXT}: the awaitable {@code aiter.__anext__()} returns. */
  static PyObject anext(PyObject aiter) {
    PyObject f = aiter.type().lookupSpecial(Special.ANEXT);
    if (f == null) {
      throw Errors.typeError("'async for' requires an iterator with __anext__ method, got %s", aiter.type().name());
    }
    PyObject next = Ops.bind(f, aiter).call0();
    try {
      return awaitable(next, 0);
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.TypeError)) throw e;
      throw Errors.typeError("'async for' received an invalid object from __anext__: %s", next.type().name());
    }
  }

  /** The handler around a generator's body: a StopIteration escaping it becomes RuntimeError (PEP 479). */
  static PyObject stopIterationError(Frame f, PyObject exc) {
    String kind = (f.code.flags & CodeFlags.COROUTINE) != 0 ? "coroutine"
        : (f.code.flags & CodeFlags.ASYNC_GENERATOR) != 0 ? "async generator" : "generator";
    PyType t = exc.type();
    String message;
    if (t.isSubtypeOf(ExceptionTypes.StopIteration)) {
      message = kind + " raised StopIteration";
    } else if (kind.equals("async generator") && t.isSubtypeOf(ExceptionTypes.StopAsyncIteration)) {
      message = "async generator raised StopAsyncIteration";
    } else {
      return exc;
    }
    PyBaseException e = PyBaseException.create(ExceptionTypes.RuntimeError, new PyStr(message));
    e.cause = exc;
    e.context = exc;
    e.suppressContext = true;
    return e;
  }

  /** {@code StopIteration.value}. */
  static PyObject stopIterationValue(PyObject exc) {
    if (exc instanceof PyStopIteration s) return s.value;
    PyTuple args = ((PyBaseException) exc).args;
    return args.size() > 0 ? args.get(0) : PyNone.NONE;
  }

  /** The StopIteration that ends a generator returning {@code value}: no arguments for None, as CPython. */
  static PyException stopIteration(PyObject value) {
    if (value == null || value == PyNone.NONE) return new PyException(ExceptionTypes.StopIteration, null);
    return Errors.stopIteration(value);
  }

  /** throw()'s arguments as the exception to raise, with the traceback it was given. */
  static PyException makeThrown(PyObject type, PyObject value, PyObject traceback) {
    if (value != null || traceback != null) {
      RuntimeWarnings.warn(ExceptionTypes.DeprecationWarning, "the (type, exc, tb) signature of throw() is "
          + "deprecated, use the single-arg signature instead.", 1);
    }
    if (traceback != null && traceback != PyNone.NONE && !(traceback instanceof PyTraceback)) {
      throw Errors.typeError("throw() third argument must be a traceback object");
    }
    PyBaseException v = PyGenerator.exceptionOf(type, value);
    if (traceback instanceof PyTraceback) v.traceback = traceback;
    return new PyException(v);
  }

  /** Closes the object a generator delegates to when the generator is closed. */
  static void closeDelegate(PyObject sub) {
    if (sub instanceof PyGenerator g) {
      g.close();
      return;
    }
    PyObject close = Abstract.getAttrOrNull(sub, "close");
    if (close != null) close.call0();
  }

  /**
   * throw() passed on to the delegate: what it yields, or null when it returned (value in
   * {@link ThreadState#returnValue}); an exception it raises propagates to be raised in the delegating frame.
   */
  static PyObject throwIntoDelegate(ThreadState ts, PyObject sub, PyException exc) {
    if (sub instanceof PyCoroutineWrapper w) sub = w.coroutine();
    if (sub instanceof PyGenerator g && !(sub instanceof PyAsyncGenerator)) return g.throwInto(ts, exc);
    PyObject meth = Abstract.getAttrOrNull(sub, "throw");
    if (meth == null) throw exc;
    PyBaseException v = exc.value();
    return meth.call(new PyObject[] {v.type(), v, v.traceback == null ? PyNone.NONE : v.traceback}, 0, 3, null);
  }
}
