package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Codecs;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.Interpreter;
import dev.kaa.strings.StrEncode;
import dev.kaa.text.StrRepr;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * TextIOWrapper's codec: incremental decoding and encoding with the decoder state its tell/seek cookies record. UTF-8,
 * latin-1 and ASCII with the standard error handlers are done in Java (valid input decoded by the JDK, anything else
 * by {@link Codecs} for CPython's exact errors and handlers); every other codec or handler goes through the codec
 * registry's incremental decoder and encoder objects.
 */
abstract class TextCodec {
  /** The handlers the Java codecs implement themselves. */
  private static final Set<String> JAVA_HANDLERS = Set.of("strict", "ignore", "replace", "backslashreplace",
      "surrogateescape", "surrogatepass");

  /** Decoder state as {@code getstate()} gives it: bytes not yet decoded, and the codec's flags. */
  record State(byte[] pending, long flags) {}

  abstract String decode(byte[] data, int off, int len, boolean last);

  abstract State getState();

  abstract void setState(State state);

  abstract void resetDecoder();

  /** {@code text} encoded; {@code surrogates}: it may hold surrogate characters (else it certainly holds none). */
  abstract byte[] encode(String text, boolean surrogates);

  /** The encoder's {@code reset()} (at the start of the stream) or {@code setstate(0)} (elsewhere). */
  void resetEncoder(boolean atStart) {}

  /**
   * The codec for {@code encoding} (as given to TextIOWrapper) and {@code errors}: Java's for utf-8, latin-1 and
   * ascii with a standard handler, else the registry's (LookupError for an unknown or non-text encoding).
   */
  static TextCodec of(String encoding, String errors, boolean reading, boolean writing) {
    String name = StrEncode.codecName(encoding);
    if (name != null && JAVA_HANDLERS.contains(errors)) {
      return switch (name) {
        case "utf-8" -> new Utf8(errors);
        case "iso8859-1" -> new SingleByte("latin-1", 0x100, errors);
        default -> new SingleByte("ascii", 0x80, errors);
      };
    }
    return Registry.of(encoding, errors, reading, writing);
  }

  /** UTF-8 in Java: the incomplete sequence at the end of a piece waits for the next. */
  static final class Utf8 extends TextCodec {
    private final String errors;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] pending = new byte[0];

    Utf8(String errors) { this.errors = errors; }

    @Override String decode(byte[] data, int off, int len, boolean last) {
      if (pending.length > 0) {
        byte[] joined = Arrays.copyOf(pending, pending.length + len);
        System.arraycopy(data, off, joined, pending.length, len);
        data = joined;
        off = 0;
        len = joined.length;
        pending = new byte[0];
      }
      int end = off + len;
      if (!last) {
        int cut = incompleteTail(data, off, end);
        if (cut < end) {
          pending = Arrays.copyOfRange(data, cut, end);
          end = cut;
        }
      }
      return decodeComplete(data, off, end);
    }

    /** Where an incomplete multi-byte sequence at the end of {@code data[off:end]} starts, or {@code end}. */
    private static int incompleteTail(byte[] data, int off, int end) {
      for (int i = end - 1; i >= Math.max(off, end - 3); i--) {
        int b = data[i] & 0xff;
        if ((b & 0xc0) == 0x80) continue;  // a continuation byte: look further back for the lead
        int need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        return i + need > end ? i : end;
      }
      return end;
    }

    private String decodeComplete(byte[] data, int off, int end) {
      boolean ascii = true;
      for (int i = off; i < end; i++) {
        if (data[i] < 0) {
          ascii = false;
          break;
        }
      }
      if (ascii) return new String(data, off, end - off, StandardCharsets.ISO_8859_1);
      try {
        CharBuffer chars = strict.decode(ByteBuffer.wrap(data, off, end - off));
        return chars.toString();
      } catch (CharacterCodingException e) {
        return Codecs.decode(Arrays.copyOfRange(data, off, end), "utf-8", errors);
      }
    }

    @Override State getState() { return new State(pending.clone(), 0); }

    @Override void setState(State state) { pending = state.pending().clone(); }

    @Override void resetDecoder() { pending = new byte[0]; }

    @Override byte[] encode(String text, boolean surrogates) {
      if (surrogates && hasLoneSurrogate(text)) return StrEncode.encode(text, "utf-8", errors);
      return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean hasLoneSurrogate(String s) {
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return true;
        }
      }
      return false;
    }
  }

  /** latin-1 (every byte a character) or ASCII (bytes below 0x80): stateless. */
  static final class SingleByte extends TextCodec {
    private final String codec, errors;
    private final int limit;

    SingleByte(String codec, int limit, String errors) {
      this.codec = codec;
      this.limit = limit;
      this.errors = errors;
    }

    @Override String decode(byte[] data, int off, int len, boolean last) {
      if (limit == 0x80) {
        for (int i = off; i < off + len; i++) {
          if (data[i] < 0) return Codecs.decode(Arrays.copyOfRange(data, off, off + len), codec, errors);
        }
      }
      return new String(data, off, len, StandardCharsets.ISO_8859_1);
    }

    @Override State getState() { return new State(new byte[0], 0); }

    @Override void setState(State state) {}

    @Override void resetDecoder() {}

    @Override byte[] encode(String text, boolean surrogates) {
      for (int i = 0, n = text.length(); i < n; i++) {
        if (text.charAt(i) >= limit) return StrEncode.encode(text, codec, errors);
      }
      return text.getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  /** Any codec of the registry, through its incremental decoder and encoder ({@code codecs.lookup(encoding)}). */
  static final class Registry extends TextCodec {
    private final PyObject decoder, encoder;

    private Registry(PyObject decoder, PyObject encoder) {
      this.decoder = decoder;
      this.encoder = encoder;
    }

    static Registry of(String encoding, String errors, boolean reading, boolean writing) {
      Interpreter interp = Interpreter.current();
      PyObject codecs = interp.builtinsDict().getStr("__import__").call1(new PyStr("codecs"));
      PyObject info = Attributes.get(codecs, "lookup").call1(new PyStr(encoding));
      PyObject isText = Abstract.getAttrOrNull(info, "_is_text_encoding");
      if (isText != null && !Abstract.isTrue(isText)) {
        throw Errors.of(ExceptionTypes.LookupError,
            "%s is not a text encoding; use codecs.open() to handle arbitrary codecs", StrRepr.repr(encoding));
      }
      PyStr err = new PyStr(errors);
      PyObject dec = reading ? Attributes.get(info, "incrementaldecoder").call1(err) : null;
      PyObject enc = writing ? Attributes.get(info, "incrementalencoder").call1(err) : null;
      return new Registry(dec, enc);
    }

    @Override String decode(byte[] data, int off, int len, boolean last) {
      PyBytes input = new PyBytes(off == 0 && len == data.length ? data : Arrays.copyOfRange(data, off, off + len));
      PyObject out = Attributes.get(decoder, "decode").call(new PyObject[] {input, PyBool.of(last)}, 0, 2, null);
      if (!(out instanceof PyStr s)) {
        throw Errors.typeError("decoder should return a string result, not '%s'", out.type().name());
      }
      return s.value;
    }

    @Override State getState() {
      PyObject st = Attributes.get(decoder, "getstate").call0();
      if (!(st instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyBytes b)) {
        throw Errors.typeError("illegal decoder state");
      }
      return new State(b.value, Abstract.indexValue(t.get(1)));
    }

    @Override void setState(State state) {
      Attributes.get(decoder, "setstate").call1(PyTuple.of(new PyBytes(state.pending()), PyInt.of(state.flags())));
    }

    @Override void resetDecoder() { Attributes.get(decoder, "reset").call0(); }

    @Override byte[] encode(String text, boolean surrogates) {
      PyObject out = Attributes.get(encoder, "encode").call1(new PyStr(text));
      if (!(out instanceof PyBytes b)) {
        throw Errors.typeError("encoder should return a bytes object, not '%s'", out.type().name());
      }
      return b.value;
    }

    @Override void resetEncoder(boolean atStart) {
      if (encoder == null) return;
      if (atStart) Attributes.get(encoder, "reset").call0();
      else Attributes.get(encoder, "setstate").call1(PyInt.of(0));
    }
  }
}
