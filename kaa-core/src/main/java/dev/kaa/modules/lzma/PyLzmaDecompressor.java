package dev.kaa.modules.lzma;

import dev.kaa.modules.compression.PullDecoder;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import org.tukaani.xz.ArrayCache;
import org.tukaani.xz.CorruptedInputException;
import org.tukaani.xz.LZMA2InputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAInputStream;
import org.tukaani.xz.MemoryLimitException;
import org.tukaani.xz.SingleXZInputStream;
import org.tukaani.xz.UnsupportedOptionsException;

/**
 * {@code _lzma.LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)}: one .xz or .lzma stream (told
 * apart by the first byte, as liblzma's auto decoder) or a raw chain, fed in pieces through {@link PullDecoder},
 * with {@code check}, {@code eof}, {@code unused_data}, {@code needs_input} and liblzma's error messages.
 */
final class PyLzmaDecompressor extends SubclassableObject {
  static final PyType TYPE = new PyType("_lzma.LZMADecompressor", PyType.IMMUTABLE | PyType.BASETYPE,
      PyLzmaDecompressor.class, PyType.OBJECT);

  /** A failure while reading the stream's header: the input is not in the format. */
  private static final class NotTheFormat extends IOException {
    NotTheFormat(String message) { super(message); }
  }

  private final PullDecoder decoder;
  private volatile int check;

  private PyLzmaDecompressor(PyType type, int format, int memKiB, List<FilterSpecs.Filter> chain) {
    super(type);
    check = format == LzmaModule.FORMAT_ALONE || format == LzmaModule.FORMAT_RAW ? LzmaModule.CHECK_NONE
        : LzmaModule.CHECK_UNKNOWN;
    decoder = new PullDecoder(in -> open(in, format, memKiB, chain));
    decoder.abandonWith(this);
  }

  private InputStream open(InputStream in, int format, int memKiB, List<FilterSpecs.Filter> chain) throws IOException {
    try {
      switch (format) {
        case LzmaModule.FORMAT_XZ -> { return xz(in, memKiB); }
        case LzmaModule.FORMAT_ALONE -> { return new LZMAInputStream(in, memKiB); }
        case LzmaModule.FORMAT_AUTO -> {
          PushbackInputStream p = new PushbackInputStream(in, 1);
          int first = p.read();
          if (first < 0) throw new NotTheFormat("Input format not supported by decoder");
          p.unread(first);
          if (first == 0xFD) return xz(p, memKiB);
          check = LzmaModule.CHECK_NONE;
          return new LZMAInputStream(pickyHeader(p), memKiB);
        }
        default -> { return raw(in, chain); }
      }
    } catch (MemoryLimitException e) {
      throw new NotTheFormat("Memory usage limit exceeded");
    } catch (NotTheFormat e) {
      throw e;
    } catch (IOException e) {
      throw new NotTheFormat("Input format not supported by decoder");
    }
  }

  /**
   * The .lzma header as liblzma's auto decoder checks it before taking data for .lzma: a dictionary size of 2^n or
   * 2^n + 2^(n-1) and an uncompressed size unknown or below 256 GiB, which rules out most data that is not .lzma.
   * Returns the stream with the header put back.
   */
  private static InputStream pickyHeader(PushbackInputStream p) throws IOException {
    PushbackInputStream again = new PushbackInputStream(p, 13);
    byte[] header = again.readNBytes(13);
    again.unread(header);
    if (header.length < 13) return again;  // the decoder reports the end of input itself
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(header).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    long dict = Integer.toUnsignedLong(b.getInt(1));
    long size = b.getLong(5);
    boolean dictOk = dict == 0xFFFFFFFFL || dict == roundedDictSize(dict);
    if (!dictOk || (size != -1 && Long.compareUnsigned(size, 1L << 38) >= 0)) {
      throw new NotTheFormat("Input format not supported by decoder");
    }
    return again;
  }

  private static long roundedDictSize(long dict) {
    long d = dict - 1;
    d |= d >> 2;
    d |= d >> 3;
    d |= d >> 4;
    d |= d >> 8;
    d |= d >> 16;
    return (d + 1) & 0xFFFFFFFFL;
  }

