package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.AdministerUsersUseCase;
import io.dbkeep.application.port.out.identity.IdentityStore;
import io.dbkeep.application.port.out.identity.TokenGenerator;
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

  public AdministerUsersService(
      IdentityStore store, IdentityPolicy policy, TokenGenerator tokens, Clock clock) {
    this.context = new IdentityContext(store, policy, tokens, clock);
  }

  @Override
  public Either<IdentityError, UserPage> listUsers(UserId admin, UserQuery query) {
    return asAdmin(admin, () -> Either.right(context.store.loadUser().list(query)));
  }

  @Override
  public Either<IdentityError, User> setRole(UserId admin, UserId target, Role role) {
    return onTarget(
        admin,
        target,
        user -> {
          var changed = user.withRole(role, context.now());
          context.store.saveUser().update(changed);
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
          context.store.saveUser().update(banned);
          context.store.deleteSession().deleteAllOf(target);
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
          context.store.saveUser().update(unbanned);
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
              context.store.loadSession().sessionsOf(target).stream()
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
          context.store.deleteSession().deleteAllOf(target);
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
          context.store.saveUser().delete(target);
          return Either.right(null);
        });
  }

  private <T> Either<IdentityError, T> asAdmin(
      UserId admin, java.util.function.Supplier<Either<IdentityError, T>> work) {
    var store = context.store;
    return store
        .unitOfWork()
        .inTransaction(
            () -> {
              var actor = store.loadUser().load(admin);
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
            context
                .store
                .loadUser()
                .load(target)
                // the built-in guest is not a person to administer
                .filter(user -> !user.id().equals(UserId.GUEST))
                .toEither(() -> IdentityError.of(Code.USER_NOT_FOUND))
                .flatMap(work));
  }
}
