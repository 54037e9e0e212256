package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.AccountSettingsUseCase;
import io.dbkeep.application.port.out.identity.IdentityStore;
import io.dbkeep.application.port.out.identity.PasswordHasher;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.domain.identity.Account;
import io.dbkeep.domain.identity.ClientInfo;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.IdentityError.Code;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.Password;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

public final class AccountSettingsService implements AccountSettingsUseCase {

  private final IdentityContext context;
  private final PasswordHasher hasher;

  public AccountSettingsService(
      IdentityStore store,
      IdentityPolicy policy,
      TokenGenerator tokens,
      PasswordHasher hasher,
      Clock clock) {
    this.context = new IdentityContext(store, policy, tokens, clock);
    this.hasher = hasher;
  }

  @Override
  public Either<IdentityError, User> updateUser(
      UserId userId, Option<String> name, Option<Option<String>> image) {
    if (name.exists(n -> !User.isValidName(n.strip()))) {
      return Either.left(
          IdentityError.of(Code.VALIDATION_ERROR, "name must be 1 to 200 characters"));
    }
    if (image.exists(i -> i.exists(url -> url.length() > User.MAX_IMAGE_LENGTH))) {
      return Either.left(
          IdentityError.of(Code.VALIDATION_ERROR, "image must be at most 2048 characters"));
    }
    var store = context.store;
    return store
        .unitOfWork()
        .inTransaction(
            () -> {
              var user = store.loadUser().load(userId);
              if (user.isEmpty()) {
                return Either.left(IdentityError.of(Code.USER_NOT_FOUND));
              }
              var now = context.now();
              var changed = user.get();
              if (name.isDefined()) {
                changed = changed.rename(name.get().strip(), now);
              }
              if (image.isDefined()) {
                changed = changed.withImage(image.get(), now);
              }
              store.saveUser().update(changed);
              return Either.right(changed);
            });
  }

  @Override
  public Either<IdentityError, Changed> changePassword(
      UserId userId,
      String currentPassword,
      String newPassword,
      boolean revokeOtherSessions,
      ClientInfo client) {
    var password = Password.of(newPassword);
    if (password.isLeft()) {
      return Either.left(password.getLeft());
    }
    var store = context.store;
    var credential =
        store
            .unitOfWork()
            .<IdentityError, Account>inTransaction(
                () ->
                    Option.ofOptional(
                            store.loadAccount().accountsOf(userId).stream()
                                .filter(a -> a.isCredential() && a.password().isDefined())
                                .findFirst())
                        .toEither(() -> IdentityError.of(Code.INVALID_PASSWORD)));
    if (credential.isLeft()) {
      return Either.left(credential.getLeft());
    }
    if (!hasher
        .verify(Password.presented(currentPassword), credential.get().password().get())
        .matches()) {
      return Either.left(IdentityError.of(Code.INVALID_PASSWORD));
    }
    var hash = hasher.hash(password.get());
    return store
        .unitOfWork()
        .inTransaction(
            () -> {
              var user = store.loadUser().load(userId);
              if (user.isEmpty()) {
                return Either.left(IdentityError.of(Code.USER_NOT_FOUND));
              }
              store.saveAccount().update(credential.get().withPassword(hash, context.now()));
              if (!revokeOtherSessions) {
                return Either.right(new Changed(user.get(), Option.none()));
              }
              store.deleteSession().deleteAllOf(userId);
              return Either.right(
                  new Changed(user.get(), Option.of(context.startSession(userId, true, client))));
            });
  }
}
