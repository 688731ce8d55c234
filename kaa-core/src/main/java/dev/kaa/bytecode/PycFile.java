package dev.kaa.bytecode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The layout of a {@code .pyc} file, as PEP 552 defines it, holding Kaa's marshalled code ({@link Marshal}): a 16-byte
 * header — the magic number (two bytes from {@link Marshal#CODE_MAGIC}, then {@code \r\n}, as CPython's), a flags
 * word, then either the source's modification time and size (32 bits each) or a 64-bit hash of the source — and the
 * code object. Flags: bit 0 says the file is hash-based; bit 1 that a hash-based file is checked against its source
 * ({@code checked-hash}) rather than trusted ({@code unchecked-hash}).
 */
public final class PycFile {
  private PycFile() {}

  public static final int HEADER_SIZE = 16;
  public static final int FLAG_HASH_BASED = 1;
  public static final int FLAG_CHECK_SOURCE = 2;

  /** The four magic bytes ({@code importlib.util.MAGIC_NUMBER}); they change whenever the bytecode does. */
  public static final byte[] MAGIC = {(byte) Marshal.CODE_MAGIC, (byte) (Marshal.CODE_MAGIC >> 8), '\r', '\n'};

  /** How a pyc decides whether it is still current (py_compile's {@code PycInvalidationMode}). */
  public enum Invalidation { TIMESTAMP, CHECKED_HASH, UNCHECKED_HASH }

  /** A pyc's header: its flags and either the source's mtime and size or its hash. */
  public record Header(int flags, long mtime, long size, long hash) {
    public boolean hashBased() { return (flags & FLAG_HASH_BASED) != 0; }

    public boolean checkSource() { return (flags & FLAG_CHECK_SOURCE) != 0; }

    public Invalidation invalidation() {
      return !hashBased() ? Invalidation.TIMESTAMP
          : checkSource() ? Invalidation.CHECKED_HASH : Invalidation.UNCHECKED_HASH;
    }
  }

  /** True when {@code data} starts with this Kaa's magic number. */
  public static boolean hasMagic(byte[] data) {
    return data.length >= MAGIC.length && Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  /** The header of {@code data}, or null when it is too short, has another magic or unknown flags. */
  public static Header readHeader(byte[] data) {
    if (data.length < HEADER_SIZE || !hasMagic(data)) return null;
    MarshalInput in = new MarshalInput(data, MAGIC.length, HEADER_SIZE - MAGIC.length);
    int flags = in.readInt32();
    if ((flags & ~(FLAG_HASH_BASED | FLAG_CHECK_SOURCE)) != 0) return null;
    if ((flags & FLAG_HASH_BASED) != 0) return new Header(flags, 0, 0, in.readInt64());
    long mtime = in.readInt32() & 0xffffffffL;
    long size = in.readInt32() & 0xffffffffL;
    return new Header(flags, mtime, size, 0);
  }

  /**
   * Whether a timestamp header matches a source modified at {@code mtimeSeconds} with {@code size} bytes (both
   * compared modulo 2**32, as stored).
   */
  public static boolean matchesSource(Header h, long mtimeSeconds, long size) {
    return h.mtime() == (mtimeSeconds & 0xffffffffL) && h.size() == (size & 0xffffffffL);
  }

  /** The code object after the header; {@code filename} (may be null) replaces the recorded file name. */
  public static Code code(byte[] data, String filename) {
    return Marshal.load(Arrays.copyOfRange(data, HEADER_SIZE, data.length), filename);
  }

  /** A timestamp-based pyc of {@code code} for a source modified at {@code mtimeSeconds}, {@code size} bytes long. */
  public static byte[] timestamped(Code code, long mtimeSeconds, long size) {
    MarshalOutput out = new MarshalOutput();
    out.writeBytes(MAGIC);
    out.writeInt32(0);
    out.writeInt32((int) mtimeSeconds);
    out.writeInt32((int) size);
    Marshal.writeCode(out, code);
    return out.toByteArray();
  }

  /** A hash-based pyc of {@code code} compiled from {@code source}; {@code checked}: validated at each import. */
  public static byte[] hashed(Code code, byte[] source, boolean checked) {
    MarshalOutput out = new MarshalOutput();
    out.writeBytes(MAGIC);
    out.writeInt32(FLAG_HASH_BASED | (checked ? FLAG_CHECK_SOURCE : 0));
    out.writeInt64(sourceHash(source));
    Marshal.writeCode(out, code);
    return out.toByteArray();
  }

  /**
   * The 64-bit source hash of a hash-based pyc: the first eight bytes of SHA-256 over the magic and the source
   * (Kaa's pycs are Kaa's own, so the hash need not be CPython's SipHash).
   */
  public static long sourceHash(byte[] source) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(MAGIC);
      byte[] d = md.digest(source);
      long h = 0;
      for (int i = 7; i >= 0; i--) h = h << 8 | (d[i] & 0xff);
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }

  /**
   * The cache file name of a module source {@code NAME.py}: {@code NAME.kaa-312.pyc} ({@code sys.implementation.cache_tag}),
   * or {@code NAME.kaa-312.opt-N.pyc} for code compiled at optimisation level N (as CPython names them).
   */
  public static String cacheFileName(String sourceFileName, int optimize) {
    int dot = sourceFileName.lastIndexOf('.');
    String stem = dot > 0 ? sourceFileName.substring(0, dot) : sourceFileName;
    return stem + "." + CACHE_TAG + (optimize > 0 ? ".opt-" + optimize : "") + ".pyc";
  }

  /** {@code sys.implementation.cache_tag}. */
  public static final String CACHE_TAG = "kaa-312";
}
