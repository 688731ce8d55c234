package dev.kaa.modules.pyexpat;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyByteArray;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code pyexpat.xmlparser}: an {@link XmlScanner} whose events call the handlers the program set, with pyexpat's
 * attributes around it (character data buffering, attribute lists, name interning, the error and position fields).
 */
final class PyXmlParser extends PyObject implements XmlEvents {
  static final PyType TYPE = new PyType("pyexpat.xmlparser", PyType.IMMUTABLE, PyXmlParser.class, PyType.OBJECT);

  static {
    for (Handler h : Handler.values()) TYPE.dictPut(h.attribute, new HandlerDescriptor(h));
  }

  /** pyexpat reads files this much at a time. */
  private static final int READ_SIZE = 2048;

  private final PyObject[] handlers = new PyObject[Handler.values().length];
  private final XmlScanner scanner;
  private final String encoding, nsSep;
  private final PyDict intern;
  private boolean ordered, bufferOn, stopped, inParse, anyInput;
  /** The error that stopped the parser: expat gives it again for any later input, at that input's end. */
  private XmlError failed;
  private final StringBuilder buffer = new StringBuilder();
  private int bufferSize = 8192, bufferUsed;
  private int errorCode;

  PyXmlParser(String encoding, String nsSep, PyDict intern, boolean externalEntity) {
    this.encoding = encoding;
    this.nsSep = nsSep;
    this.intern = intern;
    this.scanner = new XmlScanner(this, new XmlInput(encoding, UnknownEncoding::table), nsSep, externalEntity);
  }

  @Override public PyType type() { return TYPE; }

  PyObject handler(Handler h) { return handlers[h.ordinal()]; }

  void setHandler(Handler h, PyObject value) {
    if (h == Handler.CHARACTER_DATA) flush();
    handlers[h.ordinal()] = value == PyNone.NONE ? null : value;
  }

  // ---- events

  @Override public boolean has(Handler h) { return handlers[h.ordinal()] != null; }

  @Override public Object fire(Handler h, Object... args) {
    if (h == Handler.CHARACTER_DATA) {
      characterData((String) args[0]);
      return null;
    }
    flush();
    PyObject f = handlers[h.ordinal()];
    if (f == null) return null;
    PyObject[] pa;
    if (h == Handler.START_ELEMENT) {
      @SuppressWarnings("unchecked") List<String> attrs = (List<String>) args[1];
      pa = new PyObject[] {name((String) args[0]), attributes(attrs, (Integer) args[2])};
    } else {
      pa = new PyObject[args.length];
      for (int i = 0; i < args.length; i++) pa[i] = toPython(args[i]);
      if (h == Handler.END_ELEMENT) pa[0] = name((String) args[0]);
    }
    PyObject r = Abstract.call(f, pa);
    if (h == Handler.EXTERNAL_ENTITY_REF || h == Handler.NOT_STANDALONE) return Abstract.isTrue(r);
    return r;
  }

  private PyObject name(String n) {
    PyStr s = new PyStr(n);
    if (intern == null) return s;
    PyObject known = intern.get(s);
    if (known != null) return known;
    intern.put(s, s);
    return s;
  }

  private PyObject attributes(List<String> attrs, int count) {
    if (ordered) {
      PyObject[] items = new PyObject[count * 2];
      for (int i = 0; i < count * 2; i += 2) {
        items[i] = name(attrs.get(i));
        items[i + 1] = new PyStr(attrs.get(i + 1));
      }
      return new PyList(items);
    }
    PyDict d = new PyDict();
    for (int i = 0; i < count * 2; i += 2) d.put(name(attrs.get(i)), new PyStr(attrs.get(i + 1)));
    return d;
  }

  private static PyObject toPython(Object o) {
    if (o == null) return PyNone.NONE;
    if (o instanceof String s) return new PyStr(s);
    if (o instanceof Integer i) return PyInt.of(i);
    if (o instanceof Boolean b) return PyBool.of(b);
    if (o instanceof ContentModel m) {
      PyObject[] children = new PyObject[m.children().size()];
      for (int i = 0; i < children.length; i++) children[i] = toPython(m.children().get(i));
      return PyTuple.of(PyInt.of(m.type()), PyInt.of(m.quant()), toPython(m.name()), PyTuple.of(children));
    }
    throw new IllegalArgumentException(String.valueOf(o));
  }

