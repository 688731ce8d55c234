package dev.kaa.modules.lzma;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.Special;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.tukaani.xz.ARMOptions;
import org.tukaani.xz.ARMThumbOptions;
import org.tukaani.xz.DeltaOptions;
import org.tukaani.xz.FilterOptions;
import org.tukaani.xz.IA64Options;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.PowerPCOptions;
import org.tukaani.xz.SPARCOptions;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.X86Options;

/**
 * Filter specifiers ({@code {"id": FILTER_LZMA2, "preset": 6, "dict_size": ...}}) as CPython's {@code _lzma} reads
 * them, made into XZ for Java's options, and the filter properties encodings of the .xz format (liblzma's
 * {@code lzma_properties_encode}/{@code decode}).
 */
final class FilterSpecs {
  private FilterSpecs() {}

  static final long LZMA1 = 0x4000000000000001L;
  static final int LZMA2 = 0x21, DELTA = 3, X86 = 4, POWERPC = 5, IA64 = 6, ARM = 7, ARMTHUMB = 8, SPARC = 9;
  /** liblzma's LZMA_FILTERS_MAX. */
  private static final int MAX_FILTERS = 4;

  /** One filter of a chain: its id and its options. */
  record Filter(long id, FilterOptions options) {
    boolean isLzma() { return id == LZMA1 || id == LZMA2; }
  }

  /** A chain of specifiers (a sequence of dicts). */
  static List<Filter> chain(PyObject specs) {
    if (specs instanceof PyDict) throw Errors.typeError("dict is not a sequence");  // PySequence_Length's refusal
    long n = Abstract.length(specs);
    if (n > MAX_FILTERS) throw Errors.valueError("Too many filters - liblzma supports a maximum of %d", MAX_FILTERS);
    List<Filter> chain = new ArrayList<>();
    for (long i = 0; i < n; i++) chain.add(filter(Abstract.getItem(specs, PyInt.of(i))));
    return chain;
  }

  static Filter filter(PyObject spec) {
    if (spec.type().lookupSpecial(Special.GETITEM) == null || spec instanceof dev.kaa.objects.PyTuple
        || spec instanceof dev.kaa.objects.PyList || spec instanceof PyStr) {
      throw Errors.typeError("Filter specifier must be a dict or dict-like object");
    }
    PyObject idObj = get(spec, "id");
    if (idObj == null) throw Errors.valueError("Filter specifier must have an \"id\" entry");
    long id = Abstract.index(idObj).bigValue().longValue();
    PyDict keys = spec instanceof PyDict d ? d : null;
    try {
      if (id == LZMA1 || id == LZMA2) return new Filter(id, lzma(spec, keys));
      if (id == DELTA) {
        allowOnly(keys, "delta", "id", "dist");
        PyObject dist = get(spec, "dist");
        return new Filter(id, new DeltaOptions(dist == null ? 1 : uint32(dist)));
      }
      FilterOptions bcj = switch ((int) id) {
        case X86 -> new X86Options();
        case POWERPC -> new PowerPCOptions();
        case IA64 -> new IA64Options();
        case ARM -> new ARMOptions();
        case ARMTHUMB -> new ARMThumbOptions();
        case SPARC -> new SPARCOptions();
        default -> null;
      };
      if (bcj == null || id != (int) id) throw Errors.valueError("Invalid filter ID: %s", Long.toUnsignedString(id));
      allowOnly(keys, "BCJ", "id", "start_offset");
      PyObject start = get(spec, "start_offset");
      if (start != null) {
        int offset = uint32(start);
        if (bcj instanceof X86Options o) o.setStartOffset(offset);
        else if (bcj instanceof PowerPCOptions o) o.setStartOffset(offset);
        else if (bcj instanceof IA64Options o) o.setStartOffset(offset);
        else if (bcj instanceof ARMOptions o) o.setStartOffset(offset);
        else if (bcj instanceof ARMThumbOptions o) o.setStartOffset(offset);
        else if (bcj instanceof SPARCOptions o) o.setStartOffset(offset);
      }
      return new Filter(id, bcj);
    } catch (UnsupportedOptionsException e) {
      throw LzmaModule.error("Invalid or unsupported options");
    }
  }

  private static LZMA2Options lzma(PyObject spec, PyDict keys) throws UnsupportedOptionsException {
    allowOnly(keys, "LZMA", "id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth");
    PyObject presetObj = get(spec, "preset");
    long preset = presetObj == null ? 6 : Integer.toUnsignedLong(uint32(presetObj));
    int level = (int) (preset & 0x7fffffffL);  // PRESET_EXTREME: XZ for Java has no extreme presets
    if (level > 9) throw LzmaModule.error("Invalid compression preset: " + preset);
    LZMA2Options o = new LZMA2Options(level);
    PyObject v;
    if ((v = get(spec, "dict_size")) != null) o.setDictSize(uint32(v));
    PyObject lc = get(spec, "lc"), lp = get(spec, "lp");
    if (lc != null || lp != null) o.setLcLp(lc == null ? o.getLc() : uint32(lc), lp == null ? o.getLp() : uint32(lp));
    if ((v = get(spec, "pb")) != null) o.setPb(uint32(v));
    if ((v = get(spec, "mode")) != null) o.setMode(uint32(v));
    if ((v = get(spec, "nice_len")) != null) o.setNiceLen(uint32(v));
    if ((v = get(spec, "mf")) != null) o.setMatchFinder(uint32(v));
    if ((v = get(spec, "depth")) != null) o.setDepthLimit(uint32(v));
    return o;
  }

