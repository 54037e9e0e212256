package io.dbkeep.application.port.out.identity;

import io.dbkeep.domain.identity.Password;
import io.dbkeep.domain.identity.PasswordHash;

/**
 * Hashes passwords for storage and checks presented passwords against stored hashes. Hashes carry
 * their own algorithm and parameters, so old hashes stay verifiable after a parameter change.
 */
public interface PasswordHasher {

  /** A new salted hash of {@code password} with the current algorithm and parameters. */
  PasswordHash hash(Password password);

  /**
   * Whether {@code password} matches {@code hash} (in time that does not depend on where they
   * differ), and whether the hash should be replaced by a {@link #hash} of the current kind. A hash
   * in an unknown format never matches.
   */
  Check verify(Password password, PasswordHash hash);

  /** The outcome of {@link #verify}. */
  record Check(boolean matches, boolean needsRehash) {}
}
