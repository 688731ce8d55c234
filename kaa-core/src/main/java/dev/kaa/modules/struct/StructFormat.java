package dev.kaa.modules.struct;

import java.util.ArrayList;
import java.util.List;

/**
 * A struct format string, parsed once: the byte order and size mode from its first character, then each code with
 * its repeat count, offset and size. Immutable, so a {@link PyStruct} and the module's cache share it.
 */
final class StructFormat {
  /** One code of the format: {@code count} values (one for 's' and 'p', none for 'x') from {@code offset}. */
  record Item(char code, int count, int offset, int size) {}

  final boolean littleEndian;
  /** '@': native sizes and alignment ('n', 'N', 'P' allowed); otherwise the standard sizes, unaligned. */
  final boolean nativeMode;
  final Item[] items;
  final int size;
  /** How many Python values pack takes and unpack returns. */
  final int valueCount;

  private StructFormat(boolean littleEndian, boolean nativeMode, Item[] items, int size, int valueCount) {
    this.littleEndian = littleEndian;
    this.nativeMode = nativeMode;
    this.items = items;
    this.size = size;
    this.valueCount = valueCount;
  }

  /** Parses {@code fmt}; a bad format raises struct.error with CPython's message. */
  static StructFormat parse(String fmt) {
    int i = 0;
    boolean little = true, nativeMode = true;
    if (!fmt.isEmpty()) {
      switch (fmt.charAt(0)) {
        case '@' -> i = 1;
        case '=', '<' -> { i = 1; nativeMode = false; }
        case '>', '!' -> { i = 1; nativeMode = false; little = false; }
        default -> { }
      }
    }
    List<Item> items = new ArrayList<>();
    long offset = 0;
    int values = 0;
    while (i < fmt.length()) {
      char c = fmt.charAt(i++);
      if (c == ' ' || (c >= '\t' && c <= '\r')) continue;  // ASCII whitespace, as Py_ISSPACE
      long count = 1;
      if (c >= '0' && c <= '9') {
        count = c - '0';
        while (true) {
          if (i >= fmt.length()) throw StructErrors.error("repeat count given without format specifier");
          c = fmt.charAt(i++);
          if (c < '0' || c > '9') break;
          count = count * 10 + (c - '0');
          if (count > Integer.MAX_VALUE) throw StructErrors.error("total struct size too long");
        }
      }
      int size = sizeOf(c, nativeMode);
      if (size < 0) throw StructErrors.error("bad char in struct format");
      if (nativeMode) offset = (offset + size - 1) / size * size;  // native alignment is the size ('s' etc.: 1)
      if (c == 's' || c == 'p') {
        items.add(new Item(c, (int) count, (int) offset, 1));
        values++;
        offset += count;
      } else if (c == 'x') {
        offset += count;
      } else {
        items.add(new Item(c, (int) count, (int) offset, size));
        values += (int) count;
        offset += count * size;
      }
      if (offset > Integer.MAX_VALUE) throw StructErrors.error("total struct size too long");
    }
    return new StructFormat(little, nativeMode, items.toArray(new Item[0]), (int) offset, values);
  }

  /** The size of one value of {@code code}, or -1 when it is not a code of this mode. */
  private static int sizeOf(char code, boolean nativeMode) {
    return switch (code) {
      case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
      case 'h', 'H', 'e' -> 2;
      case 'i', 'I', 'f' -> 4;
      case 'l', 'L' -> nativeMode ? 8 : 4;
      case 'q', 'Q', 'd' -> 8;
      case 'n', 'N', 'P' -> nativeMode ? 8 : -1;
      default -> -1;
    };
  }
}
