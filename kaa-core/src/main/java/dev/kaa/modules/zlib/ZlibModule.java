package dev.kaa.modules.zlib;

import dev.kaa.modules.binascii.Checksums;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Gil;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code zlib} module over {@code java.util.zip}'s Deflater and Inflater (the JDK's own zlib): the zlib, raw and
 * gzip formats chosen by wbits as in zlib (the gzip wrapper is written and checked here, the JDK offering only the
 * other two), CPython's constants, messages ("Error -3 while decompressing data: incorrect header check") and
 * streaming objects ({@link PyCompress}, {@link PyDecompress}, {@link PyZlibDecompressor}).
 */
public final class ZlibModule {
  private ZlibModule() {}

  public static final String NAME = "zlib";
  static final String VERSION = "1.2.13";
  static final int DEF_BUF_SIZE = 16384;

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("The functions in this module allow compression and decompression using "
        + "the\nzlib library, which is based on GNU zip."), interp);
    m.addFunctions(ZlibModule.class);
    m.put("error", ZlibState.current().error);
    m.put("_ZlibDecompressor", PyZlibDecompressor.TYPE);
    Object[][] constants = {
        {"DEFLATED", 8}, {"DEF_BUF_SIZE", DEF_BUF_SIZE}, {"DEF_MEM_LEVEL", 8}, {"MAX_WBITS", 15},
        {"Z_BEST_COMPRESSION", 9}, {"Z_BEST_SPEED", 1}, {"Z_BLOCK", 5}, {"Z_DEFAULT_COMPRESSION", -1},
        {"Z_DEFAULT_STRATEGY", 0}, {"Z_FILTERED", 1}, {"Z_FINISH", 4}, {"Z_FIXED", 4}, {"Z_FULL_FLUSH", 3},
        {"Z_HUFFMAN_ONLY", 2}, {"Z_NO_COMPRESSION", 0}, {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_RLE", 3},
        {"Z_SYNC_FLUSH", 2}, {"Z_TREES", 6}};
    for (Object[] c : constants) m.put((String) c[0], PyInt.of((Integer) c[1]));
    m.put("ZLIB_VERSION", new PyStr(VERSION));
    m.put("ZLIB_RUNTIME_VERSION", new PyStr(VERSION));
    m.put("__version__", new PyStr("1.0"));
    return m;
  }

  static PyException error(String format, Object... args) {
    return Errors.of(ZlibState.current().error, format, args);
  }

  static int intArg(PyObject v, int dflt) {
    return v == null ? dflt : (int) Abstract.indexValue(v);
  }

  /** Buffers this long are (de)compressed with the GIL released, as hashlib's HASHLIB_GIL_MINSIZE. */
  static final int GIL_MINSIZE = 2048;

  /**
   * Runs {@code work} on {@code in}, a stream of this call's own, with the GIL released when the input is large
   * enough for that to pay.
   */
  private static byte[] largeReleasingGil(String what, byte[] in, Gil.Blocking<byte[], RuntimeException> work) {
    return in.length < GIL_MINSIZE ? work.call() : Gil.releaseDuring(what, work);
  }

  @PyMethod static PyObject adler32(PyModule self, PyObject data, @PyMethod.Opt PyObject value) {
    int start = value == null ? 1 : (int) Abstract.index(value).bigValue().longValue();
    return PyInt.of(Checksums.adler32(Buffers.required(data), start) & 0xffffffffL);
  }

  @PyMethod static PyObject crc32(PyModule self, PyObject data, @PyMethod.Opt PyObject value) {
    int start = value == null ? 0 : (int) Abstract.index(value).bigValue().longValue();
    return PyInt.of(Checksums.crc32(Buffers.required(data), start) & 0xffffffffL);
  }

  @PyMethod(positionalOnly = 1)
  static PyObject compress(PyModule self, PyObject data, @PyMethod.Opt PyObject level, @PyMethod.Opt PyObject wbits) {
    byte[] in = Buffers.required(data);
    int lvl = intArg(level, -1);
    if (lvl < -1 || lvl > 9) throw error("Bad compression level");
    DeflateStream s = DeflateStream.open(lvl, intArg(wbits, 15), 8, 0);
    return new PyBytes(largeReleasingGil("zlib.compress", in, () -> concat(s.compress(in), s.finish())));
  }

  @PyMethod(positionalOnly = 1)
  static PyObject decompress(PyModule self, PyObject data, @PyMethod.Opt PyObject wbits, @PyMethod.Opt PyObject bufsize) {
    byte[] in = Buffers.required(data);
    if (intArg(bufsize, DEF_BUF_SIZE) < 0) throw Errors.valueError("bufsize must be non-negative");
    InflateStream s = InflateStream.open(intArg(wbits, 15), null);
    byte[] out = largeReleasingGil("zlib.decompress", in, () -> s.inflate(in, -1));
    if (!s.finished()) throw error("Error -5 while decompressing data: incomplete or truncated stream");
    return new PyBytes(out);
  }

  @PyMethod(positionalOnly = 0)
  static PyObject compressobj(PyModule self, @PyMethod.Opt PyObject level, @PyMethod.Opt PyObject method,
      @PyMethod.Opt PyObject wbits, @PyMethod.Opt PyObject memLevel, @PyMethod.Opt PyObject strategy,
      @PyMethod.Opt PyObject zdict) {
    int lvl = intArg(level, -1), bits = intArg(wbits, 15), mem = intArg(memLevel, 8), strat = intArg(strategy, 0);
    if (lvl < -1 || lvl > 9 || intArg(method, 8) != 8 || mem < 1 || mem > 9 || strat < 0 || strat > 4
        || !DeflateStream.validWbits(bits)) {
      throw Errors.valueError("Invalid initialization option");
    }
    DeflateStream s = DeflateStream.open(lvl, bits, mem, strat);
    if (zdict != null) s.setDictionary(Buffers.required(zdict));
    return new PyCompress(s);
  }

  @PyMethod(positionalOnly = 0)
  static PyObject decompressobj(PyModule self, @PyMethod.Opt PyObject wbits, @PyMethod.Opt PyObject zdict) {
    int bits = intArg(wbits, 15);
    byte[] dict = null;
    if (zdict != null) {
      dict = Buffers.bytesOrNull(zdict);
      if (dict == null) throw Errors.typeError("zdict argument must support the buffer protocol");
    }
    if (!InflateStream.validWbits(bits)) throw Errors.valueError("Invalid initialization option");
    return new PyDecompress(InflateStream.open(bits, dict));
  }

  static byte[] concat(byte[] a, byte[] b) {
    if (b.length == 0) return a;
    if (a.length == 0) return b;
    byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
