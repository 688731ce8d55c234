package dev.kaa.modules.imp;

import dev.kaa.bytecode.PycFile;
import dev.kaa.interp.PyCode;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMemoryView;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.BuiltinModules;
import dev.kaa.runtime.FrozenModules;
import dev.kaa.runtime.Gil;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code _imp}: what CPython's importlib ({@code _bootstrap}, {@code _bootstrap_external}, {@code importlib.util})
 * asks of the interpreter. Built-in modules come from {@link BuiltinModules}, frozen ones from {@link FrozenModules};
 * Kaa loads no C extensions, and says so as CPython does for a name it does not know. Hash-based pycs hash as
 * {@link PycFile#sourceHash} does, since their bytes are Kaa's own.
 */
public final class ImpModule extends PyModule {
  public static final String NAME = "_imp";

  /** The global import lock ({@code acquire_lock}): reentrant, one per interpreter, as this module is. */
  private final ReentrantLock importLock = new ReentrantLock();

  private ImpModule(Interpreter interp) {
    super(NAME, new PyStr("(Extremely) low-level import machinery bits as used by importlib."), interp);
  }

  public static PyModule create(Interpreter interp) {
    ImpModule m = new ImpModule(interp);
    m.addFunctions(ImpModule.class);
    m.put("check_hash_based_pycs", new PyStr("default"));
    return m;
  }

  /** 1 for a built-in module, -1 for one that cannot be initialised again (sys, builtins), 0 for any other name. */
  @PyMethod("is_builtin") static PyObject isBuiltin(PyModule self, PyStr name) {
    if (!BuiltinModules.NAMES.contains(name.value)) return PyInt.of(0);
    return PyInt.of(name.value.equals("sys") || name.value.equals("builtins") ? -1 : 1);
  }

  /** A new instance of the built-in module {@code spec.name} (sys and builtins: the interpreter's own), or None. */
  @PyMethod("create_builtin") static PyObject createBuiltin(PyModule self, PyObject spec) {
    PyObject name = dev.kaa.objects.Attributes.get(spec, "name");
    if (!(name instanceof PyStr n)) throw Errors.typeError("name must be string, not %s", name.type().name());
    Interpreter interp = self.interpreter();
    if (n.value.equals("sys")) return interp.sys();
    if (n.value.equals("builtins")) return interp.builtins();
    PyModule module = BuiltinModules.create(n.value, interp);
    return module == null ? PyNone.NONE : module;
  }

  /** Built-in modules are complete when made: nothing to run. */
  @PyMethod("exec_builtin") static PyObject execBuiltin(PyModule self, PyObject module) { return PyInt.of(0); }

  /** The frozen modules ({@link FrozenModules}): CPython's, with their code from the standard library. */
  private static FrozenModules frozen(PyModule self) { return self.interpreter().frozenModules(); }

  @PyMethod("is_frozen") static PyObject isFrozen(PyModule self, PyStr name) {
    return PyBool.of(frozen(self).isFrozen(name.value));
  }

  /** {@code (data, ispkg, origname)}, or None: data is None unless asked for, then the marshalled code. */
  @PyMethod(value = "find_frozen", positionalOnly = 1)
  static PyObject findFrozen(PyModule self, PyStr name, @PyMethod.Opt @PyMethod.KwOnly PyObject withdata) {
    FrozenModules frozen = frozen(self);
    Boolean isPackage = frozen.isPackage(name.value);
    if (isPackage == null) return PyNone.NONE;
    PyObject data = PyNone.NONE;
    if (withdata != null && Abstract.isTrue(withdata)) {
      data = new PyMemoryView(new PyBytes(frozen.data(frozenCode(frozen, name))));
    }
    String origname = frozen.origname(name.value);
    return PyTuple.of(data, PyBool.of(isPackage), origname == null ? PyNone.NONE : new PyStr(origname));
  }

  @PyMethod("get_frozen_object") static PyObject getFrozenObject(PyModule self, PyStr name,
                                                                 @PyMethod.Opt PyObject data) {
    FrozenModules frozen = frozen(self);
    if (data != null && data != PyNone.NONE) return frozen.fromData(Buffers.required(data));
    return PyCode.of(frozenCode(frozen, name));
  }

  private static dev.kaa.bytecode.Code frozenCode(FrozenModules frozen, PyStr name) {
    dev.kaa.bytecode.Code code = frozen.code(name.value);
    if (code == null) throw noFrozen(name);
    return code;
  }

  @PyMethod("is_frozen_package") static PyObject isFrozenPackage(PyModule self, PyStr name) {
    Boolean isPackage = frozen(self).isPackage(name.value);
    if (isPackage == null) throw noFrozen(name);
    return PyBool.of(isPackage);
  }

  /**
   * Runs the frozen module {@code name} in {@code sys.modules[name]} (made when absent), as CPython's
   * {@code PyImport_ImportFrozenModuleObject}; None when there is no such frozen module.
   */
  @PyMethod("init_frozen") static PyObject initFrozen(PyModule self, PyStr name) {
    FrozenModules frozen = frozen(self);
    Boolean isPackage = frozen.isPackage(name.value);
    if (isPackage == null) return PyNone.NONE;
    PyCode code = PyCode.of(frozenCode(frozen, name));
    Interpreter interp = self.interpreter();
    PyModule m;
    if (interp.modules().getStr(name.value) instanceof PyModule existing) {
      m = existing;
    } else {
      m = new PyModule(name.value, PyNone.NONE, interp);
      interp.modules().put(name, m);
    }
    if (isPackage) m.put("__path__", new PyList());
    String origname = frozen.origname(name.value);
    if (origname != null) m.put("__origname__", new PyStr(origname));
    if (m.dict().getStr("__builtins__") == null) m.put("__builtins__", interp.builtins());
    dev.kaa.interp.Eval.execModule(code.code, m.dict(), interp.builtinsDict());
    return m;
  }

  @PyMethod("_frozen_module_names") static PyObject frozenModuleNames(PyModule self) {
    PyList names = new PyList();
    for (String name : frozen(self).names()) names.add(new PyStr(name));
    return names;
  }

  /** Frozen modules on (above 0), off (below 0: all but the import system's own) or as configured (0). */
  @PyMethod("_override_frozen_modules_for_tests") static void overrideFrozenModules(PyModule self, PyObject override) {
    frozen(self).override((int) Math.max(-1, Math.min(1, Abstract.indexValue(override))));
  }

  /** Kaa has one interpreter per {@code Interpreter} and no extension modules to check: the previous setting, 0. */
  @PyMethod("_override_multi_interp_extensions_check")
  static PyObject overrideMultiInterpCheck(PyModule self, PyObject override) {
    Abstract.indexValue(override);
    return PyInt.of(0);
  }

  private static PyException noFrozen(PyStr name) {
    return PyException.withKeywords(ExceptionTypes.ImportError,
        new PyObject[] {new PyStr("No such frozen object named " + Abstract.repr(name).value), name}, "name");
  }

  /** Kaa loads no C extension modules: there are no suffixes for them to have. */
  @PyMethod("extension_suffixes") static PyObject extensionSuffixes(PyModule self) { return new PyList(); }

  @PyMethod("create_dynamic") static PyObject createDynamic(PyModule self, PyObject spec, @PyMethod.Opt PyObject file) {
    PyObject name = dev.kaa.objects.Attributes.get(spec, "name");
    PyObject origin = dev.kaa.objects.Attributes.get(spec, "origin");
    String message = "Kaa cannot load C extension modules: " + Abstract.str(origin).value;
    throw PyException.withKeywords(ExceptionTypes.ImportError, new PyObject[] {new PyStr(message), name, origin},
        "name", "path");
  }

  @PyMethod("exec_dynamic") static PyObject execDynamic(PyModule self, PyObject module) { return PyInt.of(0); }

  @PyMethod("acquire_lock") static void acquireLock(PyModule self) {
    ReentrantLock lock = ((ImpModule) self).importLock;
    if (!lock.tryLock()) Gil.releaseDuring("imp.acquire_lock", lock::lock);
  }

  @PyMethod("release_lock") static void releaseLock(PyModule self) {
    ReentrantLock lock = ((ImpModule) self).importLock;
    if (!lock.isHeldByCurrentThread()) throw Errors.of(ExceptionTypes.RuntimeError, "not holding the import lock");
    lock.unlock();
  }

  @PyMethod("lock_held") static PyObject lockHeld(PyModule self) {
    return PyBool.of(((ImpModule) self).importLock.isLocked());
  }

  /** The eight bytes a hash-based pyc records for {@code source}; {@code key} (the magic) is already part of it. */
  @PyMethod(value = "source_hash", positionalOnly = 0)
  static PyObject sourceHash(PyModule self, PyObject key, PyObject source) {
    Abstract.indexValue(key);
    long h = PycFile.sourceHash(Buffers.required(source));
    byte[] out = new byte[8];
    for (int i = 0; i < 8; i++) out[i] = (byte) (h >>> (8 * i));
    return new PyBytes(out);
  }

  /** Names the code (and the code inside it) after where its source is now, as a moved pyc's source may be. */
  @PyMethod("_fix_co_filename") static void fixCoFilename(PyModule self, PyCode code, PyStr path) {
    code.code.renameFile(path.value);
  }
}
