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
 * "invalid load key", input that ends before STOP is "Ran out of input"; the {@code Pickler} likewise for an object
 * pickled by name that cannot be found ("attribute lookup ... failed", "import of module ... failed", and
 * AttributeError for a local object). The exception classes are pickle's, named {@code _pickle.PicklingError}... as
 * the C module's are (pickle.py takes them from {@code _pickle}, so CPython shows that name).
 */
public final class PickleModule {
  private PickleModule() {}

  public static final String NAME = "_pickle";

  private static final String SOURCE = """
      _ERRORS = ('PickleError', 'PicklingError', 'UnpicklingError')
      _PICKLING = ('Pickler', 'dump', 'dumps')
      _UNPICKLING = ('Unpickler', 'load', 'loads')
      def __getattr__(name):
          if name in _ERRORS:
              import pickle
              error = getattr(pickle, name)
              error.__module__ = '_pickle'
              globals()[name] = error
              return error
          if name in _PICKLING:
              _define_pickler()
              return globals()[name]
          if name in _UNPICKLING:
              _define_unpickler()
              return globals()[name]
          raise AttributeError(f"module '_pickle' has no attribute '{name}'")
      def __dir__():
          return sorted([*_ERRORS, *_PICKLING, *_UNPICKLING])
      def _define_pickler():
          import io, pickle, sys
          class Pickler(pickle._Pickler):
              def save_global(self, obj, name=None):
                  # the C pickler's checks and messages, before pickle's (which says "it's not found as" for all)
                  qualname = name
                  if qualname is None:
                      qualname = getattr(obj, '__qualname__', None)
                  if qualname is None:
                      qualname = obj.__name__
                  if '<locals>' in qualname.split('.'):
                      raise AttributeError(f"Can't pickle local object {qualname!r}")
                  module_name = pickle.whichmodule(obj, qualname)
                  try:
                      __import__(module_name, level=0)
                      module = sys.modules[module_name]
                  except (ImportError, KeyError):
                      raise pickle.PicklingError(
                          f"Can't pickle {obj!r}: import of module {module_name!r} failed") from None
                  try:
                      found, _ = pickle._getattribute(module, qualname)
                  except AttributeError:
                      raise pickle.PicklingError(
                          f"Can't pickle {obj!r}: attribute lookup {qualname} on {module_name} failed") from None
                  if found is not obj:
                      raise pickle.PicklingError(
                          f"Can't pickle {obj!r}: it's not the same object as {module_name}.{qualname}")
                  return super().save_global(obj, name)
              dispatch = dict(pickle._Pickler.dispatch)
              dispatch[type(_define_pickler)] = save_global  # functions are pickled by name
          Pickler.__module__ = '_pickle'
          Pickler.__qualname__ = 'Pickler'
          def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
              Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
          def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
              f = io.BytesIO()
              Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
              return f.getvalue()
          globals().update(Pickler=Pickler, dump=dump, dumps=dumps)
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
          Unpickler.__qualname__ = 'Unpickler'
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
