package dev.kaa.modules.sre;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGenericAlias;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMappingProxy;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.Arrays;

/**
 * {@code re.Pattern}: a compiled regular expression ({@code _sre.compile}'s result) and the searching methods. The
 * loops of {@code findall}, {@code split} and {@code sub} follow CPython 3.7+'s rule for empty matches: after an
 * empty match the next one may start at the same place but must not be empty there.
 */
public final class PyPattern extends PyObject {
  public static final PyType TYPE = new PyType("re.Pattern", PyType.IMMUTABLE | PyType.WEAKREFABLE, PyPattern.class,
      PyType.OBJECT);

  final PyObject pattern;
  final int flags;
  final SreCode code;
  final int groups;
  final PyDict groupindex;
  final PyTuple indexgroup;
  /** 0 for a str pattern, 1 for bytes, -1 when the pattern is None (any subject). */
  final int isBytes;

  PyPattern(PyObject pattern, int flags, SreCode code, int groups, PyDict groupindex, PyTuple indexgroup) {
    this.pattern = pattern;
    this.flags = flags;
    this.code = code;
    this.groups = groups;
    this.groupindex = groupindex;
    this.indexgroup = indexgroup;
    this.isBytes = pattern == PyNone.NONE ? -1 : pattern instanceof PyStr ? 0 : 1;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  /** A matcher over {@code string[pos:endpos]}. */
  SreMatcher matcher(SreSubject subject, int pos, int endpos) {
    return new SreMatcher(code, subject.text, endpos, groups, SreModule.POLL);
  }

  private PyObject result(SreMatcher m, SreSubject subject, int pos, int endpos) {
    return new PyMatch(this, subject, m, pos, endpos);
  }

  private PyObject matchAt(PyObject string, PyObject pos, PyObject endpos, boolean all) {
    SreSubject subject = SreSubject.of(string, this);
    int start = subject.clamp(pos, 0), end = subject.clamp(endpos, subject.length());
    SreMatcher m = matcher(subject, start, end);
    m.matchAll = all;
    return m.match(start) ? result(m, subject, start, end) : PyNone.NONE;
  }

  @PyMethod(positionalOnly = 0)
  PyObject match(PyObject string, @PyMethod.Opt PyObject pos, @PyMethod.Opt PyObject endpos) {
    return matchAt(string, pos, endpos, false);
  }

  @PyMethod(positionalOnly = 0)
  PyObject fullmatch(PyObject string, @PyMethod.Opt PyObject pos, @PyMethod.Opt PyObject endpos) {
    return matchAt(string, pos, endpos, true);
  }

  @PyMethod(positionalOnly = 0)
  PyObject search(PyObject string, @PyMethod.Opt PyObject pos, @PyMethod.Opt PyObject endpos) {
    SreSubject subject = SreSubject.of(string, this);
    int start = subject.clamp(pos, 0), end = subject.clamp(endpos, subject.length());
    SreMatcher m = matcher(subject, start, end);
    return m.search(start) ? result(m, subject, start, end) : PyNone.NONE;
  }

  @PyMethod(positionalOnly = 0)
  PyObject findall(PyObject string, @PyMethod.Opt PyObject pos, @PyMethod.Opt PyObject endpos) {
    SreSubject subject = SreSubject.of(string, this);
    int start = subject.clamp(pos, 0), end = subject.clamp(endpos, subject.length());
    SreMatcher m = matcher(subject, start, end);
    PyList list = new PyList();
    while (start <= end && m.search(start)) {
      if (groups == 0) {
        list.add(subject.slice(m.matchStart, m.matchEnd));
      } else if (groups == 1) {
        list.add(groupOrEmpty(m, subject, 1));
      } else {
        PyObject[] items = new PyObject[groups];
        for (int g = 1; g <= groups; g++) items[g - 1] = groupOrEmpty(m, subject, g);
        list.add(PyTuple.wrap(items));
      }
      m.mustAdvance = m.matchEnd == m.matchStart;
      start = m.matchEnd;
    }
    return list;
  }

  private static PyObject groupOrEmpty(SreMatcher m, SreSubject subject, int g) {
    PyObject text = groupOrNull(m, subject, g);
    return text == null ? subject.slice(0, 0) : text;
  }

  /** Group {@code g} (1 or more) of the matcher's last match, or null when it did not take part. */
  private static PyObject groupOrNull(SreMatcher m, SreSubject subject, int g) {
    int s = m.marks[2 * g - 2], e = m.marks[2 * g - 1];
    return s < 0 || e < 0 || s > e ? null : subject.slice(s, e);
  }

  @PyMethod(positionalOnly = 0)
  PyObject finditer(PyObject string, @PyMethod.Opt PyObject pos, @PyMethod.Opt PyObject endpos) {
    PyScanner scanner = (PyScanner) scanner(string, pos, endpos);
    PyObject iter = SreModule.builtin("iter");
    return iter.call(new PyObject[] {Attributes.get(scanner, "search"), PyNone.NONE}, 0, 2, null);
  }

  @PyMethod(positionalOnly = 0)
  PyObject scanner(PyObject string, @PyMethod.Opt PyObject pos, @PyMethod.Opt PyObject endpos) {
    SreSubject subject = SreSubject.of(string, this);
    int start = subject.clamp(pos, 0), end = subject.clamp(endpos, subject.length());
    return new PyScanner(this, subject, start, end);
  }

  @PyMethod(positionalOnly = 0)
  PyObject split(PyObject string, @PyMethod.Opt PyObject maxsplit) {
    long max = maxsplit == null ? 0 : Abstract.indexValue(maxsplit);
    SreSubject subject = SreSubject.of(string, this);
    SreMatcher m = matcher(subject, 0, subject.length());
    PyList list = new PyList();
    int last = 0, start = 0, n = 0;
    while ((max == 0 || n < max) && m.search(start)) {
      list.add(subject.slice(last, m.matchStart));
      for (int g = 1; g <= groups; g++) {
        PyObject text = groupOrNull(m, subject, g);
        list.add(text == null ? PyNone.NONE : text);
      }
      n++;
      m.mustAdvance = m.matchEnd == m.matchStart;
      last = start = m.matchEnd;
    }
    list.add(subject.slice(last, subject.length()));
    return list;
  }

  @PyMethod(positionalOnly = 0)
  PyObject sub(PyObject repl, PyObject string, @PyMethod.Opt PyObject count) {
    return substitute(repl, string, count, false);
  }

  @PyMethod(positionalOnly = 0)
  PyObject subn(PyObject repl, PyObject string, @PyMethod.Opt PyObject count) {
    return substitute(repl, string, count, true);
  }

  private PyObject substitute(PyObject repl, PyObject string, PyObject countArg, boolean withCount) {
    long max = countArg == null ? 0 : Abstract.indexValue(countArg);
    PyObject filter = null;
    PyTemplate template = null;
    PyObject literal = null;
    if (isCallable(repl)) {
      filter = repl;
    } else if (!hasBackslash(repl)) {
      literal = repl;
    } else {
      template = PyTemplate.compile(this, repl);
      if (template.isLiteral()) literal = template.literal();
    }
    SreSubject subject = SreSubject.of(string, this);
    SreMatcher m = matcher(subject, 0, subject.length());
    PyList pieces = new PyList();
    int last = 0, start = 0, n = 0;
    while ((max == 0 || n < max) && m.search(start)) {
      if (last < m.matchStart) pieces.add(subject.slice(last, m.matchStart));
      if (literal != null) {
        pieces.add(literal);
      } else if (filter != null) {
        PyObject item = filter.call1(new PyMatch(this, subject, m, 0, subject.length()));
        if (item != PyNone.NONE) pieces.add(item);
      } else {
        template.expandInto(pieces, g -> g > groups ? null : g == 0
            ? subject.slice(m.matchStart, m.matchEnd) : groupOrNull(m, subject, g));
      }
      n++;
      m.mustAdvance = m.matchEnd == m.matchStart;
      last = start = m.matchEnd;
    }
    if (last < subject.length()) pieces.add(subject.slice(last, subject.length()));
    PyObject result = join(subject, pieces);
    return withCount ? PyTuple.of(result, PyInt.of(n)) : result;
  }

  private static boolean isCallable(PyObject o) {
    return Abstract.isTrue(SreModule.builtin("callable").call1(o));
  }

  private static boolean hasBackslash(PyObject repl) {
    if (repl instanceof PyStr s) return s.value.indexOf('\\') >= 0;
    byte[] data = dev.kaa.objects.Buffers.bytesOrNull(repl);
    if (data == null) return true;  // not a string: the template compiler reports it
    for (byte b : data) if (b == '\\') return true;
    return false;
  }

  /** The pieces glued into one str or bytes; a single exact piece is itself the result (as str.join). */
  static PyObject join(SreSubject subject, PyList pieces) {
    if (pieces.size() == 1) {
      PyObject only = pieces.get(0);
      if (only.type() == (subject.isBytes ? PyBytes.TYPE : PyStr.TYPE)) return only;
    }
    PyObject empty = subject.isBytes ? PyBytes.EMPTY : PyStr.EMPTY;
    return Attributes.get(empty, "join").call1(pieces);
  }

  @PyGetter("pattern") PyObject getPattern() { return pattern; }

  @PyGetter("flags") PyObject getFlags() { return PyInt.of(flags); }

  @PyGetter("groups") PyObject getGroups() { return PyInt.of(groups); }

  @PyGetter("groupindex") PyObject getGroupindex() { return new PyMappingProxy(groupindex); }

  @PyMethod("__copy__") PyObject copy() { return this; }

  @PyMethod("__deepcopy__") PyObject deepcopy(PyObject memo) { return this; }

  private static final String[] FLAG_NAMES = {
      "re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE",
      "re.DEBUG", "re.ASCII"};

  @PyMethod("__repr__") PyObject repr() {
    String text = Abstract.repr(pattern).value;
    if (text.codePointCount(0, text.length()) > 200) text = text.substring(0, text.offsetByCodePoints(0, 200));
    int f = flags;
    if ((f & (SreOp.FLAG_LOCALE | SreOp.FLAG_UNICODE | SreOp.FLAG_ASCII)) == SreOp.FLAG_UNICODE) {
      f &= ~SreOp.FLAG_UNICODE;
    }
    if (f == 0) return new PyStr("re.compile(" + text + ")");
    StringBuilder sb = new StringBuilder("re.compile(").append(text).append(", ");
    boolean first = true;
    for (int bit = 1; bit < FLAG_NAMES.length; bit++) {
      if ((f & (1 << bit)) != 0) {
        if (!first) sb.append('|');
        sb.append(FLAG_NAMES[bit]);
        first = false;
        f &= ~(1 << bit);
      }
    }
    if (f != 0) {
      if (!first) sb.append('|');
      sb.append("0x").append(Integer.toHexString(f));
    }
    return new PyStr(sb.append(')').toString());
  }

  @PyMethod("__eq__") PyObject eq(PyObject other) {
    if (other == this) return PyBool.TRUE;
    if (!(other instanceof PyPattern p)) return PyNotImplemented.VALUE;
    return PyBool.of(flags == p.flags && isBytes == p.isBytes && Arrays.equals(code.original, p.code.original)
        && Abstract.equals(pattern, p.pattern));
  }

  @PyMethod("__ne__") PyObject ne(PyObject other) {
    PyObject eq = eq(other);
    return eq instanceof PyBool b ? PyBool.of(b != PyBool.TRUE) : eq;
  }

  @PyMethod("__hash__") PyObject hash() {
    long h = Abstract.hash(pattern) * 31 + Arrays.hashCode(code.original);
    h = h * 31 + flags + isBytes;
    return PyInt.of(h == -1 ? -2 : h);
  }
}
