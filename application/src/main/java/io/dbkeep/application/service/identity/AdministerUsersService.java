package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.AdministerUsersUseCase;
import io.dbkeep.application.port.out.identity.DeleteSessionPort;
import io.dbkeep.application.port.out.identity.LoadSessionPort;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.IdentityError.Code;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.domain.user.UserPage;
import io.dbkeep.domain.user.UserQuery;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

public final class AdministerUsersService implements AdministerUsersUseCase {

  /** Better Auth's reason when an administrator gives none. */
  static final String DEFAULT_BAN_REASON = "No reason";

  private final IdentityContext context;
  private final UnitOfWork unitOfWork;
  private final LoadUserPort loadUser;
  private final SaveUserPort saveUser;
  private final LoadSessionPort loadSession;
  private final DeleteSessionPort deleteSession;

  public AdministerUsersService(
      UnitOfWork unitOfWork,
      LoadUserPort loadUser,
      SaveUserPort saveUser,
      LoadSessionPort loadSession,
      DeleteSessionPort deleteSession,
      IdentityPolicy policy,
      TokenGenerator tokens,
      Clock clock) {
    this.context = new IdentityContext(policy, tokens, clock);
    this.unitOfWork = unitOfWork;
    this.loadUser = loadUser;
    this.saveUser = saveUser;
    this.loadSession = loadSession;
    this.deleteSession = deleteSession;
  }

  @Override
  public Either<IdentityError, UserPage> listUsers(UserId admin, UserQuery query) {
    return asAdmin(admin, () -> Either.right(loadUser.list(query)));
  }

  @Override
  public Either<IdentityError, User> setRole(UserId admin, UserId target, Role role) {
    return onTarget(
        admin,
        target,
        user -> {
          var changed = user.withRole(role, context.now());
          saveUser.update(changed);
          return Either.right(changed);
        });
  }

  @Override
  public Either<IdentityError, User> banUser(
      UserId admin, UserId target, Option<String> reason, Option<Duration> expiresIn) {
    if (admin.equals(target)) {
      return Either.left(IdentityError.of(Code.YOU_CANNOT_BAN_YOURSELF));
    }
    return onTarget(
        admin,
        target,
        user -> {
          var now = context.now();
          var banned =
              user.ban(
                  reason.filter(r -> !r.isBlank()).getOrElse(DEFAULT_BAN_REASON),
                  expiresIn.map(now::plus),
                  now);
          saveUser.update(banned);
          deleteSession.deleteAllOf(target);
          return Either.right(banned);
        });
  }

  @Override
  public Either<IdentityError, User> unbanUser(UserId admin, UserId target) {
    return onTarget(
        admin,
        target,
        user -> {
          var unbanned = user.unban(context.now());
          saveUser.update(unbanned);
          return Either.right(unbanned);
        });
  }

  @Override
  public Either<IdentityError, List<Session>> listUserSessions(UserId admin, UserId target) {
    return onTarget(
        admin,
        target,
        user -> {
          var now = context.now();
          return Either.right(
              loadSession.sessionsOf(target).stream()
                  .filter(session -> !session.isExpiredAt(now))
                  .toList());
        });
  }

  @Override
  public Either<IdentityError, Void> revokeUserSessions(UserId admin, UserId target) {
    return onTarget(
        admin,
        target,
        user -> {
          deleteSession.deleteAllOf(target);
          return Either.right(null);
        });
  }

  @Override
  public Either<IdentityError, Void> removeUser(UserId admin, UserId target) {
    if (admin.equals(target)) {
      return Either.left(IdentityError.of(Code.YOU_CANNOT_REMOVE_YOURSELF));
    }
    return onTarget(
        admin,
        target,
        user -> {
          saveUser.delete(target);
          return Either.right(null);
        });
  }

  private <T> Either<IdentityError, T> asAdmin(
      UserId admin, java.util.function.Supplier<Either<IdentityError, T>> work) {
    return unitOfWork.inTransaction(
        () -> {
          var actor = loadUser.load(admin);
          if (actor.isEmpty() || !actor.get().isAdmin()) {
            return Either.left(IdentityError.of(Code.NOT_ALLOWED));
          }
          return work.get();
        });
  }

  private <T> Either<IdentityError, T> onTarget(
      UserId admin, UserId target, Function<User, Either<IdentityError, T>> work) {
    return asAdmin(
        admin,
        () ->
            loadUser
                .load(target)
                // the built-in guest is not a person to administer
                .filter(user -> !user.id().equals(UserId.GUEST))
                .toEither(() -> IdentityError.of(Code.USER_NOT_FOUND))
                .flatMap(work));
  }
}
