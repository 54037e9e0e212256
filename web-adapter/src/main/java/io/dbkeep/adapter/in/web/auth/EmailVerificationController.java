package io.dbkeep.adapter.in.web.auth;

import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_TEXT;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_TOKEN;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_URL;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.PREFIX;

import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.user.Email;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Email verification: the mailed link, and asking for a new one. */
final class EmailVerificationController extends AuthConcern {

  EmailVerificationController(AuthRequests http) {
    super(http);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(PREFIX + "/verify-email", this::verifyEmail);
    routes.post(PREFIX + "/send-verification-email", this::sendVerificationEmail);
  }

  private void verifyEmail(Context ctx) {
    var callback = http.redirectTarget(Option.of(ctx.queryParam("callbackURL")), "callbackURL");
    var raw = ctx.queryParam("token");
    Either<IdentityError, io.dbkeep.domain.user.User> verified =
        raw == null || raw.isEmpty() || raw.length() > MAX_TOKEN
            ? Either.left(IdentityError.of(IdentityError.Code.INVALID_TOKEN))
            : useCases.emailVerification().verifyEmail(new SecretToken(raw));
    if (callback.isDefined()) {
      http.redirect(
          ctx,
          verified.isRight()
              ? callback.get()
              : AuthRequests.withQuery(callback.get(), "error", "invalid_token"));
      return;
    }
    if (verified.isLeft()) {
      throw new AuthApiException(401, "INVALID_TOKEN", verified.getLeft().message());
    }
    ctx.json(new AuthJson.Verified(true, null));
  }

  private void sendVerificationEmail(Context ctx) {
    var body = AuthBody.of(ctx, codec);
    var current = http.optionalSession(ctx);
    var email =
        body.optionalString("email", MAX_TEXT)
            .orElse(current.map(a -> a.user().email().value()))
            .getOrElseThrow(() -> AuthErrors.invalid("email is required"));
    http.limit(ctx, "verification-mail", Option.of(AuthRequests.normalisedEmail(email)));
    if (Email.parse(email).isEmpty()) {
      throw AuthErrors.of(IdentityError.of(IdentityError.Code.INVALID_EMAIL));
    }
    if (current.isDefined()
        && current.get().user().email().value().equals(Email.parse(email).get().value())
        && current.get().user().emailVerified()) {
      throw AuthErrors.of(IdentityError.of(IdentityError.Code.EMAIL_ALREADY_VERIFIED));
    }
    var callback = http.redirectTarget(body.optionalString("callbackURL", MAX_URL), "callbackURL");
    useCases
        .emailVerification()
        .sendVerificationEmail(email, http.verificationLink(callback.getOrElse("/")));
    ctx.json(new AuthJson.Status(true));
  }
}
