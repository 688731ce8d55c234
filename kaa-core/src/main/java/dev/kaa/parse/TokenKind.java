package dev.kaa.parse;

/**
 * Token kinds, named as in CPython's {@code token} module. Operators have their exact kind (as
 * {@code tokenize}'s {@code exact_type}); keywords are {@link #NAME} tokens, told apart by their text.
 */
public enum TokenKind {
  ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
  LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"), PLUS("+"), MINUS("-"), STAR("*"),
  SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"), EQUAL("="), DOT("."), PERCENT("%"), LBRACE("{"),
  RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"),
  LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="),
  SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="),
  LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="),
  AT("@"), ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."), COLONEQUAL(":="), EXCLAMATION("!"),
  /** Only in {@code tokenize}-compatible mode (comments and non-logical newlines are otherwise skipped). */
  COMMENT, NL,
  /** PEP 701 f-strings: {@code f"}, a literal run between replacement fields, and the closing quote. */
  FSTRING_START, FSTRING_MIDDLE, FSTRING_END,
  /** Only in {@code tokenize}-compatible mode. */
  ERRORTOKEN;

  private final String operator;

  TokenKind() { this(null); }

  TokenKind(String operator) { this.operator = operator; }

  /** The operator's spelling, or null for kinds that are not operators. */
  public String operator() { return operator; }
}
