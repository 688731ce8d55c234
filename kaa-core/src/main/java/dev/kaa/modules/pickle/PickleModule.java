package dev.kaa.modules.pickle;

import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * {@code _pickle}: CPython's accelerator of {@code pickle}, here the same pure-Python pickler under the C module's
 * names ({@code Pickler} is {@code pickle._Pickler}, {@code dumps} is {@code pickle._dumps}...), so programs and tests
 * that import {@code _pickle} directly run, with pickle's own behaviour. The names are looked up on first access
 * (a module {@code __getattr__}): pickle imports {@code _pickle} while it is itself being defined, and asks first for
 * {@code PickleBuffer}, which is absent (pickle then leaves out-of-band buffers to its Python code).
 */
public final class PickleModule {
  private PickleModule() {}

  public static final String NAME = "_pickle";

  private static final String SOURCE = """
      _NAMES = {'PickleError': 'PickleError', 'PicklingError': 'PicklingError',
                'UnpicklingError': 'UnpicklingError', 'Pickler': '_Pickler', 'Unpickler': '_Unpickler',
                'dump': '_dump', 'dumps': '_dumps', 'load': '_load', 'loads': '_loads'}
      def __getattr__(name):
          if name in _NAMES:
              import pickle
              return getattr(pickle, _NAMES[name])
          raise AttributeError(f"module '_pickle' has no attribute '{name}'")
      def __dir__():
          return sorted(_NAMES)
      """;

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, PyNone.NONE, interp);
    interp.builtinsDict().getStr("exec").call2(new PyStr(SOURCE), m.dict());
    m.dict().remove(new PyStr("__builtins__"));
    return m;
  }
}
