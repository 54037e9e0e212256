package io.dbkeep.application.port.in.user;

import io.dbkeep.domain.user.User;

/** Makes sure the built-in guest user exists (idempotent, safe under concurrent starts). */
public interface EnsureGuestUserUseCase {

  /** The guest user as stored. */
  User ensureGuestUser();
}
