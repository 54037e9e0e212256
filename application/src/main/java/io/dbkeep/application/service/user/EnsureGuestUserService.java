package io.dbkeep.application.service.user;

import io.dbkeep.application.port.in.user.EnsureGuestUserUseCase;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

public final class EnsureGuestUserService implements EnsureGuestUserUseCase {

  private final UnitOfWork unitOfWork;
  private final LoadUserPort loadUser;
  private final SaveUserPort saveUser;
  private final Clock clock;

  public EnsureGuestUserService(
      UnitOfWork unitOfWork, LoadUserPort loadUser, SaveUserPort saveUser, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.loadUser = loadUser;
    this.saveUser = saveUser;
    this.clock = clock;
  }

  @Override
  public User ensureGuestUser() {
    return unitOfWork
        .<RuntimeException, User>inTransaction(
            () -> {
              saveUser.insertIfAbsent(User.guest(clock.instant().truncatedTo(ChronoUnit.MICROS)));
              return Either.right(
                  loadUser
                      .load(UserId.GUEST)
                      .getOrElseThrow(() -> new IllegalStateException("guest user vanished")));
            })
        .get();
  }
}
