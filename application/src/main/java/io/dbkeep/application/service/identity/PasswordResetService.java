package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.PasswordResetUseCase;
import io.dbkeep.application.port.out.identity.IdentityStore;
import io.dbkeep.application.port.out.identity.MailOutboxPort;
import io.dbkeep.application.port.out.identity.MailOutboxPort.MailRequest;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.identity.PasswordHasher;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.domain.identity.Account;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.IdentityError.Code;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.LinkTemplate;
import io.dbkeep.domain.identity.Password;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.identity.Verification;
import io.dbkeep.domain.identity.VerificationPurpose;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import java.time.Clock;

public final class PasswordResetService implements PasswordResetUseCase {

  private static final VerificationPurpose PURPOSE = VerificationPurpose.PASSWORD_RESET;

  private final IdentityContext context;
  private final PasswordHasher hasher;
  private final MailOutboxPort outbox;

  public PasswordResetService(
      IdentityStore store,
      IdentityPolicy policy,
      TokenGenerator tokens,
      PasswordHasher hasher,
      MailOutboxPort outbox,
      Clock clock) {
    this.context = new IdentityContext(store, policy, tokens, clock);
    this.hasher = hasher;
    this.outbox = outbox;
  }

  /**
   * Queues the request, whatever the address: the same work on both paths (one insert), so the
   * answer and its timing tell nobody whether the address has an account. The worker decides.
   */
  @Override
  public void requestPasswordReset(String email, LinkTemplate link) {
    var address = Email.parse(email);
    if (address.isEmpty()) {
      return;
    }
    context
        .store
        .unitOfWork()
        .inTransaction(
            () -> {
              outbox.enqueue(
                  new MailRequest(
                      context.tokens.newId(),
                      MailSender.Kind.PASSWORD_RESET,
                      address.get(),
                      link,
                      context.now()));
              return Either.right(true);
            });
  }

  @Override
  public boolean isResetTokenValid(SecretToken token) {
    var store = context.store;
    return store
        .unitOfWork()
        .<RuntimeException, Boolean>inTransaction(
            () ->
                Either.right(
                    store
                        .verifications()
                        .peek(Verification.identifier(PURPOSE, token))
                        .exists(verification -> !verification.isExpiredAt(context.now()))))
        .get();
  }

  @Override
  public Either<IdentityError, Void> resetPassword(SecretToken token, String newPassword) {
    var password = Password.of(newPassword);
    if (password.isLeft()) {
      return Either.left(password.getLeft());
    }
    var hash = hasher.hash(password.get());
    var store = context.store;
    return store
        .unitOfWork()
        .inTransaction(
            () -> {
              var userId = context.takeToken(PURPOSE, token).map(UserId::new);
              if (userId.isEmpty() || store.loadUser().load(userId.get()).isEmpty()) {
                return Either.left(IdentityError.of(Code.INVALID_TOKEN));
              }
              var now = context.now();
              var credential =
                  store.loadAccount().accountsOf(userId.get()).stream()
                      .filter(Account::isCredential)
                      .findFirst();
              if (credential.isPresent()) {
                store.saveAccount().update(credential.get().withPassword(hash, now));
              } else {
                store
                    .saveAccount()
                    .insert(Account.credential(context.tokens.newId(), userId.get(), hash, now));
              }
              store.deleteSession().deleteAllOf(userId.get());
              return Either.right(null);
            });
  }
}
