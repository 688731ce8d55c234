package dev.kaa.modules.tokenize;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Codecs;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Token;
import dev.kaa.parse.TokenKind;
import dev.kaa.parse.Tokenizer;
import dev.kaa.parse.Warnings;
import java.util.Map;

/**
 * {@code _tokenize.TokenizerIter(readline, *, extra_tokens, encoding=None)}: the tokens of the source that
 * {@code readline} returns (str lines, or bytes decoded with {@code encoding}), each as
 * {@code (type, string, (row, col), (end_row, end_col), line)}. With {@code extra_tokens} (what {@code tokenize} asks
 * for) it yields the tokenize module's view — COMMENT and NL too, operators as OP, columns in characters — shared with
 * {@code kaa -m tokenize}'s dump (TokenDump); without, the parser's tokens. A tokenizing error is
 * raised as SyntaxError when the iteration reaches it, which {@code tokenize} turns into TokenError.
 */
final class TokenizerIter extends dev.kaa.objects.PyObject implements IterNext {
  static final PyType TYPE = new PyType("_tokenize.TokenizerIter", PyType.IMMUTABLE | PyType.BASETYPE,
      TokenizerIter.class, PyType.OBJECT);

  /** The token module's numbers of the types the tokenize view names (operators are OP there). */
  private static final Map<String, Integer> TYPE_NUMBERS = Map.ofEntries(Map.entry("ENDMARKER", 0),
      Map.entry("NAME", 1), Map.entry("NUMBER", 2), Map.entry("STRING", 3), Map.entry("NEWLINE", 4),
      Map.entry("INDENT", 5), Map.entry("DEDENT", 6), Map.entry("OP", 55), Map.entry("FSTRING_START", 61),
      Map.entry("FSTRING_MIDDLE", 62), Map.entry("FSTRING_END", 63), Map.entry("COMMENT", 64), Map.entry("NL", 65),
      Map.entry("ERRORTOKEN", 66));

  private final PyType type;
  private final Tokenizer tokenizer;
  private final boolean extraTokens;
  private boolean done;

  private TokenizerIter(PyType type, Tokenizer tokenizer, boolean extraTokens) {
    this.type = type;
    this.tokenizer = tokenizer;
    this.extraTokens = extraTokens;
  }

  @Override public PyType type() { return type; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 1)
  static PyObject make(PyType cls, PyObject readline, @PyMethod.KwOnly @PyMethod.Opt PyObject extra_tokens,
      @PyMethod.KwOnly @PyMethod.Opt PyObject encoding) {
    if (extra_tokens == null) {
      throw Errors.typeError("TokenizerIter() missing required keyword-only argument: 'extra_tokens'");
    }
    String source = readAll(readline, encoding == null || encoding == PyNone.NONE ? null : Abstract.str(encoding).value);
    boolean extra = Abstract.isTrue(extra_tokens);
    Tokenizer t;
    try {
      t = Tokenizer.ofString(source, "<string>", Warnings.IGNORE);
    } catch (CompileError e) {
      throw Errors.compileError(e);
    }
    if (extra) t.tokenizeMode();
    return new TokenizerIter(cls, t, extra);
  }

