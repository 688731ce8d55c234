# The modules CPython 3.12 freezes come from FrozenImporter: their specs, files, code names and _imp's answers.
import sys, _imp, os, traceback
import importlib.util, runpy, __hello__, __phello__, __phello__.spam

stdlib = sys._stdlib_dir


def rel(path):
    return path.replace(stdlib, '<stdlib>') if isinstance(path, str) else path


def show(name):
    m = sys.modules[name]
    spec, state = m.__spec__, m.__spec__.loader_state
    locations = spec.submodule_search_locations
    print(name, spec.name, spec.origin, spec.loader.__name__, spec.has_location,
          locations if locations is None else [rel(p) for p in locations],
          rel(getattr(m, '__file__', None)), hasattr(m, '__cached__'),
          state and (rel(state.filename), state.origname))


for name in ['_frozen_importlib', '_frozen_importlib_external', 'zipimport', 'abc', 'io', '_collections_abc',
             '_sitebuiltins', 'genericpath', 'posixpath', 'os.path', 'os', 'site', 'stat', 'importlib.util', 'runpy',
             '__hello__', '__phello__', '__phello__.spam']:
    show(name)
print(os.path is sys.modules['posixpath'])

print(_imp.is_frozen('os'), _imp.is_frozen('json'), _imp.find_frozen('json'))
print(_imp.find_frozen('os'), _imp.find_frozen('os.path'), _imp.find_frozen('__phello__.__init__'))
print(_imp.is_frozen_package('__phello__'), _imp.is_frozen_package('os'))
for name in ['os', 'os.path', '__phello__', '__phello__.__init__', '__phello_alias__', '_frozen_importlib']:
    code = _imp.get_frozen_object(name)
    print(name, code.co_filename, code.co_name)
for call in (_imp.get_frozen_object, _imp.is_frozen_package):
    try:
        call('json')
    except ImportError as e:
        print(type(e).__name__, e, e.name)
print(_imp._frozen_module_names()[:28])

_imp._override_frozen_modules_for_tests(-1)
print(_imp.find_frozen('os'), _imp.is_frozen('stat'), _imp.is_frozen('zipimport'), _imp._frozen_module_names())
_imp._override_frozen_modules_for_tests(0)
print(_imp.is_frozen('stat'))

__hello__.main()
import __hello_alias__, __phello_alias__
show('__hello_alias__')
show('__phello_alias__')

try:
    os.environ['KAA_NO_SUCH_VARIABLE']
except KeyError:
    print(traceback.format_exc().replace(__file__, 'frozen_modules.py'))
