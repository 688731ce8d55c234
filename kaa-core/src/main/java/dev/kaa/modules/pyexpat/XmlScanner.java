package dev.kaa.modules.pyexpat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An incremental XML 1.0 parser with expat's behaviour as pyexpat shows it: events in expat's order and pieces
 * (character data cut at line ends, references and the end of each chunk), its error codes and the positions it
 * gives them.
 *
 * <p>Input arrives in chunks ({@link #parse}); each call reads whole tokens from the text decoded so far. A token the
 * chunk ends inside ({@link NeedMore}) is read again from its start when more arrives, so no event is given twice and
 * a token may be split anywhere. Character data is the exception, as in expat: what has arrived is reported at once.
 * Internal entities are read by swapping the source text: their events carry the reference's position.
 */
final class XmlScanner {
  /** A well-formedness error: expat's code and the index in the document text where expat reports it. */
  static final class Failure extends RuntimeException {
    final XmlError error;
    final int index;

    Failure(XmlError error, int index) {
      super(error.message, null, false, false);
      this.error = error;
      this.index = index;
    }
  }

  /** The chunk ended inside a token: read it again when more input comes. */
  private static final class NeedMore extends RuntimeException {
    static final NeedMore INSTANCE = new NeedMore();

    private NeedMore() { super(null, null, false, false); }
  }

  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

  private enum Phase { PROLOG, SUBSET, CONTENT, CDATA, EPILOG }

  private record Entity(String name, String value, String systemId, String publicId, String notation) {}

  private record AttDef(String name, String value, boolean cdata) {}

  /** An open element: its names and the namespace bindings its start tag made (undone at its end). */
  private record Tag(String raw, String name, List<String[]> undo, int entityDepth) {}

  private final XmlEvents ev;
  final XmlInput input;
  private final String nsSep;
  private final boolean externalEntity;
  boolean namespacePrefixes, specifiedOnly;
  String base;

  // The text being read: the document's decoded text, or an entity's replacement text.
  private CharSequence s;
  private int end, p;
  private boolean fin;
  private int refAt = -1;
  private final List<String> openEntities = new ArrayList<>();

  private Phase phase;
  private boolean sawDoctype, sawToken, sawRoot, finished;
  private boolean hasParamEntityRefs, standalone;
  private final List<Tag> stack = new ArrayList<>();
  private final Map<String, Entity> entities = new HashMap<>();
  private final Map<String, Entity> paramEntities = new HashMap<>();
  private final Map<String, List<AttDef>> attDefs = new HashMap<>();
  /** Attributes declared with a type other than CDATA, by element: their values are also trimmed and collapsed. */
  private final Map<String, java.util.Set<String>> tokenized = new HashMap<>();
  private final Map<String, String> ns = new HashMap<>();

  // Positions: the event's index in the document text and a cursor that counts lines, columns and bytes up to it.
  private int eventIndex;
  private int curIdx, curLine = 1, curCol;
  private long curByte;
  private boolean curAfterCR;
  /** Characters discarded before the text's start, for {@link #consumed}. */
  private long discarded;

  XmlScanner(XmlEvents ev, XmlInput input, String nsSep, boolean externalEntity) {
    this.ev = ev;
    this.input = input;
    this.nsSep = nsSep;
    this.externalEntity = externalEntity;
    this.phase = externalEntity ? Phase.CONTENT : Phase.PROLOG;
    ns.put("xml", XML_NS);
  }

  /** UseForeignDTD: the external subset is asked for even without a DOCTYPE naming one. */
  boolean useForeignDtd;
  /** SetParamEntityParsing's flag: 0 never, 1 unless standalone, 2 always. */
  int paramEntityParsing;
  /** False after a parameter entity reference that was not read, in a document not standalone: expat then stops
   * recording entity and attribute declarations. */
  private boolean keepProcessing = true;

  /** Expat's NotStandalone check: a false answer from the handler stops the parse. */
  private void notStandalone(int at) {
    if (standalone || !ev.has(Handler.NOT_STANDALONE)) return;
    mark(at);
    Object r = ev.fire(Handler.NOT_STANDALONE);
    if (!Boolean.TRUE.equals(r)) throw fail(XmlError.NOT_STANDALONE, at);
  }

  /** The external DTD subset (named by the DOCTYPE, or foreign), given to ExternalEntityRef when asked for. */
  private void externalSubset(int at, String systemId, String publicId) {
    hasParamEntityRefs = true;
    if (paramEntityParsing != 0 && ev.has(Handler.EXTERNAL_ENTITY_REF)) {
      mark(at);
      Object ok = ev.fire(Handler.EXTERNAL_ENTITY_REF, null, base, systemId, publicId);
      if (!Boolean.TRUE.equals(ok)) throw fail(XmlError.EXTERNAL_ENTITY_HANDLING, at);
    }
    useForeignDtd = false;
  }

  /** Reads all that the text now holds; at the end of input, checks that the document is complete. */
  void parse(boolean isFinal) {
    s = input.text;
    end = s.length();
    fin = isFinal;
    for (;;) {
      int start = p;
      try {
        if (!step()) break;
      } catch (NeedMore m) {
        p = start;
        break;
      }
    }
    if (isFinal) finish();
    eventIndex = p;
    advanceCursor(p);
    input.discard(p);
    discarded += p;
    curIdx -= p;
    eventIndex -= p;
    startLine = curLine;
    startCol = curCol;
    startByte = curByte;
    startAfterCR = curAfterCR;
    p = 0;
    if (isFinal) finished = true;
  }

  boolean finished() { return finished; }

  /** Where the token being read began: an input that ends inside it is reported there. */
  private int tokenStart;

  private boolean step() {
    tokenStart = p;
    if (p >= end) {
      if (p >= input.invalidAt) throw decodeFailure();
      return false;
    }
    switch (phase) {
      case PROLOG -> prologStep();
      case SUBSET -> subsetStep();
      case CONTENT -> contentStep();
      case CDATA -> cdataStep();
      case EPILOG -> epilogStep();
    }
    return true;
  }

  private void finish() {
    switch (phase) {
      case PROLOG, SUBSET -> throw new Failure(XmlError.NO_ELEMENTS, p);
      case CDATA -> throw new Failure(XmlError.UNCLOSED_CDATA_SECTION, p);
      case CONTENT -> {
        if (!(externalEntity && stack.isEmpty())) throw new Failure(XmlError.NO_ELEMENTS, p);
      }
      case EPILOG -> { }
    }
  }

  // ---- reading characters

  /** The character at {@code i}; -1 at the end of the input; NeedMore at the end of a chunk. */
  private int at(int i) {
    if (i < end) return s.charAt(i);
    if (s == input.text && i >= input.invalidAt) throw decodeFailure();
    if (!fin) throw NeedMore.INSTANCE;
    return -1;
  }

  /** Input that does not decode: an invalid token, or a character cut by the end (in the prolog: unclosed token). */
  private Failure decodeFailure() {
    boolean inContent = phase == Phase.CONTENT || phase == Phase.CDATA;
    XmlError e = input.invalidKind == XmlError.PARTIAL_CHAR && !inContent ? XmlError.UNCLOSED_TOKEN : input.invalidKind;
    return new Failure(e, input.invalidAt);
  }

  private Failure fail(XmlError e, int i) { return new Failure(e, refAt >= 0 ? refAt : i); }

  /** The token starting at {@code start} never ended. */
  private Failure unclosed(int start) { return fail(XmlError.UNCLOSED_TOKEN, start); }

  private boolean lookingAt(int i, String word) {
    for (int k = 0; k < word.length(); k++) if (at(i + k) != word.charAt(k)) return false;
    return true;
  }

  private int skipSpace(int i) {
    while (XmlChars.isSpace(at(i))) i++;
    return i;
  }

  /** The end of the name starting at {@code i} (which must start one, else an invalid token there). */
  private int name(int i) {
    int c = at(i);
    if (c == -1) throw unclosed(tokenStart);
    if (!XmlChars.isNameStart(c)) throw fail(XmlError.INVALID_TOKEN, i);
    i++;
    while (true) {
      c = at(i);
      if (c == -1 || !XmlChars.isName(c)) return i;
      i++;
    }
  }

  private String text(int from, int to) { return s.subSequence(from, to).toString(); }

  // ---- positions

  /** The event about to be reported is at {@code i} (inside an entity: at the reference). */
  private void mark(int i) { eventIndex = refAt >= 0 ? refAt : (s == input.text ? i : eventIndex); }

  private int startLine = 1, startCol;
  private long startByte;
  private boolean startAfterCR;

  private void advanceCursor(int to) {
    if (to < curIdx) {  // an earlier point: count again from the text's start
      curIdx = 0;
      curLine = startLine;
      curCol = startCol;
      curByte = startByte;
      curAfterCR = startAfterCR;
    }
    CharSequence t = input.text;
    for (int i = curIdx; i < to && i < t.length(); i++) {
      char c = t.charAt(i);
      curByte += input.byteLength(c);
      if (c == '\n') {
        if (!curAfterCR) {
          curLine++;
          curCol = 0;
        }
        curAfterCR = false;
      } else if (c == '\r') {
        curLine++;
        curCol = 0;
        curAfterCR = true;
      } else {
        curAfterCR = false;
        if (!Character.isLowSurrogate(c)) curCol++;
      }
    }
    curIdx = to;
  }

  /** {line, column, byte index} of the current event. */
  long[] position() { return positionOf(eventIndex); }

  /** After an error, the current position is the error's (expat's Error* getters are its Current* ones). */
  void failedAt(int index) { eventIndex = index; }

  long[] positionOf(int index) {
    advanceCursor(index);
    return new long[] {curLine, curCol, curByte};
  }

  int eventIndex() { return eventIndex; }

  /** The input text from the current event on (GetInputContext). */
  String context() { return input.text.substring(Math.min(eventIndex, input.text.length())); }

  // ---- reporting

  private void reportDefault(int from, int to) {
    if (ev.has(Handler.DEFAULT) || ev.has(Handler.DEFAULT_EXPAND)) {
      if (s != input.text) return;
      mark(from);
      ev.fire(defaultHandler(), text(from, to));
    }
  }

  private Handler defaultHandler() { return ev.has(Handler.DEFAULT) ? Handler.DEFAULT : Handler.DEFAULT_EXPAND; }

  private void characters(int from, int to, String data) {
    if (ev.has(Handler.CHARACTER_DATA)) {
      mark(from);
      if (s == input.text && input.kind() != XmlInput.Kind.UTF8) {
        convertedPieces(data);
        return;
      }
      ev.fire(Handler.CHARACTER_DATA, data);
    } else {
      reportDefault(from, to);
    }
  }

  /** Expat's conversion buffer for input not in UTF-8. */
  private static final int CONVERT_BUFFER = 1024;

  /**
   * Character data of input in another encoding than UTF-8, in the pieces expat gives it: it converts into a buffer
   * of 1024 UTF-8 bytes and reports each buffer full.
   */
  private void convertedPieces(String data) {
    int from = 0, bytes = 0;
    for (int i = 0; i < data.length(); i++) {
      char c = data.charAt(i);
      int n = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : Character.isLowSurrogate(c) ? 0 : 3;
      if (bytes + n > CONVERT_BUFFER) {
        ev.fire(Handler.CHARACTER_DATA, data.substring(from, i));
        from = i;
        bytes = 0;
      }
      bytes += n;
    }
    ev.fire(Handler.CHARACTER_DATA, data.substring(from));
  }

  // ---- prolog and epilog

  private void prologStep() {
    int c = s.charAt(p);
    if (c == '\ufeff' && p == 0 && !sawToken && discarded == 0) {
      p++;
      return;
    }
    prologToken(c, !sawToken);
    sawToken = true;
  }

  private void prologToken(int c, boolean first) {
    if (XmlChars.isSpace(c)) {
      whitespace();
      return;
    }
    if (c == '<') {
      int c1 = at(p + 1);
      if (c1 == '?') {
        pi(first);
      } else if (c1 == '!') {
        int c2 = at(p + 2);
        if (c2 == '-') comment();
        else if (c2 == '[') throw fail(XmlError.INVALID_TOKEN, p);
        else if (!sawDoctype && lookingAt(p, "<!DOCTYPE") && XmlChars.isSpace(at(p + 9))) doctype();
        else throw badDeclaration();
      } else if (c1 == -1) {
        throw unclosed(p);
      } else if (XmlChars.isNameStart(c1)) {
        if (useForeignDtd) externalSubset(p, null, null);
        phase = Phase.CONTENT;
        sawRoot = true;
        startTag();
      } else {
        throw fail(XmlError.INVALID_TOKEN, p + 1);
      }
      return;
    }
    if (!XmlChars.isChar(c)) throw fail(XmlError.INVALID_TOKEN, p);
    throw misplacedText();
  }

  /**
   * Text where declarations are expected: expat reads a name as a token (a syntax error there) when what follows
   * may follow a name, else reports the character after it as an invalid token.
   */
  private Failure misplacedText() {
    if (!XmlChars.isName(s.charAt(p))) return fail(XmlError.INVALID_TOKEN, p);
    int q = p;
    while (XmlChars.isName(at(q))) q++;
    int d = at(q);
    if (d == -1 || XmlChars.isSpace(d) || ">),|[%".indexOf(d) >= 0) return fail(XmlError.SYNTAX, p);
    return fail(XmlError.INVALID_TOKEN, q);
  }

  /**
   * {@code <!} with no declaration expat knows: its keyword is read as letters up to white space (an unknown one is a
   * syntax error at the {@code <}); any other character ends it as an invalid token.
   */
  private Failure badDeclaration() {
    int q = p + 2;
    while (true) {
      int c = at(q);
      if (c == -1) return unclosed(p);
      if (XmlChars.isSpace(c) && q > p + 2) return fail(XmlError.SYNTAX, p);
      if (!XmlChars.isNameStart(c) || c == ':') return fail(XmlError.INVALID_TOKEN, q);
      q++;
    }
  }

  /** The input ended between the tokens of a declaration: expat finds no element. */
  private Failure endBetweenTokens(int i) { return fail(XmlError.NO_ELEMENTS, i); }

  private void whitespace() {
    int q = p;
    while (q < end && XmlChars.isSpace(s.charAt(q))) q++;
    reportDefault(p, q);
    p = q;
  }

  private void epilogStep() {
    int c = s.charAt(p);
    if (XmlChars.isSpace(c)) {
      whitespace();
      return;
    }
    if (c == '<') {
      int c1 = at(p + 1);
      if (c1 == '?') {
        pi(false);
        return;
      }
      if (c1 == '!' && at(p + 2) == '-') {
        comment();
        return;
      }
      if (c1 == -1) throw unclosed(p);
    }
    if (!XmlChars.isChar(c)) throw fail(XmlError.INVALID_TOKEN, p);
    throw fail(XmlError.JUNK_AFTER_DOC_ELEMENT, p);
  }

  // ---- comments and processing instructions

  private void comment() {
    int start = p;
    if (at(p + 3) != '-') throw at(p + 3) == -1 ? unclosed(start) : fail(XmlError.INVALID_TOKEN, p + 3);
    int i = p + 4;
    while (true) {
      int c = at(i);
      if (c == -1) throw unclosed(start);
      if (c == '-' && at(i + 1) == '-') {
        int c2 = at(i + 2);
        if (c2 == '>') break;
        throw c2 == -1 ? unclosed(start) : fail(XmlError.INVALID_TOKEN, i + 2);
      }
      if (!XmlChars.isChar(c)) throw fail(XmlError.INVALID_TOKEN, i);
      i++;
    }
    p = i + 3;
    if (ev.has(Handler.COMMENT)) {
      mark(start);
      ev.fire(Handler.COMMENT, newlines(text(start + 4, i)));
    } else {
      reportDefault(start, p);
    }
  }

  /** {@code <?target data?>}; the XML declaration when {@code first} (the document's first token). */
  private void pi(boolean first) {
    int start = p;
    int nameEnd = name(p + 2);
    String target = text(p + 2, nameEnd);
    int i = nameEnd;
    int c = at(i);
    int dataStart;
    if (c == '?') {
      if (at(i + 1) != '>') throw at(i + 1) == -1 ? unclosed(start) : fail(XmlError.INVALID_TOKEN, i + 1);
      dataStart = i;
    } else if (c == -1) {
      throw unclosed(start);
    } else if (!XmlChars.isSpace(c)) {
      throw fail(XmlError.INVALID_TOKEN, i);
    } else {
      dataStart = skipSpace(i);
      i = dataStart;
      while (true) {
        c = at(i);
        if (c == -1) throw unclosed(start);
        if (c == '?' && at(i + 1) == '>') break;
        if (!XmlChars.isChar(c)) throw fail(XmlError.INVALID_TOKEN, i);
        i++;
      }
    }
    p = i + 2;
    if (target.equalsIgnoreCase("xml")) {
      if (first && target.equals("xml")) {
        xmlDecl(start, nameEnd, i);
        return;
      }
      throw fail(XmlError.MISPLACED_XML_PI, start);
    }
    if (ev.has(Handler.PROCESSING_INSTRUCTION)) {
      mark(start);
      ev.fire(Handler.PROCESSING_INSTRUCTION, target, newlines(text(dataStart, i)));
    } else {
      reportDefault(start, p);
    }
  }

  /** The XML (or, in an external entity, text) declaration's pseudo-attributes, in their order. */
  private void xmlDecl(int start, int from, int to) {
    XmlError bad = externalEntity ? XmlError.TEXT_DECL : XmlError.XML_DECL;
    String[] names = {"version", "encoding", "standalone"};
    String[] values = new String[3];
    int i = from, k = 0;
    while (true) {
      int j = i;
      while (j < to && XmlChars.isSpace(s.charAt(j))) j++;
      if (j == to) break;
      if (j == i) throw fail(bad, j);
      int ne = j;
      while (ne < to && XmlChars.isName(s.charAt(ne))) ne++;
      if (ne == j) throw fail(bad, j);
      String n = text(j, ne);
      int at = k;
      while (at < 3 && !names[at].equals(n)) at++;
      if (at == 3) throw fail(bad, j);
      k = at;
      int e = ne;
      while (e < to && XmlChars.isSpace(s.charAt(e))) e++;
      if (e == to || s.charAt(e) != '=') throw fail(bad, e);
      e++;
      while (e < to && XmlChars.isSpace(s.charAt(e))) e++;
      char q = e < to ? s.charAt(e) : 0;
      if (q != '"' && q != '\'') throw fail(bad, e);
      int close = e + 1;
      for (; close < to && s.charAt(close) != q; close++) {
        char c = s.charAt(close);
        boolean ok = k == 2 || (k == 0 ? XmlChars.isName(c) && c < 0x80
            : (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || close > e + 1 && (c >= '0' && c <= '9' || c == '.'
                || c == '_' || c == '-')));
        if (!ok) throw fail(bad, close);
      }
      if (close == to) throw fail(bad, to);
      values[k] = text(e + 1, close);
      if (k == 2 && !values[2].equals("yes") && !values[2].equals("no")) throw fail(bad, e + 1);
      k++;
      i = close + 1;
    }
    if (values[0] == null && !externalEntity) {
      int first = from;
      while (first < to && XmlChars.isSpace(s.charAt(first))) first++;
      throw fail(bad, first);
    }
    standalone = "yes".equals(values[2]);
    if (ev.has(Handler.XML_DECL)) {
      mark(start);
      ev.fire(Handler.XML_DECL, values[0], values[1], values[2] == null ? -1 : standalone ? 1 : 0);
    } else {
      reportDefault(start, p);
    }
  }

  // ---- document type declaration

  /** Spans of the declaration being read, reported to the default handler when its own handler is not set. */
  private final List<int[]> spans = new ArrayList<>();

  private int span(int from, int to) {
    spans.add(new int[] {from, to});
    return to;
  }

  /** Optional white space, recorded as a span; returns where it ends. */
  private int spaceSpan(int i) {
    int j = skipSpace(i);
    return j > i ? span(i, j) : j;
  }

  /** A declaration's keyword ({@code <!ENTITY}...) of {@code length} at the token's start: a token only once
   * something follows it. */
  private int keyword(int length) {
    if (at(p + length) == -1) throw unclosed(p);
    return span(p, p + length);
  }

  private int requiredSpace(int i, int start) {
    int j = spaceSpan(i);
    if (j == i) throw at(i) == -1 ? endBetweenTokens(i) : fail(XmlError.SYNTAX, i);
    return j;
  }

  private void reportSpans(boolean handled) {
    for (int[] sp : spans) {
      if (!handled) reportDefault(sp[0], sp[1]);
    }
    spans.clear();
  }

  /** A quoted literal starting at {@code i}: its end (after the closing quote). */
  private int literal(int i, int start) {
    int q = at(i);
    if (q == -1) throw endBetweenTokens(i);
    if (q != '"' && q != '\'') throw fail(XmlError.SYNTAX, i);
    int j = i + 1;
    while (true) {
      int c = at(j);
      if (c == -1) throw unclosed(i);
      if (c == q) return j + 1;
      if (!XmlChars.isChar(c)) throw fail(XmlError.INVALID_TOKEN, j);
      j++;
    }
  }

  private String literalValue(int[] lit) { return newlines(text(lit[0] + 1, lit[1] - 1)); }

  /** {@code SYSTEM "sys"} or {@code PUBLIC "pub" "sys"} at {@code i}: {pubStart, pubEnd, sysStart, sysEnd, end}. */
  private int[] externalId(int i, int start, boolean systemOptional) {
    int[] r = {-1, -1, -1, -1, i};
    if (lookingAt(i, "SYSTEM")) {
      int j = requiredSpace(span(i, i + 6), start);
      r[2] = j;
      r[3] = r[4] = span(j, literal(j, start));
    } else if (lookingAt(i, "PUBLIC")) {
      int j = requiredSpace(span(i, i + 6), start);
      r[0] = j;
      r[1] = r[4] = span(j, literal(j, start));
      int k = spaceSpan(r[1]);
      int c = at(k);
      if (k > r[1] && (c == '"' || c == '\'')) {
        r[2] = k;
        r[3] = r[4] = span(k, literal(k, start));
      } else if (!systemOptional) {
        throw c == -1 ? unclosed(start) : fail(XmlError.SYNTAX, k);
      } else if (k > r[1]) {
        spans.remove(spans.size() - 1);
      }
    }
    return r;
  }

  private String sysOf(int[] id) { return id[2] < 0 ? null : text(id[2] + 1, id[3] - 1); }

  private String pubOf(int[] id) {
    return id[0] < 0 ? null : text(id[0] + 1, id[1] - 1).trim().replaceAll("[ \t\r\n]+", " ");
  }

  private void doctype() {
    int start = p;
    spans.clear();
    int i = requiredSpace(keyword(9), start);
    int ne = name(i);
    String name = text(i, ne);
    span(i, ne);
    int j = spaceSpan(ne);
    int[] id = {-1, -1, -1, -1, j};
    if (j > ne && (at(j) == 'S' || at(j) == 'P')) {
      id = externalId(j, start, false);
      j = spaceSpan(id[4]);
    }
    int c = at(j);
    if (c == -1) throw endBetweenTokens(j);
    if (c != '[' && c != '>') throw fail(XmlError.SYNTAX, j);
    span(j, j + 1);
    p = j + 1;
    sawDoctype = true;
    if (id[2] >= 0) {
      hasParamEntityRefs = true;
      if (paramEntityParsing == 0) notStandalone(id[2]);
    }
    doctypeSystemId = sysOf(id);
    doctypePublicId = pubOf(id);
    boolean handled = ev.has(Handler.START_DOCTYPE_DECL);
    if (handled) {
      spans.remove(spans.size() - 1);
      reportSpans(true);
      mark(j);
      ev.fire(Handler.START_DOCTYPE_DECL, name, sysOf(id), pubOf(id), c == '[' ? 1 : 0);
      if (c == '>') endDoctype(j);
    } else {
      if (c == '>') spans.remove(spans.size() - 1);
      reportSpans(false);
      if (c == '>') endDoctype(j);
    }
    if (c == '[') phase = Phase.SUBSET;
  }

  private String doctypeSystemId, doctypePublicId;

  private void endDoctype(int gt) {
    if (doctypeSystemId != null || useForeignDtd) externalSubset(gt, doctypeSystemId, doctypePublicId);
    if (ev.has(Handler.END_DOCTYPE_DECL)) {
      mark(gt);
      ev.fire(Handler.END_DOCTYPE_DECL);
    } else {
      reportDefault(gt, gt + 1);
    }
  }

  private void subsetStep() {
    int c = s.charAt(p);
    if (XmlChars.isSpace(c)) {
      whitespace();
      return;
    }
    switch (c) {
      case ']' -> {
        int start = p;
        int j = skipSpace(p + 1);
        int c2 = at(j);
        if (c2 == -1) throw endBetweenTokens(j);
        if (c2 != '>') throw fail(XmlError.SYNTAX, j);
        p = j + 1;
        if (!ev.has(Handler.END_DOCTYPE_DECL)) {
          reportDefault(start, start + 1);
          if (j > start + 1) reportDefault(start + 1, j);
        }
        phase = Phase.PROLOG;
        endDoctype(j);
      }
      case '%' -> paramEntityRef();
      case '<' -> {
        int c1 = at(p + 1);
        if (c1 == '?') pi(false);
        else if (c1 == '!' && at(p + 2) == '-') comment();
        else if (c1 == '!' && lookingAt(p, "<!ENTITY")) entityDecl();
        else if (c1 == '!' && lookingAt(p, "<!ELEMENT")) elementDecl();
        else if (c1 == '!' && lookingAt(p, "<!ATTLIST")) attlistDecl();
        else if (c1 == '!' && lookingAt(p, "<!NOTATION")) notationDecl();
        else if (c1 == '!') throw badDeclaration();
        else throw fail(XmlError.SYNTAX, p);
      }
      default -> throw XmlChars.isChar(c) ? misplacedText() : fail(XmlError.INVALID_TOKEN, p);
    }
  }

  /** {@code %name;} between declarations: an internal parameter entity's text is read as declarations. */
  private void paramEntityRef() {
    int start = p;
    int ne = name(p + 1);
    if (at(ne) != ';') throw at(ne) == -1 ? unclosed(start) : fail(XmlError.INVALID_TOKEN, ne);
    p = ne + 1;
    String name = text(start + 1, ne);
    hasParamEntityRefs = true;
    if (paramEntityParsing == 0) {
      keepProcessing = standalone;
      reportDefault(start, p);
      notStandalone(start);
      return;
    }
    Entity e = paramEntities.get(name);
    if (e != null && e.value != null) {
      if (openEntities.contains("%" + name)) throw fail(XmlError.RECURSIVE_ENTITY_REF, start);
      withText(e.value, "%" + name, start, () -> {
        while (p < end) subsetStep();
      });
      return;
    }
    if (e != null && ev.has(Handler.EXTERNAL_ENTITY_REF)) {
      mark(start);
      Object ok = ev.fire(Handler.EXTERNAL_ENTITY_REF, null, base, e.systemId, e.publicId);
      if (!Boolean.TRUE.equals(ok)) throw fail(XmlError.EXTERNAL_ENTITY_HANDLING, start);
    } else if (e == null && ev.has(Handler.SKIPPED_ENTITY)) {
      keepProcessing = standalone;
      mark(start);
      ev.fire(Handler.SKIPPED_ENTITY, name, 1);
    } else {
      if (e == null) keepProcessing = standalone;
      reportDefault(start, p);
    }
    notStandalone(start);
  }

  private int closeDecl(int i, int start) {
    int j = spaceSpan(i);
    int c = at(j);
    if (c == -1) throw endBetweenTokens(j);
    if (c != '>') throw fail(XmlError.SYNTAX, j);
    span(j, j + 1);
    p = j + 1;
    return j;
  }

  private void entityDecl() {
    int start = p;
    spans.clear();
    int i = requiredSpace(keyword(8), start);
    boolean pe = false;
    if (at(i) == '%') {
      pe = true;
      i = requiredSpace(span(i, i + 1), start);
    }
    int ne = name(i);
    String name = text(i, ne);
    span(i, ne);
    i = requiredSpace(ne, start);
    int c = at(i);
    String value = null, notation = null;
    int[] id = {-1, -1, -1, -1, i};
    int firedAt;
    if (c == '"' || c == '\'') {
      int le = literal(i, start);
      span(i, le);
      value = entityValue(i + 1, le - 1);
      firedAt = i;
      closeDecl(le, start);
    } else {
      id = externalId(i, start, false);
      if (id[4] == i) throw c == -1 ? unclosed(start) : fail(XmlError.SYNTAX, i);
      int j = spaceSpan(id[4]);
      if (!pe && j > id[4] && lookingAt(j, "NDATA")) {
        int k = requiredSpace(span(j, j + 5), start);
        int nn = name(k);
        notation = text(k, nn);
        span(k, nn);
        firedAt = k;
        closeDecl(nn, start);
      } else {
        firedAt = closeDecl(id[4], start);
      }
    }
    Map<String, Entity> table = pe ? paramEntities : entities;
    boolean fresh = keepProcessing && !table.containsKey(name);
    if (fresh) table.put(name, new Entity(name, value, sysOf(id), pubOf(id), notation));
    boolean handled = false;
    if (fresh && notation != null && ev.has(Handler.UNPARSED_ENTITY_DECL)) {
      handled = true;
      reportSpans(true);
      mark(firedAt);
      ev.fire(Handler.UNPARSED_ENTITY_DECL, name, base, sysOf(id), pubOf(id), notation);
    } else if (fresh && ev.has(Handler.ENTITY_DECL)) {
      handled = true;
      reportSpans(true);
      mark(firedAt);
      ev.fire(Handler.ENTITY_DECL, name, pe ? 1 : 0, value, value == null ? base : null, sysOf(id), pubOf(id),
          notation);
    }
    if (!handled) reportSpans(false);
  }

  /** An entity's replacement text: character references replaced, entity references kept as written. */
  private String entityValue(int from, int to) {
    StringBuilder b = new StringBuilder();
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '&') {
        if (i + 1 < to && s.charAt(i + 1) == '#') {
          int[] r = charRef(i);
          b.appendCodePoint(r[0]);
          i = r[1];
        } else {
          int ne = name(i + 1);
          if (ne >= to || s.charAt(ne) != ';') throw fail(XmlError.INVALID_TOKEN, ne);
          b.append(s, i, ne + 1);
          i = ne + 1;
        }
      } else if (c == '%') {
        throw fail(XmlError.PARAM_ENTITY_REF, i);
      } else if (c == '\r') {
        b.append('\n');
        i += i + 1 < to && s.charAt(i + 1) == '\n' ? 2 : 1;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  private void notationDecl() {
    int start = p;
    spans.clear();
    int i = requiredSpace(keyword(10), start);
    int ne = name(i);
    String name = text(i, ne);
    span(i, ne);
    i = requiredSpace(ne, start);
    int[] id = externalId(i, start, true);
    if (id[4] == i) throw at(i) == -1 ? unclosed(start) : fail(XmlError.SYNTAX, i);
    int gt = closeDecl(id[4], start);
    if (ev.has(Handler.NOTATION_DECL)) {
      reportSpans(true);
      mark(id[2] >= 0 ? id[2] : gt);
      ev.fire(Handler.NOTATION_DECL, name, base, sysOf(id), pubOf(id));
    } else {
      reportSpans(false);
    }
  }

  private int modelEnd;

  private void elementDecl() {
    int start = p;
    spans.clear();
    int i = requiredSpace(keyword(9), start);
    int ne = name(i);
    String name = text(i, ne);
    span(i, ne);
    i = requiredSpace(ne, start);
    ContentModel model;
    int firedAt;
    if (lookingAt(i, "EMPTY")) {
      model = new ContentModel(ContentModel.EMPTY, ContentModel.NONE, null, List.of());
      firedAt = i;
      i = span(i, i + 5);
    } else if (lookingAt(i, "ANY")) {
      model = new ContentModel(ContentModel.ANY, ContentModel.NONE, null, List.of());
      firedAt = i;
      i = span(i, i + 3);
    } else if (at(i) == '(') {
      int j = skipSpace(i + 1);
      if (lookingAt(j, "#PCDATA")) model = mixed(j + 7, start);
      else model = group(i, start);
      firedAt = modelEnd - 1;
      while (firedAt > i && "*?+".indexOf(s.charAt(firedAt)) >= 0) firedAt--;
      span(i, modelEnd);
      i = modelEnd;
    } else {
      throw at(i) == -1 ? unclosed(start) : fail(XmlError.SYNTAX, i);
    }
    closeDecl(i, start);
    if (ev.has(Handler.ELEMENT_DECL)) {
      reportSpans(true);
      mark(firedAt);
      ev.fire(Handler.ELEMENT_DECL, name, model);
    } else {
      reportSpans(false);
    }
  }

  private ContentModel mixed(int i, int start) {
    List<ContentModel> names = new ArrayList<>();
    i = skipSpace(i);
    while (at(i) == '|') {
      i = skipSpace(i + 1);
      int ne = name(i);
      names.add(new ContentModel(ContentModel.NAME, ContentModel.NONE, text(i, ne), List.of()));
      i = skipSpace(ne);
    }
    int c = at(i);
    if (c == -1) throw unclosed(start);
    if (c != ')') throw fail(XmlError.SYNTAX, i);
    i++;
    boolean star = at(i) == '*';
    if (!star && !names.isEmpty()) throw fail(XmlError.SYNTAX, i);
    modelEnd = star ? i + 1 : i;
    return new ContentModel(ContentModel.MIXED, star ? ContentModel.REP : ContentModel.NONE, null, names);
  }

  /** A choice or sequence group starting with '(' at {@code i}; {@link #modelEnd} is set after its quantifier. */
  private ContentModel group(int i, int start) {
    List<ContentModel> items = new ArrayList<>();
    int sep = 0;
    i = skipSpace(i + 1);
    while (true) {
      ContentModel item;
      if (at(i) == '(') {
        item = group(i, start);
        i = modelEnd;
      } else {
        int ne = name(i);
        int q = quant(at(ne));
        item = new ContentModel(ContentModel.NAME, q, text(i, ne), List.of());
        i = q == ContentModel.NONE ? ne : ne + 1;
      }
      items.add(item);
      i = skipSpace(i);
      int c = at(i);
      if (c == -1) throw unclosed(start);
      if (c == ')') break;
      if ((c != '|' && c != ',') || (sep != 0 && c != sep)) throw fail(XmlError.SYNTAX, i);
      sep = c;
      i = skipSpace(i + 1);
    }
    int q = quant(at(i + 1));
    modelEnd = q == ContentModel.NONE ? i + 1 : i + 2;
    return new ContentModel(sep == '|' ? ContentModel.CHOICE : ContentModel.SEQ, q, null, items);
  }

  private static int quant(int c) {
    return switch (c) {
      case '?' -> ContentModel.OPT;
      case '*' -> ContentModel.REP;
      case '+' -> ContentModel.PLUS;
      default -> ContentModel.NONE;
    };
  }

  private static final List<String> ATT_TYPES =
      List.of("CDATA", "IDREFS", "IDREF", "ID", "ENTITY", "ENTITIES", "NMTOKENS", "NMTOKEN");

  private void attlistDecl() {
    int start = p;
    spans.clear();
    int i = requiredSpace(keyword(9), start);
    int ne = name(i);
    String element = text(i, ne);
    span(i, ne);
    i = ne;
    List<Object[]> decls = new ArrayList<>();
    while (true) {
      int j = spaceSpan(i);
      int c = at(j);
      if (c == '>' || c == -1) break;
      if (j == i) throw fail(XmlError.SYNTAX, j);
      int an = name(j);
      String att = text(j, an);
      span(j, an);
      int k = requiredSpace(an, start);
      String type = null;
      for (String t : ATT_TYPES) {
        if (lookingAt(k, t) && !XmlChars.isName(at(k + t.length()))) {
          type = t;
          k = span(k, k + t.length());
          break;
        }
      }
      if (type == null) {
        StringBuilder b = new StringBuilder();
        if (lookingAt(k, "NOTATION")) {
          b.append("NOTATION");
          k = requiredSpace(span(k, k + 8), start);
        }
        if (at(k) != '(') throw at(k) == -1 ? unclosed(start) : fail(XmlError.SYNTAX, k);
        int open = k;
        b.append('(');
        k = skipSpace(k + 1);
        while (true) {
          int te = k;
          while (XmlChars.isName(at(te))) te++;
          if (te == k) throw at(te) == -1 ? unclosed(start) : fail(XmlError.SYNTAX, te);
          b.append(s, k, te);
          k = skipSpace(te);
          int c2 = at(k);
          if (c2 == ')') break;
          if (c2 != '|') throw c2 == -1 ? unclosed(start) : fail(XmlError.SYNTAX, k);
          b.append('|');
          k = skipSpace(k + 1);
        }
        b.append(')');
        k = span(open, k + 1);
        type = b.toString();
      }
      k = requiredSpace(k, start);
      String dflt = null;
      boolean required;
      int firedAt = k;
      if (lookingAt(k, "#REQUIRED")) {
        required = true;
        i = span(k, k + 9);
      } else if (lookingAt(k, "#IMPLIED")) {
        required = false;
        i = span(k, k + 8);
      } else {
        required = false;
        if (lookingAt(k, "#FIXED")) {
          required = true;
          k = requiredSpace(span(k, k + 6), start);
        }
        int le = literal(k, start);
        span(k, le);
        firedAt = k;
        dflt = attributeValue(k + 1, le - 1, k);
        i = le;
      }
      decls.add(new Object[] {att, type, dflt, required, firedAt});
    }
    closeDecl(i, start);
    boolean handled = keepProcessing && ev.has(Handler.ATTLIST_DECL);
    reportSpans(handled);
    if (!keepProcessing) return;
    List<AttDef> defs = attDefs.computeIfAbsent(element, k -> new ArrayList<>());
    for (Object[] d : decls) {
      String att = (String) d[0];
      if (!d[1].equals("CDATA")) tokenized.computeIfAbsent(element, k -> new java.util.HashSet<>()).add(att);
      if (d[2] != null && defs.stream().noneMatch(a -> a.name.equals(att))) {
        defs.add(new AttDef(att, (String) d[2], d[1].equals("CDATA")));
      }
      if (handled) {
        mark((Integer) d[4]);
        ev.fire(Handler.ATTLIST_DECL, element, att, d[1], d[2], (Boolean) d[3] ? 1 : 0);
      }
    }
  }

  // ---- content

  private void contentStep() {
    int c = s.charAt(p);
    switch (c) {
      case '<' -> {
        int c1 = at(p + 1);
        if (c1 == '/') {
          endTag();
        } else if (c1 == '!') {
          int c2 = at(p + 2);
          if (c2 == '-') comment();
          else if (c2 == '[') cdataStart();
          else throw c2 == -1 ? unclosed(p) : fail(XmlError.INVALID_TOKEN, p + 2);
        } else if (c1 == '?') {
          pi(externalEntity && !sawToken && p == 0 && discarded == 0);
        } else if (c1 == -1) {
          throw unclosed(p);
        } else if (XmlChars.isNameStart(c1)) {
          startTag();
        } else {
          throw fail(XmlError.INVALID_TOKEN, p + 1);
        }
        sawToken = true;
      }
      case '&' -> reference();
      case '\r', '\n' -> newline();
      default -> dataRun();
    }
  }

  private void newline() {
    int start = p;
    if (s.charAt(p) == '\r') {
      int c = at(p + 1);
      p += c == '\n' ? 2 : 1;
    } else {
      p++;
    }
    characters(start, p, "\n");
  }

  private void dataRun() {
    int start = p, i = p;
    while (i < end) {
      char c = s.charAt(i);
      if (c == '<' || c == '&' || c == '\r' || c == '\n') break;
      if (c == ']') {  // "]]>" may not appear in content
        int c1 = peek(i + 1);
        if (c1 == -2) break;
        if (c1 == ']') {
          int c2 = peek(i + 2);
          if (c2 == -2) break;
          if (c2 == '>') throw fail(XmlError.INVALID_TOKEN, i + 2);
        }
      } else if (!XmlChars.isChar(c)) {
        throw fail(XmlError.INVALID_TOKEN, i);
      }
      i++;
    }
    if (i == start) throw NeedMore.INSTANCE;
    p = i;
    characters(start, i, text(start, i));
  }

  /** The character at {@code i} without waiting: -1 at the end of input, -2 at the end of a chunk. */
  private int peek(int i) { return i < end ? s.charAt(i) : fin ? -1 : -2; }

  private void cdataStart() {
    int start = p;
    String open = "<![CDATA[";
    for (int k = 2; k < open.length(); k++) {
      int c = at(p + k);
      if (c == -1) throw unclosed(start);
      if (c != open.charAt(k)) throw fail(XmlError.INVALID_TOKEN, p + k);
    }
    p += open.length();
    phase = Phase.CDATA;
    if (ev.has(Handler.START_CDATA_SECTION)) {
      mark(start);
      ev.fire(Handler.START_CDATA_SECTION);
    } else {
      reportDefault(start, p);
    }
  }

  private void cdataStep() {
    int start = p;
    char c = s.charAt(p);
    if (c == ']' && at(p + 1) == ']' && at(p + 2) == '>') {
      p += 3;
      phase = Phase.CONTENT;
      if (ev.has(Handler.END_CDATA_SECTION)) {
        mark(start);
        ev.fire(Handler.END_CDATA_SECTION);
      } else {
        reportDefault(start, p);
      }
      return;
    }
    if (c == '\r' || c == '\n') {
      newline();
      return;
    }
    int i = p;
    while (i < end) {
      char d = s.charAt(i);
      if (d == '\r' || d == '\n') break;
      if (d == ']' && i > start) break;
      if (!XmlChars.isChar(d)) throw fail(XmlError.INVALID_TOKEN, i);
      i++;
    }
    if (c == ']' && i == start) i = start + 1;
    p = i;
    characters(start, i, text(start, i));
  }

  /** {@code &#n;}/{@code &#xh;} at {@code i}: {code point, end}. */
  private int[] charRef(int i) {
    int j = i + 2;
    boolean hex = at(j) == 'x';
    if (hex) j++;
    int digitsStart = j;
    long v = 0;
    while (true) {
      int c = at(j);
      int d = Character.digit(c < 0 ? 0 : c, hex ? 16 : 10);
      if (c == ';') break;
      if (c == -1) throw unclosed(i);
      if (d < 0 || (!hex && c > '9')) throw fail(XmlError.INVALID_TOKEN, j);
      v = Math.min(v * (hex ? 16 : 10) + d, 0x110000);
      j++;
    }
    if (j == digitsStart) throw fail(XmlError.INVALID_TOKEN, j);
    if (!XmlChars.isRefChar((int) v)) throw fail(XmlError.BAD_CHAR_REF, i);
    return new int[] {(int) v, j + 1};
  }

  private static String predefined(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> null;
    };
  }

  private void reference() {
    int start = p;
    if (at(p + 1) == '#') {
      int[] r = charRef(p);
      p = r[1];
      characters(start, p, new String(Character.toChars(r[0])));
      return;
    }
    int ne = name(p + 1);
    int c = at(ne);
    if (c != ';') throw c == -1 ? unclosed(start) : fail(XmlError.INVALID_TOKEN, ne);
    p = ne + 1;
    String name = text(start + 1, ne);
    String pre = predefined(name);
    if (pre != null) {
      characters(start, p, pre);
      return;
    }
    Entity e = entities.get(name);
    if (e == null) {
      if (!hasParamEntityRefs || standalone) throw fail(XmlError.UNDEFINED_ENTITY, start);
      if (ev.has(Handler.SKIPPED_ENTITY)) {
        mark(start);
        ev.fire(Handler.SKIPPED_ENTITY, name, 0);
      } else {
        reportDefault(start, p);
      }
      return;
    }
    if (e.notation != null) throw fail(XmlError.BINARY_ENTITY_REF, start);
    if (e.value == null) {
      if (ev.has(Handler.EXTERNAL_ENTITY_REF)) {
        mark(start);
        Object ok = ev.fire(Handler.EXTERNAL_ENTITY_REF, name, base, e.systemId, e.publicId);
        if (Boolean.FALSE.equals(ok)) throw fail(XmlError.EXTERNAL_ENTITY_HANDLING, start);
      } else {
        reportDefault(start, p);
      }
      return;
    }
    if (ev.has(Handler.DEFAULT)) {
      reportDefault(start, p);
      return;
    }
    if (openEntities.contains(name)) throw fail(XmlError.RECURSIVE_ENTITY_REF, start);
    int depth = stack.size();
    withText(e.value, name, start, () -> {
      while (p < end) contentStep();
      if (phase == Phase.CDATA || stack.size() != depth) throw fail(XmlError.ASYNC_ENTITY, start);
    });
  }

  /** Reads {@code value} (an entity's replacement text) with {@code body}, then returns to the text being read. */
  private void withText(String value, String entity, int refIndex, Runnable body) {
    CharSequence s0 = s;
    int end0 = end, p0 = p, ref0 = refAt;
    boolean fin0 = fin;
    if (refAt < 0) refAt = refIndex;
    openEntities.add(entity);
    s = value;
    end = value.length();
    p = 0;
    fin = true;
    try {
      body.run();
    } finally {
      openEntities.remove(openEntities.size() - 1);
      s = s0;
      end = end0;
      p = p0;
      fin = fin0;
      refAt = ref0;
    }
  }

  // ---- tags

  private void startTag() {
    int start = p;
    int ne = name(p + 1);
    String raw = text(p + 1, ne);
    List<String> attrs = new ArrayList<>();
    List<Integer> attrAt = new ArrayList<>();
    int i = ne;
    boolean empty;
    while (true) {
      int j = skipSpace(i);
      int c = at(j);
      if (c == '>') {
        empty = false;
        i = j + 1;
        break;
      }
      if (c == '/') {
        int c2 = at(j + 1);
        if (c2 != '>') throw c2 == -1 ? unclosed(start) : fail(XmlError.INVALID_TOKEN, j + 1);
        empty = true;
        i = j + 2;
        break;
      }
      if (c == -1) throw unclosed(start);
      if (j == i || !XmlChars.isNameStart(c)) throw fail(XmlError.INVALID_TOKEN, j);
      int an = name(j);
      String att = text(j, an);
      int k = skipSpace(an);
      int eq = at(k);
      if (eq != '=') throw eq == -1 ? unclosed(start) : fail(XmlError.INVALID_TOKEN, k);
      k = skipSpace(k + 1);
      int q = at(k);
      if (q != '"' && q != '\'') throw q == -1 ? unclosed(start) : fail(XmlError.INVALID_TOKEN, k);
      int close = k + 1;
      while (true) {
        int d = at(close);
        if (d == q) break;
        if (d == -1) throw unclosed(start);
        if (d == '<' || !XmlChars.isChar(d)) throw fail(XmlError.INVALID_TOKEN, close);
        close++;
      }
      for (int a = 0; a < attrs.size(); a += 2) {
        if (attrs.get(a).equals(att)) throw fail(XmlError.DUPLICATE_ATTRIBUTE, j);
      }
      attrs.add(att);
      attrs.add(null);
      attrAt.add(k + 1);
      attrAt.add(close);
      i = close + 1;
    }
    p = i;
    attributeErrorsAt = refAt >= 0 ? refAt : start;
    java.util.Set<String> collapse = tokenized.get(raw);
    for (int a = 0; a < attrs.size(); a += 2) {
      int from = attrAt.get(a), to = attrAt.get(a + 1);
      String v = attributeValue(from, to, from - 1);
      if (collapse != null && collapse.contains(attrs.get(a))) v = collapseSpaces(v);
      attrs.set(a + 1, v);
    }
    openElement(start, raw, attrs, empty);
  }

  /** A tokenized attribute's value: spaces (0x20 only) trimmed and runs of them made one. */
  private static String collapseSpaces(String v) {
    StringBuilder b = new StringBuilder();
    boolean pending = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ' ') {
        pending = b.length() > 0;
      } else {
        if (pending) b.append(' ');
        pending = false;
        b.append(c);
      }
    }
    return b.toString();
  }

  /** An attribute value's normalised text: white space to spaces, references replaced. */
  private String attributeValue(int from, int to, int quoteAt) {
    StringBuilder b = new StringBuilder();
    appendAttributeValue(b, from, to);
    return b.toString();
  }

  /** Where expat reports an entity's failure inside an attribute value: the start tag. */
  private int attributeErrorsAt = -1;

  private Failure attributeError(XmlError e) { return new Failure(e, attributeErrorsAt); }

  private void appendAttributeValue(StringBuilder b, int from, int to) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '&') {
        if (s.charAt(i + 1) == '#') {
          int[] r = charRef(i);
          b.appendCodePoint(r[0]);
          i = r[1];
          continue;
        }
        int ne = name(i + 1);
        if (ne >= to || s.charAt(ne) != ';') throw fail(XmlError.INVALID_TOKEN, ne);
        String name = text(i + 1, ne);
        String pre = predefined(name);
        if (pre != null) {
          b.append(pre);
        } else {
          Entity e = entities.get(name);
          if (e == null) {
            if (!hasParamEntityRefs || standalone) throw attributeError(XmlError.UNDEFINED_ENTITY);
          } else if (e.value == null) {
            throw fail(XmlError.ATTRIBUTE_EXTERNAL_ENTITY_REF, i);
          } else {
            if (openEntities.contains(name)) throw attributeError(XmlError.RECURSIVE_ENTITY_REF);
            withText(e.value, name, i, () -> {
              for (int k = 0; k < end; k++) if (s.charAt(k) == '<') throw attributeError(XmlError.INVALID_TOKEN);
              appendAttributeValue(b, 0, end);
            });
          }
        }
        i = ne + 1;
      } else if (c == '\r') {
        b.append(' ');
        i += i + 1 < to && s.charAt(i + 1) == '\n' ? 2 : 1;
      } else {
        b.append(c == '\t' || c == '\n' ? ' ' : c);
        i++;
      }
    }
  }

  private void openElement(int start, String raw, List<String> attrs, boolean empty) {
    int specified = attrs.size() / 2;
    List<AttDef> defs = attDefs.get(raw);
    if (defs != null) {
      for (AttDef d : defs) {
        boolean present = false;
        for (int a = 0; a < attrs.size(); a += 2) present |= attrs.get(a).equals(d.name);
        if (!present) {
          attrs.add(d.name);
          attrs.add(d.value);
        }
      }
    }
    String name = raw;
    List<String[]> undo = new ArrayList<>();
    if (nsSep != null) {
      int declarations = 0;
      for (int a = 0; a < specified * 2; a += 2) {
        String n = attrs.get(a);
        if (n.equals("xmlns") || n.startsWith("xmlns:")) declarations++;
      }
      specified -= declarations;
      name = applyNamespaces(start, raw, attrs, undo);
    }
    Tag tag = new Tag(raw, name, undo, openEntities.size());
    stack.add(tag);
    boolean handled = ev.has(Handler.START_ELEMENT) || ev.has(Handler.END_ELEMENT);
    if (ev.has(Handler.START_ELEMENT)) {
      mark(start);
      ev.fire(Handler.START_ELEMENT, name, attrs, specifiedOnly ? specified : attrs.size() / 2);
    }
    if (!handled) reportDefault(start, p);
    if (empty) closeElement(p, p, handled);
  }

  /** Binds the tag's xmlns attributes (removed from the list) and expands the names; returns the element's name. */
  private String applyNamespaces(int start, String raw, List<String> attrs, List<String[]> undo) {
    List<String> kept = new ArrayList<>();
    for (int a = 0; a < attrs.size(); a += 2) {
      String n = attrs.get(a), v = attrs.get(a + 1);
      String prefix;
      if (n.equals("xmlns")) prefix = "";
      else if (n.startsWith("xmlns:")) prefix = n.substring(6);
      else {
        kept.add(n);
        kept.add(v);
        continue;
      }
      if (prefix.equals("xmlns")) throw fail(XmlError.RESERVED_PREFIX_XMLNS, start);
      if (prefix.equals("xml") != v.equals(XML_NS)) {
        throw fail(prefix.equals("xml") ? XmlError.RESERVED_PREFIX_XML : XmlError.RESERVED_NAMESPACE_URI, start);
      }
      if (v.equals(XMLNS_NS)) throw fail(XmlError.RESERVED_NAMESPACE_URI, start);
      if (v.isEmpty() && !prefix.isEmpty()) throw fail(XmlError.UNDECLARING_PREFIX, start);
      undo.add(new String[] {prefix, ns.get(prefix)});
      if (v.isEmpty()) ns.remove(prefix);
      else ns.put(prefix, v);
      if (ev.has(Handler.START_NAMESPACE_DECL)) {
        mark(start);
        ev.fire(Handler.START_NAMESPACE_DECL, prefix.isEmpty() ? null : prefix, v.isEmpty() ? null : v);
      }
    }
    try {
      String name = expand(start, raw, true);
      attrs.clear();
      for (int a = 0; a < kept.size(); a += 2) {
        String n = expand(start, kept.get(a), false);
        for (int b = 0; b < attrs.size(); b += 2) {
          if (attrs.get(b).equals(n)) throw fail(XmlError.DUPLICATE_ATTRIBUTE, start);
        }
        attrs.add(n);
        attrs.add(kept.get(a + 1));
      }
      return name;
    } catch (Failure f) {  // expat lets go of the tag's bindings, which reports their end
      unbind(start, undo);
      throw f;
    }
  }

  private String expand(int start, String raw, boolean element) {
    int colon = raw.indexOf(':');
    if (colon < 0) {
      String uri = element ? ns.get("") : null;
      return uri == null ? raw : uri + nsSep + raw;
    }
    String prefix = raw.substring(0, colon);
    String uri = ns.get(prefix);
    if (uri == null) throw fail(XmlError.UNBOUND_PREFIX, start);
    String local = raw.substring(colon + 1);
    return namespacePrefixes ? uri + nsSep + local + nsSep + prefix : uri + nsSep + local;
  }

  private void endTag() {
    int start = p;
    int ne = name(p + 2);
    int j = skipSpace(ne);
    int c = at(j);
    if (c != '>') throw c == -1 ? unclosed(start) : fail(XmlError.INVALID_TOKEN, j);
    String raw = text(p + 2, ne);
    if (stack.isEmpty()) throw fail(XmlError.INVALID_TOKEN, start);
    if (!stack.get(stack.size() - 1).raw.equals(raw)) throw fail(XmlError.TAG_MISMATCH, p + 2);
    if (stack.get(stack.size() - 1).entityDepth != openEntities.size()) throw fail(XmlError.ASYNC_ENTITY, start);
    p = j + 1;
    closeElement(start, p, ev.has(Handler.END_ELEMENT));
  }

  private void closeElement(int start, int after, boolean handled) {
    Tag tag = stack.remove(stack.size() - 1);
    if (ev.has(Handler.END_ELEMENT)) {
      mark(start);
      ev.fire(Handler.END_ELEMENT, tag.name);
    } else if (start != after) {
      reportDefault(start, after);
    }
    unbind(start, tag.undo);
    if (stack.isEmpty() && !externalEntity) phase = Phase.EPILOG;
  }

  /** Restores the namespace bindings a start tag replaced, last first, reporting each end. */
  private void unbind(int at, List<String[]> undo) {
    for (int k = undo.size() - 1; k >= 0; k--) {
      String[] u = undo.get(k);
      if (u[1] == null) ns.remove(u[0]);
      else ns.put(u[0], u[1]);
      if (ev.has(Handler.END_NAMESPACE_DECL)) {
        mark(at);
        ev.fire(Handler.END_NAMESPACE_DECL, u[0].isEmpty() ? null : u[0]);
      }
    }
  }

  /** Line ends as XML reads them: CR LF and lone CR become LF. */
  private static String newlines(String t) {
    return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
  }
}
