package io.dbkeep.application.wiring;

import io.dbkeep.application.port.in.identity.AccountSettingsUseCase;
import io.dbkeep.application.port.in.identity.AdministerUsersUseCase;
import io.dbkeep.application.port.in.identity.AuthenticateSessionQuery;
import io.dbkeep.application.port.in.identity.BootstrapAdminsUseCase;
import io.dbkeep.application.port.in.identity.EmailVerificationUseCase;
import io.dbkeep.application.port.in.identity.ManageSessionsUseCase;
import io.dbkeep.application.port.in.identity.PasswordResetUseCase;
import io.dbkeep.application.port.in.identity.SignInUseCase;
import io.dbkeep.application.port.in.identity.SignUpUseCase;
import io.dbkeep.application.port.in.identity.SocialSignInUseCase;
import io.dbkeep.application.port.out.identity.AuthEvents;
import io.dbkeep.application.port.out.identity.DeleteSessionPort;
import io.dbkeep.application.port.out.identity.LoadAccountPort;
import io.dbkeep.application.port.out.identity.LoadSessionPort;
import io.dbkeep.application.port.out.identity.MailOutboxPort;
import io.dbkeep.application.port.out.identity.OAuthProviderPort;
import io.dbkeep.application.port.out.identity.PasswordHasher;
import io.dbkeep.application.port.out.identity.SaveAccountPort;
import io.dbkeep.application.port.out.identity.SaveSessionPort;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.application.port.out.identity.VerificationPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.application.service.identity.AccountSettingsService;
import io.dbkeep.application.service.identity.AdministerUsersService;
import io.dbkeep.application.service.identity.BootstrapAdminsService;
import io.dbkeep.application.service.identity.EmailVerificationService;
import io.dbkeep.application.service.identity.PasswordResetService;
import io.dbkeep.application.service.identity.PasswordSignInService;
import io.dbkeep.application.service.identity.PasswordSignUpService;
import io.dbkeep.application.service.identity.SessionService;
import io.dbkeep.application.service.identity.SocialSignInService;
import io.dbkeep.domain.identity.IdentityPolicy;
import java.time.Clock;

/**
 * Identity's use cases, each built over the narrow out-ports its service names, from one user store
 * and one identity store that implement them all — the one place that knows which service takes
 * which port, for the server's composition root and the web adapter's tests alike (ADR 0118).
 * Handed out as in-ports.
 */
public final class IdentityServices {

  private final SessionService sessions;
  private final SignUpUseCase signUp;
  private final SignInUseCase signIn;
  private final PasswordResetUseCase passwordReset;
  private final EmailVerificationUseCase emailVerification;
  private final AccountSettingsUseCase accountSettings;
  private final SocialSignInUseCase socialSignIn;
  private final AdministerUsersUseCase administration;
  private final BootstrapAdminsUseCase admins;

  /**
   * @param users the user store (both user ports)
   * @param identity the store of sessions, accounts and verifications (all their ports)
   * @param outbox where identity mails wait to be sent
   * @param providers the configured OAuth / OpenID Connect providers
   */
  public <
          U extends LoadUserPort & SaveUserPort,
          I extends
              LoadSessionPort & SaveSessionPort & DeleteSessionPort & LoadAccountPort
                  & SaveAccountPort & VerificationPort>
      IdentityServices(
          UnitOfWork unitOfWork,
          U users,
          I identity,
          MailOutboxPort outbox,
          IdentityPolicy policy,
          TokenGenerator tokens,
          PasswordHasher hasher,
          OAuthProviderPort providers,
          AuthEvents events,
          Clock clock) {
    this.sessions =
        new SessionService(
            unitOfWork,
            users,
            users,
            identity,
            identity,
            identity,
            identity,
            policy,
            tokens,
            clock);
    this.signUp =
        new PasswordSignUpService(
            unitOfWork,
            users,
            identity,
            identity,
            identity,
            policy,
            tokens,
            hasher,
            outbox,
            events,
            clock);
    this.signIn =
        new PasswordSignInService(
            unitOfWork,
            users,
            users,
            identity,
            identity,
            identity,
            identity,
            policy,
            tokens,
            hasher,
            events,
            clock);
    this.passwordReset =
        new PasswordResetService(
            unitOfWork,
            users,
            identity,
            identity,
            identity,
            identity,
            policy,
            tokens,
            hasher,
            outbox,
            clock);
    this.emailVerification =
        new EmailVerificationService(
            unitOfWork, users, users, identity, policy, tokens, outbox, clock);
    this.accountSettings =
        new AccountSettingsService(
            unitOfWork,
            users,
            users,
            identity,
            identity,
            identity,
            identity,
            policy,
            tokens,
            hasher,
            clock);
    this.socialSignIn =
        new SocialSignInService(
            unitOfWork,
            users,
            users,
            identity,
            identity,
            identity,
            identity,
            identity,
            policy,
            tokens,
            providers,
            events,
            clock);
    this.administration =
        new AdministerUsersService(
            unitOfWork, users, users, identity, identity, policy, tokens, clock);
    this.admins =
        new BootstrapAdminsService(
            unitOfWork, users, users, identity, policy, tokens, hasher, clock);
  }

  public SignUpUseCase signUp() {
    return signUp;
  }

  public SignInUseCase signIn() {
    return signIn;
  }

  public AuthenticateSessionQuery authenticate() {
    return sessions;
  }

  public ManageSessionsUseCase sessions() {
    return sessions;
  }

  public PasswordResetUseCase passwordReset() {
    return passwordReset;
  }

  public EmailVerificationUseCase emailVerification() {
    return emailVerification;
  }

  public AccountSettingsUseCase accountSettings() {
    return accountSettings;
  }

  public SocialSignInUseCase socialSignIn() {
    return socialSignIn;
  }

  public AdministerUsersUseCase administration() {
    return administration;
  }

  /** Promotes the configured administrators. */
  public BootstrapAdminsUseCase admins() {
    return admins;
  }
}
