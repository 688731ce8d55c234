package dev.kaa.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** POSIX permission bits ({@code 0o644}) to and from the JDK's PosixFilePermission sets. */
final class FileModes {
  private FileModes() {}

  /** The nine permission bits, from 0o400 (owner read) down to 0o001 (others execute), in the JDK's order. */
  private static final PosixFilePermission[] BITS = PosixFilePermission.values();

  static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    for (int i = 0; i < 9; i++) if ((mode & (0400 >> i)) != 0) set.add(BITS[i]);
    return set;
  }

  static FileAttribute<Set<PosixFilePermission>> attribute(int mode) {
    return PosixFilePermissions.asFileAttribute(permissions(mode));
  }

  /** chmod: all twelve bits (set-user-id, set-group-id and sticky too) through the JDK's "unix" view. */
  static void set(Path path, int mode, java.nio.file.LinkOption... links) throws IOException {
    Files.setAttribute(path, "unix:mode", mode & 07777, links);
  }
}
