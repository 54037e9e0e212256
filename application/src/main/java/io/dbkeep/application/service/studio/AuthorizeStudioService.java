package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.in.studio.AuthorizeStudioQuery;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;

public final class AuthorizeStudioService implements AuthorizeStudioQuery {

  private final UnitOfWork unitOfWork;
  private final LoadUserPort users;

  public AuthorizeStudioService(UnitOfWork unitOfWork, LoadUserPort users) {
    this.unitOfWork = unitOfWork;
    this.users = users;
  }

  @Override
  public boolean mayUseStudio(UserId user) {
    if (user.equals(UserId.GUEST)) {
      return false;
    }
    return unitOfWork
        .<Void, Boolean>inTransaction(
            () ->
                Either.right(
                    users
                        .load(user)
                        .exists(found -> found.role() == Role.ADMIN && !found.banned())))
        .getOrElse(false);
  }
}
