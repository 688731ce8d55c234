package dev.kaa.modules.mmap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A shared, writable file map's link to the file: the JDK's memory map of the region, which the map's own writes go
 * through at once (the file's pages: other readers of the file see them), and a copy of the bytes as last written
 * through, against which {@link #sync} finds what was written behind the map's back (through a memoryview, a
 * {@code readinto}, {@code struct.pack_into}: the buffer protocol hands out the map's array) to write it through too.
 */
final class MappedRegion {
  private final FileChannel channel;
  private final long offset;
  private MappedByteBuffer pages;
  private byte[] synced;

  MappedRegion(FileChannel channel, long offset, byte[] initial, int length) throws IOException {
    this.channel = channel;
    this.offset = offset;
    map(initial, length);
  }

  private void map(byte[] data, int length) throws IOException {
    pages = channel.map(FileChannel.MapMode.READ_WRITE, offset, length);
    synced = java.util.Arrays.copyOf(data, length);
  }

  /** The map's own write of {@code data[from, from+count)}. */
  void written(byte[] data, int from, int count) {
    pages.put(from, data, from, count);
    System.arraycopy(data, from, synced, from, count);
  }

  /** Writes through what changed behind the map's back, then has the pages written to the file ({@code msync}). */
  void sync(byte[] data, int length, boolean force) {
    int i = 0;
    while (i < length) {
      if (data[i] == synced[i]) {
        i++;
        continue;
      }
      int start = i;
      while (i < length && data[i] != synced[i]) i++;
      written(data, start, i - start);
    }
    if (force) pages.force();
  }

  /**
   * The file is cut or grown to end {@code length} bytes after the map's offset and the region mapped again at that
   * size, holding {@code data} (the caller has synced the old contents first).
   */
  void resized(byte[] data, int length) throws IOException {
    long end = offset + length;
    if (channel.size() > end) channel.truncate(end);
    else if (channel.size() < end) channel.write(ByteBuffer.allocate(1), end - 1);
    map(data, length);
  }
}
