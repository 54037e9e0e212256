package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.SignUpCommand;
import io.dbkeep.application.port.in.identity.SignUpUseCase;
import io.dbkeep.application.port.out.identity.AuthEvents;
import io.dbkeep.application.port.out.identity.DeleteSessionPort;
import io.dbkeep.application.port.out.identity.MailOutboxPort;
import io.dbkeep.application.port.out.identity.MailOutboxPort.MailRequest;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.identity.PasswordHasher;
import io.dbkeep.application.port.out.identity.SaveAccountPort;
import io.dbkeep.application.port.out.identity.SaveSessionPort;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.identity.Account;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.IdentityError.Code;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.Password;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.User;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

public final class PasswordSignUpService implements SignUpUseCase {

  private final IdentityContext context;
  private final UnitOfWork unitOfWork;
  private final SaveUserPort saveUser;
  private final SaveSessionPort saveSession;
  private final DeleteSessionPort deleteSession;
  private final SaveAccountPort saveAccount;
  private final PasswordHasher hasher;
  private final MailOutboxPort outbox;
  private final AuthEvents events;

  public PasswordSignUpService(
      UnitOfWork unitOfWork,
      SaveUserPort saveUser,
      SaveSessionPort saveSession,
      DeleteSessionPort deleteSession,
      SaveAccountPort saveAccount,
      IdentityPolicy policy,
      TokenGenerator tokens,
      PasswordHasher hasher,
      MailOutboxPort outbox,
      AuthEvents events,
      Clock clock) {
    this.context = new IdentityContext(policy, tokens, clock);
    this.unitOfWork = unitOfWork;
    this.saveUser = saveUser;
    this.saveSession = saveSession;
    this.deleteSession = deleteSession;
    this.saveAccount = saveAccount;
    this.hasher = hasher;
    this.outbox = outbox;
    this.events = events;
  }

  @Override
  public Either<IdentityError, SignedUp> signUp(SignUpCommand command) {
    if (!context.policy.registrationEnabled()) {
      return Either.left(IdentityError.of(Code.REGISTRATION_DISABLED));
    }
    if (!User.isValidName(command.name().strip())) {
      return Either.left(
          IdentityError.of(Code.VALIDATION_ERROR, "name must be 1 to 200 characters"));
    }
    if (command.image().exists(image -> image.length() > User.MAX_IMAGE_LENGTH)) {
      return Either.left(
          IdentityError.of(Code.VALIDATION_ERROR, "image must be at most 2048 characters"));
    }
    var email = Email.parse(command.email());
    if (email.isEmpty()) {
      return Either.left(IdentityError.of(Code.INVALID_EMAIL));
    }
    var password = Password.of(command.password());
    if (password.isLeft()) {
      return Either.left(password.getLeft());
    }
    var hash = hasher.hash(password.get());
    var requireVerification = context.policy.requireEmailVerification();
    Either<IdentityError, SignedUp> outcome =
        unitOfWork.inTransaction(
            () -> {
              var user =
                  context.newUser(command.name().strip(), email.get(), false, command.image());
              if (!saveUser.insertIfEmailFree(user)) {
                return Either.left(IdentityError.of(Code.USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL));
              }
              saveAccount.insert(
                  Account.credential(context.tokens.newId(), user.id(), hash, user.createdAt()));
              if (requireVerification) {
                // sent by the outbox worker, off this thread: the answer does not wait on SMTP
                outbox.enqueue(
                    new MailRequest(
                        context.tokens.newId(),
                        MailSender.Kind.EMAIL_VERIFICATION,
                        user.email(),
                        command.verificationLink(),
                        user.createdAt()));
                return Either.right(new SignedUp(user, Option.none()));
              }
              var session =
                  context.startSession(
                      saveSession,
                      deleteSession,
                      user.id(),
                      command.rememberMe(),
                      command.client());
              return Either.right(new SignedUp(user, Option.of(session)));
            });
    outcome.forEach(
        result -> {
          if (result.session().isDefined()) {
            events.signInSucceeded("sign-up");
          }
        });
    return outcome;
  }
}
