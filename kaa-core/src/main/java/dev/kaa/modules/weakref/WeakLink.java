package dev.kaa.modules.weakref;

import dev.kaa.runtime.Interpreter;

/** A Python weak reference to an object, as its {@link WeakrefRegistry.Referent} keeps them: a ref or a proxy. */
interface WeakLink {
  /** A ref of the exact type without callback: {@code ref(o)} hands it out again. */
  boolean isBasicRef();

  /** A proxy without callback: {@code proxy(o)} hands it out again. */
  boolean isBasicProxy();

  /** The object has died: the callback (if any) runs now. */
  void died(Interpreter interp);
}
