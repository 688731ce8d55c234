package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyEllipsis;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import dev.kaa.text.StrRepr;
import java.util.Arrays;

/**
 * {@code _io.TextIOWrapper}: text over a buffered byte stream. Reading decodes a chunk at a time (the buffer's
 * {@code read1}) into {@link #decoded}, from which reads and lines are served; universal newlines are applied after
 * decoding ({@link NewlineTranslator}). Writing encodes into a pending buffer handed to the byte stream in chunks (at
 * once under {@code write_through}, and flushed at a newline under {@code line_buffering}). {@code tell()} gives
 * CPython's kind of cookie: a known decoder state plus what to feed and skip, found by re-decoding the current chunk
 * ({@link TextCookie}). An exact BufferedReader/Writer/Random buffer is driven through Java calls.
 */
public final class PyTextIOWrapper extends PyTextIOBase {
  public static final PyType TYPE = new PyType("_io.TextIOWrapper", PyType.IMMUTABLE | PyType.BASETYPE,
      PyTextIOWrapper.class, PyTextIOBase.TYPE);

  private PyObject buffer;
  /** The buffer when it is exactly one of the built-in buffered classes. */
  private PyBuffered fastBuffer;
  private boolean initialized, detached;
  private String encoding, errors;
  private NewlineArg newline;
  private String writeNewline;
  private boolean lineBuffering, writeThrough;
  private boolean readable, writable, seekable, telling;
  private TextCodec codec;
  private NewlineTranslator translator;
  private int chunkSize = 8192;
  /** Decoded text not yet returned, from {@link #decodedPos}. */
  private String decoded = "";
  private int decodedPos;
  /** The decoder state before the current chunk and the bytes fed since: what tell() re-decodes. */
  private TextCodec.State snapshotState;
  private byte[] snapshotInput;
  /** Encoded text not yet handed to the buffer: {@code pending[0:pendingCount]}. */
  private byte[] pending = new byte[256];
  private int pendingCount;
  private boolean hasRead1;

  private PyTextIOWrapper(PyType type) { super(type); }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject construct(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyTextIOWrapper(cls);
  }

  /** A wrapper made by open(): the arguments already checked there. */
  static PyTextIOWrapper wrap(PyObject buffer, PyObject encoding, PyObject errors, PyObject newline,
                              boolean lineBuffering) {
    PyTextIOWrapper w = new PyTextIOWrapper(TYPE);
    w.init(buffer, encoding, errors, newline, PyBool.of(lineBuffering), null);
    return w;
  }

  private static String strArg(PyObject o, String name) {
    if (o == null || o == PyNone.NONE) return null;
    if (!(o instanceof PyStr s)) {
      throw Errors.typeError("TextIOWrapper() argument '%s' must be str or None, not %s", name, o.type().name());
    }
    if (s.value.indexOf('\0') >= 0) throw Errors.valueError("embedded null character");
    return s.value;
  }

  /** The encoding "locale" (or none given) names: UTF-8, as Kaa's locale is; "utf-8" in UTF-8 mode. */
  static String localeEncoding() {
    Interpreter interp = Interpreter.current();
    PyObject flags = interp == null ? null : interp.sys().dict().getStr("flags");
    boolean utf8Mode = flags != null && Abstract.isTrue(Attributes.get(flags, "utf8_mode"));
    return utf8Mode ? "utf-8" : "UTF-8";
  }