  /** A specifier with keys its filter does not take: CPython's "Invalid filter specifier for LZMA filter". */
  private static void allowOnly(PyDict keys, String filter, String... allowed) {
    if (keys == null) return;
    keys.forEach((k, v) -> {
      if (!(k instanceof PyStr s) || !List.of(allowed).contains(s.value)) {
        throw Errors.valueError("Invalid filter specifier for %s filter", filter);
      }
    });
  }

  private static PyObject get(PyObject spec, String key) {
    if (spec instanceof PyDict d) return d.getStr(key);
    try {
      return Abstract.getItem(spec, new PyStr(key));
    } catch (dev.kaa.objects.PyException e) {
      if (e.matches(dev.kaa.objects.ExceptionTypes.KeyError)) return null;
      throw e;
    }
  }

  static int uint32(PyObject v) {
    PyInt i = Abstract.index(v);
    if (i.signum() < 0) throw Errors.overflowError("Value too large for uint32_t type");
    if (i.bigValue().bitLength() > 32) throw Errors.overflowError("Value too large for uint32_t type");
    return (int) i.bigValue().longValue();
  }

  // ---- filter properties, as .xz headers carry them

  static byte[] encodeProperties(PyObject spec) {
    Filter f = filter(spec);
    ByteBuffer b = ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN);
    if (f.id() == LZMA1) {
      LZMA2Options o = (LZMA2Options) f.options();
      b.put((byte) ((o.getPb() * 5 + o.getLp()) * 9 + o.getLc())).putInt(o.getDictSize());
    } else if (f.id() == LZMA2) {
      b.put(dictSizeByte(((LZMA2Options) f.options()).getDictSize()));
    } else if (f.id() == DELTA) {
      b.put((byte) (((DeltaOptions) f.options()).getDistance() - 1));
    } else {
      int start = startOffset(f.options());
      if (start != 0) b.putInt(start);
    }
    return java.util.Arrays.copyOf(b.array(), b.position());
  }

  /** LZMA2's one-byte dictionary size: the size rounded up to 2^n or 3 * 2^(n-1), as its slot above 2^12. */
  private static byte dictSizeByte(int dictSize) {
    long d = Math.max(Integer.toUnsignedLong(dictSize), 4096);
    if (d == 0xFFFFFFFFL) return 40;
    for (int k = 0; k < 40; k++) {
      long size = (2L | (k & 1)) << (k / 2 + 11);
      if (size >= d) return (byte) k;
    }
    return 40;
  }

  private static int startOffset(FilterOptions o) {
    if (o instanceof X86Options x) return x.getStartOffset();
    if (o instanceof PowerPCOptions x) return x.getStartOffset();
    if (o instanceof IA64Options x) return x.getStartOffset();
    if (o instanceof ARMOptions x) return x.getStartOffset();
    if (o instanceof ARMThumbOptions x) return x.getStartOffset();
    if (o instanceof SPARCOptions x) return x.getStartOffset();
    return 0;
  }

  static PyObject decodeProperties(long id, byte[] props) {
    PyDict d = new PyDict();
    d.put(new PyStr("id"), PyInt.of(id));
    ByteBuffer b = ByteBuffer.wrap(props).order(ByteOrder.LITTLE_ENDIAN);
    if (id == LZMA1) {
      if (props.length != 5 || (props[0] & 0xff) > (4 * 5 + 4) * 9 + 8) throw LzmaModule.error("Invalid or unsupported options");
      int p = props[0] & 0xff;
      d.put(new PyStr("lc"), PyInt.of(p % 9));
      d.put(new PyStr("lp"), PyInt.of(p / 9 % 5));
      d.put(new PyStr("pb"), PyInt.of(p / 45));
      d.put(new PyStr("dict_size"), PyInt.of(Integer.toUnsignedLong(b.getInt(1))));
    } else if (id == LZMA2) {
      if (props.length != 1 || (props[0] & 0xff) > 40) throw LzmaModule.error("Invalid or unsupported options");
      int k = props[0] & 0xff;
      d.put(new PyStr("dict_size"), PyInt.of(k == 40 ? 0xFFFFFFFFL : (2L | (k & 1)) << (k / 2 + 11)));
    } else if (id == DELTA) {
      if (props.length != 1) throw LzmaModule.error("Invalid or unsupported options");
      d.put(new PyStr("dist"), PyInt.of((props[0] & 0xff) + 1));
    } else if (id >= X86 && id <= SPARC) {
      if (props.length != 0 && props.length != 4) throw LzmaModule.error("Invalid or unsupported options");
      d.put(new PyStr("start_offset"), PyInt.of(props.length == 0 ? 0 : Integer.toUnsignedLong(b.getInt(0))));
    } else {
      throw Errors.valueError("Invalid filter ID: %s", Long.toUnsignedString(id));
    }
    return d;
  }
}
