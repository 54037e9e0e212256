package io.dbkeep.application.port.out.identity;

import io.dbkeep.domain.identity.SecretToken;

/**
 * Randomness for identity: secret tokens and record ids, from a cryptographically secure source.
 */
public interface TokenGenerator {

  /** A new secret of at least 256 random bits, URL-safe and without dots. */
  SecretToken newToken();

  /** A new random id for a stored record (unique in practice, not secret). */
  String newId();
}
