package dev.kaa.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LocationTableTest {
  private static Position at(int line, int endLine, int col, int endCol) {
    return new Position(line, endLine, col, endCol);
  }

  /** Tables python3.12 makes, read as it reads them. */
  @Test void readsCPythonTables() {
    // def f(): pass, on line 2: one short entry of two code units
    assertEquals(List.of(at(2, 2, 0, 0), at(2, 2, 0, 0)), LocationTable.decode(new byte[] {(byte) 0x81, 0}, 2, 9));
    // test_dis's garbage: one code unit with no location, then nothing
    assertEquals(List.of(Position.NONE), LocationTable.decode(new byte[] {(byte) 0xf8}, 1, 5));
    assertEquals(List.of(), LocationTable.decode(new byte[0], 1, 5));
    // one-line form, line + 1, columns 4..9; then long form: line + 2, two lines long, no columns
    byte[] table = {(byte) (0x80 | 11 << 3), 4, 9, (byte) (0x80 | 14 << 3), 4, 2, 0, 0};
    assertEquals(List.of(at(11, 11, 4, 9), at(13, 15, -1, -1)), LocationTable.decode(table, 10, 2));
  }

  /** An entry cut short describes nothing; no more units are read than the code has. */
  @Test void stopsAtATruncatedEntryOrTheCodesEnd() {
    assertEquals(List.of(), LocationTable.decode(new byte[] {(byte) 0xf0, 0x41}, 1, 3));
    assertEquals(3, LocationTable.decode(new byte[] {(byte) 0xff, (byte) 0xff}, 1, 3).size());
  }

  @Test void writesWhatItReads() {
    Random r = new Random(42);
    Position[] ps = new Position[500];
    int line = 5;
    for (int i = 0; i < ps.length; i++) {
      line = Math.max(1, line + r.nextInt(7) - 2);
      int col = r.nextInt(200) - 1;
      ps[i] = switch (r.nextInt(5)) {
        case 0 -> Position.NONE;
        case 1 -> at(line, line, -1, -1);
        case 2 -> at(line, line + r.nextInt(4), col, col < 0 ? -1 : col + r.nextInt(300));
        default -> i > 0 && r.nextBoolean() ? ps[i - 1] : at(line, line, Math.max(col, 0), Math.max(col, 0) + r.nextInt(20));
      };
    }
    byte[] table = LocationTable.encode(ps, 3);
    assertArrayEquals(ps, LocationTable.decode(table, 3, ps.length).toArray(new Position[0]));
  }
}
