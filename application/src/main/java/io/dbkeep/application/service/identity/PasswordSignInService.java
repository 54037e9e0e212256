package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.SignInCommand;
import io.dbkeep.application.port.in.identity.SignInUseCase;
import io.dbkeep.application.port.out.identity.AuthEvents;
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
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.IdentityError.Code;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.Password;
import io.dbkeep.domain.identity.PasswordHash;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

public final class PasswordSignInService implements SignInUseCase {

  private static final String METHOD = "password";
  private static final UserId NOBODY = new UserId("no-such-user");

  private final IdentityContext context;
  private final UnitOfWork unitOfWork;
  private final LoadUserPort loadUser;
  private final SaveUserPort saveUser;
  private final SaveSessionPort saveSession;
  private final DeleteSessionPort deleteSession;
  private final LoadAccountPort loadAccount;
  private final SaveAccountPort saveAccount;
  private final PasswordHasher hasher;
  private final AuthEvents events;

  private final TokenGenerator tokens;

  /**
   * Checked against when there is no stored hash, so an unknown email costs a hash check too. Made
   * by the first sign-in, not by the constructor: one Argon2id hash was a tenth of the server's
   * start (ADR 0134). Every path of the first attempt makes it, so that attempt costs the same
   * whether the email is known or not.
   */
  private volatile PasswordHash decoy;

  public PasswordSignInService(
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
      AuthEvents events,
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
    this.events = events;
    this.tokens = tokens;
  }

  private PasswordHash decoy() {
    var made = decoy;
    if (made == null) {
      synchronized (this) {
        made = decoy;
        if (made == null) {
          made = hasher.hash(Password.presented(tokens.newToken().value()));
          decoy = made;
        }
      }
    }
    return made;
  }

  @Override
  public Either<IdentityError, SignedIn> signIn(SignInCommand command) {
    var result = attempt(command);
    result.fold(
        error -> {
          events.signInFailed(METHOD, error.code().name());
          return null;
        },
        signedIn -> {
          events.signInSucceeded(METHOD);
          return null;
        });
    return result;
  }

  private Either<IdentityError, SignedIn> attempt(SignInCommand command) {
    var email = Email.parse(command.email());
    if (email.isEmpty()) {
      return Either.left(IdentityError.of(Code.INVALID_EMAIL));
    }
    var presented = Password.presented(command.password());
    var decoy = decoy();
    // Read outside the password check: hashing is slow and must not hold a transaction open.
    var found =
        unitOfWork.<IdentityError, Tuple2<User, Account>>inTransaction(
            () -> {
              var user = loadUser.loadByEmail(email.get());
              // The accounts are read for unknown emails too, so both paths cost the same.
              var accounts = loadAccount.accountsOf(user.map(User::id).getOrElse(NOBODY));
              return user.flatMap(
                      stored ->
                          Option.ofOptional(
                              accounts.stream()
                                  .filter(
                                      account ->
                                          account.isCredential() && account.password().isDefined())
                                  .findFirst()
                                  .map(account -> Tuple.of(stored, account))))
                  .<IdentityError>toEither(() -> IdentityError.of(Code.INVALID_EMAIL_OR_PASSWORD));
            });
    if (found.isLeft()) {
      hasher.verify(presented, decoy);
      return Either.left(found.getLeft());
    }
    var user = found.get()._1();
    var account = found.get()._2();
    var check = hasher.verify(presented, account.password().get());
    if (!check.matches()) {
      return Either.left(IdentityError.of(Code.INVALID_EMAIL_OR_PASSWORD));
    }
    if (check.needsRehash()) {
      var rehashed = hasher.hash(presented);
      unitOfWork.inTransaction(
          () -> {
            saveAccount.update(account.withPassword(rehashed, context.now()));
            return Either.right(true);
          });
    }
    return unitOfWork.inTransaction(
        () -> {
          var current =
              context.withExpiredBanLifted(saveUser, loadUser.load(user.id()).getOrElse(user));
          if (context.policy.requireEmailVerification() && !current.emailVerified()) {
            return Either.left(IdentityError.of(Code.EMAIL_NOT_VERIFIED));
          }
          if (current.isBannedAt(context.now())) {
            return Either.left(IdentityError.of(Code.BANNED_USER));
          }
          return Either.right(
              new SignedIn(
                  current,
                  context.startSession(
                      saveSession,
                      deleteSession,
                      current.id(),
                      command.rememberMe(),
                      command.client())));
        });
  }
}
