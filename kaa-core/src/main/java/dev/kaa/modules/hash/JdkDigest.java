package dev.kaa.modules.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A digest the JDK provides (MD5, SHA-1, SHA-2, SHA-3), under CPython's name and block size. */
final class JdkDigest implements Digest {
  private final String name;
  private final int blockSize;
  private final MessageDigest md;

  private JdkDigest(String name, int blockSize, MessageDigest md) {
    this.name = name;
    this.blockSize = blockSize;
    this.md = md;
  }

  static JdkDigest of(String name, String jdkName, int blockSize) {
    try {
      return new JdkDigest(name, blockSize, MessageDigest.getInstance(jdkName));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + jdkName, e);
    }
  }

  @Override public String name() { return name; }

  @Override public int digestSize() { return md.getDigestLength(); }

  @Override public int blockSize() { return blockSize; }

  @Override public void update(byte[] data) { md.update(data); }

  @Override public byte[] digest() { return ((MessageDigest) cloneOf(md)).digest(); }

  @Override public Digest copy() { return new JdkDigest(name, blockSize, (MessageDigest) cloneOf(md)); }

  private static Object cloneOf(MessageDigest md) {
    try {
      return md.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's " + md.getAlgorithm() + " cannot be copied", e);
    }
  }
}
