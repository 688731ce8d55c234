package dev.kaa.modules.tokenize;

import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * {@code _tokenize}: Kaa's tokenizer ({@code dev.kaa.parse}) behind 3.12's {@code tokenize} module, as
 * {@link TokenizerIter}.
 */
public final class TokenizeModule {
  private TokenizeModule() {}

  public static final String NAME = "_tokenize";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, PyNone.NONE, interp);
    m.put("TokenizerIter", TokenizerIter.TYPE);
    return m;
  }
}
