package dev.kaa.modules.functools;

import dev.kaa.interp.PyBoundMethod;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)}: what {@code @lru_cache} and
 * {@code @cache} return. Results are kept in a Java {@link LinkedHashMap} in access order, so the least recently used
 * entry is the eldest and evicting it is O(1); with maxsize None nothing is evicted, with 0 nothing is kept.
 */
final class PyLruCacheWrapper extends SubclassableObject {
  static final PyType TYPE = new PyType("functools._lru_cache_wrapper", PyType.IMMUTABLE | PyType.WEAKREFABLE,
      PyLruCacheWrapper.class, PyType.OBJECT);

  private final PyObject function;
  /** The bound; -1 for none. */
  private final long maxsize;
  private final boolean typed;
  private final PyObject cacheInfoType;
  private final Map<CacheKey, PyObject> cache;
  private long hits, misses;

  private PyLruCacheWrapper(PyObject function, long maxsize, boolean typed, PyObject cacheInfoType) {
    super(TYPE, true);
    this.function = function;
    this.maxsize = maxsize;
    this.typed = typed;
    this.cacheInfoType = cacheInfoType;
    this.cache = new LinkedHashMap<>(16, 0.75f, maxsize > 0);
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject user_function, PyObject maxsize, PyObject typed,
                       PyObject cache_info_type) {
    if (!dev.kaa.runtime.BuiltinFunctions.isCallable(user_function)) {
      throw Errors.typeError("the first argument must be callable");
    }
    long bound;
    if (maxsize == PyNone.NONE) bound = -1;
    else if (maxsize instanceof PyInt i) bound = Math.max(0, i.isLong() ? i.longValue() : i.signum() * Long.MAX_VALUE);
    else throw Errors.typeError("maxsize should be integer or None");
    return new PyLruCacheWrapper(user_function, bound, dev.kaa.objects.Abstract.isTrue(typed), cache_info_type);
  }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    if (maxsize == 0) {
      misses++;
      return function.call(args, from, npos, kwnames);
    }
    CacheKey key = key(args, from, npos, kwnames);
    PyObject result = cache.get(key);
    if (result != null) {
      hits++;
      return result;
    }
    misses++;
    result = function.call(args, from, npos, kwnames);
    if (!cache.containsKey(key)) {  // a recursive call may have cached it meanwhile
      if (maxsize > 0 && cache.size() >= maxsize) {
        var eldest = cache.keySet().iterator();
        eldest.next();
        eldest.remove();
      }
      cache.put(key, result);
    }
    return result;
  }

  private CacheKey key(PyObject[] args, int from, int npos, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    if (!typed && nkw == 0) {
      if (npos == 1) {
        PyObject only = args[from];
        if (only.type() == PyStr.TYPE || only.getClass() == PyInt.class) {
          return new CacheKey(new PyObject[] {only}, true);
        }
      }
      return new CacheKey(Arrays.copyOfRange(args, from, from + npos), false);
    }
    int n = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (typed ? npos + nkw : 0);
    PyObject[] items = new PyObject[n];
    int k = 0;
    for (int i = 0; i < npos; i++) items[k++] = args[from + i];
    if (nkw > 0) {
      items[k++] = CacheKey.KEYWORD_MARK;
      for (int i = 0; i < nkw; i++) {
        items[k++] = new PyStr(kwnames[i]);
        items[k++] = args[from + npos + i];
      }
    }
    if (typed) {
      for (int i = 0; i < npos; i++) items[k++] = args[from + i].type();
      for (int i = 0; i < nkw; i++) items[k++] = args[from + npos + i].type();
    }
    return new CacheKey(items, false);
  }

  @PyGetter("__dict__") PyObject dictAttr() { return dict(); }

  @PySetter("__dict__") void setDictAttr(PyObject value) { DictAttribute.set(this, value); }

  @PyMethod("__call__") PyObject callMethod(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return dev.kaa.objects.Abstract.callWithKeywords(this, args, kwargs);
  }

  @PyMethod("__get__") PyObject get(PyObject obj, @PyMethod.Opt PyObject owner) {
    return obj == PyNone.NONE ? this : new PyBoundMethod(this, obj);
  }

  @PyMethod("cache_info") PyObject cacheInfo() {
    PyObject max = maxsize < 0 ? PyNone.NONE : PyInt.of(maxsize);
    return cacheInfoType.call(new PyObject[] {PyInt.of(hits), PyInt.of(misses), max, PyInt.of(cache.size())}, 0, 4,
        null);
  }

  @PyMethod("cache_clear") void cacheClear() {
    hits = misses = 0;
    cache.clear();
  }

  @PyMethod("__reduce__") PyObject reduce() { return Attributes.get(this, "__qualname__"); }

  @PyMethod("__copy__") PyObject copy() { return this; }

  @PyMethod("__deepcopy__") PyObject deepcopy(PyObject memo) { return this; }
}
