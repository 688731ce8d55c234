package dev.kaa.modules.pyexpat;

/**
 * Expat's error codes ({@code enum XML_Error}) with the messages {@code XML_ErrorString} gives: what
 * {@code pyexpat.errors} lists and what an {@code ExpatError} says.
 */
enum XmlError {
  NO_MEMORY(1, "out of memory"),
  SYNTAX(2, "syntax error"),
  NO_ELEMENTS(3, "no element found"),
  INVALID_TOKEN(4, "not well-formed (invalid token)"),
  UNCLOSED_TOKEN(5, "unclosed token"),
  PARTIAL_CHAR(6, "partial character"),
  TAG_MISMATCH(7, "mismatched tag"),
  DUPLICATE_ATTRIBUTE(8, "duplicate attribute"),
  JUNK_AFTER_DOC_ELEMENT(9, "junk after document element"),
  PARAM_ENTITY_REF(10, "illegal parameter entity reference"),
  UNDEFINED_ENTITY(11, "undefined entity"),
  RECURSIVE_ENTITY_REF(12, "recursive entity reference"),
  ASYNC_ENTITY(13, "asynchronous entity"),
  BAD_CHAR_REF(14, "reference to invalid character number"),
  BINARY_ENTITY_REF(15, "reference to binary entity"),
  ATTRIBUTE_EXTERNAL_ENTITY_REF(16, "reference to external entity in attribute"),
  MISPLACED_XML_PI(17, "XML or text declaration not at start of entity"),
  UNKNOWN_ENCODING(18, "unknown encoding"),
  INCORRECT_ENCODING(19, "encoding specified in XML declaration is incorrect"),
  UNCLOSED_CDATA_SECTION(20, "unclosed CDATA section"),
  EXTERNAL_ENTITY_HANDLING(21, "error in processing external entity reference"),
  NOT_STANDALONE(22, "document is not standalone"),
  UNEXPECTED_STATE(23, "unexpected parser state - please send a bug report"),
  ENTITY_DECLARED_IN_PE(24, "entity declared in parameter entity"),
  FEATURE_REQUIRES_XML_DTD(25, "requested feature requires XML_DTD support in Expat"),
  CANT_CHANGE_FEATURE_ONCE_PARSING(26, "cannot change setting once parsing has begun"),
  UNBOUND_PREFIX(27, "unbound prefix"),
  UNDECLARING_PREFIX(28, "must not undeclare prefix"),
  INCOMPLETE_PE(29, "incomplete markup in parameter entity"),
  XML_DECL(30, "XML declaration not well-formed"),
  TEXT_DECL(31, "text declaration not well-formed"),
  PUBLICID(32, "illegal character(s) in public id"),
  SUSPENDED(33, "parser suspended"),
  NOT_SUSPENDED(34, "parser not suspended"),
  ABORTED(35, "parsing aborted"),
  FINISHED(36, "parsing finished"),
  SUSPEND_PE(37, "cannot suspend in external parameter entity"),
  RESERVED_PREFIX_XML(38, "reserved prefix (xml) must not be undeclared or bound to another namespace name"),
  RESERVED_PREFIX_XMLNS(39, "reserved prefix (xmlns) must not be declared or undeclared"),
  RESERVED_NAMESPACE_URI(40, "prefix must not be bound to one of the reserved namespace names"),
  INVALID_ARGUMENT(41, "invalid argument"),
  NO_BUFFER(42, "a successful prior call to function XML_GetBuffer is required"),
  AMPLIFICATION_LIMIT_BREACH(43, "limit on input amplification factor (from DTD and entities) breached");

  final int code;
  final String message;

  XmlError(int code, String message) {
    this.code = code;
    this.message = message;
  }

  /** The Python constant's name in {@code pyexpat.errors}. */
  String constantName() { return "XML_ERROR_" + name(); }

  static XmlError of(int code) {
    for (XmlError e : values()) if (e.code == code) return e;
    return null;
  }
}
