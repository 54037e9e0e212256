package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.DeliverAuthMailUseCase;
import io.dbkeep.application.port.out.identity.MailOutboxPort;
import io.dbkeep.application.port.out.identity.MailOutboxPort.ClaimedRequest;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.identity.MailSender.AuthMail;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.application.port.out.identity.VerificationPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.VerificationPurpose;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

public final class AuthMailDeliveryService implements DeliverAuthMailUseCase {

  private static final System.Logger LOG =
      System.getLogger(AuthMailDeliveryService.class.getName());

  /** How long a claim holds before another worker may take the request up. */
  static final Duration LEASE = Duration.ofMinutes(2);

  /** Attempts before a request is given up. */
  static final int MAX_ATTEMPTS = 8;

  private static final Duration FIRST_RETRY = Duration.ofSeconds(15);
  private static final Duration LONGEST_RETRY = Duration.ofHours(1);
  private static final int BATCH = 20;

  private final IdentityContext context;
  private final UnitOfWork unitOfWork;
  private final LoadUserPort loadUser;
  private final VerificationPort verifications;
  private final MailOutboxPort outbox;
  private final MailSender sender;

  public AuthMailDeliveryService(
      UnitOfWork unitOfWork,
      LoadUserPort loadUser,
      VerificationPort verifications,
      IdentityPolicy policy,
      TokenGenerator tokens,
      MailOutboxPort outbox,
      MailSender sender,
      Clock clock) {
    this.context = new IdentityContext(policy, tokens, clock);
    this.unitOfWork = unitOfWork;
    this.loadUser = loadUser;
    this.verifications = verifications;
    this.outbox = outbox;
    this.sender = sender;
  }

  @Override
  public int deliverDue() {
    var claimed =
        unitOfWork
            .<RuntimeException, List<ClaimedRequest>>inTransaction(
                () -> Either.right(outbox.claimDue(context.now(), LEASE, BATCH)))
            .get();
    var sent = 0;
    for (var claim : claimed) {
      if (deliver(claim)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(ClaimedRequest claim) {
    var request = claim.request();
    Option<AuthMail> mail;
    try {
      mail =
          unitOfWork
              .<RuntimeException, Option<AuthMail>>inTransaction(
                  () -> Either.right(compose(request)))
              .get();
    } catch (RuntimeException e) {
      retryLater(claim, "could not prepare: " + e.getMessage());
      return false;
    }
    if (mail.isEmpty()) {
      // no account (or nothing to verify): the answer was the same, and nothing is sent
      remove(request.id());
      return false;
    }
    try {
      sender.send(mail.get());
    } catch (RuntimeException e) {
      retryLater(claim, e.getMessage());
      return false;
    }
    remove(request.id());
    return true;
  }

  /** The mail to send for {@code request}, with a freshly issued token; none when not wanted. */
  private Option<AuthMail> compose(MailOutboxPort.MailRequest request) {
    var purpose =
        switch (request.kind()) {
          case PASSWORD_RESET -> VerificationPurpose.PASSWORD_RESET;
          case EMAIL_VERIFICATION -> VerificationPurpose.EMAIL_VERIFICATION;
        };
    return loadUser
        .loadByEmail(request.to())
        .filter(user -> !user.id().equals(UserId.GUEST))
        .filter(user -> request.kind() != MailSender.Kind.EMAIL_VERIFICATION || !isVerified(user))
        .map(
            user ->
                new AuthMail(
                    request.kind(),
                    user.email(),
                    user.name(),
                    request
                        .link()
                        .with(context.issueToken(verifications, purpose, user.id().value())),
                    purpose.validFor()));
  }

  private static boolean isVerified(User user) {
    return user.emailVerified();
  }

  private void retryLater(ClaimedRequest claim, String reason) {
    var id = claim.request().id();
    if (claim.attempts() >= MAX_ATTEMPTS) {
      LOG.log(
          Level.WARNING,
          "Gave up the "
              + claim.request().kind()
              + " mail after "
              + claim.attempts()
              + " attempts: "
              + reason);
      remove(id);
      return;
    }
    var delay = backoff(claim.attempts());
    LOG.log(
        Level.WARNING,
        "Could not send the "
            + claim.request().kind()
            + " mail (attempt "
            + claim.attempts()
            + "), retrying in "
            + delay.toSeconds()
            + " s: "
            + reason);
    unitOfWork.inTransaction(
        () -> {
          outbox.retryAt(id, context.now().plus(delay), String.valueOf(reason));
          return Either.right(true);
        });
  }

  private void remove(String id) {
    unitOfWork.inTransaction(
        () -> {
          outbox.remove(id);
          return Either.right(true);
        });
  }

  /** 15 s, 1 min, 4 min, 16 min, then hourly. */
  static Duration backoff(int attempts) {
    var delay = FIRST_RETRY;
    for (var i = 1; i < attempts && delay.compareTo(LONGEST_RETRY) < 0; i++) {
      delay = delay.multipliedBy(4);
    }
    return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
  }
}
