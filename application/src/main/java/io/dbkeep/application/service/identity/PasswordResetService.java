package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.PasswordResetUseCase;
import io.dbkeep.application.port.out.identity.DeleteSessionPort;
import io.dbkeep.application.port.out.identity.LoadAccountPort;
import io.dbkeep.application.port.out.identity.MailOutboxPort;
import io.dbkeep.application.port.out.identity.MailOutboxPort.MailRequest;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.identity.PasswordHasher;
import io.dbkeep.application.port.out.identity.SaveAccountPort;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.application.port.out.identity.VerificationPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
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
  private final UnitOfWork unitOfWork;
  private final LoadUserPort loadUser;
  private final DeleteSessionPort deleteSession;
  private final LoadAccountPort loadAccount;
  private final SaveAccountPort saveAccount;
  private final VerificationPort verifications;
  private final PasswordHasher hasher;
  private final MailOutboxPort outbox;

  public PasswordResetService(
      UnitOfWork unitOfWork,
      LoadUserPort loadUser,
      DeleteSessionPort deleteSession,
      LoadAccountPort loadAccount,
      SaveAccountPort saveAccount,
      VerificationPort verifications,
      IdentityPolicy policy,
      TokenGenerator tokens,
      PasswordHasher hasher,
      MailOutboxPort outbox,
      Clock clock) {
    this.context = new IdentityContext(policy, tokens, clock);
    this.unitOfWork = unitOfWork;
    this.loadUser = loadUser;
    this.deleteSession = deleteSession;
    this.loadAccount = loadAccount;
    this.saveAccount = saveAccount;
    this.verifications = verifications;
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
    unitOfWork.inTransaction(
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
    return unitOfWork
        .<RuntimeException, Boolean>inTransaction(
            () ->
                Either.right(
                    verifications
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
    return unitOfWork.inTransaction(
        () -> {
          var userId = context.takeToken(verifications, PURPOSE, token).map(UserId::new);
          if (userId.isEmpty() || loadUser.load(userId.get()).isEmpty()) {
            return Either.left(IdentityError.of(Code.INVALID_TOKEN));
          }
          var now = context.now();
          var credential =
              loadAccount.accountsOf(userId.get()).stream()
                  .filter(Account::isCredential)
                  .findFirst();
          if (credential.isPresent()) {
            saveAccount.update(credential.get().withPassword(hash, now));
          } else {
            saveAccount.insert(Account.credential(context.tokens.newId(), userId.get(), hash, now));
          }
          deleteSession.deleteAllOf(userId.get());
          return Either.right(null);
        });
  }
}
