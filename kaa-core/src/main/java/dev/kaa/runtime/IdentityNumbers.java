package dev.kaa.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code id()}: Java has no stable addresses, so each object gets a number from a counter the first time its id is
 * asked for, kept while the object lives (a weak identity map). Numbers are never reused, so two live objects never
 * share one, and they look like CPython's (large, multiples of 16).
 */
final class IdentityNumbers {
  private static final long BASE = 0x7f0000000000L;

  private final Map<Integer, List<Entry>> byHash = new HashMap<>();
  private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
  private long next;

  private static final class Entry extends WeakReference<Object> {
    final int hash;
    final long id;

    Entry(Object o, int hash, long id, ReferenceQueue<Object> q) {
      super(o, q);
      this.hash = hash;
      this.id = id;
    }
  }

  synchronized long idOf(Object o) {
    expunge();
    int h = System.identityHashCode(o);
    List<Entry> bucket = byHash.computeIfAbsent(h, k -> new ArrayList<>(1));
    for (Entry e : bucket) if (e.get() == o) return e.id;
    long id = BASE + 16 * next++;
    bucket.add(new Entry(o, h, id, collected));
    return id;
  }

  private void expunge() {
    for (Object r = collected.poll(); r != null; r = collected.poll()) {
      Entry e = (Entry) r;
      List<Entry> bucket = byHash.get(e.hash);
      if (bucket == null) continue;
      bucket.remove(e);
      if (bucket.isEmpty()) byHash.remove(e.hash);
    }
  }
}
