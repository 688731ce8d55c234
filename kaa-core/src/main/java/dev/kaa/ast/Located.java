package dev.kaa.ast;

/** A node that carries source positions ({@code _attributes} in CPython's ast). */
public interface Located {
  int lineno();
  int colOffset();
  int endLineno();
  int endColOffset();
}
