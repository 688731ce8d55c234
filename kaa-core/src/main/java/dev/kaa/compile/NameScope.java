package dev.kaa.compile;

/** Where a name lives at run time, as the compiler will need it (CPython's LOCAL .. CELL, codes 1..5). */
public enum NameScope {
  LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL;

  /** CPython's number for it (as in the flags {@code _symtable} reports). */
  public int code() {
    return ordinal() + 1;
  }

  static NameScope ofCode(int code) {
    return code == 0 ? null : values()[code - 1];
  }
}