  private InputStream xz(InputStream in, int memKiB) throws IOException {
    SingleXZInputStream s = new SingleXZInputStream(in, memKiB);
    check = s.getCheckType();
    return s;
  }

  /** A raw chain: the last filter (LZMA1 or LZMA2) decodes the input, each earlier one what the next gives. */
  private static InputStream raw(InputStream in, List<FilterSpecs.Filter> chain) throws IOException {
    InputStream s = in;
    for (int i = chain.size() - 1; i >= 0; i--) {
      FilterSpecs.Filter f = chain.get(i);
      if (f.isLzma() != (i == chain.size() - 1)) throw new UnsupportedOptionsException();
      if (f.id() == FilterSpecs.LZMA1) {
        LZMA2Options o = (LZMA2Options) f.options();
        s = new LZMAInputStream(s, -1, o.getLc(), o.getLp(), o.getPb(), o.getDictSize(), null);
      } else if (f.id() == FilterSpecs.LZMA2) {
        s = new LZMA2InputStream(s, ((LZMA2Options) f.options()).getDictSize());
      } else {
        s = f.options().getInputStream(s, ArrayCache.getDefaultCache());
      }
    }
    return s;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject format, @PyMethod.Opt PyObject memlimit,
                       @PyMethod.Opt PyObject filters) {
    int fmt = format == null ? LzmaModule.FORMAT_AUTO : (int) Abstract.indexValue(format);
    PyObject mem = memlimit == null || memlimit == PyNone.NONE ? null : memlimit;
    PyObject f = filters == null || filters == PyNone.NONE ? null : filters;
    if (mem != null && fmt == LzmaModule.FORMAT_RAW) throw Errors.valueError("Cannot specify memory limit with FORMAT_RAW");
    if (fmt == LzmaModule.FORMAT_RAW && f == null) throw Errors.valueError("Must specify filters for FORMAT_RAW");
    if (fmt != LzmaModule.FORMAT_RAW && f != null) throw Errors.valueError("Cannot specify filters except with FORMAT_RAW");
    if (fmt < LzmaModule.FORMAT_AUTO || fmt > LzmaModule.FORMAT_RAW) throw Errors.valueError("Invalid container format: %d", fmt);
    int memKiB = -1;
    if (mem != null) {
      long bytes = Abstract.indexValue(mem);
      memKiB = (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes / 1024));
    }
    return new PyLzmaDecompressor(cls, fmt, memKiB, f == null ? null : FilterSpecs.chain(f));
  }

  @PyMethod(positionalOnly = 0) PyObject decompress(PyObject data, @PyMethod.Opt PyObject max_length) {
    byte[] in = Buffers.required(data);
    long max = max_length == null ? -1 : Abstract.indexValue(max_length);
    if (decoder.finished()) throw Errors.of(ExceptionTypes.EOFError, "Already at end of stream");
    decoder.feed(in);
    byte[] out;
    try {
      out = decoder.take(max);
    } catch (NotTheFormat e) {
      throw LzmaModule.error(e.getMessage());
    } catch (MemoryLimitException e) {
      throw LzmaModule.error("Memory usage limit exceeded");
    } catch (UnsupportedOptionsException e) {
      throw LzmaModule.error("Invalid or unsupported options");
    } catch (CorruptedInputException e) {
      throw LzmaModule.error("Corrupt input data");
    } catch (IOException e) {
      throw LzmaModule.error("Corrupt input data");
    }
    return new PyBytes(out);
  }

  @PyGetter("check") PyObject check() { return PyInt.of(check); }

  @PyGetter("eof") PyObject eof() { return PyBool.of(decoder.finished()); }

  @PyGetter("unused_data") PyObject unusedData() { return new PyBytes(decoder.unusedData()); }

  @PyGetter("needs_input") PyObject needsInput() { return PyBool.of(decoder.needsInput()); }

  @PyMethod("__reduce__") PyObject reduce() { throw Errors.typeError("cannot pickle '%s' object", type().name()); }
}
