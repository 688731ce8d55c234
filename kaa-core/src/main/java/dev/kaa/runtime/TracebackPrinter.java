package dev.kaa.runtime;

import dev.kaa.ast.Expr;
import dev.kaa.ast.Mod;
import dev.kaa.ast.Stmt;
import dev.kaa.bytecode.Position;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyBaseExceptionGroup;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Parser;
import dev.kaa.parse.SyntaxErrorFormat;
import dev.kaa.parse.Tokenizer;
import dev.kaa.parse.Warnings;
import dev.kaa.strings.StrCompare;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints an uncaught exception exactly as CPython 3.12's default {@code sys.excepthook}: the traceback with each
 * frame's source line and PEP 657 markers, chained causes and contexts, notes, exception groups in their boxes,
 * SyntaxError's caret line. See docs/exceptions.md for the rules and where they come from.
 */
public final class TracebackPrinter {
  /** One traceback line: where a frame was when the exception passed through it (columns in UTF-8 bytes). */
  public record Entry(String filename, String name, int lineno, Position position) {}

  /**
   * Where a NameError's "Did you mean" looks, in this order: the innermost frame's {@code self} (null when the code
   * has no such variable), its code's variable names, its globals' and its builtins' names (each in dict order).
   */
  public record Scope(PyObject self, List<String> varnames, List<String> globals, List<String> builtins) {}

  /** Reads a traceback object (the interpreter's traceback type). */
  public interface Frames {
    /** The entries, outermost first. */
    List<Entry> entries(PyObject traceback);

    /** The innermost frame's names, for NameError suggestions; null when unknown. */
    default Scope innermostScope(PyObject traceback) { return null; }
  }

  /** CPython's TB_RECURSIVE_CUTOFF: identical lines beyond this many are counted, not printed. */
  private static final int RECURSIVE_CUTOFF = 3;
  private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;
  private static final String SEPARATOR_DASHES = "----------------";

  private final Frames frames;
  /** {@code sys.tracebacklimit}. */
  private final long limit;
  private final Map<String, List<String>> sources = new HashMap<>();
  private StringBuilder out;
  private Set<PyBaseException> seen;
  /** How deep inside exception groups the exception being printed is (0: not in a group). */
  private int groupDepth;
  /** The next separator printed must close the innermost group's box. */
  private boolean needClose;

  public TracebackPrinter(Frames frames) { this(frames, Long.MAX_VALUE); }

  /** Prints at most the last {@code limit} entries of each traceback, none (nor the header) when not positive. */
  public TracebackPrinter(Frames frames, long limit) {
    this.frames = frames;
    this.limit = limit;
  }

  /** The whole report for {@code e}, as {@code sys.excepthook} writes it to stderr. */
  public String format(PyBaseException e) {
    out = new StringBuilder(256);
    seen = Collections.newSetFromMap(new IdentityHashMap<>());
    groupDepth = 0;
    needClose = false;
    printRecursive(e);
    return out.toString();
  }

  // ---- chaining

  private void printRecursive(PyBaseException e) {
    seen.add(e);
    if (e.cause instanceof PyBaseException cause && !seen.contains(cause)) {
      printChained(cause, "The above exception was the direct cause of the following exception:");
    } else if (e.context instanceof PyBaseException context && !e.suppressContext && !seen.contains(context)) {
      printChained(context, "During handling of the above exception, another exception occurred:");
    }
    if (e instanceof PyBaseExceptionGroup g) printGroup(g);
    else printException(e);
  }

  private void printChained(PyBaseException e, String message) {
    boolean close = needClose;
    printRecursive(e);
    needClose = close;
    line("");
    line(message);
    line("");
  }

  // ---- one exception

  private String indent() { return "  ".repeat(groupDepth); }

  private String margin() { return groupDepth > 0 ? "| " : ""; }

  /** Writes {@code text} as one line inside the current group's box. */
  private void line(String text) { out.append(indent()).append(margin()).append(text).append('\n'); }

