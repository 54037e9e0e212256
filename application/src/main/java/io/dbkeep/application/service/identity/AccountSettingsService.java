package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.AccountSettingsUseCase;
import io.dbkeep.application.port.out.identity.DeleteSessionPort;
import io.dbkeep.application.port.out.identity.LoadAccountPort;
import io.dbkeep.application.port.out.identity.PasswordHasher;
import io.dbkeep.application.port.out.identity.SaveAccountPort;
import io.dbkeep.application.port.out.identity.SaveSessionPort;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
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
  private final UnitOfWork unitOfWork;
  private final LoadUserPort loadUser;
  private final SaveUserPort saveUser;
  private final SaveSessionPort saveSession;
  private final DeleteSessionPort deleteSession;
  private final LoadAccountPort loadAccount;
  private final SaveAccountPort saveAccount;
  private final PasswordHasher hasher;

  public AccountSettingsService(
      UnitOfWork unitOfWork,
      LoadUserPort loadUser,
      SaveUserPort saveUser,
      SaveSessionPort saveSession,
      DeleteSessionPort deleteSession,
      LoadAccountPort loadAccount,
      SaveAccountPort saveAccount,
      IdentityPolicy policy,
      TokenGenerator tokens,
      PasswordHasher hasher,
      Clock clock) {
    this.context = new IdentityContext(policy, tokens, clock);
    this.unitOfWork = unitOfWork;
    this.loadUser = loadUser;
    this.saveUser = saveUser;
    this.saveSession = saveSession;
    this.deleteSession = deleteSession;
    this.loadAccount = loadAccount;
    this.saveAccount = saveAccount;
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
    return unitOfWork.inTransaction(
        () -> {
          var user = loadUser.load(userId);
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
          saveUser.update(changed);
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
    var credential =
        unitOfWork.<IdentityError, Account>inTransaction(
            () ->
                Option.ofOptional(
                        loadAccount.accountsOf(userId).stream()
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
    return unitOfWork.inTransaction(
        () -> {
          var user = loadUser.load(userId);
          if (user.isEmpty()) {
            return Either.left(IdentityError.of(Code.USER_NOT_FOUND));
          }
          saveAccount.update(credential.get().withPassword(hash, context.now()));
          if (!revokeOtherSessions) {
            return Either.right(new Changed(user.get(), Option.none()));
          }
          deleteSession.deleteAllOf(userId);
          return Either.right(
              new Changed(
                  user.get(),
                  Option.of(
                      context.startSession(saveSession, deleteSession, userId, true, client))));
        });
  }
}
