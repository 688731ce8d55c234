package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order dropped streams are closed in, whatever order the JVM's finalizer thread hands them over. */
class DroppedStreamsTest {
  private final DroppedStreams streams = new DroppedStreams();
  private final List<String> closed = new ArrayList<>();

  private Finalizers.DroppedStream open(long serial, String file) {
    streams.opened(serial, file);
    return stream(serial, file);
  }

  private Finalizers.DroppedStream stream(long serial, String file) {
    return new Finalizers.DroppedStream() {
      @Override public long serial() { return serial; }
      @Override public String fileKey() { return file; }
      @Override public void closeDropped() { closed.add(file + ":" + serial); }
    };
  }

  @Test void aBatchClosesOldestFirst() {
    var a = open(1, "/f");
    var b = open(2, "/f");
    var c = open(3, "/g");
    streams.dropped(c);
    streams.dropped(b);
    streams.dropped(a);
    streams.close(false);
    assertEquals(List.of("/f:1", "/f:2", "/g:3"), closed);
  }

  @Test void aStreamWaitsForAnOlderOneOnItsFileStillOpen() {
    var older = open(1, "/f");
    var newer = open(2, "/f");
    var other = open(3, "/g");
    streams.dropped(newer);  // the collection's batch is still arriving: older comes after a safe point
    streams.dropped(other);
    streams.close(false);
    assertEquals(List.of("/g:3"), closed);
    streams.dropped(older);
    streams.close(false);
    assertEquals(List.of("/g:3", "/f:1", "/f:2"), closed);
  }

  @Test void theProgramClosingTheOlderOneReleasesTheWait() {
    open(1, "/f");
    var newer = open(2, "/f");
    streams.dropped(newer);
    streams.close(false);
    assertEquals(List.of(), closed);
    streams.closed(1, "/f");
    streams.close(false);
    assertEquals(List.of("/f:2"), closed);
  }

  @Test void aFullCollectionClosesEveryStreamFound() {
    open(1, "/f");  // still alive: CPython would have closed the dropped newer one at once
    var newer = open(2, "/f");
    streams.dropped(newer);
    streams.close(false);
    streams.close(true);
    assertEquals(List.of("/f:2"), closed);
  }

  @Test void aFullCollectionWaitsForTheLastStreamTheFinalizerThreadHandsOver() throws Exception {
    DroppedStreams patient = new DroppedStreams(60_000_000_000L);  // ends when the older one comes, not by time
    patient.opened(1, "/f");
    patient.opened(2, "/f");
    patient.dropped(stream(2, "/f"));
    Thread late = new Thread(() -> {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
      patient.dropped(stream(1, "/f"));
    });
    late.start();
    patient.close(true);
    late.join();
    assertEquals(List.of("/f:1", "/f:2"), closed);
  }

  @Test void anOlderStreamStillAliveBoundsTheWait() {
    open(1, "/f");
    var newer = open(2, "/f");
    streams.dropped(newer);
    long t0 = System.nanoTime();
    streams.close(true);
    long waited = System.nanoTime() - t0;
    assertEquals(List.of("/f:2"), closed);
    assertTrue(waited >= DroppedStreams.STRAGGLER_WAIT_NANOS && waited < 1_000_000_000L, "waited " + waited);
  }

  @Test void streamsWithoutANamedFileNeverWait() {
    open(1, null);
    var s = open(2, null);
    streams.dropped(s);
    streams.close(false);
    assertEquals(List.of("null:2"), closed);
  }
}
