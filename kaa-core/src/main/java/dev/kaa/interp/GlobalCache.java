package dev.kaa.interp;

import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyObject;

/**
 * LOAD_GLOBAL's inline cache: where the name was found, as an entry index in the globals dict (when
 * {@link #builtins} is null) or in the builtins dict, valid while the dicts involved keep their layout versions.
 * A hit reads the entry's value slot, so rebinding a global or a builtin is seen at once; adding or deleting any
 * global (a global that now shadows a builtin) or any builtin changes a version and the lookup is done again.
 */
record GlobalCache(PyDict globals, int globalsVersion, PyDict builtins, int builtinsVersion, int entry) {

  /** The cached global's current value, or null when {@code cache} does not apply to these dicts as they are now. */
  static PyObject hit(Object cache, PyDict globals, PyDict builtins) {
    if (cache instanceof GlobalCache c && c.globals == globals && c.globalsVersion == globals.layoutVersion()) {
      if (c.builtins == null) return globals.entryValue(c.entry);
      if (c.builtins == builtins && c.builtinsVersion == builtins.layoutVersion()) return builtins.entryValue(c.entry);
    }
    return null;
  }

  /** The uncached lookup (globals, then builtins, else NameError), remembering where it found the name. */
  static PyObject load(Frame f, String name, int at) {
    PyDict globals = f.globals, builtins = f.builtins;
    int globalsVersion = globals.layoutVersion();
    int entry = globals.indexOfStr(name);
    if (entry >= 0) {
      f.pycode.inlineCaches[at] = new GlobalCache(globals, globalsVersion, null, 0, entry);
      return globals.entryValue(entry);
    }
    PyObject v = entry == -1 ? null : globals.getStr(name);
    if (v != null) return v;
    v = Ops.loadBuiltin(f, name);
    int builtinsVersion = builtins.layoutVersion();
    int builtinEntry = builtins.indexOfStr(name);
    if (entry == -1 && builtinEntry >= 0 && globals.layoutVersion() == globalsVersion) {
      f.pycode.inlineCaches[at] = new GlobalCache(globals, globalsVersion, builtins, builtinsVersion, builtinEntry);
    }
    return v;
  }
}
