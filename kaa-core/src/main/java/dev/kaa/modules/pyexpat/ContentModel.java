package dev.kaa.modules.pyexpat;

import java.util.List;

/**
 * An element type's content model from {@code <!ELEMENT>} as expat's {@code XML_Content} tree: what
 * {@code ElementDeclHandler} receives as nested tuples {@code (type, quant, name, children)}, numbered as
 * {@code pyexpat.model}'s constants.
 */
record ContentModel(int type, int quant, String name, List<ContentModel> children) {
  static final int EMPTY = 1, ANY = 2, MIXED = 3, NAME = 4, CHOICE = 5, SEQ = 6;
  static final int NONE = 0, OPT = 1, REP = 2, PLUS = 3;
}
