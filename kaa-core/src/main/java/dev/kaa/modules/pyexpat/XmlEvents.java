package dev.kaa.modules.pyexpat;

/**
 * Where {@link XmlScanner} sends what it finds: the Python parser object, which turns each event into a call of the
 * handler the program set. Arguments are Java values ({@code String}, null for None, {@code Integer},
 * {@link ContentModel}, and for a start tag a flat name/value list plus how many were specified).
 */
interface XmlEvents {
  /** Whether the program set this handler: events without one go to the default handler, as in expat. */
  boolean has(Handler h);

  /** Calls the handler; returns its result (ExternalEntityRef's decides whether parsing goes on). */
  Object fire(Handler h, Object... args);
}
