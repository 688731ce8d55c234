package dev.kaa.runtime;

import dev.kaa.interp.Frame;
import dev.kaa.interp.PyAnextAwaitable;
import dev.kaa.interp.ThreadState;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.HasDict;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytesLike;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import java.math.BigInteger;

/**
 * The {@code builtins} functions about objects in general: printing and reading, identity, attributes, iteration,
 * type checks, namespaces and the text conversions ({@code chr}, {@code ord}, {@code bin}...). Each is a static
 * method whose first parameter is the {@code builtins} module; messages are CPython 3.12's.
 */
public final class BuiltinFunctions {
  private BuiltinFunctions() {}

  private static Interpreter interp(PyModule self) { return self.interpreter; }

  @PyMethod(value = "print", positionalOnly = 0)
  static void print(PyModule self, @PyMethod.Star PyObject[] objects, @PyMethod.KwArgs PyDict options) {
    PyObject sep = null, end = null, file = null, flush = null;
    if (options != null) {
      for (PyObject key : keys(options)) {
        String k = ((PyStr) key).value;
        PyObject v = options.get(key);
        switch (k) {
          case "sep" -> sep = v;
          case "end" -> end = v;
          case "file" -> file = v;
          case "flush" -> flush = v;
          default -> throw Errors.typeError("'%s' is an invalid keyword argument for print()", k);
        }
      }
    }
    if (file == null || file == PyNone.NONE) {
      file = interp(self).sysStream("stdout");
      if (file == null || file == PyNone.NONE) return;
    }
    String sepText = textOption("sep", sep, " ");
    String endText = textOption("end", end, "\n");
    if (file instanceof PyTextStream stream) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < objects.length; i++) {
        if (i > 0) line.append(sepText);
        line.append(Abstract.str(objects[i]).value);
      }
      stream.write(line.append(endText).toString());
      if (flush != null && Abstract.isTrue(flush)) stream.flush();
      return;
    }
    PyObject write = Attributes.get(file, "write");
    for (int i = 0; i < objects.length; i++) {
      if (i > 0) write.call1(new PyStr(sepText));
      write.call1(Abstract.str(objects[i]));
    }
    write.call1(new PyStr(endText));
    if (flush != null && Abstract.isTrue(flush)) Attributes.get(file, "flush").call0();
  }

  private static String textOption(String name, PyObject v, String dflt) {
    if (v == null || v == PyNone.NONE) return dflt;
    if (v instanceof PyStr s) return s.value;
    throw Errors.typeError("%s must be None or a string, not %s", name, v.type().name());
  }

  static java.util.List<PyObject> keys(PyDict d) {
    java.util.List<PyObject> keys = new java.util.ArrayList<>();
    d.forEach((k, v) -> keys.add(k));
    return keys;
  }

  @PyMethod("input") static PyObject input(PyModule self, @PyMethod.Opt PyObject prompt) {
    Interpreter interp = interp(self);
    PyObject out = interp.sysStream("stdout");
    PyObject err = interp.sysStream("stderr");
    flushIgnoringErrors(err);
    if (prompt != null && out != null && out != PyNone.NONE) {
      Attributes.get(out, "write").call1(Abstract.str(prompt));
    }
    flushIgnoringErrors(out);
    PyObject in = interp.sysStream("stdin");
    if (in == null || in == PyNone.NONE) throw Errors.of(ExceptionTypes.RuntimeError, "input(): lost sys.stdin");
    String line;
    if (in instanceof PyTextStream s) {
      line = s.readLine();
    } else {
      PyObject r = Attributes.get(in, "readline").call0();
      if (!(r instanceof PyStr str)) throw Errors.typeError("object.readline() returned non-string");
      line = str.value;
    }
    if (line.isEmpty()) throw Errors.of(ExceptionTypes.EOFError, "EOF when reading a line");
    return new PyStr(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
  }

  /** input() flushes the streams as CPython's does: a stream without flush, or one that fails, is let be. */
  private static void flushIgnoringErrors(PyObject stream) {
    if (stream == null || stream == PyNone.NONE) return;
    try {
      Attributes.get(stream, "flush").call0();
    } catch (PyException e) {
      // CPython clears the error
    }
  }

  @PyMethod("repr") static PyObject repr(PyModule self, PyObject obj) { return Abstract.repr(obj); }

  /** An all-ASCII repr is returned as it is (a str subclass stays one), as CPython's. */
  @PyMethod("ascii") static PyObject ascii(PyModule self, PyObject obj) {
    PyStr repr = Abstract.repr(obj);
    String escaped = PyStr.asciiEscape(repr.value);
    return escaped == repr.value ? repr : new PyStr(escaped);
  }

  @PyMethod("len") static PyObject len(PyModule self, PyObject obj) { return PyInt.of(Abstract.length(obj)); }

  @PyMethod("id") static PyObject id(PyModule self, PyObject obj) { return PyInt.of(interp(self).idOf(obj)); }

  @PyMethod("hash") static PyObject hash(PyModule self, PyObject obj) { return PyInt.of(Abstract.hash(obj)); }

  @PyMethod("callable") static PyObject callable(PyModule self, PyObject obj) {
    return PyBool.of(isCallable(obj));
  }

  /** A Java class overriding {@link PyObject#call} is callable whatever its type's dict says. */
  private static final ClassValue<Boolean> OVERRIDES_CALL = new ClassValue<>() {
    @Override protected Boolean computeValue(Class<?> c) {
      try {
        return c.getMethod("call", PyObject[].class, int.class, int.class, String[].class).getDeclaringClass()
            != PyObject.class;
      } catch (NoSuchMethodException e) {
        return false;
      }
    }
  };

  /** {@code callable(o)}. */
  public static boolean isCallable(PyObject o) {
    return o.type().lookupSpecial(Special.CALL) != null || OVERRIDES_CALL.get(o.getClass());
  }

  // ---- attributes

  private static String attrName(PyObject name) {
    if (name instanceof PyStr s) return s.value;
    throw Errors.typeError("attribute name must be string, not '%s'", name.type().name());
  }

  @PyMethod("getattr") static PyObject getattr(PyModule self, PyObject object, PyObject name,
                                              @PyMethod.Opt PyObject dflt) {
    String n = attrName(name);
    if (dflt == null) return Attributes.get(object, n);
    PyObject v = Abstract.getAttrOrNull(object, n);
    return v == null ? dflt : v;
  }

  @PyMethod("setattr") static void setattr(PyModule self, PyObject obj, PyObject name, PyObject value) {
    Attributes.set(obj, attrName(name), value);
  }

  @PyMethod("delattr") static void delattr(PyModule self, PyObject obj, PyObject name) {
    Attributes.set(obj, attrName(name), null);
  }

  @PyMethod("hasattr") static PyObject hasattr(PyModule self, PyObject obj, PyObject name) {
    return PyBool.of(Abstract.getAttrOrNull(obj, attrName(name)) != null);
  }

  // ---- iteration

  @PyMethod("iter") static PyObject iter(PyModule self, PyObject object, @PyMethod.Opt PyObject sentinel) {
    if (sentinel == null) return Abstract.iter(object);
    if (!isCallable(object)) throw Errors.typeError("iter(object, sentinel): object must be callable");
    return new PyCallableIterator(object, sentinel);
  }

  @PyMethod("next") static PyObject next(PyModule self, PyObject iterator, @PyMethod.Opt PyObject dflt) {
    if (!(iterator instanceof dev.kaa.objects.IterNext) && iterator.type().lookupSpecial(Special.NEXT) == null) {
      throw Errors.typeError("'%s' object is not an iterator", iterator.type().name());
    }
    if (dflt != null) {
      PyObject v = Abstract.next(iterator);
      return v == null ? dflt : v;
    }
    if (iterator instanceof dev.kaa.objects.IterNext n) return dev.kaa.objects.IterNext.nextOrStop(n);
    return Abstract.callSpecial(iterator, Special.NEXT);  // its StopIteration, with its value, goes to the caller
  }

  @PyMethod("aiter") static PyObject aiter(PyModule self, PyObject async_iterable) {
    PyObject it = Abstract.callSpecial(async_iterable, Special.AITER);
    if (it == null) throw Errors.typeError("'%s' object is not an async iterable", async_iterable.type().name());
    if (it.type().lookupSpecial(Special.ANEXT) == null) {
      throw Errors.typeError("aiter() returned not an async iterator of type '%s'", it.type().name());
    }
    return it;
  }

  /** {@code anext(aiterator[, default])}: the awaitable of {@code __anext__()}, wrapped to give the default. */
  @PyMethod("anext") static PyObject anext(PyModule self, PyObject aiterator, @PyMethod.Opt PyObject defaultValue) {
    PyObject awaitable = Abstract.callSpecial(aiterator, Special.ANEXT);
    if (awaitable == null) throw Errors.typeError("'%s' object is not an async iterator", aiterator.type().name());
    return defaultValue == null ? awaitable : new PyAnextAwaitable(awaitable, defaultValue);
  }

  // ---- type checks

  @PyMethod("isinstance") static PyObject isinstance(PyModule self, PyObject obj, PyObject class_or_tuple) {
    return PyBool.of(Abstract.isInstance(obj, class_or_tuple));
  }

  @PyMethod("issubclass") static PyObject issubclass(PyModule self, PyObject cls, PyObject class_or_tuple) {
    return PyBool.of(Abstract.isSubclass(cls, class_or_tuple));
  }

  // ---- namespaces

  private static Frame callerFrame() {
    Frame f = ThreadState.current().frame();
    if (f == null) throw Errors.internal("no Python frame is running");
    return f;
  }

  @PyMethod("globals") static PyObject globals(PyModule self) { return callerFrame().globals(); }

  @PyMethod("locals") static PyObject locals(PyModule self) { return callerFrame().localsMapping(); }

  @PyMethod("vars") static PyObject vars(PyModule self, @PyMethod.Opt PyObject object) {
    if (object == null) return callerFrame().localsMapping();
    PyObject d = Abstract.getAttrOrNull(object, "__dict__");
    if (d == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
    return d;
  }

  @PyMethod("dir") static PyObject dir(PyModule self, @PyMethod.Opt PyObject arg) {
    PyList names;
    if (arg == null) {
      names = new PyList();
      for (PyObject k : keysOf(callerFrame().localsMapping())) names.add(k);
    } else {
      PyObject custom = Abstract.callSpecial(arg, Special.DIR);
      names = custom != null ? listOf(custom) : defaultDir(arg);
    }
    Attributes.get(names, "sort").call0();
    return names;
  }

  /** {@code PyMapping_Keys}: an exact dict's keys, else what its {@code keys()} gives (a dict subclass may override it). */
  private static java.util.List<PyObject> keysOf(PyObject mapping) {
    if (mapping instanceof PyDict d && d.type() == PyDict.TYPE) return keys(d);
    java.util.List<PyObject> out = new java.util.ArrayList<>();
    PyObject it = Abstract.iter(Attributes.get(mapping, "keys").call0());
    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) out.add(k);
    return out;
  }

  private static PyList listOf(PyObject iterable) {
    PyList l = new PyList();
    PyObject it = Abstract.iter(iterable);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) l.add(x);
    return l;
  }

  /** {@code object.__dir__} for objects whose type has none: the instance dict, then the class and its bases. */
  private static PyList defaultDir(PyObject o) {
    java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
    if (o instanceof HasDict h) h.dict().forEach((k, v) -> seen.add(k.toString()));
    PyType start = o instanceof PyType t ? t : o.type();
    for (PyType t : start.mro()) seen.addAll(t.dictNames());
    if (!(o instanceof PyType)) for (PyType t : o.type().mro()) seen.addAll(t.dictNames());
    PyList l = new PyList();
    for (String s : seen) l.add(new PyStr(s));
    return l;
  }

  @PyMethod("breakpoint") static PyObject breakpoint(PyModule self, @PyMethod.Star PyObject[] args,
                                                    @PyMethod.KwArgs PyDict kwargs) {
    PyObject hook = interp(self).sys.dict().getStr("breakpointhook");
    if (hook == null) throw Errors.of(ExceptionTypes.RuntimeError, "lost sys.breakpointhook");
    SysAudit.audit(self, new PyStr("builtins.breakpoint"), new PyObject[] {hook});
    return Abstract.callWithKeywords(hook, args, kwargs);
  }

  @PyMethod(value = "__import__", positionalOnly = 0)
  static PyObject importModule(PyModule self, PyObject name, @PyMethod.Opt PyObject globals,
                               @PyMethod.Opt PyObject locals, @PyMethod.Opt PyObject fromlist,
                               @PyMethod.Opt PyObject level) {
    if (!(name instanceof PyStr n)) throw Errors.typeError("module name must be a string");
    long lvl = level == null ? 0 : Abstract.indexValue(level);
    return interp(self).importer.importModule(n.value, globals, fromlist, (int) lvl);
  }

  // ---- text conversions

  @PyMethod("format") static PyObject format(PyModule self, PyObject value, @PyMethod.Opt PyObject format_spec) {
    if (format_spec == null) return Abstract.format(value, new PyStr(""));
    if (!(format_spec instanceof PyStr spec)) {
      throw Errors.typeError("format() argument 2 must be str, not %s", format_spec.type().name());
    }
    return Abstract.format(value, spec);
  }

  @PyMethod("chr") static PyObject chr(PyModule self, PyObject i) {
    PyInt n = Abstract.index(i);
    if (!n.isLong()) throw Errors.overflowError("Python int too large to convert to C int");
    long c = n.longValue();
    if (c < 0 || c > 0x10FFFF) {
      if (c < Integer.MIN_VALUE || c > Integer.MAX_VALUE) {
        throw Errors.overflowError("Python int too large to convert to C int");
      }
      throw Errors.valueError("chr() arg not in range(0x110000)");
    }
    return new PyStr(Character.toString((int) c));
  }

  @PyMethod("ord") static PyObject ord(PyModule self, PyObject c) {
    if (c instanceof PyStr s) {
      int n = s.value.codePointCount(0, s.value.length());
      if (n != 1) throw Errors.typeError("ord() expected a character, but string of length %d found", n);
      return PyInt.of(s.value.codePointAt(0));
    }
    if (c instanceof PyBytesLike b) {
      if (b.size() != 1) throw Errors.typeError("ord() expected a character, but string of length %d found", b.size());
      return PyInt.of(b.toByteArray()[0] & 0xFF);
    }
    throw Errors.typeError("ord() expected string of length 1, but %s found", c.type().name());
  }

  @PyMethod("bin") static PyObject bin(PyModule self, PyObject number) { return radix(number, 2, "0b"); }

  @PyMethod("oct") static PyObject oct(PyModule self, PyObject number) { return radix(number, 8, "0o"); }

  @PyMethod("hex") static PyObject hex(PyModule self, PyObject number) { return radix(number, 16, "0x"); }

  private static PyObject radix(PyObject number, int radix, String prefix) {
    PyInt n = Abstract.index(number);
    BigInteger v = n.bigValue();
    String digits = v.abs().toString(radix);
    return new PyStr((v.signum() < 0 ? "-" : "") + prefix + digits);
  }
}
