package io.dbkeep.application.port.out.identity;

import io.dbkeep.domain.identity.Account;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.util.List;

/** Reads accounts. Must be called inside a {@code UnitOfWork} transaction. */
public interface LoadAccountPort {

  /** The account of {@code providerId} whose provider-side id is {@code accountId}. */
  Option<Account> load(String providerId, String accountId);

  /** Every account of {@code user}. */
  List<Account> accountsOf(UserId user);
}
