package dev.kaa.modules.sre;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import java.util.function.IntFunction;

/**
 * {@code _sre.SRE_Template}: a replacement template as {@code re._parser.parse_template} splits it, literal chunks
 * between group numbers ({@code [literal, group, literal, ..., literal]}), made by {@code _sre.template}.
 */
final class PyTemplate extends PyObject {
  static final PyType TYPE = new PyType("_sre.SRE_Template", PyType.IMMUTABLE, PyTemplate.class, PyType.OBJECT);

  /** One more literal than groups; null for an empty chunk. */
  private final PyObject[] literals;
  private final int[] groups;

  private PyTemplate(PyObject[] literals, int[] groups) {
    this.literals = literals;
    this.groups = groups;
  }

  @Override public PyType type() { return TYPE; }

  /** {@code _sre.template(pattern, template)}. */
  static PyTemplate of(PyList template) {
    int n = template.size();
    if ((n & 1) == 0) throw Errors.typeError("invalid template");
    PyObject[] literals = new PyObject[n / 2 + 1];
    int[] groups = new int[n / 2];
    for (int i = 0; i < n; i++) {
      PyObject item = template.get(i);
      if ((i & 1) == 0) {
        literals[i / 2] = Abstract.isTrue(item) ? item : null;
      } else {
        if (!(item instanceof PyInt)) throw Errors.typeError("an integer is required");
        long g = Abstract.indexValue(item);
        if (g < 0 || g > Integer.MAX_VALUE) throw Errors.typeError("invalid template");
        groups[i / 2] = (int) g;
      }
    }
    return new PyTemplate(literals, groups);
  }

  /** {@code re._compile_template(pattern, repl)}: the Python side parses, {@code _sre.template} builds. */
  static PyTemplate compile(PyPattern pattern, PyObject repl) {
    PyObject re = SreModule.importRe();
    PyObject t = Attributes.get(re, "_compile_template").call2(pattern, repl);
    if (!(t instanceof PyTemplate template)) throw Errors.typeError("invalid template");
    return template;
  }

  boolean isLiteral() { return groups.length == 0; }

  /** The whole replacement when {@link #isLiteral}; null when it is empty. */
  PyObject literal() { return literals[0]; }

  /** Appends the replacement's pieces; {@code group} gives a group's text, or null when it did not take part. */
  void expandInto(PyList pieces, IntFunction<PyObject> group) {
    for (int i = 0; i < groups.length; i++) {
      if (literals[i] != null) pieces.add(literals[i]);
      PyObject text = group.apply(groups[i]);
      if (text != null) pieces.add(text);
    }
    if (literals[groups.length] != null) pieces.add(literals[groups.length]);
  }
}
