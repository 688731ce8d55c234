package dev.kaa.modules.random;

import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/** The {@code _random} module: the {@link PyRandom} type under CPython's {@code random.py}. */
public final class RandomModule {
  private RandomModule() {}

  public static final String NAME = "_random";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("Module implements the Mersenne Twister random number generator."),
        interp);
    m.put("Random", PyRandom.TYPE);
    return m;
  }
}
