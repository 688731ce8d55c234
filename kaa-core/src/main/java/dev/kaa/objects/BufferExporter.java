package dev.kaa.objects;

/**
 * An object that exports its bytes (the buffer protocol's exporter side), for types outside this package such as
 * {@code array.array}: {@link Buffers} reads it and a memoryview can look at it. The bytes are the live backing
 * array, which may be replaced when the exporter grows, so users ask for it on every access.
 */
public interface BufferExporter {
  /** The backing array; only the first {@link #bufferLength()} bytes count. */
  byte[] bufferBytes();

  /** The number of bytes exported. */
  int bufferLength();

  /** The struct format character of the items ('B' for raw bytes). */
  default char bufferFormat() { return 'B'; }

  /** The size of one item in bytes. */
  default int bufferItemSize() { return 1; }
}
