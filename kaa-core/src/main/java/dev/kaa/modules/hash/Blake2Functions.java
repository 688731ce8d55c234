package dev.kaa.modules.hash;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.runtime.PyModule;

/** {@code _blake2.blake2b} and {@code blake2s}: the parameter block checked with CPython's messages. */
final class Blake2Functions {
  private Blake2Functions() {}

  private static byte[] bytesArg(PyObject v) { return v == null ? new byte[0] : PyHash.dataOf(v); }

  private static long longArg(PyObject v, long dflt) { return v == null ? dflt : Abstract.indexValue(v); }

  private static PyObject make(boolean big, PyObject data, PyObject digestSize, PyObject key, PyObject salt,
      PyObject person, PyObject fanout, PyObject depth, PyObject leafSize, PyObject nodeOffset, PyObject nodeDepth,
      PyObject innerSize, PyObject lastNode) {
    int max = big ? 64 : 32, saltMax = big ? 16 : 8;
    long size = longArg(digestSize, max);
    if (size < 1 || size > max) throw Errors.valueError("digest_size must be between 1 and %d bytes", max);
    byte[] k = bytesArg(key), s = bytesArg(salt), p = bytesArg(person);
    if (k.length > max) throw Errors.valueError("maximum key length is %d bytes", max);
    if (s.length > saltMax) throw Errors.valueError("maximum salt length is %d bytes", saltMax);
    if (p.length > saltMax) throw Errors.valueError("maximum person length is %d bytes", saltMax);
    long fan = longArg(fanout, 1), dep = longArg(depth, 1), inner = longArg(innerSize, 0);
    long leaf = longArg(leafSize, 0), offset = longArg(nodeOffset, 0), nodeDep = longArg(nodeDepth, 0);
    if (fan < 0 || fan > 255) throw Errors.valueError("fanout must be between 0 and 255");
    if (dep <= 0 || dep > 255) throw Errors.valueError("depth must be between 1 and 255");
    if (leaf < 0 || leaf > 0xffffffffL) throw Errors.overflowError("leaf_size is too large");
    if (!big && (offset < 0 || offset > 0xffffffffffffL)) throw Errors.overflowError("node_offset is too large");
    if (nodeDep < 0 || nodeDep > 255) throw Errors.valueError("node_depth must be between 0 and 255");
    if (inner < 0 || inner > max) throw Errors.valueError("inner_size must be between 0 and is %d", max);
    boolean last = lastNode != null && Abstract.isTrue(lastNode);
    Blake2.Params params = new Blake2.Params(big, (int) size, k, s, p, (int) fan, (int) dep, leaf, offset,
        (int) nodeDep, (int) inner, last);
    return PyHash.of(new Blake2(params), data);
  }

  @PyMethod(positionalOnly = 1) static PyObject blake2b(PyModule self, @PyMethod.Opt PyObject data,
      @PyMethod.KwOnly @PyMethod.Opt PyObject digest_size, @PyMethod.KwOnly @PyMethod.Opt PyObject key,
      @PyMethod.KwOnly @PyMethod.Opt PyObject salt, @PyMethod.KwOnly @PyMethod.Opt PyObject person,
      @PyMethod.KwOnly @PyMethod.Opt PyObject fanout, @PyMethod.KwOnly @PyMethod.Opt PyObject depth,
      @PyMethod.KwOnly @PyMethod.Opt PyObject leaf_size, @PyMethod.KwOnly @PyMethod.Opt PyObject node_offset,
      @PyMethod.KwOnly @PyMethod.Opt PyObject node_depth, @PyMethod.KwOnly @PyMethod.Opt PyObject inner_size,
      @PyMethod.KwOnly @PyMethod.Opt PyObject last_node, @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
    return make(true, data, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth,
        inner_size, last_node);
  }

  @PyMethod(positionalOnly = 1) static PyObject blake2s(PyModule self, @PyMethod.Opt PyObject data,
      @PyMethod.KwOnly @PyMethod.Opt PyObject digest_size, @PyMethod.KwOnly @PyMethod.Opt PyObject key,
      @PyMethod.KwOnly @PyMethod.Opt PyObject salt, @PyMethod.KwOnly @PyMethod.Opt PyObject person,
      @PyMethod.KwOnly @PyMethod.Opt PyObject fanout, @PyMethod.KwOnly @PyMethod.Opt PyObject depth,
      @PyMethod.KwOnly @PyMethod.Opt PyObject leaf_size, @PyMethod.KwOnly @PyMethod.Opt PyObject node_offset,
      @PyMethod.KwOnly @PyMethod.Opt PyObject node_depth, @PyMethod.KwOnly @PyMethod.Opt PyObject inner_size,
      @PyMethod.KwOnly @PyMethod.Opt PyObject last_node, @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
    return make(false, data, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth,
        inner_size, last_node);
  }
}
