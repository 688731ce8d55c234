package dev.kaa.modules.pyexpat;

/**
 * The handlers an {@code xmlparser} can be given, in the order CPython's pyexpat lists them; each is an attribute
 * named {@code <Name>Handler} (or {@code DefaultHandlerExpand}).
 */
enum Handler {
  START_ELEMENT("StartElementHandler"),
  END_ELEMENT("EndElementHandler"),
  PROCESSING_INSTRUCTION("ProcessingInstructionHandler"),
  CHARACTER_DATA("CharacterDataHandler"),
  UNPARSED_ENTITY_DECL("UnparsedEntityDeclHandler"),
  NOTATION_DECL("NotationDeclHandler"),
  START_NAMESPACE_DECL("StartNamespaceDeclHandler"),
  END_NAMESPACE_DECL("EndNamespaceDeclHandler"),
  COMMENT("CommentHandler"),
  START_CDATA_SECTION("StartCdataSectionHandler"),
  END_CDATA_SECTION("EndCdataSectionHandler"),
  DEFAULT("DefaultHandler"),
  DEFAULT_EXPAND("DefaultHandlerExpand"),
  NOT_STANDALONE("NotStandaloneHandler"),
  EXTERNAL_ENTITY_REF("ExternalEntityRefHandler"),
  START_DOCTYPE_DECL("StartDoctypeDeclHandler"),
  END_DOCTYPE_DECL("EndDoctypeDeclHandler"),
  ENTITY_DECL("EntityDeclHandler"),
  XML_DECL("XmlDeclHandler"),
  ELEMENT_DECL("ElementDeclHandler"),
  ATTLIST_DECL("AttlistDeclHandler"),
  SKIPPED_ENTITY("SkippedEntityHandler");

  final String attribute;

  Handler(String attribute) { this.attribute = attribute; }
}
