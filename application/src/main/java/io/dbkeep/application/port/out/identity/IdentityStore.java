package io.dbkeep.application.port.out.identity;

import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import java.util.Objects;

/** The stored-data ports identity works with, all over one store and its {@link UnitOfWork}. */
public record IdentityStore(
    UnitOfWork unitOfWork,
    LoadUserPort loadUser,
    SaveUserPort saveUser,
    LoadSessionPort loadSession,
    SaveSessionPort saveSession,
    DeleteSessionPort deleteSession,
    LoadAccountPort loadAccount,
    SaveAccountPort saveAccount,
    VerificationPort verifications) {

  public IdentityStore {
    Objects.requireNonNull(unitOfWork, "unitOfWork");
    Objects.requireNonNull(loadUser, "loadUser");
    Objects.requireNonNull(saveUser, "saveUser");
    Objects.requireNonNull(loadSession, "loadSession");
    Objects.requireNonNull(saveSession, "saveSession");
    Objects.requireNonNull(deleteSession, "deleteSession");
    Objects.requireNonNull(loadAccount, "loadAccount");
    Objects.requireNonNull(saveAccount, "saveAccount");
    Objects.requireNonNull(verifications, "verifications");
  }
}
