package dev.kaa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM's side of the launcher's background stale-jar check: a fresh answer lets the run go on; a stale one, a
 * failed check or an unreadable pipe runs the command again through the launcher with KAA_BUILD_FIRST=1 and ends
 * with its status.
 */
class LauncherStaleCheckTest {
  @TempDir Path dir;

  @Test
  void withoutTheLaunchersPropertyNothingIsChecked() {
    assertEquals(-1, LauncherStaleCheck.rerunIfStale(null, "/nonexistent/kaa", new String[] {"-c", "pass"}));
  }

  @Test
  void aFreshAnswerLetsTheRunGoOn() throws IOException {
    Path answer = Files.writeString(dir.resolve("answer"), "fresh\n");
    assertEquals(-1, LauncherStaleCheck.rerunIfStale(answer.toString(), "/nonexistent/kaa", new String[0]));
  }

  @Test
  void aStaleAnswerRunsTheLauncherAgainToBuildFirst() throws IOException {
    Path answer = Files.writeString(dir.resolve("answer"), "stale\n");
    assertEquals(42, LauncherStaleCheck.rerunIfStale(answer.toString(), launcher(), new String[] {"-c", "x y"}));
    assertEquals("1 -c x y\n", Files.readString(dir.resolve("ran")));
  }

  @Test
  void anUnreadableOrEmptyAnswerCountsAsStale() throws IOException {
    Path empty = Files.writeString(dir.resolve("answer"), "");
    assertEquals(42, LauncherStaleCheck.rerunIfStale(empty.toString(), launcher(), new String[0]));
    assertEquals(42, LauncherStaleCheck.rerunIfStale(dir.resolve("missing").toString(), launcher(), new String[0]));
  }

  /** A stand-in launcher that notes KAA_BUILD_FIRST and its arguments, then exits with status 42. */
  private String launcher() throws IOException {
    assumeTrue(new File("/bin/sh").canExecute(), "no /bin/sh");
    Path script = dir.resolve("kaa");
    Files.writeString(script, "#!/bin/sh\necho \"$KAA_BUILD_FIRST $*\" > '" + dir.resolve("ran") + "'\nexit 42\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script.toString();
  }
}
