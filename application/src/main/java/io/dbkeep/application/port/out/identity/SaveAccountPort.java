package io.dbkeep.application.port.out.identity;

import io.dbkeep.domain.identity.Account;

/** Stores accounts. Must be called inside a {@code UnitOfWork} transaction. */
public interface SaveAccountPort {

  /**
   * Stores a new account.
   *
   * @throws io.dbkeep.application.failure.ConcurrentUpdateException when an account with the same
   *     provider and provider-side id was stored concurrently
   */
  void insert(Account account);

  /** Replaces the stored account with the same id. */
  void update(Account account);
}
