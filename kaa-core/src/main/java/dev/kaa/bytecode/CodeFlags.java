package dev.kaa.bytecode;

/** {@code co_flags} bits, with CPython's values (so {@code inspect.CO_*} reads Kaa's code objects unchanged). */
public final class CodeFlags {
  private CodeFlags() {}

  public static final int OPTIMIZED = 0x1;
  public static final int NEWLOCALS = 0x2;
  public static final int VARARGS = 0x4;
  public static final int VARKEYWORDS = 0x8;
  public static final int NESTED = 0x10;
  public static final int GENERATOR = 0x20;
  public static final int NOFREE = 0x40;
  public static final int COROUTINE = 0x80;
  public static final int ITERABLE_COROUTINE = 0x100;
  public static final int ASYNC_GENERATOR = 0x200;
  /** {@code from __future__ import annotations}. */
  public static final int FUTURE_ANNOTATIONS = 0x1000000;
  public static final int FUTURE_BARRY_AS_BDFL = 0x400000;

  /** Calling such code makes a generator, coroutine or async generator instead of running it. */
  public static boolean makesGenerator(int flags) {
    return (flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR)) != 0;
  }
}
