package dev.kaa.cli;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tab completion as CPython's {@code rlcompleter} offers it: a bare name completes to keywords, then the names of
 * {@code __main__} and of the builtins; {@code a.b.c} completes to the attributes {@code dir()} lists for the object
 * the dotted name before the last dot refers to (looked up, never evaluated: typing cannot call a function). A callable
 * gets {@code (}, a keyword the space or colon that follows it; names starting with {@code _} are offered only when
 * nothing else matches (or the typed text starts with one).
 */
final class Completions {
  private Completions() {}

  /** {@code keyword.kwlist} of Python 3.12. */
  private static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async",
      "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
      "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
      "while", "with", "yield");
  /** Keywords complete with nothing after them, or with a colon. */
  private static final Set<String> BARE = Set.of("False", "None", "True", "break", "continue", "pass", "else");
  private static final Set<String> WITH_COLON = Set.of("finally", "try");

  /** The completions of {@code text} (a name or a dotted name), in the order to offer them. */
  static List<String> of(String text, PyDict globals, PyDict builtins) {
    try {
      int dot = text.lastIndexOf('.');
      return dot < 0 ? names(text, globals, builtins) : attributes(text.substring(0, dot), text.substring(dot + 1),
          globals, builtins);
    } catch (PyException | StackOverflowError e) {
      return List.of();  // a failing lookup or dir() offers nothing, as rlcompleter
    }
  }

  private static List<String> names(String text, PyDict globals, PyDict builtins) {
    List<String> out = new ArrayList<>();
    for (String k : KEYWORDS) {
      if (!k.startsWith(text)) continue;
      out.add(WITH_COLON.contains(k) ? k + ":" : BARE.contains(k) ? k : k + " ");
    }
    Set<String> seen = new LinkedHashSet<>();
    for (PyDict namespace : List.of(globals, builtins)) {
      namespace.forEach((key, value) -> {
        if (key instanceof PyStr s && s.value.startsWith(text) && seen.add(s.value)) {
          out.add(withCallMark(s.value, value, builtins));
        }
      });
    }
    return out;
  }

  private static List<String> attributes(String dotted, String attr, PyDict globals, PyDict builtins) {
    PyObject object = lookUp(dotted, globals, builtins);
    if (object == null) return List.of();
    Set<String> words = new TreeSet<>();
    PyObject listed = Abstract.call(builtins.getStr("dir"), object);
    for (PyObject it = Abstract.iter(listed), w = Abstract.next(it); w != null; w = Abstract.next(it)) {
      if (w instanceof PyStr s) words.add(s.value);
    }
    words.remove("__builtins__");
    words.add("__class__");
    // names starting with "_" only when asked for, then "__" ones only when nothing else matches
    for (String hidden : attr.isEmpty() ? new String[] {"_", "__", null} : attr.equals("_")
        ? new String[] {"__", null} : new String[] {null}) {
      List<String> out = new ArrayList<>();
      for (String w : words) {
        if (!w.startsWith(attr) || (hidden != null && w.startsWith(hidden))) continue;
        String match = dotted + "." + w;
        PyObject value = isProperty(object, w) ? null : Abstract.getAttrOrNull(object, w);
        out.add(value == null ? match : withCallMark(match, value, builtins));
      }
      if (!out.isEmpty()) return out;
    }
    return List.of();
  }

  /** The object a dotted name refers to in {@code __main__} or the builtins, or null. */
  private static PyObject lookUp(String dotted, PyDict globals, PyDict builtins) {
    String[] parts = dotted.split("\\.", -1);
    PyObject o = globals.getStr(parts[0]);
    if (o == null) o = builtins.getStr(parts[0]);
    for (int i = 1; i < parts.length && o != null; i++) o = Abstract.getAttrOrNull(o, parts[i]);
    return o;
  }

  /** A property is not read to see whether it is callable: reading it could do anything. */
  private static boolean isProperty(PyObject object, String name) {
    PyType type = object.type();
    PyObject attr = type.lookup(name);
    return attr != null && attr.type().name().equals("property");
  }

  private static String withCallMark(String word, PyObject value, PyDict builtins) {
    return Abstract.isTrue(Abstract.call(builtins.getStr("callable"), value)) ? word + "(" : word;
  }
}
