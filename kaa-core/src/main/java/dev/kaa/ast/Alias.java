package dev.kaa.ast;

/** {@code name as asname} in an import; {@code asname} may be null. */
public record Alias(String name, String asname, int lineno, int colOffset, int endLineno, int endColOffset)
    implements Node, Located {}
