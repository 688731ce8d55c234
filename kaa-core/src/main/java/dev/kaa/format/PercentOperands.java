package dev.kaa.format;

import java.util.List;

/**
 * What printf-style formatting ({@link PercentFormat}) needs to know about the runtime's values, {@code V}. Each method
 * answers with a Java value, or null for "not that kind of object", and raises the runtime's own errors (a failing
 * {@code __int__}, a missing key) as {@link dev.kaa.objects.PyException}s.
 */
public interface PercentOperands<V> {
  /** The items of {@code args} when it is a tuple (a subclass counts), else null. */
  List<V> tupleItems(V args);

  /**
   * True when {@code args} supports {@code __getitem__} and is not a tuple or str (for bytes formatting, nor bytes or
   * bytearray): {@code '%(key)s'} looks keys up in it, and it need not be used up.
   */
  boolean isMapping(V args, boolean bytesFormat);

  /** {@code mapping[key]}; the key is a str, or for bytes formatting a bytes object of the key's Latin-1 chars. */
  V getItem(V mapping, String key, boolean bytesKey);

  /** The type's name, for messages. */
  String typeName(V value);

  String str(V value);

  String repr(V value);

  String ascii(V value);

  /** The value of an int (bool included): a Long or a BigInteger; null for anything else. */
  Number exactInt(V value);

  /** {@code operator.index(value)} as Long or BigInteger, or null when the type has no {@code __index__}. */
  Number index(V value);

  /**
   * {@code int(value)} as Long or BigInteger when the value has {@code __index__} or {@code __int__} (or is a
   * float), which may raise; null otherwise.
   */
  Number intOfNumber(V value);

  /** {@code float(value)} when it is a float or has {@code __float__} or {@code __index__} (may raise); else null. */
  Double toDouble(V value);

  /** The text of a str, else null. */
  String strValue(V value);

  /** The bytes of a bytes-like object or of {@code __bytes__()}, else null. */
  byte[] bytesValue(V value);

  /** The bytes of a bytes or bytearray object (what {@code b'%c'} accepts besides ints), else null. */
  byte[] exactBytes(V value);
}
