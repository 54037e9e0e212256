package io.dbkeep.application.port.out.user;

import io.dbkeep.domain.user.User;

/** Stores users. Must be called inside a {@code UnitOfWork} transaction. */
public interface SaveUserPort {

  /**
   * Stores {@code user} unless a user with its id already exists (then nothing changes, even under
   * concurrent callers). Returns whether it was stored.
   */
  boolean insertIfAbsent(User user);
}
