package io.dbkeep.adapter.in.web.auth;

import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_TEXT;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_TOKEN;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_URL;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.PREFIX;

import io.dbkeep.application.port.in.identity.SignInCommand;
import io.dbkeep.application.port.in.identity.SignUpCommand;
import io.dbkeep.domain.identity.IdentityError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Option;

/**
 * Sessions: sign-up and sign-in by email and password, sign-out, the current session, the signed-in
 * user's name and picture, listing and revoking sessions.
 */
final class SessionController extends AuthConcern {

  SessionController(AuthRequests http) {
    super(http);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post(PREFIX + "/sign-up/email", this::signUp);
    routes.post(PREFIX + "/sign-in/email", this::signIn);
    routes.post(PREFIX + "/sign-out", this::signOut);
    routes.get(PREFIX + "/get-session", this::getSession);
    routes.post(PREFIX + "/update-user", this::updateUser);
    routes.get(PREFIX + "/list-sessions", this::listSessions);
    routes.post(PREFIX + "/revoke-session", this::revokeSession);
    routes.post(PREFIX + "/revoke-other-sessions", this::revokeOtherSessions);
    routes.post(PREFIX + "/revoke-sessions", this::revokeSessions);
  }

  private void signUp(Context ctx) {
    var body = AuthBody.of(ctx, codec);
    var email = body.requiredString("email", MAX_TEXT);
    http.limit(ctx, "sign-up", Option.of(AuthRequests.normalisedEmail(email)));
    var name = body.requiredString("name", MAX_TEXT);
    var password = body.requiredString("password", MAX_TEXT);
    var image = body.optionalString("image", MAX_URL * 2);
    var callback = http.redirectTarget(body.optionalString("callbackURL", MAX_URL), "callbackURL");
    var rememberMe = body.optionalBoolean("rememberMe", true);
    var signedUp =
        AuthRequests.orFail(
            useCases
                .signUp()
                .signUp(
                    new SignUpCommand(
                        name,
                        email,
                        password,
                        image,
                        rememberMe,
                        http.client(ctx),
                        http.verificationLink(callback.getOrElse("/")))));
    signedUp.session().forEach(session -> http.issue(ctx, session, rememberMe));
    ctx.json(
        new AuthJson.TokenAndUser(
            signedUp.session().map(s -> s.token().value()).getOrNull(),
            AuthJson.UserJson.from(signedUp.user())));
  }

  private void signIn(Context ctx) {
    var body = AuthBody.of(ctx, codec);
    var email = body.requiredString("email", MAX_TEXT);
    // keyed on the email *and* the client: guessing from one address cannot lock the owner out
    http.limit(
        ctx, "sign-in", Option.of(AuthRequests.normalisedEmail(email) + "@" + http.clientIp(ctx)));
    var password = body.requiredString("password", MAX_TEXT);
    var callback = http.redirectTarget(body.optionalString("callbackURL", MAX_URL), "callbackURL");
    var rememberMe = body.optionalBoolean("rememberMe", true);
    var signedIn =
        AuthRequests.orFail(
            useCases
                .signIn()
                .signIn(new SignInCommand(email, password, rememberMe, http.client(ctx))));
    http.issue(ctx, signedIn.session(), rememberMe);
    callback.forEach(url -> ctx.header("Location", url));
    ctx.json(
        new AuthJson.SignedIn(
            callback.isDefined(),
            signedIn.session().token().value(),
            callback.getOrNull(),
            AuthJson.UserJson.from(signedIn.user())));
  }

  private void signOut(Context ctx) {
    sessions.resolve(ctx).presented().forEach(p -> useCases.sessions().signOut(p.token()));
    cookies.clear(ctx);
    sessions.forget(ctx);
    ctx.json(new AuthJson.Success(true));
  }

  private void getSession(Context ctx) {
    var resolved = sessions.resolve(ctx);
    if (resolved.session().isLeft() || resolved.session().get().isEmpty()) {
      ctx.contentType("application/json").result("null");
      return;
    }
    var active = resolved.session().get().get();
    ctx.json(
        new AuthJson.SessionAndUser(
            AuthJson.SessionJson.from(active.session(), resolved.presented().get().token().value()),
            AuthJson.UserJson.from(active.user())));
  }

  private void updateUser(Context ctx) {
    var active = http.requireSession(ctx);
    var body = AuthBody.of(ctx, codec);
    if (body.has("email")) {
      throw AuthErrors.of(IdentityError.of(IdentityError.Code.EMAIL_CAN_NOT_BE_UPDATED));
    }
    var name = body.optionalString("name", MAX_TEXT);
    var image = body.nullableString("image", MAX_URL * 2);
    if (name.isEmpty() && image.isEmpty()) {
      throw AuthErrors.invalid("No fields to update");
    }
    AuthRequests.orFail(useCases.accountSettings().updateUser(active.user().id(), name, image));
    sessions.forget(ctx);
    ctx.json(new AuthJson.Status(true));
  }

  private void listSessions(Context ctx) {
    var active = http.requireSession(ctx);
    var currentToken = sessions.resolve(ctx).presented().get().token().value();
    ctx.json(
        useCases.sessions().listSessions(active.user().id()).stream()
            .map(
                session ->
                    AuthJson.SessionJson.from(
                        session,
                        session.id().equals(active.session().id()) ? currentToken : session.id()))
            .toList());
  }

  private void revokeSession(Context ctx) {
    var active = http.requireSession(ctx);
    var token = AuthBody.of(ctx, codec).requiredString("token", MAX_TOKEN);
    var current = sessions.resolve(ctx).presented().get().token().value();
    AuthRequests.orFail(useCases.sessions().revokeSession(active.user().id(), token));
    if (token.equals(current) || token.equals(active.session().id())) {
      cookies.clear(ctx);
    }
    ctx.json(new AuthJson.Status(true));
  }

  private void revokeOtherSessions(Context ctx) {
    var active = http.requireSession(ctx);
    useCases.sessions().revokeOtherSessions(active.user().id(), active.session().id());
    ctx.json(new AuthJson.Status(true));
  }

  private void revokeSessions(Context ctx) {
    var active = http.requireSession(ctx);
    useCases.sessions().revokeAllSessions(active.user().id());
    cookies.clear(ctx);
    ctx.json(new AuthJson.Status(true));
  }
}