  @PyMethod(value = "__init__", positionalOnly = 0)
  void init(PyObject buffer, @PyMethod.Opt PyObject encoding, @PyMethod.Opt PyObject errors,
            @PyMethod.Opt PyObject newline, @PyMethod.Opt PyObject line_buffering,
            @PyMethod.Opt PyObject write_through) {
    initialized = false;
    String enc = strArg(encoding, "encoding");
    String err = strArg(errors, "errors");
    if (newline != null && newline != PyNone.NONE && !(newline instanceof PyStr)) {
      throw Errors.typeError("TextIOWrapper() argument 'newline' must be str or None, not %s",
          newline.type().name());
    }
    NewlineArg nl = NewlineArg.of(newline == null ? PyNone.NONE : newline, null, true);
    if (enc == null || enc.equals("locale")) enc = localeEncoding();
    if (err == null) err = "strict";
    this.buffer = buffer;
    this.fastBuffer = buffer.type() == PyBufferedReader.TYPE || buffer.type() == PyBufferedWriter.TYPE
        || buffer.type() == PyBufferedRandom.TYPE ? (PyBuffered) buffer : null;
    if (buffer instanceof PyBuffered b) b.wrappedByText(true);
    this.detached = false;
    this.readable = Abstract.isTrue(Attributes.get(buffer, "readable").call0());
    this.writable = Abstract.isTrue(Attributes.get(buffer, "writable").call0());
    this.codec = TextCodec.of(enc, err, readable, writable);
    this.encoding = enc;
    this.errors = err;
    setNewline(nl);
    this.lineBuffering = line_buffering != null && Abstract.isTrue(line_buffering);
    this.writeThrough = write_through != null && Abstract.isTrue(write_through);
    this.seekable = this.telling = Abstract.isTrue(Attributes.get(buffer, "seekable").call0());
    this.hasRead1 = fastBuffer != null || Abstract.getAttrOrNull(buffer, "read1") != null;
    this.decoded = "";
    this.decodedPos = 0;
    this.snapshotState = null;
    this.snapshotInput = null;
    this.pendingCount = 0;
    this.initialized = true;
    if (writable) IoState.current().track(this);
    if (seekable && writable) {
      PyObject pos = Attributes.get(buffer, "tell").call0();
      if (Abstract.isTrue(pos)) codec.resetEncoder(false);
    }
  }

  private void setNewline(NewlineArg nl) {
    this.newline = nl;
    this.translator = nl.universal() ? new NewlineTranslator(nl.value() == null) : null;
    this.writeNewline = nl.writeTranslation("\n");
  }

  // ---- state checks

  private PyObject buffer() {
    if (!initialized) throw IoErrors.uninitialized();
    if (detached) throw Errors.valueError("underlying buffer has been detached");
    return buffer;
  }

  @Override boolean closedFlag() {
    PyObject b = buffer();
    return fastBuffer != null ? fastBuffer.closedFlag() : Abstract.isTrue(Attributes.get(b, "closed"));
  }

  private void checkOpen() {
    buffer();
    if (closedFlag()) throw IoErrors.closed();
  }

  // ---- writing

