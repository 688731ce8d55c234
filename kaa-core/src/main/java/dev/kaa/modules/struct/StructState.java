package dev.kaa.modules.struct;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code _struct} keeps per interpreter: its {@code error} class (a heap type, as CPython's, named
 * {@code struct.error}) and the cache of parsed formats the module functions use (CPython keeps 100).
 */
final class StructState {
  private static final int MAX_CACHE = 100;

  final PyType error;
  private final Map<String, StructFormat> cache = new LinkedHashMap<>();

  private StructState() {
    PyDict ns = new PyDict();
    ns.put(new PyStr("__module__"), new PyStr("struct"));
    error = (PyType) Abstract.call(PyType.TYPE, new PyStr("error"), PyTuple.of(ExceptionTypes.Exception), ns);
  }

  /** The running interpreter's state (a throwaway one when Java code runs with no interpreter on the thread). */
  static StructState current() {
    Interpreter interp = Interpreter.current();
    return interp == null ? new StructState() : interp.moduleState(StructState.class, i -> new StructState());
  }

  /** The parsed format for a key naming its text and kind; the whole cache is dropped when full, as CPython does. */
  StructFormat format(String key, String text) {
    StructFormat f = cache.get(key);
    if (f == null) {
      f = StructFormat.parse(text);
      if (cache.size() >= MAX_CACHE) cache.clear();
      cache.put(key, f);
    }
    return f;
  }

  void clearCache() { cache.clear(); }
}
