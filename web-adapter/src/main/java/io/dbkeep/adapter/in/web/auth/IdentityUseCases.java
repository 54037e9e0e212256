package io.dbkeep.adapter.in.web.auth;

import io.dbkeep.application.port.in.identity.AccountSettingsUseCase;
import io.dbkeep.application.port.in.identity.AdministerUsersUseCase;
import io.dbkeep.application.port.in.identity.AuthenticateSessionQuery;
import io.dbkeep.application.port.in.identity.EmailVerificationUseCase;
import io.dbkeep.application.port.in.identity.ManageSessionsUseCase;
import io.dbkeep.application.port.in.identity.PasswordResetUseCase;
import io.dbkeep.application.port.in.identity.SignInUseCase;
import io.dbkeep.application.port.in.identity.SignUpUseCase;
import io.dbkeep.application.port.in.identity.SocialSignInUseCase;
import java.util.Objects;

/** The identity use cases the HTTP side calls. */
public record IdentityUseCases(
    SignUpUseCase signUp,
    SignInUseCase signIn,
    AuthenticateSessionQuery authenticate,
    ManageSessionsUseCase sessions,
    PasswordResetUseCase passwordReset,
    EmailVerificationUseCase emailVerification,
    AccountSettingsUseCase accountSettings,
    SocialSignInUseCase socialSignIn,
    AdministerUsersUseCase administration) {

  public IdentityUseCases {
    Objects.requireNonNull(signUp, "signUp");
    Objects.requireNonNull(signIn, "signIn");
    Objects.requireNonNull(authenticate, "authenticate");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(passwordReset, "passwordReset");
    Objects.requireNonNull(emailVerification, "emailVerification");
    Objects.requireNonNull(accountSettings, "accountSettings");
    Objects.requireNonNull(socialSignIn, "socialSignIn");
    Objects.requireNonNull(administration, "administration");
  }
}
