package dev.kaa.bytecode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code co_linetable} in CPython 3.12's location-table format (CPython's Objects/locations.md), so that tools that
 * read the table, and tables a program hands to {@code code.replace}, mean what they mean on CPython. A Kaa instruction
 * is one code unit (offsets count two per instruction), so each entry covers whole instructions.
 *
 * <p>An entry is a first byte {@code 1CCCCLLL} (code C, L + 1 code units) and the code's data: 0-9 short form (one
 * byte: column = C * 8 + high 3 bits, end column = column + low 4 bits, same line), 10-12 one-line form (line + C - 10,
 * column and end column as bytes), 13 no columns (signed varint line delta), 14 long form (signed varint line delta,
 * varint end-line delta, varints column + 1 and end column + 1, 0 for none), 15 no location. Varints are 6-bit
 * groups, least significant first, bit 6 set when another follows; a signed varint keeps the sign in bit 0. Line
 * deltas are from the previous entry's line, the first from {@code co_firstlineno}.
 */
public final class LocationTable {
  private LocationTable() {}

  private static final int SHORT_MAX = 9;
  private static final int ONE_LINE = 10;
  private static final int NO_COLUMNS = 13;
  private static final int LONG = 14;
  private static final int NONE = 15;

  /** The table for {@code positions}, one entry per run of equal positions (at most 8 instructions each). */
  public static byte[] encode(Position[] positions, int firstLineno) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int line = firstLineno;
    for (int i = 0; i < positions.length; ) {
      Position p = positions[i];
      int run = 1;
      while (run < 8 && i + run < positions.length && positions[i + run].equals(p)) run++;
      line = entry(out, p, run, line);
      i += run;
    }
    return out.toByteArray();
  }

  /** Writes one entry; returns the line the next entry's delta is from. */
  private static int entry(ByteArrayOutputStream out, Position p, int units, int line) {
    int length = units - 1;
    if (p.lineno() < 0) {
      out.write(0x80 | NONE << 3 | length);
      return line;
    }
    int delta = p.lineno() - line;
    int col = p.colOffset(), endCol = p.endColOffset();
    boolean oneLine = p.endLineno() == p.lineno();
    if (col < 0 && oneLine) {
      out.write(0x80 | NO_COLUMNS << 3 | length);
      signedVarint(out, delta);
    } else if (oneLine && delta == 0 && col >= 0 && col < 80 && endCol >= col && endCol - col < 16) {
      out.write(0x80 | (col / 8) << 3 | length);
      out.write((col % 8) << 4 | (endCol - col));
    } else if (oneLine && delta >= 0 && delta < 3 && col >= 0 && col < 128 && endCol >= 0 && endCol < 128) {
      out.write(0x80 | (ONE_LINE + delta) << 3 | length);
      out.write(col);
      out.write(endCol);
    } else {
      out.write(0x80 | LONG << 3 | length);
      signedVarint(out, delta);
      varint(out, Math.max(p.endLineno() - p.lineno(), 0));
      varint(out, Math.max(col + 1, 0));
      varint(out, Math.max(endCol + 1, 0));
    }
    return p.lineno();
  }

  private static void varint(ByteArrayOutputStream out, int value) {
    while (value >= 64) {
      out.write(0x40 | value & 63);
      value >>>= 6;
    }
    out.write(value);
  }

  private static void signedVarint(ByteArrayOutputStream out, int value) {
    varint(out, value < 0 ? (-value) << 1 | 1 : value << 1);
  }

  /**
   * The positions {@code table} describes, one per code unit, for at most {@code units} units. Any bytes are read, as
   * CPython reads them (the first byte's top bit is not checked); reading stops at the end of the table or at an
   * entry cut short, so the list may be shorter than {@code units}.
   */
  public static List<Position> decode(byte[] table, int firstLineno, int units) {
    List<Position> out = new ArrayList<>();
    int[] at = {0};
    int line = firstLineno;
    try {
      while (at[0] < table.length && out.size() < units) {
        int first = table[at[0]++] & 0xff;
        int code = first >> 3 & 15, length = (first & 7) + 1;
        Position p;
        if (code == NONE) {
          p = Position.NONE;
        } else if (code == LONG) {
          line += signedVarint(table, at);
          int endLine = line + varint(table, at);
          p = new Position(line, endLine, varint(table, at) - 1, varint(table, at) - 1);
        } else if (code == NO_COLUMNS) {
          line += signedVarint(table, at);
          p = new Position(line, line, -1, -1);
        } else if (code >= ONE_LINE) {
          line += code - ONE_LINE;
          p = new Position(line, line, next(table, at), next(table, at));
        } else {
          int second = next(table, at);
          int col = code * 8 + (second >> 4 & 7);
          p = new Position(line, line, col, col + (second & 15));
        }
        for (int k = 0; k < length && out.size() < units; k++) out.add(p);
      }
    } catch (ArrayIndexOutOfBoundsException cutShort) {
      // the last entry is incomplete: what it would describe stays undescribed
    }
    return out;
  }

  private static int next(byte[] table, int[] at) { return table[at[0]++] & 0xff; }

  private static int varint(byte[] table, int[] at) {
    int b = next(table, at), value = b & 63, shift = 0;
    while ((b & 64) != 0 && shift < 30) {
      b = next(table, at);
      shift += 6;
      value |= (b & 63) << shift;
    }
    return value;
  }

  private static int signedVarint(byte[] table, int[] at) {
    int u = varint(table, at);
    return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
  }
}
