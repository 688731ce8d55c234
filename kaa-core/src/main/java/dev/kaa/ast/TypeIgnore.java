package dev.kaa.ast;

/** A {@code # type: ignore} comment (only produced with type_comments=True). */
public record TypeIgnore(int lineno, String tag) implements Node {}
