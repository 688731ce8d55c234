package dev.kaa.modules.posix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The ids and umask read from {@code /proc/self/status}'s text, and what stands where a line is missing or odd. */
class ProcessStatusTest {
  @Test void idsGroupsAndUmaskAreRead() {
    String status = "Name:\tjava\nUmask:\t0027\nState:\tR (running)\nUid:\t1000\t1001\t1002\t1003\n"
        + "Gid:\t100\t101\t102\t103\nGroups:\t4 24 27 \nVmPeak:\t  1 kB\n";
    assertArrayEquals(new long[] {1000, 1001, 100, 101, 027}, new ProcessStatus(status).summary());
  }

  @Test void missingOrOddLinesKeepTheirDefaults() {
    assertArrayEquals(new long[] {0, 0, 0, 0, 022}, new ProcessStatus("").summary());
    assertArrayEquals(new long[] {0, 0, 7, 8, 022},
        new ProcessStatus("Uid:\tx y\nGid:\t7\t8\nUmask:\t9z\n").summary());
  }
}
