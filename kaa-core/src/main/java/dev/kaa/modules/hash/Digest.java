package dev.kaa.modules.hash;

/** A running message digest as the hash objects need it: update, a non-destructive digest, copy. */
interface Digest {
  String name();

  int digestSize();

  int blockSize();

  void update(byte[] data);

  /** The digest of everything so far; the state is unchanged (more updates may follow). */
  byte[] digest();

  Digest copy();
}