  private void printException(PyBaseException e) {
    if (e.traceback != null && limit > 0) {
      String header = e instanceof PyBaseExceptionGroup ? "Exception Group Traceback (most recent call last):"
          : "Traceback (most recent call last):";
      String headerMargin = e instanceof PyBaseExceptionGroup && groupDepth == 1 ? "+ " : margin();
      out.append(indent()).append(headerMargin).append(header).append('\n');
      List<Entry> entries = frames.entries(e.traceback);
      printTraceback(entries.size() > limit ? entries.subList(entries.size() - (int) limit, entries.size()) : entries);
    }
    PyObject shown = e;
    if (e.type().isSubtypeOf(ExceptionTypes.SyntaxError)) shown = printSyntaxErrorLocation(e);
    StringBuilder last = new StringBuilder(typeName(e.type()));
    if (shown != PyNone.NONE) {
      String s = strOrNull(shown);
      if (s == null) last.append(": <exception str() failed>");
      else if (!s.isEmpty()) last.append(": ").append(s);
    }
    String suggestion = suggestion(e);
    if (suggestion != null) last.append(". Did you mean: '").append(suggestion).append("'?");
    line(last.toString());  // a message's own newlines get no margin, as CPython writes it raw
    printNotes(e);
  }

  /** The name CPython's "Did you mean" offers for an AttributeError or a NameError, or null. */
  private String suggestion(PyBaseException e) {
    try {
      if (!(Abstract.getAttrOrNull(e, "name") instanceof PyStr name)) return null;
      if (e.type().isSubtypeOf(ExceptionTypes.AttributeError)) {
        PyObject obj = Abstract.getAttrOrNull(e, "obj");
        return obj == null || obj == PyNone.NONE ? null : Suggestions.closest(name.value, dir(obj));
      }
      if (e.type().isSubtypeOf(ExceptionTypes.NameError) && e.traceback != null) {
        Scope scope = frames.innermostScope(e.traceback);
        if (scope == null) return null;
        if (scope.self() != null && Abstract.getAttrOrNull(scope.self(), name.value) != null) {
          return "self." + name.value;
        }
        for (List<String> names : List.of(scope.varnames(), scope.globals(), scope.builtins())) {
          String s = Suggestions.closest(name.value, names);
          if (s != null) return s;
        }
      }
    } catch (PyException failed) {
      // a failing __dir__ or property: CPython prints no suggestion then
    }
    return null;
  }

