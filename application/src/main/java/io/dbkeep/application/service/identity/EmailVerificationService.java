package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.EmailVerificationUseCase;
import io.dbkeep.application.port.out.identity.IdentityStore;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.identity.MailSender.AuthMail;
import io.dbkeep.application.port.out.identity.TokenGenerator;
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
import io.vavr.control.Option;
import java.time.Clock;

public final class EmailVerificationService implements EmailVerificationUseCase {

  private static final VerificationPurpose PURPOSE = VerificationPurpose.EMAIL_VERIFICATION;

  private final IdentityContext context;
  private final Mails mails;

  public EmailVerificationService(
      IdentityStore store,
      IdentityPolicy policy,
      TokenGenerator tokens,
      MailSender mailSender,
      Clock clock) {
    this.context = new IdentityContext(store, policy, tokens, clock);
    this.mails = new Mails(mailSender);
  }

  @Override
  public void sendVerificationEmail(String email, LinkTemplate link) {
    var address = Email.parse(email);
    if (address.isEmpty()) {
      return;
    }
    var store = context.store;
    store
        .unitOfWork()
        .<RuntimeException, Option<AuthMail>>inTransaction(
            () ->
                Either.right(
                    store
                        .loadUser()
                        .loadByEmail(address.get())
                        .filter(user -> !user.id().equals(UserId.GUEST))
                        .filter(user -> !user.emailVerified())
                        .map(
                            user ->
                                new AuthMail(
                                    MailSender.Kind.EMAIL_VERIFICATION,
                                    user.email(),
                                    user.name(),
                                    link.with(context.issueToken(PURPOSE, user.id().value())),
                                    PURPOSE.validFor()))))
        .get()
        .forEach(mails::sendQuietly);
  }

  @Override
  public Either<IdentityError, User> verifyEmail(SecretToken token) {
    var store = context.store;
    return store
        .unitOfWork()
        .inTransaction(
            () -> {
              var user =
                  context
                      .takeToken(PURPOSE, token)
                      .flatMap(id -> store.loadUser().load(new UserId(id)));
              if (user.isEmpty()) {
                return Either.left(IdentityError.of(Code.INVALID_TOKEN));
              }
              if (user.get().emailVerified()) {
                return Either.right(user.get());
              }
              // the moment an address listed in ADMIN_EMAILS is proven, it confers the role
              var now = context.now();
              var verified = context.policy.withConferredRole(user.get().verifyEmail(now), now);
              store.saveUser().update(verified);
              return Either.right(verified);
            });
  }
}
