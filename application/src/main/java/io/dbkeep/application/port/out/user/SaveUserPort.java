package io.dbkeep.application.port.out.user;

import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;

/** Stores users. Must be called inside a {@code UnitOfWork} transaction. */
public interface SaveUserPort {

  /**
   * Stores {@code user} unless a user with its id already exists (then nothing changes, even under
   * concurrent callers). Returns whether it was stored.
   */
  boolean insertIfAbsent(User user);

  /**
   * Stores a new user unless its id or its email is taken (then nothing changes, even under
   * concurrent callers). Returns whether it was stored.
   */
  boolean insertIfEmailFree(User user);

  /**
   * Replaces the stored user with the same id (the email never changes).
   *
   * @throws io.dbkeep.application.failure.ConcurrentUpdateException when it vanished
   */
  void update(User user);

  /**
   * Removes the user with everything it owns (sessions, accounts, projects); whether it existed.
   */
  boolean delete(UserId id);
}
