/**
 * {@code _codecs}: the per-interpreter codec registry and error-handler table, and the codecs the stdlib's
 * {@code encodings} package calls that are not in {@link dev.kaa.objects.Codecs} (escapes, charmap, UTF-7).
 * Depends on {@code dev.kaa.objects} and the runtime.
 */
package dev.kaa.modules.codecs;
