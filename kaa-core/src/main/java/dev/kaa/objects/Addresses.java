package dev.kaa.objects;

import java.util.function.ToLongFunction;

/**
 * The address a repr shows ({@code <function f at 0x...>}): the object's {@code id()}, as CPython's reprs show its
 * address, which is its id. Ids are the running interpreter's ({@code IdentityNumbers}), which the runtime
 * {@link #install}s; without an interpreter (unit tests of the object model) the JVM's identity hash stands in.
 */
public final class Addresses {
  private Addresses() {}

  private static volatile ToLongFunction<Object> ids = o -> -1;

  /** Sets how ids are found: the running interpreter's {@code id()}, -1 when none runs on this thread. */
  public static void install(ToLongFunction<Object> currentInterpreters) { ids = currentInterpreters; }

  /** {@code 0x...}: the address of {@code o} in a repr, in hexadecimal with CPython's prefix. */
  public static String of(Object o) {
    long id = ids.applyAsLong(o);
    return "0x" + Long.toHexString(id >= 0 ? id : System.identityHashCode(o));
  }
}
