package dev.kaa.modules.sre;

import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/**
 * {@code _sre.SRE_Scanner} ({@code pattern.scanner()}, behind {@code finditer}): successive matches, each starting
 * where the previous ended (an empty match there is refused); after the first failure it stays exhausted.
 */
final class PyScanner extends PyObject {
  static final PyType TYPE = new PyType("_sre.SRE_Scanner", PyType.IMMUTABLE, PyScanner.class, PyType.OBJECT);

  private final PyPattern pattern;
  private final SreSubject subject;
  private final SreMatcher matcher;
  private final int pos;
  private final int endpos;
  private int start;
  private boolean exhausted;

  PyScanner(PyPattern pattern, SreSubject subject, int pos, int endpos) {
    this.pattern = pattern;
    this.subject = subject;
    this.pos = pos;
    this.endpos = endpos;
    this.start = pos;
    this.matcher = pattern.matcher(subject, pos, endpos);
  }

  @Override public PyType type() { return TYPE; }

  @PyGetter("pattern") PyObject pattern() { return pattern; }

  @PyMethod PyObject match() { return next(false); }

  @PyMethod PyObject search() { return next(true); }

  private PyObject next(boolean search) {
    if (exhausted || start > endpos) return PyNone.NONE;
    boolean found = search ? matcher.search(start) : matcher.match(start);
    if (!found) {
      exhausted = true;
      return PyNone.NONE;
    }
    PyObject m = new PyMatch(pattern, subject, matcher, pos, endpos);
    matcher.mustAdvance = matcher.matchEnd == matcher.matchStart;
    start = matcher.matchEnd;
    return m;
  }
}
