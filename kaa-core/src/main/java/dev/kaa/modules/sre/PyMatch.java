package dev.kaa.modules.sre;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGenericAlias;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code re.Match}: the spans of a successful match, kept as code-point offsets into the subject. */
public final class PyMatch extends PyObject {
  public static final PyType TYPE = new PyType("re.Match", PyType.IMMUTABLE, PyMatch.class, PyType.OBJECT);

  private final PyPattern pattern;
  private final SreSubject subject;
  /** Start and end of group g at [2g] and [2g+1]; -1 for a group that did not take part. */
  private final int[] spans;
  private final int lastIndex;
  private final int pos;
  private final int endpos;

  PyMatch(PyPattern pattern, SreSubject subject, SreMatcher m, int pos, int endpos) {
    this.pattern = pattern;
    this.subject = subject;
    this.pos = pos;
    this.endpos = endpos;
    int groups = pattern.groups;
    spans = new int[2 * (groups + 1)];
    spans[0] = m.matchStart;
    spans[1] = m.matchEnd;
    for (int g = 1; g <= groups; g++) {
      int s = m.marks[2 * g - 2], e = m.marks[2 * g - 1];
      boolean set = s >= 0 && e >= 0 && s <= e;
      spans[2 * g] = set ? s : -1;
      spans[2 * g + 1] = set ? e : -1;
    }
    lastIndex = m.lastIndex;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  /** The group number {@code index} names (an int, or a name from the pattern's groupindex): "no such group". */
  private int groupNumber(PyObject index) {
    long i = -1;
    if (index instanceof PyInt || Abstract.getAttrOrNull(index.type(), "__index__") != null) {
      i = Abstract.indexValue(index);
    } else {
      PyObject n = pattern.groupindex.get(index);
      if (n instanceof PyInt) i = Abstract.indexValue(n);
    }
    if (i < 0 || i > pattern.groups) throw Errors.indexError("no such group");
    return (int) i;
  }

  /** Group {@code g}'s text, or {@code dflt} when it did not take part. */
  private PyObject group(int g, PyObject dflt) {
    int s = spans[2 * g];
    return s < 0 ? dflt : subject.slice(s, spans[2 * g + 1]);
  }

  @PyMethod PyObject group(@PyMethod.Star PyObject[] args) {
    if (args.length == 0) return group(0, PyNone.NONE);
    if (args.length == 1) return group(groupNumber(args[0]), PyNone.NONE);
    PyObject[] items = new PyObject[args.length];
    for (int i = 0; i < args.length; i++) items[i] = group(groupNumber(args[i]), PyNone.NONE);
    return PyTuple.wrap(items);
  }

  @PyMethod("__getitem__") PyObject getItem(PyObject g) { return group(groupNumber(g), PyNone.NONE); }

  @PyMethod PyObject groups(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return PyTuple.wrap(groupsArray(defaultArg("groups", args, kwargs)));
  }

  private PyObject[] groupsArray(PyObject dflt) {
    PyObject[] items = new PyObject[pattern.groups];
    for (int g = 1; g <= pattern.groups; g++) items[g - 1] = group(g, dflt);
    return items;
  }

  @PyMethod PyObject groupdict(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    PyObject dflt = defaultArg("groupdict", args, kwargs);
    PyDict result = new PyDict();
    pattern.groupindex.forEach((name, index) -> result.put(name, group(groupNumber(index), dflt)));
    return result;
  }

  /** The {@code default=None} parameter of groups() and groupdict() (a Java parameter cannot be named so). */
  private static PyObject defaultArg(String method, PyObject[] args, PyDict kwargs) {
    int given = args.length + (kwargs == null ? 0 : kwargs.size());
    if (given > 1) throw Errors.typeError("%s() takes at most 1 argument (%d given)", method, given);
    if (args.length == 1) return args[0];
    if (kwargs == null || kwargs.size() == 0) return PyNone.NONE;
    PyObject value = kwargs.get(new PyStr("default"));
    if (value == null) {
      PyObject[] name = {null};
      kwargs.forEach((k, v) -> name[0] = k);
      throw Errors.typeError("'%s' is an invalid keyword argument for %s()", Abstract.str(name[0]).value, method);
    }
    return value;
  }

  @PyMethod PyObject start(@PyMethod.Opt PyObject group) {
    return PyInt.of(spans[2 * (group == null ? 0 : groupNumber(group))]);
  }

  @PyMethod PyObject end(@PyMethod.Opt PyObject group) {
    return PyInt.of(spans[2 * (group == null ? 0 : groupNumber(group)) + 1]);
  }

  @PyMethod PyObject span(@PyMethod.Opt PyObject group) { return span(group == null ? 0 : groupNumber(group)); }

  private PyObject span(int g) { return PyTuple.of(PyInt.of(spans[2 * g]), PyInt.of(spans[2 * g + 1])); }

  @PyGetter("regs") PyObject regs() {
    PyObject[] items = new PyObject[pattern.groups + 1];
    for (int g = 0; g <= pattern.groups; g++) items[g] = span(g);
    return PyTuple.wrap(items);
  }

  @PyMethod PyObject expand(PyObject template) {
    PyTemplate t = PyTemplate.compile(pattern, template);
    PyList pieces = new PyList();
    t.expandInto(pieces, g -> group(g, null));
    return PyPattern.join(subject, pieces);
  }

  @PyGetter("lastindex") PyObject lastindex() { return lastIndex < 0 ? PyNone.NONE : PyInt.of(lastIndex); }

  @PyGetter("lastgroup") PyObject lastgroup() {
    if (lastIndex < 0 || lastIndex >= pattern.indexgroup.size()) return PyNone.NONE;
    return pattern.indexgroup.get(lastIndex);
  }

  @PyGetter("pos") PyObject pos() { return PyInt.of(pos); }

  @PyGetter("endpos") PyObject endpos() { return PyInt.of(endpos); }

  @PyGetter("re") PyObject re() { return pattern; }

  @PyGetter("string") PyObject string() { return subject.object; }

  @PyMethod("__copy__") PyObject copy() { return this; }

  @PyMethod("__deepcopy__") PyObject deepcopy(PyObject memo) { return this; }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr("<re.Match object; span=(" + spans[0] + ", " + spans[1] + "), match="
        + Abstract.repr(group(0, PyNone.NONE)).value + ">");
  }
}