  /** Character data, joined while buffer_text is on (pyexpat's buffer counts UTF-8 bytes, as expat's XML_Char). */
  private void characterData(String d) {
    PyObject f = handlers[Handler.CHARACTER_DATA.ordinal()];
    if (!bufferOn) {
      if (f != null) Abstract.call(f, new PyStr(d));
      return;
    }
    int len = utf8Length(d);
    if (bufferUsed + len > bufferSize) flush();
    if (len > bufferSize) {
      f = handlers[Handler.CHARACTER_DATA.ordinal()];
      if (f != null) Abstract.call(f, new PyStr(d));
      return;
    }
    buffer.append(d);
    bufferUsed += len;
  }

  private void flush() {
    if (!bufferOn || bufferUsed == 0 && buffer.isEmpty()) return;
    PyObject f = handlers[Handler.CHARACTER_DATA.ordinal()];
    String d = buffer.toString();
    buffer.setLength(0);
    try {
      if (f != null) Abstract.call(f, new PyStr(d));
    } finally {
      bufferUsed = 0;
    }
  }

  private static int utf8Length(String d) {
    int n = 0;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  // ---- parsing

  @PyMethod(value = "Parse", positionalOnly = 2)
  PyObject parse(PyObject data, @PyMethod.Opt PyObject isfinal) {
    boolean fin = isfinal != null && Abstract.isTrue(isfinal);
    if (data instanceof PyStr s) {
      if (!s.value.isEmpty()) anyInput = true;
      if (failed != null) scanner.input.addText(s.value);
      if (scanner.finished() || stopped || failed != null) throw finishedError();
      scanner.input.addText(s.value);
    } else {
      byte[] b = Buffers.required(data);
      if (b.length > 0) anyInput = true;
      if (failed != null) scanner.input.addBytes(b, fin);
      if (scanner.finished() || stopped || failed != null) throw finishedError();
      scanner.input.addBytes(b, fin);
    }
    run(fin);
    return PyInt.ONE;
  }

  private void run(boolean fin) {
    inParse = true;
    try {
      scanner.parse(fin);
    } catch (XmlScanner.Failure f) {
      failed = f.error;
      throw error(f.error, f.index);
    } catch (PyException e) {
      stopped = true;
      throw e;
    } finally {
      inParse = false;
    }
    flush();
  }

  private PyException finishedError() {
    if (failed != null) return error(failed, scanner.input.text.length());
    return error(XmlError.FINISHED, scanner.eventIndex());
  }

  private PyException error(XmlError e, int index) {
    scanner.failedAt(index);
    long[] pos = scanner.positionOf(index);
    errorCode = e.code;
    return PyexpatModule.expatError(e, pos[0], pos[1]);
  }

  @PyMethod(value = "ParseFile", positionalOnly = 1)
  PyObject parseFile(PyObject file) {
    PyObject read = Attributes.getOrNull(file, "read");
    if (read == null) throw Errors.typeError("argument must have 'read' attribute");
    while (true) {
      PyObject chunk = Abstract.call(read, PyInt.of(READ_SIZE));
      byte[] b;
      if (chunk instanceof PyBytes || chunk instanceof PyByteArray) {
        b = Buffers.required(chunk);
      } else {
        throw Errors.typeError("read() did not return a bytes object (type=%s)", chunk.type().name());
      }
      if (b.length > READ_SIZE) {
        throw Errors.valueError("read() returned too much data: %d bytes requested, %d returned", READ_SIZE, b.length);
      }
      if (b.length > 0) anyInput = true;
      if (scanner.finished() || stopped || failed != null) throw finishedError();
      scanner.input.addBytes(b, b.length == 0);
      run(b.length == 0);
      if (b.length == 0) return PyInt.ONE;
    }
  }

  @PyMethod(value = "SetBase", positionalOnly = 1)
  void setBase(PyObject base) {
    if (!(base instanceof PyStr s)) throw Errors.typeError("SetBase() argument must be str, not %s", base.type().name());
    scanner.base = s.value;
  }

  @PyMethod("GetBase") PyObject getBase() { return scanner.base == null ? PyNone.NONE : new PyStr(scanner.base); }

  @PyMethod("GetInputContext") PyObject getInputContext() {
    if (!inParse) return PyNone.NONE;
    return new PyBytes(scanner.context().getBytes(StandardCharsets.UTF_8));
  }

  @PyMethod(value = "ExternalEntityParserCreate", positionalOnly = 2)
  PyObject externalEntityParserCreate(PyObject context, @PyMethod.Opt PyObject encoding) {
    if (context != PyNone.NONE && !(context instanceof PyStr)) {
      throw Errors.typeError("ExternalEntityParserCreate() argument 1 must be str or None, not %s", context.type().name());
    }
    String enc = encoding == null || encoding == PyNone.NONE ? null : Abstract.str(encoding).value;
    PyXmlParser child = new PyXmlParser(enc, nsSep, intern, true);
    System.arraycopy(handlers, 0, child.handlers, 0, handlers.length);
    child.ordered = ordered;
    child.bufferOn = bufferOn;
    child.bufferSize = bufferSize;
    child.scanner.namespacePrefixes = scanner.namespacePrefixes;
    child.scanner.specifiedOnly = scanner.specifiedOnly;
    child.scanner.base = scanner.base;
    return child;
  }

  @PyMethod(value = "SetParamEntityParsing", positionalOnly = 1)
  PyObject setParamEntityParsing(PyObject flag) {
    long f = Abstract.indexValue(flag);
    scanner.paramEntityParsing = (int) f;
    return PyInt.of(1);
  }

  @PyMethod(value = "UseForeignDTD", positionalOnly = 1)
  void useForeignDTD(@PyMethod.Opt PyObject flag) {
    scanner.useForeignDtd = flag == null || Abstract.isTrue(flag);
  }

  // ---- attributes

  @PyGetter("buffer_text") PyObject bufferText() { return PyBool.of(bufferOn); }

  @PySetter("buffer_text") void setBufferText(PyObject v) {
    boolean on = Abstract.isTrue(notDeleted(v));
    if (!on) flush();
    bufferOn = on;
  }

  @PyGetter("buffer_size") PyObject bufferSize() { return PyInt.of(bufferSize); }

  @PySetter("buffer_size") void setBufferSize(PyObject v) {
    notDeleted(v);
    if (!(v instanceof PyInt)) throw Errors.typeError("buffer_size must be an integer");
    java.math.BigInteger n = ((PyInt) v).bigValue();
    if (n.signum() <= 0) throw Errors.valueError("buffer_size must be greater than zero");
    if (n.bitLength() > 31) throw Errors.valueError("buffer_size must not be greater than %d", Integer.MAX_VALUE);
    flush();
    bufferSize = n.intValue();
  }

  @PyGetter("buffer_used") PyObject bufferUsed() { return PyInt.of(bufferUsed); }

  @PyGetter("ordered_attributes") PyObject orderedAttributes() { return PyBool.of(ordered); }

  @PySetter("ordered_attributes") void setOrderedAttributes(PyObject v) { ordered = Abstract.isTrue(notDeleted(v)); }

  @PyGetter("specified_attributes") PyObject specifiedAttributes() { return PyBool.of(scanner.specifiedOnly); }

  @PySetter("specified_attributes") void setSpecifiedAttributes(PyObject v) {
    scanner.specifiedOnly = Abstract.isTrue(notDeleted(v));
  }

  @PyGetter("namespace_prefixes") PyObject namespacePrefixes() { return PyBool.of(scanner.namespacePrefixes); }

  @PySetter("namespace_prefixes") void setNamespacePrefixes(PyObject v) {
    scanner.namespacePrefixes = Abstract.isTrue(notDeleted(v));
  }

  private static PyObject notDeleted(PyObject v) {
    if (v == null) throw Errors.of(dev.kaa.objects.ExceptionTypes.RuntimeError, "Cannot delete attribute");
    return v;
  }

  @PyGetter("intern") PyObject intern() { return intern == null ? PyNone.NONE : intern; }

  @PyGetter("ErrorCode") PyObject errorCode() { return PyInt.of(errorCode); }

  // expat's XML_GetErrorLineNumber and friends are its XML_GetCurrent* functions
  @PyGetter("ErrorLineNumber") PyObject errorLineNumber() { return currentLineNumber(); }

  @PyGetter("ErrorColumnNumber") PyObject errorColumnNumber() { return currentColumnNumber(); }

  @PyGetter("ErrorByteIndex") PyObject errorByteIndex() { return currentByteIndex(); }

  @PyGetter("CurrentLineNumber") PyObject currentLineNumber() { return PyInt.of(scanner.position()[0]); }

  @PyGetter("CurrentColumnNumber") PyObject currentColumnNumber() { return PyInt.of(scanner.position()[1]); }

  @PyGetter("CurrentByteIndex") PyObject currentByteIndex() {
    return PyInt.of(anyInput ? scanner.position()[2] : -1);
  }
}
