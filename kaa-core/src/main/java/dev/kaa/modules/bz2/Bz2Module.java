package dev.kaa.modules.bz2;

import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * {@code _bz2}, what the {@code bz2} module is written over: {@link PyBz2Compressor} and {@link PyBz2Decompressor}
 * over Apache Commons Compress's bzip2 streams (docs/c-modules.md). Its classes are loaded when this module is.
 */
public final class Bz2Module {
  private Bz2Module() {}

  public static final String NAME = "_bz2";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, null, interp);
    m.put("BZ2Compressor", PyBz2Compressor.TYPE);
    m.put("BZ2Decompressor", PyBz2Decompressor.TYPE);
    return m;
  }
}
