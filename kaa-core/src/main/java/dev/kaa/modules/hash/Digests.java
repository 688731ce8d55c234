package dev.kaa.modules.hash;

import java.util.List;
import java.util.Locale;

/**
 * The digests by name, as {@code hashlib.new} and {@code _hashlib} name them (case does not matter, as OpenSSL's
 * lookup): the JDK's MD5, SHA-1 and SHA-2 (with SHA-512/224 and SHA-512/256), SHA-3 and SHAKE over {@link Keccak}.
 */
final class Digests {
  private Digests() {}

  /** The names {@link #named} knows, CPython's {@code openssl_md_meth_names} less those Kaa lacks. */
  static final List<String> NAMES = List.of("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512_224",
      "sha512_256", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256");

  /** A new, empty digest of {@code name}; null when there is none of that name. */
  static Digest named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "md5" -> JdkDigest.of("md5", "MD5", 64);
      case "sha1" -> JdkDigest.of("sha1", "SHA-1", 64);
      case "sha224" -> JdkDigest.of("sha224", "SHA-224", 64);
      case "sha256" -> JdkDigest.of("sha256", "SHA-256", 64);
      case "sha384" -> JdkDigest.of("sha384", "SHA-384", 128);
      case "sha512" -> JdkDigest.of("sha512", "SHA-512", 128);
      case "sha512_224" -> JdkDigest.of("sha512_224", "SHA-512/224", 128);
      case "sha512_256" -> JdkDigest.of("sha512_256", "SHA-512/256", 128);
      case "sha3_224" -> sha3(224);
      case "sha3_256" -> sha3(256);
      case "sha3_384" -> sha3(384);
      case "sha3_512" -> sha3(512);
      case "shake_128" -> shake(128);
      case "shake_256" -> shake(256);
      default -> null;
    };
  }

  static Digest sha3(int bits) { return new Keccak("sha3_" + bits, 200 - bits / 4, (byte) 0x06, bits / 8); }

  static Digest shake(int bits) { return new Keccak("shake_" + bits, 200 - bits / 4, (byte) 0x1f, 0); }
}
