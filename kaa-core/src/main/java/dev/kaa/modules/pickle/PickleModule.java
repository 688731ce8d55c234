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
 * {@code PickleBuffer}, which is absent (pickle then leaves out-of-band buffers to its Python code). The
 * {@code Unpickler} is pickle's with the C module's messages where they differ: a byte that is no opcode is
 * "invalid load key", input that ends before STOP is "Ran out of input".
 */
public final class PickleModule {
  private PickleModule() {}

  public static final String NAME = "_pickle";

  private static final String SOURCE = """
      _NAMES = {'PickleError': 'PickleError', 'PicklingError': 'PicklingError',
                'UnpicklingError': 'UnpicklingError', 'Pickler': '_Pickler', 'dump': '_dump', 'dumps': '_dumps'}
      _UNPICKLING = ('Unpickler', 'load', 'loads')
      def __getattr__(name):
          if name in _NAMES:
              import pickle
              return getattr(pickle, _NAMES[name])
          if name in _UNPICKLING:
              _define_unpickler()
              return globals()[name]
          raise AttributeError(f"module '_pickle' has no attribute '{name}'")
      def __dir__():
          return sorted([*_NAMES, *_UNPICKLING])
      def _define_unpickler():
          import io, pickle
          class _Opcodes(dict):
              def __missing__(self, key):
                  shown = chr(key) if 0x20 <= key <= 0x7e and key not in (0x27, 0x5c) else '\\\\x%02x' % key
                  raise pickle.UnpicklingError(f"invalid load key, '{shown}'.")
          class Unpickler(pickle._Unpickler):
              dispatch = _Opcodes(pickle._Unpickler.dispatch)
              def load(self):
                  try:
                      return super().load()
                  except EOFError as e:
                      if e.args:
                          raise
                      raise EOFError('Ran out of input') from None
          Unpickler.__module__ = '_pickle'
          def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
              return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                               buffers=buffers).load()
          def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
              if isinstance(data, str):
                  raise TypeError("a bytes-like object is required, not 'str'")
              return Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors,
                               buffers=buffers).load()
          globals().update(Unpickler=Unpickler, load=load, loads=loads)
      """;

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, PyNone.NONE, interp);
    interp.builtinsDict().getStr("exec").call2(new PyStr(SOURCE), m.dict());
    m.dict().remove(new PyStr("__builtins__"));
    return m;
  }
}
