package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.HeapInstance;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code _io.IncrementalNewlineDecoder(decoder, translate, errors='strict')}: a codec's incremental decoder (or none:
 * text in, text out) followed by universal-newline handling ({@link NewlineTranslator}).
 */
public final class PyIncrementalNewlineDecoder extends PyObject implements HeapInstance {
  public static final PyType TYPE = new PyType("_io.IncrementalNewlineDecoder", PyType.IMMUTABLE | PyType.BASETYPE,
      PyIncrementalNewlineDecoder.class, PyType.OBJECT);

  private PyType type;
  private PyDict dict;
  private final PyObject[] slots;
  private PyObject decoder;
  private NewlineTranslator newlines;

  private PyIncrementalNewlineDecoder(PyType type) {
    this.type = type;
    this.dict = HeapInstance.newDict(type);
    this.slots = HeapInstance.newSlots(type);
  }

  @Override public PyType type() { return type; }

  @Override public void setType(PyType t) { type = t; }

  @Override public PyDict dict() { return dict; }

  @Override public void setDict(PyDict d) { dict = d; }

  @Override public PyObject[] slots() { return slots; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject construct(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyIncrementalNewlineDecoder(cls);
  }

  @PyMethod(value = "__init__", positionalOnly = 0)
  void init(PyObject decoder, PyObject translate, @PyMethod.Opt PyObject errors) {
    this.decoder = decoder;
    this.newlines = new NewlineTranslator(Abstract.isTrue(translate));
  }

  private NewlineTranslator state() {
    if (newlines == null) {
      throw Errors.valueError("IncrementalNewlineDecoder.__init__() not called");
    }
    return newlines;
  }

  /** {@code decode(input, final=False)}: "final" is a Java keyword, so the arguments are parsed here. */
  @PyMethod("decode") PyObject decode(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    NewlineTranslator nl = state();
    PyObject last = kwargs == null ? null : kwargs.getStr("final");
    int allowed = kwargs == null ? 0 : kwargs.size() - (last == null ? 0 : 1);
    if (args.length == 0 && (kwargs == null || kwargs.getStr("input") == null) || args.length > 2 || allowed > 1
        || allowed == 1 && (args.length > 0 || kwargs.getStr("input") == null)
        || last != null && args.length > 1) {
      throw Errors.typeError("decode() takes from 1 to 2 positional arguments");
    }
    PyObject input = args.length > 0 ? args[0] : kwargs.getStr("input");
    if (args.length > 1) last = args[1];
    boolean fin = last != null && Abstract.isTrue(last);
    PyObject out = decoder == PyNone.NONE ? input
        : Attributes.get(decoder, "decode").call(new PyObject[] {input, PyBool.of(fin)}, 0, 1,
            new String[] {"final"});
    if (!(out instanceof PyStr s)) {
      throw Errors.typeError("decoder should return a string result, not '%s'", out.type().name());
    }
    return new PyStr(nl.decode(s.value, fin));
  }

  @PyMethod("getstate") PyObject getstate() {
    NewlineTranslator nl = state();
    PyObject buffer = PyBytes.EMPTY;
    long flag = 0;
    if (decoder != PyNone.NONE) {
      PyObject st = Attributes.get(decoder, "getstate").call0();
      if (!(st instanceof PyTuple t) || t.size() != 2) {
        throw Errors.typeError("illegal decoder state");
      }
      buffer = t.get(0);
      flag = Abstract.indexValue(t.get(1));
    }
    flag <<= 1;
    if (nl.pendingCr) flag |= 1;
    return PyTuple.of(buffer, PyInt.of(flag));
  }

  @PyMethod("setstate") PyObject setstate(PyObject state) {
    NewlineTranslator nl = state();
    if (!(state instanceof PyTuple t) || t.size() != 2) throw Errors.typeError("state argument must be a tuple");
    long flag = Abstract.indexValue(t.get(1));
    nl.pendingCr = (flag & 1) != 0;
    if (decoder != PyNone.NONE) {
      Attributes.get(decoder, "setstate").call1(PyTuple.of(t.get(0), PyInt.of(flag >> 1)));
    }
    return PyNone.NONE;
  }

  @PyMethod("reset") PyObject reset() {
    state().reset();
    if (decoder != PyNone.NONE) Attributes.get(decoder, "reset").call0();
    return PyNone.NONE;
  }

  @PyGetter("newlines") PyObject newlines() { return state().newlines(); }
}
