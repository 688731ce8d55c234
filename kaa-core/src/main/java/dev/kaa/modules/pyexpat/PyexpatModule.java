package dev.kaa.modules.pyexpat;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * {@code pyexpat}, which CPython builds over the expat C library, written here with Kaa's own XML parser
 * ({@link XmlScanner}): {@code ParserCreate}, the {@code xmlparser} type, {@code ExpatError} and the {@code errors}
 * and {@code model} submodules, reporting itself as expat 2.5.0 as CPython 3.12.1 does.
 */
public final class PyexpatModule {
  private PyexpatModule() {}

  public static final String NAME = "pyexpat";

  /** The per-interpreter ExpatError class (CPython makes it with the module). */
  static final class State {
    final PyType error;

    State() {
      PyDict ns = new PyDict();
      ns.put(new PyStr("__module__"), new PyStr("xml.parsers.expat"));
      error = (PyType) Abstract.call(PyType.TYPE, new PyStr("ExpatError"), PyTuple.of(ExceptionTypes.Exception), ns);
    }

    static State current() {
      Interpreter interp = Interpreter.current();
      return interp == null ? new State() : interp.moduleState(State.class, i -> new State());
    }
  }

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("Python wrapper for Expat parser."), interp);
    m.addFunctions(PyexpatModule.class);
    PyType error = State.current().error;
    m.put("ExpatError", error);
    m.put("error", error);
    m.put("XMLParserType", PyXmlParser.TYPE);
    m.put("EXPAT_VERSION", new PyStr("expat_2.5.0"));
    m.put("version_info", PyTuple.of(PyInt.of(2), PyInt.of(5), PyInt.of(0)));
    m.put("native_encoding", new PyStr("UTF-8"));
    Object[][] features = {{"sizeof(XML_Char)", 1}, {"sizeof(XML_LChar)", 1}, {"XML_DTD", 0},
        {"XML_CONTEXT_BYTES", 1024}, {"XML_NS", 0}, {"XML_BLAP_MAX_AMP", 100}, {"XML_BLAP_ACT_THRES", 8388608}};
    PyObject[] fs = new PyObject[features.length];
    for (int i = 0; i < fs.length; i++) {
      fs[i] = PyTuple.of(new PyStr((String) features[i][0]), PyInt.of((Integer) features[i][1]));
    }
    m.put("features", new PyList(fs));
    m.put("XML_PARAM_ENTITY_PARSING_NEVER", PyInt.of(0));
    m.put("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", PyInt.of(1));
    m.put("XML_PARAM_ENTITY_PARSING_ALWAYS", PyInt.of(2));
    PyDict modules = interp.modules();
    PyModule errors = errorsModule(interp);
    PyModule model = modelModule(interp);
    m.put("errors", errors);
    m.put("model", model);
    modules.put(new PyStr("pyexpat.errors"), errors);
    modules.put(new PyStr("pyexpat.model"), model);
    return m;
  }

  private static PyModule errorsModule(Interpreter interp) {
    PyModule e = new PyModule("pyexpat.errors", new PyStr("Constants used to describe error conditions."), interp);
    PyDict codes = new PyDict(), messages = new PyDict();
    for (XmlError x : XmlError.values()) {
      e.put(x.constantName(), new PyStr(x.message));
      codes.put(new PyStr(x.message), PyInt.of(x.code));
      messages.put(PyInt.of(x.code), new PyStr(x.message));
    }
    e.put("codes", codes);
    e.put("messages", messages);
    return e;
  }

  private static PyModule modelModule(Interpreter interp) {
    PyModule m = new PyModule("pyexpat.model", new PyStr("Constants used to interpret content model information."),
        interp);
    Object[][] constants = {{"XML_CTYPE_EMPTY", ContentModel.EMPTY}, {"XML_CTYPE_ANY", ContentModel.ANY},
        {"XML_CTYPE_MIXED", ContentModel.MIXED}, {"XML_CTYPE_NAME", ContentModel.NAME},
        {"XML_CTYPE_CHOICE", ContentModel.CHOICE}, {"XML_CTYPE_SEQ", ContentModel.SEQ},
        {"XML_CQUANT_NONE", ContentModel.NONE}, {"XML_CQUANT_OPT", ContentModel.OPT},
        {"XML_CQUANT_REP", ContentModel.REP}, {"XML_CQUANT_PLUS", ContentModel.PLUS}};
    for (Object[] c : constants) m.put((String) c[0], PyInt.of((Integer) c[1]));
    return m;
  }

  /** An ExpatError as pyexpat raises it: "message: line L, column C" with code, lineno and offset attributes. */
  static PyException expatError(XmlError e, long line, long column) {
    PyException x = PyException.withArgs(State.current().error,
        new PyStr(e.message + ": line " + line + ", column " + column));
    Attributes.set(x.value(), "code", PyInt.of(e.code));
    Attributes.set(x.value(), "lineno", PyInt.of(line));
    Attributes.set(x.value(), "offset", PyInt.of(column));
    return x;
  }

  @PyMethod(value = "ParserCreate", positionalOnly = 0)
  static PyObject parserCreate(PyModule self, @PyMethod.Opt PyObject encoding,
      @PyMethod.Opt PyObject namespace_separator, @PyMethod.Opt PyObject intern) {
    String enc = optionalStr(encoding, "encoding");
    String sep = optionalStr(namespace_separator, "namespace_separator");
    if (sep != null && sep.codePointCount(0, sep.length()) > 1) {
      throw Errors.valueError("namespace_separator must be at most one character, omitted, or None");
    }
    PyDict internDict;
    if (intern == null) internDict = new PyDict();
    else if (intern == PyNone.NONE) internDict = null;
    else if (intern instanceof PyDict d) internDict = d;
    else throw Errors.typeError("intern must be a dictionary");
    return new PyXmlParser(enc, sep, internDict, false);
  }

  private static String optionalStr(PyObject v, String what) {
    if (v == null || v == PyNone.NONE) return null;
    if (v instanceof PyStr s) return s.value;
    throw Errors.typeError("ParserCreate() argument '%s' must be str or None, not %s", what, v.type().name());
  }

  @PyMethod(value = "ErrorString", positionalOnly = 1)
  static PyObject errorString(PyModule self, PyObject code) {
    XmlError e = XmlError.of((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Abstract.indexValue(code))));
    return e == null ? PyNone.NONE : new PyStr(e.message);
  }
}
