package dev.kaa.modules.io;

import dev.kaa.modules.posix.OpenFlags;
import dev.kaa.objects.Errors;

/**
 * FileIO's mode string parsed: one of r, w, x, a, at most one '+', 'b' allowed; the {@code open} flags it means and
 * the mode the object reports ("rb", "wb", "xb", "ab", with '+' as "rb+", "xb+", "ab+").
 */
record FileMode(boolean readable, boolean writable, boolean created, boolean appending, int flags) {
  static FileMode parse(String mode) {
    boolean r = false, w = false, x = false, a = false, plus = false;
    int kinds = 0;
    for (int i = 0; i < mode.length(); i++) {
      char c = mode.charAt(i);
      switch (c) {
        case 'r' -> { kinds++; r = true; }
        case 'w' -> { kinds++; w = true; }
        case 'x' -> { kinds++; x = true; }
        case 'a' -> { kinds++; a = true; }
        case '+' -> {
          if (plus) kinds = 2;
          plus = true;
        }
        case 'b' -> { }
        default -> throw Errors.valueError("invalid mode: %s", mode);
      }
    }
    if (kinds != 1) {
      throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }
    int flags = r ? OpenFlags.O_RDONLY : OpenFlags.O_WRONLY;
    if (w) flags |= OpenFlags.O_CREAT | OpenFlags.O_TRUNC;
    if (x) flags |= OpenFlags.O_CREAT | OpenFlags.O_EXCL;
    if (a) flags |= OpenFlags.O_CREAT | OpenFlags.O_APPEND;
    if (plus) flags = (flags & ~OpenFlags.O_ACCMODE) | OpenFlags.O_RDWR;
    return new FileMode(r || plus, !r || plus, x, a, flags | OpenFlags.O_CLOEXEC);
  }

  /** The mode FileIO reports. */
  String reported() {
    String plus = readable && writable ? "+" : "";
    if (created) return "xb" + plus;
    if (appending) return "ab" + plus;
    return readable ? "rb" + plus : "wb";
  }
}