  @PyMethod("write") PyObject write(PyObject text) {
    checkOpen();
    if (!(text instanceof PyStr s)) {
      throw Errors.typeError("write() argument must be str, not %s", text.type().name());
    }
    if (!writable) throw IoErrors.unsupported("not writable");
    String t = s.value;
    boolean hasLf = false, hasCr = false, wide = false;
    for (int i = 0, n = t.length(); i < n; i++) {  // one pass for what decides the rest
      char c = t.charAt(i);
      if (c <= '\r') {
        hasLf |= c == '\n';
        hasCr |= c == '\r';
      } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        wide = true;
      }
    }
    int length = wide ? s.length() : t.length();
    if (hasLf && writeNewline != null) t = t.replace("\n", writeNewline);
    boolean flushNow = lineBuffering && (hasLf || hasCr);
    byte[] b = codec.encode(t, wide);
    addPending(b);
    if (flushNow || writeThrough || pendingCount > chunkSize) writePending();
    if (flushNow) callBuffer("flush");
    if (snapshotState != null || decodedPos < decoded.length()) {
      decoded = "";
      decodedPos = 0;
      snapshotState = null;
      snapshotInput = null;
    }
    if (readable && codecHasDecoderState()) codec.resetDecoder();
    if (translator != null) translator.pendingCr = false;
    return PyInt.of(length);
  }

  private void addPending(byte[] b) {
    if (pendingCount + b.length > pending.length) {
      pending = Arrays.copyOf(pending, Math.max(pendingCount + b.length, pending.length * 2));
    }
    System.arraycopy(b, 0, pending, pendingCount, b.length);
    pendingCount += b.length;
  }

  private boolean codecHasDecoderState() { return !(codec instanceof TextCodec.Registry) || readable; }

  /** Hands the encoded text waiting in {@link #pending} to the buffer. */
  private void writePending() {
    int n = pendingCount;
    if (n == 0) return;
    pendingCount = 0;
    if (fastBuffer != null) fastBuffer.writeBytes(pending, 0, n);
    else Attributes.get(buffer, "write").call1(new PyBytes(Arrays.copyOf(pending, n)));
  }

  private PyObject callBuffer(String name) { return Attributes.get(buffer, name).call0(); }

  @PyMethod("flush") PyObject flush() {
    checkOpen();
    telling = seekable;
    writePending();
    return callBuffer("flush");
  }

  @Override void flushAtExit() {
    if (!initialized || detached || pendingCount == 0 || closedFlag()) return;
    writePending();
    callBuffer("flush");
  }

  // ---- reading

  private void checkReadable() {
    checkOpen();
    if (!readable) throw IoErrors.unsupported("not readable");
  }

  /** Reads and decodes the next chunk into {@link #decoded}: false at the end of the stream. */
  private boolean readChunk() {
    TextCodec.State before = telling ? codec.getState() : null;
    byte[] input = readBuffer(chunkSize);
    boolean eof = input.length == 0;
    String text = codec.decode(input, 0, input.length, eof);
    if (translator != null) text = translator.decode(text, eof);
    decoded = text;
    decodedPos = 0;
    if (before != null) {
      byte[] fed = Arrays.copyOf(before.pending(), before.pending().length + input.length);
      System.arraycopy(input, 0, fed, before.pending().length, input.length);
      snapshotState = new TextCodec.State(new byte[0], before.flags() << 1 | (translatorPendingBefore ? 1 : 0));
      snapshotInput = fed;
    }
    translatorPendingBefore = translator != null && translator.pendingCr;
    return !eof || !text.isEmpty();
  }

  /** Whether the newline translator held back a '\r' before the current chunk: part of the snapshot's flags. */
  private boolean translatorPendingBefore;

  private byte[] readBuffer(int size) {
    if (fastBuffer != null) {
      PyObject got = fastBuffer.read1(PyInt.of(size));
      return got == PyNone.NONE ? new byte[0] : ((PyBytes) got).value;
    }
    PyObject got = Attributes.get(buffer, hasRead1 ? "read1" : "read").call1(PyInt.of(size));
    if (got == PyNone.NONE) return new byte[0];
    if (!(got instanceof PyBytes b)) {
      throw Errors.typeError("underlying %s() should have returned a bytes object, not '%s'",
          hasRead1 ? "read1" : "read", got.type().name());
    }
    return b.value;
  }

  @PyMethod("read") PyObject read(@PyMethod.Opt PyObject size) {
    checkReadable();
    long n = IoErrors.optionalSize(size);
    writePending();
    if (n < 0) {
      StringBuilder all = new StringBuilder(decoded.length() - decodedPos);
      all.append(decoded, decodedPos, decoded.length());
      PyObject rest = fastBuffer != null ? fastBuffer.read(null) : callBuffer("read");
      byte[] input = rest == PyNone.NONE ? new byte[0] : ((PyBytes) rest).value;
      String text = codec.decode(input, 0, input.length, true);
      if (translator != null) text = translator.decode(text, true);
      all.append(text);
      decoded = "";
      decodedPos = 0;
      snapshotState = null;
      snapshotInput = null;
      return new PyStr(all.toString());
    }
    StringBuilder out = new StringBuilder();
    long remaining = n;
    while (remaining > 0) {
      if (decodedPos >= decoded.length() && !readChunk()) break;
      int take = takeCodePoints(remaining);
      out.append(decoded, decodedPos, decodedPos + take);
      remaining -= decoded.codePointCount(decodedPos, decodedPos + take);
      decodedPos += take;
    }
    return new PyStr(out.toString());
  }

  /** How many UTF-16 units of {@link #decoded} from the position hold at most {@code n} code points. */
  private int takeCodePoints(long n) {
    int avail = decoded.length() - decodedPos;
    if (n >= avail) return avail;
    int end = decodedPos + (int) n;
    int count = decoded.codePointCount(decodedPos, end);
    if (count == n) return (int) n;
    return decoded.offsetByCodePoints(decodedPos, (int) n) - decodedPos;
  }

  @PyMethod("readline") PyObject readline(@PyMethod.Opt PyObject size) {
    checkReadable();
    return new PyStr(readLine(size == null ? -1 : Abstract.indexValue(size)));
  }

  private String readLine(long limit) {
    writePending();
    LineEnds.Mode mode = newline.readMode();
    String nl = newline.value();
    if (decodedPos < decoded.length()) {
      int end = LineEnds.find(decoded, decodedPos, decoded.length(), mode, nl, false);
      if (end >= 0 && (limit < 0 || end - decodedPos <= limit)) {
        String line = decoded.substring(decodedPos, end);
        decodedPos = end;
        return line;
      }
    }
    StringBuilder line = new StringBuilder();
    while (true) {
      if (decodedPos >= decoded.length() && !readChunk()) break;
      int from = decodedPos;
      boolean splitCrLf = mode == LineEnds.Mode.FIXED && nl.length() == 2 && !line.isEmpty()
          && line.charAt(line.length() - 1) == '\r' && decoded.charAt(decodedPos) == '\n';
      int end = splitCrLf ? decodedPos + 1 : LineEnds.find(decoded, decodedPos, decoded.length(), mode, nl, false);
      int stop = end >= 0 ? end : decoded.length();
      if (limit >= 0) {
        long room = limit - line.codePointCount(0, line.length());
        if (decoded.codePointCount(from, stop) >= room) {
          stop = decoded.offsetByCodePoints(from, (int) room);
          end = stop;
        }
      }
      line.append(decoded, from, stop);
      decodedPos = stop;
      if (end >= 0) break;
    }
    return line.toString();
  }

  @Override PyObject nextLine() {
    checkReadable();
    telling = false;
    String line = readLine(-1);
    if (line.isEmpty()) {
      snapshotState = null;
      snapshotInput = null;
      telling = seekable;
      return null;
    }
    return new PyStr(line);
  }

  // ---- position

  @PyMethod("tell") PyObject tell() {
    checkOpen();
    if (!seekable) throw IoErrors.unsupported("underlying stream is not seekable");
    if (!telling) throw IoErrors.osError("telling position disabled by next() call");
    flush();
    long position = Abstract.indexValue(callBuffer("tell"));
    if (snapshotState == null || !readable) return PyInt.of(position);
    long start = position - snapshotInput.length;
    int skip = decodedPos;
    long flags = snapshotState.flags();
    if (skip == 0) return new TextCookie(start, flags, 0, false, 0).toInt();
    TextCodec.State saved = codec.getState();
    boolean savedCr = translator != null && translator.pendingCr;
    int savedSeen = translator != null ? translator.seen : 0;
    try {
      setDecoderState(flags);
      int fed = 0, chars = 0;
      boolean needEof = false;
      long startFlags = flags;
      int i = 0;
      for (; i < snapshotInput.length; i++) {
        fed++;
        chars += decodeLength(snapshotInput, i, false);
        TextCodec.State st = codec.getState();
        if (st.pending().length == 0 && chars <= skip) {
          start += fed;
          skip -= chars;
          startFlags = st.flags() << 1 | (translator != null && translator.pendingCr ? 1 : 0);
          fed = 0;
          chars = 0;
        }
        if (chars >= skip) break;
      }
      if (i == snapshotInput.length) {
        chars += decodeLength(snapshotInput, snapshotInput.length, true);
        needEof = true;
        if (chars < skip) throw IoErrors.osError("can't reconstruct logical file position");
      }
      return new TextCookie(start, startFlags, fed, needEof, skip).toInt();
    } finally {
      codec.setState(saved);
      if (translator != null) {
        translator.pendingCr = savedCr;
        translator.seen = savedSeen;
      }
    }
  }

  /** Decodes one byte of {@code input} at {@code i} (or, {@code last}, the end of input): the characters made. */
  private int decodeLength(byte[] input, int i, boolean last) {
    String text = last ? codec.decode(input, 0, 0, true) : codec.decode(input, i, 1, false);
    if (translator != null) text = translator.decode(text, last);
    return text.length();
  }

  /** Sets the decoder chain's state from cookie flags: the codec's (shifted) and the held-back '\r' (bit 0). */
  private void setDecoderState(long flags) {
    codec.setState(new TextCodec.State(new byte[0], flags >> 1));
    if (translator != null) translator.pendingCr = (flags & 1) != 0;
  }

  @PyMethod("seek") PyObject seek(PyObject cookie, @PyMethod.Opt PyObject whence) {
    checkOpen();
    long how = whence == null ? 0 : Abstract.indexValue(whence);
    if (!seekable) throw IoErrors.unsupported("underlying stream is not seekable");
    PyInt target;
    if (how == 1) {
      if (Abstract.isTrue(Abstract.richCompare(cookie, PyInt.of(0), dev.kaa.bytecode.CompareOps.NE))) {
        throw IoErrors.unsupported("can't do nonzero cur-relative seeks");
      }
      target = (PyInt) tell();
    } else if (how == 2) {
      if (Abstract.isTrue(Abstract.richCompare(cookie, PyInt.of(0), dev.kaa.bytecode.CompareOps.NE))) {
        throw IoErrors.unsupported("can't do nonzero end-relative seeks");
      }
      flush();
      clearDecoded();
      if (readable) codec.resetDecoder();
      if (translator != null) translator.pendingCr = false;
      PyObject pos = Attributes.get(buffer, "seek").call(new PyObject[] {PyInt.of(0), PyInt.of(2)}, 0, 2, null);
      if (writable) codec.resetEncoder(!Abstract.isTrue(pos));
      return pos;
    } else if (how != 0) {
      throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", how);
    } else {
      target = Abstract.index(cookie);
    }
    if (target.signum() < 0) throw Errors.valueError("negative seek position %s", Abstract.repr(target).value);
    flush();
    TextCookie c = TextCookie.of(target);
    Attributes.get(buffer, "seek").call1(PyInt.of(c.position()));
    clearDecoded();
    if (readable) {
      if (target.signum() == 0) {
        codec.resetDecoder();
        if (translator != null) translator.pendingCr = false;
      } else {
        setDecoderState(c.decFlags());
        snapshotState = new TextCodec.State(new byte[0], c.decFlags());
        snapshotInput = new byte[0];
      }
      if (c.charsToSkip() > 0) {
        byte[] input = readBuffer((int) c.bytesToFeed());
        String text = codec.decode(input, 0, input.length, c.needEof());
        if (translator != null) text = translator.decode(text, c.needEof());
        snapshotInput = input;
        if (text.length() < c.charsToSkip()) throw IoErrors.osError("can't restore logical file position");
        decoded = text;
        decodedPos = (int) c.charsToSkip();
      }
    }
    if (writable) codec.resetEncoder(target.signum() == 0);
    return target;
  }

  private void clearDecoded() {
    decoded = "";
    decodedPos = 0;
    snapshotState = null;
    snapshotInput = null;
  }

  @PyMethod("truncate") PyObject truncate(@PyMethod.Opt PyObject pos) {
    checkOpen();
    flush();
    return Attributes.get(buffer, "truncate").call1(pos == null ? PyNone.NONE : pos);
  }

  // ---- the rest

  @PyMethod("close") PyObject close() {
    PyObject b = buffer();
    if (closedFlag()) return PyNone.NONE;
    IoState.current().untrack(this);
    try {
      flush();
    } finally {
      Attributes.get(b, "close").call0();
    }
    return PyNone.NONE;
  }

  @Override String namedFile() { return buffer instanceof PyBuffered b ? b.namedFile() : null; }

  @PyMethod("detach") PyObject detach() {
    PyObject b = buffer();
    flush();
    if (b instanceof PyBuffered buffered) buffered.wrappedByText(false);
    IoState.current().untrack(this);  // nothing left to flush or to close when dropped
    buffer = null;
    fastBuffer = null;
    detached = true;
    return b;
  }

  @PyMethod(value = "reconfigure", positionalOnly = 0) PyObject reconfigure(
      @PyMethod.KwOnly @PyMethod.Opt PyObject encoding, @PyMethod.KwOnly @PyMethod.Opt PyObject errors,
      @PyMethod.KwOnly @PyMethod.Opt PyObject newline, @PyMethod.KwOnly @PyMethod.Opt PyObject line_buffering,
      @PyMethod.KwOnly @PyMethod.Opt PyObject write_through) {
    String enc = strArg(encoding, "encoding");
    String err = strArg(errors, "errors");
    boolean newNewline = newline != null && newline != PyEllipsis.ELLIPSIS;
    NewlineArg nl = newNewline ? NewlineArg.of(newline, null, true) : null;
    if ((enc != null || newNewline) && (snapshotState != null || decodedPos < decoded.length())) {
      throw IoErrors.unsupported(
          "It is not possible to set the encoding or newline of stream after the first read");
    }
    flush();
    if (enc != null || err != null) {
      String newEnc = enc == null ? this.encoding : enc.equals("locale") ? localeEncoding() : enc;
      String newErr = err != null ? err : enc != null ? "strict" : this.errors;
      codec = TextCodec.of(newEnc, newErr, readable, writable);
      this.encoding = newEnc;
      this.errors = newErr;
    }
    if (nl != null) setNewline(nl);
    if (line_buffering != null && line_buffering != PyNone.NONE) lineBuffering = Abstract.isTrue(line_buffering);
    if (write_through != null && write_through != PyNone.NONE) writeThrough = Abstract.isTrue(write_through);
    return PyNone.NONE;
  }

  @PyGetter("encoding") PyObject encodingAttr() {
    if (!initialized) throw IoErrors.uninitialized();
    return new PyStr(encoding);
  }

  @PyGetter("errors") PyObject errorsAttr() {
    if (!initialized) throw IoErrors.uninitialized();
    return new PyStr(errors);
  }

  @PyGetter("newlines") PyObject newlinesAttr() {
    buffer();
    return translator == null ? PyNone.NONE : translator.newlines();
  }

  @PyGetter("line_buffering") PyObject lineBufferingAttr() {
    if (!initialized) throw IoErrors.uninitialized();
    return PyBool.of(lineBuffering);
  }

  @PyGetter("write_through") PyObject writeThroughAttr() {
    if (!initialized) throw IoErrors.uninitialized();
    return PyBool.of(writeThrough);
  }

  @PyGetter("buffer") PyObject bufferAttr() { return buffer(); }

  @PyGetter("_CHUNK_SIZE") PyObject chunkSizeAttr() {
    buffer();
    return PyInt.of(chunkSize);
  }

  @PySetter("_CHUNK_SIZE") void setChunkSize(PyObject value) {
    buffer();
    if (value == null) throw Errors.attributeError("cannot delete attribute");
    long n = Abstract.indexValue(value);
    if (n <= 0) throw Errors.valueError("a strictly positive integer is required");
    chunkSize = (int) Math.min(n, Integer.MAX_VALUE - 8);
  }

  @PyGetter("closed") PyObject closedAttr() { return Attributes.get(buffer(), "closed"); }

  @PyGetter("name") PyObject nameAttr() { return Attributes.get(buffer(), "name"); }

  @PyMethod("fileno") PyObject fileno() { return callBuffer0("fileno"); }

  @PyMethod("isatty") PyObject isatty() { return callBuffer0("isatty"); }

  @PyMethod("readable") PyObject readableMethod() { return callBuffer0("readable"); }

  @PyMethod("writable") PyObject writableMethod() { return callBuffer0("writable"); }

  @PyMethod("seekable") PyObject seekableMethod() {
    checkOpen();
    return PyBool.of(seekable);
  }

  private PyObject callBuffer0(String name) { return Attributes.get(buffer(), name).call0(); }

  @PyMethod("__getstate__") PyObject getstate() {
    throw Errors.typeError("cannot pickle '%s' object", type().builtinTpName());
  }

  @PyMethod("__repr__") PyObject repr() {
    StringBuilder sb = new StringBuilder("<").append(type().builtinTpName());
    PyObject name = attrOrNull("name");
    if (name != null) sb.append(" name=").append(Abstract.repr(name).value);
    PyObject mode = attrOrNull("mode");
    if (mode != null) sb.append(" mode=").append(Abstract.repr(mode).value);
    return new PyStr(sb.append(" encoding=").append(StrRepr.repr(encoding)).append('>').toString());
  }

  /** An attribute for the repr, or null when getting it fails as a missing or detached one does. */
  private PyObject attrOrNull(String name) {
    try {
      return Attributes.get(this, name);
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.ValueError) || e.matches(ExceptionTypes.AttributeError)) return null;
      throw e;
    }
  }

  @SuppressWarnings({"deprecation", "removal"})  // the one JVM mechanism that gives the dropped object back
  @Override protected void finalize() { dropped(); }
}
