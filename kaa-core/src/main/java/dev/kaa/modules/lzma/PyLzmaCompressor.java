package dev.kaa.modules.lzma;

import dev.kaa.modules.compression.PushEncoder;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.tukaani.xz.ArrayCache;
import org.tukaani.xz.FilterOptions;
import org.tukaani.xz.FinishableOutputStream;
import org.tukaani.xz.FinishableWrapperOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.XZOutputStream;

/**
 * {@code _lzma.LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)}: an .xz stream (a filter
 * chain ending in LZMA2, an integrity check), an .lzma stream (LZMA1, unknown size, end marker) or a raw chain, with
 * CPython's argument checks. The output is XZ for Java's, which is valid for liblzma but not byte for byte the same.
 */
final class PyLzmaCompressor extends SubclassableObject {
  static final PyType TYPE = new PyType("_lzma.LZMACompressor", PyType.IMMUTABLE | PyType.BASETYPE,
      PyLzmaCompressor.class, PyType.OBJECT);

  private final PushEncoder encoder = new PushEncoder();
  private final OutputStream sink = encoder.sink();

  private PyLzmaCompressor(PyType type, int format, int check, PyObject preset, PyObject filters) {
    super(type);
    try {
      FinishableOutputStream xz = open(format, check, preset, filters);
      encoder.encodeWith(xz, xz::finish);
    } catch (UnsupportedOptionsException e) {
      throw LzmaModule.error("Invalid or unsupported options");
    } catch (IOException e) {
      throw LzmaModule.error("Internal error");
    }
  }

  private FinishableOutputStream open(int format, int check, PyObject preset, PyObject filters) throws IOException {
    switch (format) {
      case LzmaModule.FORMAT_XZ -> {
        int c = check == -1 ? LzmaModule.CHECK_CRC64 : check;
        if (!(c == LzmaModule.CHECK_NONE || c == LzmaModule.CHECK_CRC32 || c == LzmaModule.CHECK_CRC64
            || c == LzmaModule.CHECK_SHA256)) {
          throw LzmaModule.error("Unsupported integrity check");
        }
        FilterOptions[] chain = filters == null ? new FilterOptions[] {presetOptions(preset)}
            : FilterSpecs.chain(filters).stream().map(FilterSpecs.Filter::options).toArray(FilterOptions[]::new);
        return new XZOutputStream(sink, chain, c);
      }
      case LzmaModule.FORMAT_ALONE -> {
        LZMA2Options options;
        if (filters == null) {
          options = presetOptions(preset);
        } else {
          List<FilterSpecs.Filter> chain = FilterSpecs.chain(filters);
          if (chain.size() != 1 || chain.get(0).id() != FilterSpecs.LZMA1) {
            throw Errors.valueError("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
          }
          options = (LZMA2Options) chain.get(0).options();
        }
        return new LZMAOutputStream(sink, options, -1);
      }
      case LzmaModule.FORMAT_RAW -> {
        if (filters == null) throw Errors.valueError("Must specify filters for FORMAT_RAW");
        return raw(FilterSpecs.chain(filters));
      }
      default -> throw Errors.valueError("Invalid container format: %d", format);
    }
  }

  private static LZMA2Options presetOptions(PyObject preset) throws UnsupportedOptionsException {
    long p = preset == null ? 6 : Integer.toUnsignedLong(FilterSpecs.uint32(preset));
    int level = (int) (p & 0x7fffffffL);  // PRESET_EXTREME: XZ for Java has no extreme presets
    if (level > 9) throw new UnsupportedOptionsException();
    return new LZMA2Options(level);
  }

  /** A raw chain: the last filter (LZMA1 or LZMA2) writes to the sink, each earlier one into the next. */
  private FinishableOutputStream raw(List<FilterSpecs.Filter> chain) throws IOException {
    FinishableOutputStream out = new FinishableWrapperOutputStream(sink);
    for (int i = chain.size() - 1; i >= 0; i--) {
      FilterSpecs.Filter f = chain.get(i);
      if (f.isLzma() != (i == chain.size() - 1)) throw LzmaModule.error("Invalid or unsupported options");
      out = f.id() == FilterSpecs.LZMA1 ? new LZMAOutputStream((OutputStream) out, (LZMA2Options) f.options(), true)
          : f.options().getOutputStream(out, ArrayCache.getDefaultCache());
    }
    return out;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject format, @PyMethod.Opt PyObject check,
                       @PyMethod.Opt PyObject preset, @PyMethod.Opt PyObject filters) {
    int fmt = format == null ? LzmaModule.FORMAT_XZ : (int) Abstract.indexValue(format);
    int chk = check == null ? -1 : (int) Abstract.indexValue(check);
    PyObject p = preset == null || preset == PyNone.NONE ? null : preset;
    PyObject f = filters == null || filters == PyNone.NONE ? null : filters;
    if (fmt != LzmaModule.FORMAT_XZ && chk != -1 && chk != LzmaModule.CHECK_NONE) {
      throw Errors.valueError("Integrity checks are only supported by FORMAT_XZ");
    }
    if (p != null && f != null) throw Errors.valueError("Cannot specify both preset and filter chain");
    return new PyLzmaCompressor(cls, fmt, chk, p, f);
  }

  @PyMethod PyObject compress(PyObject data) {
    try {
      return new PyBytes(encoder.compress(Buffers.required(data)));
    } catch (IOException e) {
      throw LzmaModule.error("Internal error");
    }
  }

  @PyMethod PyObject flush() {
    try {
      return new PyBytes(encoder.flush());
    } catch (IOException e) {
      throw LzmaModule.error("Internal error");
    }
  }

  @PyMethod("__reduce__") PyObject reduce() { throw Errors.typeError("cannot pickle '%s' object", type().name()); }
}
