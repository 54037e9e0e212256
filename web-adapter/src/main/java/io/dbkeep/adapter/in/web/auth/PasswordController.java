package io.dbkeep.adapter.in.web.auth;

import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_TEXT;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_TOKEN;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_URL;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.PREFIX;

import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.LinkTemplate;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.user.Email;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Option;

/**
 * Passwords: a reset requested by mail, the mailed link, setting the new password, and changing the
 * password of the signed-in user (rate limited per account).
 */
final class PasswordController extends AuthConcern {

  PasswordController(AuthRequests http) {
    super(http);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post(PREFIX + "/request-password-reset", this::requestPasswordReset);
    routes.post(PREFIX + "/forget-password", this::requestPasswordReset);
    routes.get(PREFIX + "/reset-password/{token}", this::resetPasswordCallback);
    routes.post(PREFIX + "/reset-password", this::resetPassword);
    routes.post(PREFIX + "/change-password", this::changePassword);
  }

  private void requestPasswordReset(Context ctx) {
    var body = AuthBody.of(ctx, codec);
    var email = body.requiredString("email", MAX_TEXT);
    http.limit(ctx, "password-reset", Option.of(AuthRequests.normalisedEmail(email)));
    if (Email.parse(email).isEmpty()) {
      throw AuthErrors.of(IdentityError.of(IdentityError.Code.INVALID_EMAIL));
    }
    var redirectTo = http.redirectTarget(body.optionalString("redirectTo", MAX_URL), "redirectTo");
    useCases
        .passwordReset()
        .requestPasswordReset(
            email,
            new LinkTemplate(
                settings.base() + PREFIX + "/reset-password/",
                "?callbackURL=" + AuthRequests.encode(redirectTo.getOrElse(""))));
    ctx.json(
        new AuthJson.StatusMessage(
            true, "If this email exists in our system, check your email for the reset link"));
  }

  private void resetPasswordCallback(Context ctx) {
    var callback = ctx.queryParam("callbackURL");
    if (callback == null || callback.isBlank() || callback.length() > MAX_URL) {
      throw new AuthApiException(400, "CALLBACK_URL_REQUIRED", "callbackURL is required");
    }
    callback = http.requireAllowedRedirect(callback, "callbackURL");
    var raw = ctx.pathParam("token");
    var valid =
        !raw.isEmpty()
            && raw.length() <= MAX_TOKEN
            && useCases.passwordReset().isResetTokenValid(new SecretToken(raw));
    http.redirect(
        ctx,
        AuthRequests.withQuery(callback, valid ? "token" : "error", valid ? raw : "INVALID_TOKEN"));
  }

  private void resetPassword(Context ctx) {
    http.limit(ctx, "password-reset", Option.none());
    var body = AuthBody.of(ctx, codec);
    var newPassword = body.requiredString("newPassword", MAX_TEXT);
    var token =
        body.optionalString("token", MAX_TOKEN)
            .orElse(Option.of(ctx.queryParam("token")))
            .filter(t -> !t.isEmpty() && t.length() <= MAX_TOKEN)
            .getOrElseThrow(
                () -> AuthErrors.of(IdentityError.of(IdentityError.Code.INVALID_TOKEN)));
    AuthRequests.orFail(
        useCases.passwordReset().resetPassword(new SecretToken(token), newPassword));
    ctx.json(new AuthJson.Status(true));
  }

  private void changePassword(Context ctx) {
    var active = http.requireSession(ctx);
    // a stolen session must not be a way to guess the current password at full speed
    http.limit(ctx, "change-password", Option.of("user:" + active.user().id().value()));
    var body = AuthBody.of(ctx, codec);
    var newPassword = body.requiredString("newPassword", MAX_TEXT);
    var currentPassword = body.requiredString("currentPassword", MAX_TEXT);
    var revokeOthers = body.optionalBoolean("revokeOtherSessions", false);
    var changed =
        AuthRequests.orFail(
            useCases
                .accountSettings()
                .changePassword(
                    active.user().id(),
                    currentPassword,
                    newPassword,
                    revokeOthers,
                    http.client(ctx)));
    changed.newSession().forEach(session -> http.issue(ctx, session, true));
    ctx.json(
        new AuthJson.Changed(
            changed.newSession().map(s -> s.token().value()).getOrNull(),
            AuthJson.UserJson.from(changed.user())));
  }
}