  /** {@code dir(o)}: its {@code __dir__}, sorted. */
  private static List<String> dir(PyObject o) {
    PyObject names = Abstract.callSpecial(o, Special.DIR);
    List<String> out = new ArrayList<>();
    if (names == null) return out;
    PyObject it = Abstract.iter(names);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      if (x instanceof PyStr s) out.add(s.value);
    }
    out.sort(StrCompare::compare);  // code-point order, as sorted() orders str
    return out;
  }

  /** {@code module.qualname}, without the module for built-ins and {@code __main__}. */
  private static String typeName(PyType t) {
    String qualname = stringAttr(t, "__qualname__");
    if (qualname == null) qualname = t.name();
    if (!t.hasFlag(PyType.HEAPTYPE)) return qualname;
    String module = stringAttr(t, "__module__");
    if (module == null) return "<unknown>." + qualname;  // missing or not a str
    return module.equals("builtins") || module.equals("__main__") ? qualname : module + "." + qualname;
  }

  private static String stringAttr(PyObject o, String name) {
    try {
      return Abstract.getAttrOrNull(o, name) instanceof PyStr s ? s.value : null;
    } catch (PyException ignored) {
      return null;
    }
  }

  private static String strOrNull(PyObject o) {
    try {
      return Abstract.str(o).value;
    } catch (PyException failed) {
      return null;
    }
  }

  private void printNotes(PyBaseException e) {
    PyObject notes;
    try {
      notes = Abstract.getAttrOrNull(e, "__notes__");
    } catch (PyException failed) {
      return;
    }
    if (notes == null) return;
    if (!(notes instanceof PyList || notes instanceof PyTuple)) {
      String r;
      try {
        r = Abstract.repr(notes).value;
      } catch (PyException failed) {
        r = "<__notes__ repr() failed>";
      }
      for (String l : r.split("\n", -1)) line(l);
      return;
    }
    PyObject[] items = notes instanceof PyList l ? l.toArray() : ((PyTuple) notes).toArray();
    for (PyObject note : items) {
      String text = note instanceof PyStr s ? s.value : strOrNull(note);
      if (text == null) text = "<note str() failed>";
      for (String l : text.split("\n", -1)) line(l);
    }
  }

  /**
   * A SyntaxError whose location fields make sense prints them as the front end's errors print ({@code File "x",
   * line N}, the text, the carets) and then only its {@code msg}; returns what the last line shows.
   */
  private PyObject printSyntaxErrorLocation(PyBaseException e) {
    PyObject msg = Abstract.getAttrOrNull(e, "msg");
    PyObject lineno = Abstract.getAttrOrNull(e, "lineno");
    if (msg == null || !(lineno instanceof PyInt line) || !line.isLong()) return e;
    PyObject file = Abstract.getAttrOrNull(e, "filename");
    String filename = file == null || file == PyNone.NONE ? null : strOrNull(file);  // str() of bytes too, as CPython
    String text = stringAttr(e, "text");
    int offset = intAttr(e, "offset", 0);
    int endLineno = intAttr(e, "end_lineno", (int) line.longValue());
    int endOffset = intAttr(e, "end_offset", -1);
    String report = SyntaxErrorFormat.format("X", "", filename, (int) line.longValue(), offset, endLineno, endOffset,
        text);
    String location = report.substring(0, report.lastIndexOf('\n', report.length() - 2) + 1);
    for (String l : location.split("\n")) line(l);
    return msg;
  }

  private static int intAttr(PyObject o, String name, int absent) {
    return Abstract.getAttrOrNull(o, name) instanceof PyInt i && i.isLong() ? (int) i.longValue() : absent;
  }

  // ---- exception groups

  private void printGroup(PyBaseExceptionGroup g) {
    if (groupDepth > MAX_GROUP_DEPTH) {
      line("... (max_group_depth is " + MAX_GROUP_DEPTH + ")");
      return;
    }
    if (groupDepth == 0) groupDepth = 1;
    printException(g);
    PyTuple excs = g.exceptions();
    int n = Math.min(excs.size(), MAX_GROUP_WIDTH + 1);
    needClose = false;
    for (int i = 0; i < n; i++) {
      boolean lastOne = i == n - 1;
      if (lastOne) needClose = true;
      String corner = i == 0 ? "+-" : "  ";
      String label = i < MAX_GROUP_WIDTH ? Integer.toString(i + 1) : "...";
      out.append(indent()).append(corner).append('+').append(SEPARATOR_DASHES).append(' ').append(label).append(' ')
          .append(SEPARATOR_DASHES).append('\n');
      groupDepth++;
      if (i < MAX_GROUP_WIDTH) {
        printRecursive((PyBaseException) excs.get(i));
      } else {
        int more = excs.size() - MAX_GROUP_WIDTH;
        line("and " + more + " more exception" + (more > 1 ? "s" : ""));
      }
      closeBoxIfNeeded();
      groupDepth--;
    }
    if (groupDepth == 1) groupDepth = 0;
  }

  /**
   * After each exception printed inside a group: the box is closed once, after the innermost group's last exception
   * (a group that is the last of its parent closes both).
   */
  private void closeBoxIfNeeded() {
    if (needClose) {
      out.append(indent()).append('+').append(SEPARATOR_DASHES).append(SEPARATOR_DASHES).append("----\n");
      needClose = false;
    }
  }

  // ---- the traceback

  private void printTraceback(List<Entry> entries) {
    Entry last = null;
    int count = 0;
    for (Entry entry : entries) {
      if (last == null || !entry.filename().equals(last.filename()) || entry.lineno() != last.lineno()
          || !entry.name().equals(last.name())) {
        if (count > RECURSIVE_CUTOFF) printRepeated(count);
        last = entry;
        count = 0;
      }
      count++;
      if (count <= RECURSIVE_CUTOFF) printEntry(entry);
    }
    if (count > RECURSIVE_CUTOFF) printRepeated(count);
  }

  private void printRepeated(int count) {
    int more = count - RECURSIVE_CUTOFF;
    // no margin, even inside a group: CPython writes this line bare
    out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
        .append("]\n");
  }

  private void printEntry(Entry e) {
    line("  File \"" + e.filename() + "\", line " + e.lineno() + ", in " + e.name());
    String source = sourceLine(e.filename(), e.lineno());
    if (source == null) return;
    int[] cps = source.codePoints().toArray();
    int indentWidth = 0;
    while (indentWidth < cps.length && (cps[indentWidth] == ' ' || cps[indentWidth] == '\t'
        || cps[indentWidth] == '\f')) {
      indentWidth++;
    }
    line("    " + new String(cps, indentWidth, cps.length - indentWidth));
    String carets = Markers.carets(e.filename(), source, cps, indentWidth, e.position());
    if (carets != null) line(carets);
  }

  private String sourceLine(String filename, int lineno) {
    List<String> lines = sources.computeIfAbsent(filename, TracebackPrinter::readLines);
    return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
  }

  private static List<String> readLines(String filename) {
    try {
      String text = Tokenizer.displayText(Files.readAllBytes(Path.of(filename)));
      return text == null ? List.of() : List.of(text.split("\r\n|\r|\n", -1));
    } catch (IOException | RuntimeException unreadable) {
      return List.of();
    }
  }

  /**
   * The PEP 657 marker line under a source line: {@code ^} under the instruction's range, and for a binary operation
   * or a subscript on one line, {@code ~} under the operands with {@code ^} under the operator or the brackets; each
   * marker as wide as the character above it.
   */
  static final class Markers {
    private Markers() {}

    static String carets(String filename, String line, int[] cps, int indentWidth, Position p) {
      if (p == null || p.lineno() < 0 || p.endLineno() < 0 || p.colOffset() < 0 || p.endColOffset() < 0) return null;
      int start = charOffset(line, p.colOffset());
      int end = charOffset(line, p.endColOffset());
      int leftAnchor = -1, rightAnchor = -1;
      char primary = '^', secondary = '^';
      if (p.lineno() == p.endLineno()) {
        int[] anchors = anchors(filename, new String(cps, start, Math.max(0, Math.min(end, cps.length) - start)));
        if (anchors != null) {
          leftAnchor = anchors[0] + start;
          rightAnchor = anchors[1] + start;
          primary = '~';
        }
      } else {
        int i = cps.length;
        while (--i >= 0 && (cps[i] == ' ' || cps[i] == '\t' || cps[i] == '\f')) { /* skip trailing whitespace */ }
        end = i + 1;
      }
      boolean secondaryRanges = leftAnchor != -1 || rightAnchor != -1;
      if (end - start == cps.length - indentWidth && !secondaryRanges) return null;
      StringBuilder b = new StringBuilder("    ");
      for (int col = indentWidth; col < end; col++) {
        char marker = col < start ? ' '
            : secondaryRanges && leftAnchor <= col && col < rightAnchor ? secondary : primary;
        // a wide character (CJK, emoji) takes two columns on a terminal, and so do the markers under it
        b.repeat(marker, col < cps.length ? DisplayWidth.of(cps[col]) : 1);
      }
      return b.toString();
    }

    /** A UTF-8 byte offset into {@code line} as a character (code point) offset, as CPython converts it. */
    static int charOffset(String line, int byteOffset) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      int n = Math.min(byteOffset, bytes.length + 1);
      if (n > bytes.length) return line.codePointCount(0, line.length()) + (n - bytes.length);
      String prefix = new String(bytes, 0, n, StandardCharsets.UTF_8);
      return prefix.codePointCount(0, prefix.length());
    }

    /**
     * For a segment that parses as one expression statement holding a binary operation or a subscript: the
     * operator's (or the brackets') range within the segment, in characters; else null.
     */
    static int[] anchors(String filename, String segment) {
      Mod tree;
      try {
        tree = Parser.parseString(segment, filename, Mode.EXEC, Warnings.IGNORE);
      } catch (RuntimeException unparsable) {
        return null;
      }
      if (!(tree instanceof Mod.Module m) || m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.ExprStmt s)) {
        return null;
      }
      byte[] seg = segment.getBytes(StandardCharsets.UTF_8);
      int left, right;
      if (s.value() instanceof Expr.BinOp op) {
        left = -1;
        right = -1;
        for (int i = op.left().endColOffset(); i < op.right().colOffset(); i++) {
          if (isSpace(seg[i])) continue;
          left = i;
          right = i + 1;
          if (i + 1 < op.right().colOffset() && !isSpace(seg[i + 1])) right++;  // a two-character operator
          if (i + 1 < op.right().colOffset() && seg[i] == ')') continue;  // a closing parenthesis of the left operand
          break;
        }
        if (left < 0) return null;
      } else if (s.value() instanceof Expr.Subscript sub) {
        left = sub.value().endColOffset();
        right = sub.slice().endColOffset() + 1;
        while (left < seg.length && seg[left] != '[') left++;
        while (right < seg.length && seg[right] != ']') right++;
        if (right < seg.length) right++;
      } else {
        return null;
      }
      return new int[] {charOffset(segment, left), charOffset(segment, right)};
    }

    private static boolean isSpace(byte c) { return c == ' ' || c == '\t' || c == '\f'; }
  }
}
