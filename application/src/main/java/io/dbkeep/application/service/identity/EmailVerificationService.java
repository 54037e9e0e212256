package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.EmailVerificationUseCase;
import io.dbkeep.application.port.out.identity.MailOutboxPort;
import io.dbkeep.application.port.out.identity.MailOutboxPort.MailRequest;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.application.port.out.identity.VerificationPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.IdentityError.Code;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.LinkTemplate;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.identity.VerificationPurpose;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import java.time.Clock;

public final class EmailVerificationService implements EmailVerificationUseCase {

  private static final VerificationPurpose PURPOSE = VerificationPurpose.EMAIL_VERIFICATION;

  private final IdentityContext context;
  private final UnitOfWork unitOfWork;
  private final LoadUserPort loadUser;
  private final SaveUserPort saveUser;
  private final VerificationPort verifications;
  private final MailOutboxPort outbox;

  public EmailVerificationService(
      UnitOfWork unitOfWork,
      LoadUserPort loadUser,
      SaveUserPort saveUser,
      VerificationPort verifications,
      IdentityPolicy policy,
      TokenGenerator tokens,
      MailOutboxPort outbox,
      Clock clock) {
    this.context = new IdentityContext(policy, tokens, clock);
    this.unitOfWork = unitOfWork;
    this.loadUser = loadUser;
    this.saveUser = saveUser;
    this.verifications = verifications;
    this.outbox = outbox;
  }

  /** Queues the request whatever the address (the worker decides), so timing tells nothing. */
  @Override
  public void sendVerificationEmail(String email, LinkTemplate link) {
    var address = Email.parse(email);
    if (address.isEmpty()) {
      return;
    }
    unitOfWork.inTransaction(
        () -> {
          outbox.enqueue(
              new MailRequest(
                  context.tokens.newId(),
                  MailSender.Kind.EMAIL_VERIFICATION,
                  address.get(),
                  link,
                  context.now()));
          return Either.right(true);
        });
  }

  @Override
  public Either<IdentityError, User> verifyEmail(SecretToken token) {
    return unitOfWork.inTransaction(
        () -> {
          var user =
              context
                  .takeToken(verifications, PURPOSE, token)
                  .flatMap(id -> loadUser.load(new UserId(id)));
          if (user.isEmpty()) {
            return Either.left(IdentityError.of(Code.INVALID_TOKEN));
          }
          if (user.get().emailVerified()) {
            return Either.right(user.get());
          }
          // the moment an address listed in ADMIN_EMAILS is proven, it confers the role
          var now = context.now();
          var verified = context.policy.withConferredRole(user.get().verifyEmail(now), now);
          saveUser.update(verified);
          return Either.right(verified);
        });
  }
}
