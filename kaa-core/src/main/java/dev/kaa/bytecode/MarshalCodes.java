package dev.kaa.bytecode;

/**
 * The one-byte type codes of the marshal format, with CPython 3.12's values (documented in its {@code Python/marshal.c}),
 * so Kaa's {@code marshal} module reads and writes CPython's bytes for the data types. Only the payload after
 * {@link #CODE} is Kaa's own ({@link Marshal}).
 */
public final class MarshalCodes {
  private MarshalCodes() {}

  public static final int NULL = '0';
  public static final int NONE = 'N';
  public static final int FALSE = 'F';
  public static final int TRUE = 'T';
  public static final int STOPITER = 'S';
  public static final int ELLIPSIS = '.';
  /** A signed 32-bit int. */
  public static final int INT = 'i';
  /** A signed 64-bit int: read for old data, never written by CPython 3.12. */
  public static final int INT64 = 'I';
  /** A float as text (versions 0 and 1). */
  public static final int FLOAT = 'f';
  public static final int BINARY_FLOAT = 'g';
  /** A complex as two texts (versions 0 and 1). */
  public static final int COMPLEX = 'x';
  public static final int BINARY_COMPLEX = 'y';
  /** An int as a sign-and-count, then base-2**15 digits, least significant first. */
  public static final int LONG = 'l';
  /** bytes (and any other buffer, written as bytes). */
  public static final int STRING = 's';
  public static final int INTERNED = 't';
  public static final int REF = 'r';
  public static final int TUPLE = '(';
  public static final int LIST = '[';
  public static final int DICT = '{';
  public static final int CODE = 'c';
  public static final int UNICODE = 'u';
  public static final int UNKNOWN = '?';
  public static final int SET = '<';
  public static final int FROZENSET = '>';
  public static final int ASCII = 'a';
  public static final int ASCII_INTERNED = 'A';
  public static final int SMALL_TUPLE = ')';
  public static final int SHORT_ASCII = 'z';
  public static final int SHORT_ASCII_INTERNED = 'Z';

  /** Set on a type code when the object is added to the reference list (version 3 and later). */
  public static final int FLAG_REF = 0x80;

  /** {@code marshal.version}: the format CPython 3.12 writes by default. */
  public static final int VERSION = 4;

  /** How deep containers may nest before marshal gives up (CPython's limit). */
  public static final int MAX_DEPTH = 2000;
}