  /** Every line {@code readline} gives, until it returns an empty line or raises StopIteration. */
  private static String readAll(PyObject readline, String encoding) {
    StringBuilder text = new StringBuilder();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    while (true) {
      PyObject line;
      try {
        line = readline.call0();
      } catch (PyException e) {
        if (e.matches(ExceptionTypes.StopIteration)) break;
        throw e;
      }
      if (encoding != null) {
        byte[] b = Buffers.bytesOrNull(line);
        if (b == null) throw Errors.typeError("readline() returned a non-bytes object");
        if (b.length == 0) break;
        bytes.writeBytes(b);
      } else {
        if (!(line instanceof PyStr s)) throw Errors.typeError("readline() returned a non-string object");
        if (s.value.isEmpty()) break;
        text.append(s.value);
      }
    }
    return encoding == null ? text.toString() : Codecs.decode(bytes.toByteArray(), encoding, "strict");
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

  @Override public PyObject iterNext() {
    if (done) return null;
    Token tok;
    try {
      tok = tokenizer.next();
    } catch (CompileError e) {
      done = true;
      throw Errors.compileError(e);
    }
    if (tok.kind() == TokenKind.ENDMARKER) done = true;
    return extraTokens ? tokenizeView(tok) : parserView(tok);
  }

  /**
   * The tokenize module's view of a token (as {@code python -m tokenize} shows it, see TokenDump): operators as OP,
   * columns in characters, NEWLINE's own text ('' after the newline the tokenizer supplied).
   */
  private PyObject tokenizeView(Token tok) {
    TokenKind k = tok.kind();
    String text = tok.text();
    // the module converts a string's end column using the text from the string's first line on (a CPython quirk)
    boolean stringLiteral = k == TokenKind.STRING || k == TokenKind.FSTRING_MIDDLE;
    int endCol = tokenizer.charColumn(stringLiteral ? tok.lineno() : tok.endLineno(), tok.endColOffset());
    boolean lastLine = tokenizer.hasImplicitNewline() && tok.lineno() == tokenizer.lineCount();
    if (k == TokenKind.NEWLINE) {
      text = lastLine ? text : text.startsWith("\r") ? "\r\n" : "\n";
      endCol++;
    } else if (k == TokenKind.NL && lastLine) {
      text = "";
    }
    int number = k.operator() != null || k == TokenKind.ERRORTOKEN ? TYPE_NUMBERS.get("OP") : TYPE_NUMBERS.get(k.name());
    return PyTuple.of(PyInt.of(number), new PyStr(text),
        position(tok.lineno(), tokenizer.charColumn(tok.lineno(), tok.colOffset())), position(tok.endLineno(), endCol),
        new PyStr(lines(tok.lineno(), tok.endLineno())));
  }

  /** The parser's tokens: exact types, and CPython's -1 columns for INDENT, DEDENT and ENDMARKER. */
  private PyObject parserView(Token tok) {
    TokenKind k = tok.kind();
    int number = k.ordinal() <= TokenKind.EXCLAMATION.ordinal() ? k.ordinal()
        : TYPE_NUMBERS.getOrDefault(k.name(), TYPE_NUMBERS.get("OP"));
    boolean noColumn = k == TokenKind.INDENT || k == TokenKind.DEDENT || k == TokenKind.ENDMARKER;
    if (noColumn) {
      int line = tok.lineno() > tokenizer.lineCount() || k == TokenKind.ENDMARKER ? tok.lineno() - 1 : tok.lineno();
      return PyTuple.of(PyInt.of(number), PyStr.EMPTY, position(line, -1), position(line, -1), PyStr.EMPTY);
    }
    String text = k == TokenKind.NEWLINE ? "" : tok.text();
    return PyTuple.of(PyInt.of(number), new PyStr(text),
        position(tok.lineno(), tokenizer.charColumn(tok.lineno(), tok.colOffset())),
        position(tok.endLineno(), tokenizer.charColumn(tok.endLineno(), tok.endColOffset())),
        new PyStr(lines(tok.lineno(), tok.endLineno())));
  }

  private static PyObject position(int line, int col) { return PyTuple.of(PyInt.of(line), PyInt.of(col)); }

  /** The source lines a token spans, as read ("" past the end; without the newline the tokenizer supplied). */
  private String lines(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i <= to; i++) b.append(tokenizer.sourceLine(i));
    if (tokenizer.hasImplicitNewline() && to == tokenizer.lineCount() && b.length() > 0
        && b.charAt(b.length() - 1) == '\n') {
      b.setLength(b.length() - 1);
    }
    return b.toString();
  }
}
