package dev.kaa.modules.codecs;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Codecs;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.BuiltinFunctions;
import dev.kaa.runtime.Interpreter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One interpreter's codec registry, as CPython keeps it: the search functions ({@code codecs.register}), the
 * {@code CodecInfo} each normalized encoding name found, and the error handlers by name. The first use imports the
 * stdlib's {@code encodings} package, whose search function finds {@code encodings.<name>} modules. Text encodings
 * not written in Java ({@code str.encode('cp1252')}) come through here, as in CPython.
 */
public final class CodecRegistry implements Codecs.Registry {
  private final Interpreter interp;
  private final List<PyObject> searchFunctions = new ArrayList<>();
  private final Map<String, PyObject> cache = new HashMap<>();
  private final Map<String, PyObject> errorHandlers = new HashMap<>(ErrorHandlerFunctions.builtins());
  private boolean encodingsImported;

  private CodecRegistry(Interpreter interp) { this.interp = interp; }

  /** The registry of {@code interp}, made on first use. */
  public static CodecRegistry of(Interpreter interp) {
    return interp.moduleState(CodecRegistry.class, CodecRegistry::new);
  }

  /** {@code codecs.register(search_function)}. */
  void register(PyObject searchFunction) {
    if (!BuiltinFunctions.isCallable(searchFunction)) throw Errors.typeError("argument must be callable");
    searchFunctions.add(searchFunction);
  }

  /** {@code codecs.unregister(search_function)}: also forgets what the registry found, as CPython. */
  void unregister(PyObject searchFunction) {
    for (int i = 0; i < searchFunctions.size(); i++) {
      if (searchFunctions.get(i) == searchFunction) {
        searchFunctions.remove(i);
        cache.clear();
        return;
      }
    }
  }

  /** The registry's spelling of an encoding name: lower case, spaces and hyphens as underscores. */
  static String normalize(String encoding) {
    StringBuilder b = new StringBuilder(encoding.length());
    for (int i = 0; i < encoding.length(); i++) {
      char c = encoding.charAt(i);
      b.append(c == ' ' || c == '-' ? '_' : c < 0x80 ? Character.toLowerCase(c) : c);
    }
    return b.toString();
  }

  /** {@code codecs.lookup(encoding)}: the {@code CodecInfo} of the first search function that knows the name. */
  public PyObject lookup(String encoding) {
    String key = normalize(encoding);
    PyObject found = cache.get(key);
    if (found != null) return found;
    importEncodings();
    PyStr name = new PyStr(key);
    for (PyObject search : List.copyOf(searchFunctions)) {
      PyObject result = search.call1(name);
      if (result == PyNone.NONE) continue;
      if (!(result instanceof PyTuple t) || t.size() != 4) {
        throw Errors.typeError("codec search functions must return 4-tuples");
      }
      cache.put(key, result);
      return result;
    }
    throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: %s", encoding);
  }

  /**
   * The stdlib's {@code encodings} registers the search function most lookups need: imported on first use (the flag
   * set first, since importing it registers, which must not import again).
   */
  private void importEncodings() {
    if (encodingsImported) return;
    encodingsImported = true;
    PyObject importer = interp.builtinsDict().getStr("__import__");
    importer.call1(new PyStr("encodings"));
  }

  /** {@code codecs.encode(obj, encoding, errors)}. */
  PyObject encode(PyObject obj, String encoding, String errors) {
    return code(obj, encoding, errors, 0, "encoding", "encoder");
  }

  /** {@code codecs.decode(obj, encoding, errors)}. */
  PyObject decode(PyObject obj, String encoding, String errors) {
    return code(obj, encoding, errors, 1, "decoding", "decoder");
  }

  /** Calls the codec's encoder (0) or decoder (1); an error it raises gets a note naming the codec, as in CPython. */
  private PyObject code(PyObject obj, String encoding, String errors, int which, String doing, String role) {
    PyObject function = ((PyTuple) lookup(encoding)).get(which);
    PyObject result;
    try {
      result = function.call2(obj, new PyStr(errors));
    } catch (PyException e) {
      PyObject addNote = Abstract.getAttrOrNull(e.value(), "add_note");
      if (addNote != null) addNote.call1(new PyStr(doing + " with '" + encoding + "' codec failed"));
      throw e;
    }
    if (!(result instanceof PyTuple t) || t.size() != 2) {
      throw Errors.typeError("%s must return a tuple (object, integer)", role);
    }
    return t.get(0);
  }

  /** The codec of a text encoding: one whose {@code CodecInfo._is_text_encoding} is not false. */
  private void requireTextEncoding(String encoding, String use) {
    PyObject info = lookup(encoding);
    PyObject isText = Abstract.getAttrOrNull(info, "_is_text_encoding");
    if (isText != null && !Abstract.isTrue(isText)) {
      throw Errors.of(ExceptionTypes.LookupError, "'%s' is not a text encoding; use %s to handle arbitrary codecs",
          encoding, use);
    }
  }

  @Override public byte[] encode(String text, String encoding, String errors) {
    requireTextEncoding(encoding, "codecs.encode()");
    PyObject result = encode(new PyStr(text), encoding, errors);
    if (result instanceof PyBytes b) return b.value;
    if (result instanceof dev.kaa.objects.PyByteArray) return dev.kaa.objects.Buffers.required(result);
    throw Errors.typeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to "
        + "arbitrary types", encoding, result.type().name());
  }

  @Override public String decode(byte[] data, String encoding, String errors) {
    requireTextEncoding(encoding, "codecs.decode()");
    PyObject result = decode(new PyBytes(data), encoding, errors);
    if (result instanceof PyStr s) return s.value;
    throw Errors.typeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to "
        + "arbitrary types", encoding, result.type().name());
  }

  /** {@code codecs.register_error(name, handler)}. */
  void registerError(String name, PyObject handler) {
    if (!BuiltinFunctions.isCallable(handler)) throw Errors.typeError("handler must be callable");
    errorHandlers.put(name, handler);
  }

  /** {@code codecs.lookup_error(name)}. */
  public PyObject lookupError(String name) {
    PyObject handler = errorHandlers.get(name);
    if (handler == null) throw Errors.of(ExceptionTypes.LookupError, "unknown error handler name '%s'", name);
    return handler;
  }
}
