package io.dbkeep.adapter.in.web.auth;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.application.port.in.identity.AuthenticateSessionQuery.ActiveSession;
import io.dbkeep.application.port.in.identity.SignInCommand;
import io.dbkeep.application.port.in.identity.SignUpCommand;
import io.dbkeep.application.port.in.identity.SignUpUseCase.StartedSession;
import io.dbkeep.domain.identity.ClientInfo;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.LinkTemplate;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.domain.user.UserQuery;
import io.dbkeep.json.JsonCodec;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code /api/auth/*}: Better Auth's HTTP contract (email and password, sessions, password reset,
 * email verification, social sign-in, the admin plugin, the bearer plugin's {@code
 * set-auth-token}), so clients written for it — including Better Auth's own JavaScript client —
 * work unchanged. Errors use Better Auth's shape {@code {"code","message"}}.
 */
final class AuthController implements WebRoutes {

  private static final String PREFIX = "/api/auth";
  private static final String STATE_COOKIE = "dbkeep.oauth_state";
  private static final int MAX_TEXT = 1_000;
  private static final int MAX_URL = 2_048;
  private static final int MAX_TOKEN = 512;
  private static final Pattern PROVIDER = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
  private static final Pattern PROVIDER_ERROR = Pattern.compile("[a-z_]{1,64}");

  private final AuthSettings settings;
  private final JsonCodec codec;
  private final IdentityUseCases useCases;
  private final RequestSessions sessions;
  private final SessionCookies cookies;
  private final OriginCheck origins;
  private final RateLimits limits;
  private final RedirectTargets targets;

  AuthController(
      AuthSettings settings,
      JsonCodec codec,
      IdentityUseCases useCases,
      RequestSessions sessions,
      OriginCheck origins,
      RateLimits limits) {
    this.settings = settings;
    this.codec = codec;
    this.useCases = useCases;
    this.sessions = sessions;
    this.cookies = sessions.cookies();
    this.origins = origins;
    this.limits = limits;
    this.targets = new RedirectTargets(settings.trustedOrigins());
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.exception(
        AuthApiException.class,
        (e, ctx) -> {
          if (e.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            ctx.header("X-Retry-After", Long.toString(e.retryAfterSeconds()));
          }
          ctx.status(e.status()).json(e.body());
        });
    routes.before(PREFIX + "/*", this::checkOrigin);
    routes.post(PREFIX + "/sign-up/email", this::signUp);
    routes.post(PREFIX + "/sign-in/email", this::signIn);
    routes.post(PREFIX + "/sign-out", this::signOut);
    routes.get(PREFIX + "/get-session", this::getSession);
    routes.post(PREFIX + "/request-password-reset", this::requestPasswordReset);
    routes.post(PREFIX + "/forget-password", this::requestPasswordReset);
    routes.get(PREFIX + "/reset-password/{token}", this::resetPasswordCallback);
    routes.post(PREFIX + "/reset-password", this::resetPassword);
    routes.get(PREFIX + "/verify-email", this::verifyEmail);
    routes.post(PREFIX + "/send-verification-email", this::sendVerificationEmail);
    routes.post(PREFIX + "/update-user", this::updateUser);
    routes.post(PREFIX + "/change-password", this::changePassword);
    routes.get(PREFIX + "/list-sessions", this::listSessions);
    routes.post(PREFIX + "/revoke-session", this::revokeSession);
    routes.post(PREFIX + "/revoke-other-sessions", this::revokeOtherSessions);
    routes.post(PREFIX + "/revoke-sessions", this::revokeSessions);
    routes.post(PREFIX + "/sign-in/social", this::signInSocial);
    routes.get(PREFIX + "/callback/{provider}", this::callback);
    routes.post(PREFIX + "/callback/{provider}", this::callback);
    routes.get(PREFIX + "/error", this::error);
    routes.get(PREFIX + "/ok", ctx -> ctx.json(new Ok(true)));
    routes.get(PREFIX + "/admin/list-users", this::listUsers);
    routes.post(PREFIX + "/admin/set-role", this::setRole);
    routes.post(PREFIX + "/admin/ban-user", this::banUser);
    routes.post(PREFIX + "/admin/unban-user", this::unbanUser);
    routes.post(PREFIX + "/admin/list-user-sessions", this::listUserSessions);
    routes.post(PREFIX + "/admin/revoke-user-sessions", this::revokeUserSessions);
    routes.post(PREFIX + "/admin/remove-user", this::removeUser);
  }

  /** {@code /ok}. */
  record Ok(boolean ok) {}

  // --- CSRF -----------------------------------------------------------------------------------

  /**
   * A state-changing auth request that carries our cookie, or names an origin (a browser), must
   * come from a trusted origin. The provider's form-post callback is exempt (it carries a state).
   */
  private void checkOrigin(Context ctx) {
    if (!OriginCheck.isStateChanging(ctx) || ctx.path().startsWith(PREFIX + "/callback/")) {
      return;
    }
    if ((cookies.hasCookie(ctx) || OriginCheck.namesAnOrigin(ctx))
        && !origins.comesFromTrustedOrigin(ctx)) {
      throw new AuthApiException(
          403,
          OriginCheck.namesAnOrigin(ctx) ? "INVALID_ORIGIN" : "MISSING_OR_NULL_ORIGIN",
          OriginCheck.namesAnOrigin(ctx) ? "Invalid origin" : "Missing or null Origin");
    }
  }

  // --- email and password ---------------------------------------------------------------------

  private void signUp(Context ctx) {
    var body = AuthBody.of(ctx, codec);
    var email = body.requiredString("email", MAX_TEXT);
    limit(ctx, "sign-up", Option.of(email));
    var name = body.requiredString("name", MAX_TEXT);
    var password = body.requiredString("password", MAX_TEXT);
    var image = body.optionalString("image", MAX_URL * 2);
    var callback = redirectTarget(body.optionalString("callbackURL", MAX_URL), "callbackURL");
    var rememberMe = body.optionalBoolean("rememberMe", true);
    var signedUp =
        orFail(
            useCases
                .signUp()
                .signUp(
                    new SignUpCommand(
                        name,
                        email,
                        password,
                        image,
                        rememberMe,
                        client(ctx),
                        verificationLink(callback.getOrElse("/")))));
    signedUp.session().forEach(session -> issue(ctx, session, rememberMe));
    ctx.json(
        new AuthJson.TokenAndUser(
            signedUp.session().map(s -> s.token().value()).getOrNull(),
            AuthJson.UserJson.from(signedUp.user())));
  }

  private void signIn(Context ctx) {
    var body = AuthBody.of(ctx, codec);
    var email = body.requiredString("email", MAX_TEXT);
    limit(ctx, "sign-in", Option.of(email));
    var password = body.requiredString("password", MAX_TEXT);
    var callback = redirectTarget(body.optionalString("callbackURL", MAX_URL), "callbackURL");
    var rememberMe = body.optionalBoolean("rememberMe", true);
    var signedIn =
        orFail(
            useCases.signIn().signIn(new SignInCommand(email, password, rememberMe, client(ctx))));
    issue(ctx, signedIn.session(), rememberMe);
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

  // --- password reset -------------------------------------------------------------------------

  private void requestPasswordReset(Context ctx) {
    var body = AuthBody.of(ctx, codec);
    var email = body.requiredString("email", MAX_TEXT);
    limit(ctx, "password-reset", Option.of(email));
    if (Email.parse(email).isEmpty()) {
      throw AuthErrors.of(IdentityError.of(IdentityError.Code.INVALID_EMAIL));
    }
    var redirectTo = redirectTarget(body.optionalString("redirectTo", MAX_URL), "redirectTo");
    useCases
        .passwordReset()
        .requestPasswordReset(
            email,
            new LinkTemplate(
                settings.base() + PREFIX + "/reset-password/",
                "?callbackURL=" + encode(redirectTo.getOrElse(""))));
    ctx.json(
        new AuthJson.StatusMessage(
            true, "If this email exists in our system, check your email for the reset link"));
  }

  private void resetPasswordCallback(Context ctx) {
    var callback = ctx.queryParam("callbackURL");
    if (callback == null || callback.isBlank() || callback.length() > MAX_URL) {
      throw new AuthApiException(400, "CALLBACK_URL_REQUIRED", "callbackURL is required");
    }
    callback = requireAllowedRedirect(callback, "callbackURL");
    var raw = ctx.pathParam("token");
    var valid =
        !raw.isEmpty()
            && raw.length() <= MAX_TOKEN
            && useCases.passwordReset().isResetTokenValid(new SecretToken(raw));
    redirect(ctx, withQuery(callback, valid ? "token" : "error", valid ? raw : "INVALID_TOKEN"));
  }

  private void resetPassword(Context ctx) {
    limit(ctx, "password-reset", Option.none());
    var body = AuthBody.of(ctx, codec);
    var newPassword = body.requiredString("newPassword", MAX_TEXT);
    var token =
        body.optionalString("token", MAX_TOKEN)
            .orElse(Option.of(ctx.queryParam("token")))
            .filter(t -> !t.isEmpty() && t.length() <= MAX_TOKEN)
            .getOrElseThrow(
                () -> AuthErrors.of(IdentityError.of(IdentityError.Code.INVALID_TOKEN)));
    orFail(useCases.passwordReset().resetPassword(new SecretToken(token), newPassword));
    ctx.json(new AuthJson.Status(true));
  }

  // --- email verification ---------------------------------------------------------------------

  private void verifyEmail(Context ctx) {
    var callback = redirectTarget(Option.of(ctx.queryParam("callbackURL")), "callbackURL");
    var raw = ctx.queryParam("token");
    Either<IdentityError, io.dbkeep.domain.user.User> verified =
        raw == null || raw.isEmpty() || raw.length() > MAX_TOKEN
            ? Either.left(IdentityError.of(IdentityError.Code.INVALID_TOKEN))
            : useCases.emailVerification().verifyEmail(new SecretToken(raw));
    if (callback.isDefined()) {
      redirect(
          ctx,
          verified.isRight()
              ? callback.get()
              : withQuery(callback.get(), "error", "invalid_token"));
      return;
    }
    if (verified.isLeft()) {
      throw new AuthApiException(401, "INVALID_TOKEN", verified.getLeft().message());
    }
    ctx.json(new AuthJson.Verified(true, null));
  }

  private void sendVerificationEmail(Context ctx) {
    var body = AuthBody.of(ctx, codec);
    var current = optionalSession(ctx);
    var email =
        body.optionalString("email", MAX_TEXT)
            .orElse(current.map(a -> a.user().email().value()))
            .getOrElseThrow(() -> AuthErrors.invalid("email is required"));
    limit(ctx, "verification-mail", Option.of(email));
    if (Email.parse(email).isEmpty()) {
      throw AuthErrors.of(IdentityError.of(IdentityError.Code.INVALID_EMAIL));
    }
    if (current.isDefined()
        && current.get().user().email().value().equals(Email.parse(email).get().value())
        && current.get().user().emailVerified()) {
      throw AuthErrors.of(IdentityError.of(IdentityError.Code.EMAIL_ALREADY_VERIFIED));
    }
    var callback = redirectTarget(body.optionalString("callbackURL", MAX_URL), "callbackURL");
    useCases
        .emailVerification()
        .sendVerificationEmail(email, verificationLink(callback.getOrElse("/")));
    ctx.json(new AuthJson.Status(true));
  }

  // --- the signed-in user's account -----------------------------------------------------------

  private void updateUser(Context ctx) {
    var active = requireSession(ctx);
    var body = AuthBody.of(ctx, codec);
    if (body.has("email")) {
      throw AuthErrors.of(IdentityError.of(IdentityError.Code.EMAIL_CAN_NOT_BE_UPDATED));
    }
    var name = body.optionalString("name", MAX_TEXT);
    var image = body.nullableString("image", MAX_URL * 2);
    if (name.isEmpty() && image.isEmpty()) {
      throw AuthErrors.invalid("No fields to update");
    }
    orFail(useCases.accountSettings().updateUser(active.user().id(), name, image));
    sessions.forget(ctx);
    ctx.json(new AuthJson.Status(true));
  }

  private void changePassword(Context ctx) {
    var active = requireSession(ctx);
    var body = AuthBody.of(ctx, codec);
    var newPassword = body.requiredString("newPassword", MAX_TEXT);
    var currentPassword = body.requiredString("currentPassword", MAX_TEXT);
    var revokeOthers = body.optionalBoolean("revokeOtherSessions", false);
    var changed =
        orFail(
            useCases
                .accountSettings()
                .changePassword(
                    active.user().id(), currentPassword, newPassword, revokeOthers, client(ctx)));
    changed.newSession().forEach(session -> issue(ctx, session, true));
    ctx.json(
        new AuthJson.Changed(
            changed.newSession().map(s -> s.token().value()).getOrNull(),
            AuthJson.UserJson.from(changed.user())));
  }

  private void listSessions(Context ctx) {
    var active = requireSession(ctx);
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
    var active = requireSession(ctx);
    var token = AuthBody.of(ctx, codec).requiredString("token", MAX_TOKEN);
    var current = sessions.resolve(ctx).presented().get().token().value();
    orFail(useCases.sessions().revokeSession(active.user().id(), token));
    if (token.equals(current) || token.equals(active.session().id())) {
      cookies.clear(ctx);
    }
    ctx.json(new AuthJson.Status(true));
  }

  private void revokeOtherSessions(Context ctx) {
    var active = requireSession(ctx);
    useCases.sessions().revokeOtherSessions(active.user().id(), active.session().id());
    ctx.json(new AuthJson.Status(true));
  }

  private void revokeSessions(Context ctx) {
    var active = requireSession(ctx);
    useCases.sessions().revokeAllSessions(active.user().id());
    cookies.clear(ctx);
    ctx.json(new AuthJson.Status(true));
  }

  // --- social sign-in -------------------------------------------------------------------------

  private void signInSocial(Context ctx) {
    var body = AuthBody.of(ctx, codec);
    var provider = body.requiredString("provider", MAX_TEXT);
    if (!PROVIDER.matcher(provider).matches()) {
      throw AuthErrors.of(IdentityError.of(IdentityError.Code.PROVIDER_NOT_FOUND));
    }
    var callback = redirectTarget(body.optionalString("callbackURL", MAX_URL), "callbackURL");
    var errorCallback =
        redirectTarget(body.optionalString("errorCallbackURL", MAX_URL), "errorCallbackURL");
    var newUserCallback =
        redirectTarget(body.optionalString("newUserCallbackURL", MAX_URL), "newUserCallbackURL");
    var disableRedirect = body.optionalBoolean("disableRedirect", false);
    var started =
        orFail(
            useCases
                .socialSignIn()
                .start(
                    provider,
                    callbackUri(provider),
                    callback.getOrElse("/"),
                    errorCallback,
                    newUserCallback));
    ctx.res()
        .addHeader(
            "Set-Cookie",
            STATE_COOKIE
                + "="
                + started.state().value()
                + "; Max-Age=600; Path="
                + PREFIX
                + "/callback; HttpOnly; SameSite=Lax"
                + (settings.secureCookies() ? "; Secure" : ""));
    var url = started.authorizationUri().toString();
    if (!disableRedirect) {
      ctx.header("Location", url);
    }
    ctx.json(new AuthJson.Redirect(url, !disableRedirect));
  }

  private void callback(Context ctx) {
    var provider = ctx.pathParam("provider");
    var state = param(ctx, "state");
    var fallback = settings.base() + PREFIX + "/error";
    clearStateCookie(ctx);
    if (!PROVIDER.matcher(provider).matches()
        || state.isEmpty()
        || state.get().length() > MAX_TOKEN) {
      redirect(ctx, withQuery(fallback, "error", "state_mismatch"));
      return;
    }
    if (!stateCookieMatches(ctx, state.get())) {
      redirect(ctx, withQuery(fallback, "error", "state_mismatch"));
      return;
    }
    var providerError = param(ctx, "error");
    var code = param(ctx, "code");
    if (providerError.isDefined() || code.isEmpty() || code.get().length() > MAX_TEXT * 4) {
      var reason =
          providerError.filter(e -> PROVIDER_ERROR.matcher(e).matches()).getOrElse("invalid_code");
      // Use the state up, so it cannot be replayed, and learn where to send the browser.
      var outcome =
          useCases
              .socialSignIn()
              .complete(
                  provider, "", new SecretToken(state.get()), callbackUri(provider), client(ctx));
      var target = outcome.isLeft() ? outcome.getLeft().redirectTo() : Option.<String>none();
      redirect(ctx, withQuery(target.getOrElse(fallback), "error", reason));
      return;
    }
    var outcome =
        useCases
            .socialSignIn()
            .complete(
                provider,
                code.get(),
                new SecretToken(state.get()),
                callbackUri(provider),
                client(ctx));
    if (outcome.isLeft()) {
      redirect(
          ctx,
          withQuery(
              outcome.getLeft().redirectTo().getOrElse(fallback),
              "error",
              AuthErrors.redirectCode(outcome.getLeft().error().code())));
      return;
    }
    issue(ctx, outcome.get().signedIn().session(), true);
    redirect(ctx, outcome.get().redirectTo());
  }

  private void error(Context ctx) {
    var code =
        Option.of(ctx.queryParam("error"))
            .filter(e -> PROVIDER_ERROR.matcher(e).matches())
            .getOrElse("unknown_error");
    ctx.status(400)
        .json(new AuthApiException.Body(code.toUpperCase(Locale.ROOT), "Sign-in failed: " + code));
  }

  // --- administration -------------------------------------------------------------------------

  private void listUsers(Context ctx) {
    var active = requireSession(ctx);
    var query = userQuery(ctx);
    var page =
        orFail(
            useCases.administration().listUsers(active.user().id(), query),
            "YOU_ARE_NOT_ALLOWED_TO_LIST_USERS",
            "You are not allowed to list users");
    ctx.json(
        new AuthJson.UserList(
            page.users().stream().map(AuthJson.UserJson::from).toList(),
            page.total(),
            query.limit(),
            query.offset()));
  }

  private void setRole(Context ctx) {
    var active = requireSession(ctx);
    var body = AuthBody.of(ctx, codec);
    var target = userId(body);
    var roleText = body.requiredString("role", MAX_TEXT);
    var role =
        Role.parse(roleText)
            .getOrElseThrow(
                () ->
                    new AuthApiException(
                        400,
                        "YOU_ARE_NOT_ALLOWED_TO_SET_NON_EXISTENT_VALUE",
                        "role must be user or admin"));
    var user =
        orFail(
            useCases.administration().setRole(active.user().id(), target, role),
            "YOU_ARE_NOT_ALLOWED_TO_CHANGE_USERS_ROLE",
            "You are not allowed to change users role");
    ctx.json(new AuthJson.OneUser(AuthJson.UserJson.from(user)));
  }

  private void banUser(Context ctx) {
    var active = requireSession(ctx);
    var body = AuthBody.of(ctx, codec);
    var target = userId(body);
    var reason = body.optionalString("banReason", 500);
    var expiresIn =
        body.optionalWholeNumber("banExpiresIn", 1, 100L * 365 * 24 * 3600)
            .map(Duration::ofSeconds);
    var user =
        orFail(
            useCases.administration().banUser(active.user().id(), target, reason, expiresIn),
            "YOU_ARE_NOT_ALLOWED_TO_BAN_USERS",
            "You are not allowed to ban users");
    ctx.json(new AuthJson.OneUser(AuthJson.UserJson.from(user)));
  }

  private void unbanUser(Context ctx) {
    var active = requireSession(ctx);
    var target = userId(AuthBody.of(ctx, codec));
    var user =
        orFail(
            useCases.administration().unbanUser(active.user().id(), target),
            "YOU_ARE_NOT_ALLOWED_TO_BAN_USERS",
            "You are not allowed to ban users");
    ctx.json(new AuthJson.OneUser(AuthJson.UserJson.from(user)));
  }

  private void listUserSessions(Context ctx) {
    var active = requireSession(ctx);
    var target = userId(AuthBody.of(ctx, codec));
    var found =
        orFail(
            useCases.administration().listUserSessions(active.user().id(), target),
            "YOU_ARE_NOT_ALLOWED_TO_LIST_USERS_SESSIONS",
            "You are not allowed to list users sessions");
    ctx.json(
        new AuthJson.SessionList(
            found.stream().map(s -> AuthJson.SessionJson.from(s, s.id())).toList()));
  }

  private void revokeUserSessions(Context ctx) {
    var active = requireSession(ctx);
    var target = userId(AuthBody.of(ctx, codec));
    orFail(
        useCases.administration().revokeUserSessions(active.user().id(), target),
        "YOU_ARE_NOT_ALLOWED_TO_REVOKE_USERS_SESSIONS",
        "You are not allowed to revoke users sessions");
    ctx.json(new AuthJson.Success(true));
  }

  private void removeUser(Context ctx) {
    var active = requireSession(ctx);
    var target = userId(AuthBody.of(ctx, codec));
    orFail(
        useCases.administration().removeUser(active.user().id(), target),
        "YOU_ARE_NOT_ALLOWED_TO_DELETE_USERS",
        "You are not allowed to delete users");
    ctx.json(new AuthJson.Success(true));
  }

  private UserQuery userQuery(Context ctx) {
    var search = Option.of(ctx.queryParam("searchValue")).filter(v -> !v.isEmpty());
    if (search.exists(v -> v.length() > MAX_TEXT)) {
      throw AuthErrors.invalid("searchValue must be at most " + MAX_TEXT + " characters");
    }
    var field =
        choice(ctx, "searchField", "email", UserQuery.Field.EMAIL, "name", UserQuery.Field.NAME);
    var operator =
        switch (Option.of(ctx.queryParam("searchOperator")).getOrElse("contains")) {
          case "contains" -> UserQuery.Operator.CONTAINS;
          case "starts_with" -> UserQuery.Operator.STARTS_WITH;
          case "ends_with" -> UserQuery.Operator.ENDS_WITH;
          default ->
              throw AuthErrors.invalid("searchOperator must be contains, starts_with or ends_with");
        };
    var sortBy =
        switch (Option.of(ctx.queryParam("sortBy")).getOrElse("createdAt")) {
          case "createdAt" -> UserQuery.Field.CREATED_AT;
          case "email" -> UserQuery.Field.EMAIL;
          case "name" -> UserQuery.Field.NAME;
          default -> throw AuthErrors.invalid("sortBy must be createdAt, email or name");
        };
    var descending =
        switch (Option.of(ctx.queryParam("sortDirection")).getOrElse("asc")) {
          case "asc" -> false;
          case "desc" -> true;
          default -> throw AuthErrors.invalid("sortDirection must be asc or desc");
        };
    var limit = number(ctx, "limit", 100, 1, UserQuery.MAX_LIMIT);
    var offset = number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    return new UserQuery(search, field, operator, sortBy, descending, limit, offset);
  }

  private static UserQuery.Field choice(
      Context ctx, String name, String a, UserQuery.Field fa, String b, UserQuery.Field fb) {
    var value = Option.of(ctx.queryParam(name)).getOrElse(a);
    if (value.equals(a)) {
      return fa;
    }
    if (value.equals(b)) {
      return fb;
    }
    throw AuthErrors.invalid(name + " must be " + a + " or " + b);
  }

  private static int number(Context ctx, String name, int fallback, int min, int max) {
    var raw = ctx.queryParam(name);
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    try {
      var value = Integer.parseInt(raw);
      if (value < min || value > max) {
        throw AuthErrors.invalid(name + " must be from " + min + " to " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw AuthErrors.invalid(name + " must be a whole number");
    }
  }

  private static UserId userId(AuthBody body) {
    var raw = body.requiredString("userId", 255);
    if (raw.isBlank()) {
      throw AuthErrors.invalid("userId must not be blank");
    }
    return new UserId(raw);
  }

  // --- shared ---------------------------------------------------------------------------------

  /** The caller's session; 401 without one, 403 for a banned user. */
  private ActiveSession requireSession(Context ctx) {
    var resolved = sessions.resolve(ctx);
    if (resolved.session().isLeft()) {
      throw AuthErrors.of(resolved.session().getLeft());
    }
    return resolved.session().get().getOrElseThrow(AuthErrors::unauthorized);
  }

  private Option<ActiveSession> optionalSession(Context ctx) {
    var resolved = sessions.resolve(ctx);
    return resolved.session().isLeft() ? Option.none() : resolved.session().get();
  }

  /** Hands a new session to the client: the signed cookie and the bearer plugin's header. */
  private void issue(Context ctx, StartedSession session, boolean rememberMe) {
    var lifetime = Duration.between(session.session().createdAt(), session.session().expiresAt());
    cookies.set(ctx, session.token(), rememberMe ? Option.of(lifetime) : Option.none());
    ctx.header("set-auth-token", cookies.signedValue(session.token()));
    ctx.header("Access-Control-Expose-Headers", "set-auth-token");
    sessions.forget(ctx);
  }

  private void limit(Context ctx, String group, Option<String> email) {
    var wait = limits.tryConsume(group + ":ip:" + clientIp(ctx));
    if (wait == 0 && email.isDefined()) {
      wait = limits.tryConsume(group + ":email:" + email.get().strip().toLowerCase(Locale.ROOT));
    }
    if (wait > 0) {
      throw new AuthApiException(
          429, "TOO_MANY_REQUESTS", "Too many requests. Please try again later.", wait);
    }
  }

  private ClientInfo client(Context ctx) {
    return new ClientInfo(Option.of(clientIp(ctx)), Option.of(ctx.header("User-Agent")));
  }

  private String clientIp(Context ctx) {
    if (settings.trustProxyHeaders()) {
      var forwarded = ctx.header("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        var hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return ctx.ip();
  }

  /** The target in the normalised form judged safe; none when absent or empty; 403 otherwise. */
  private Option<String> redirectTarget(Option<String> url, String field) {
    return url.filter(u -> !u.isEmpty()).map(u -> requireAllowedRedirect(u, field));
  }

  private String requireAllowedRedirect(String url, String field) {
    return targets
        .normalise(url)
        .getOrElseThrow(
            () ->
                new AuthApiException(
                    403,
                    "INVALID_" + field.replace("URL", "_URL").toUpperCase(Locale.ROOT),
                    "Invalid " + field));
  }

  private LinkTemplate verificationLink(String callback) {
    return new LinkTemplate(
        settings.base() + PREFIX + "/verify-email?token=", "&callbackURL=" + encode(callback));
  }

  private URI callbackUri(String provider) {
    return URI.create(settings.base() + PREFIX + "/callback/" + provider);
  }

  /** A 302 to {@code target}, judged once more here: anything refused goes to the site's root. */
  private void redirect(Context ctx, String target) {
    var allowed = targets.normalise(target).getOrElse("/");
    var absolute = allowed.startsWith("/") ? settings.base() + allowed : allowed;
    ctx.status(302).header("Location", absolute);
  }

  private static String withQuery(String url, String name, String value) {
    var hash = url.indexOf('#');
    var base = hash < 0 ? url : url.substring(0, hash);
    var fragment = hash < 0 ? "" : url.substring(hash);
    return base + (base.contains("?") ? "&" : "?") + name + "=" + encode(value) + fragment;
  }

  private static Option<String> param(Context ctx, String name) {
    var value = ctx.queryParam(name);
    if (value == null && ctx.method().name().equals("POST")) {
      value = ctx.formParam(name);
    }
    return Option.of(value).filter(v -> !v.isEmpty());
  }

  private boolean stateCookieMatches(Context ctx, String state) {
    var header = ctx.header("Cookie");
    if (header == null) {
      return false;
    }
    for (var part : header.split(";")) {
      var pair = part.strip();
      if (pair.startsWith(STATE_COOKIE + "=")) {
        return MessageDigest.isEqual(
            pair.substring(STATE_COOKIE.length() + 1).getBytes(StandardCharsets.UTF_8),
            state.getBytes(StandardCharsets.UTF_8));
      }
    }
    return false;
  }

  private void clearStateCookie(Context ctx) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            STATE_COOKIE
                + "=; Max-Age=0; Path="
                + PREFIX
                + "/callback; HttpOnly; SameSite=Lax"
                + (settings.secureCookies() ? "; Secure" : ""));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static <T> T orFail(Either<IdentityError, T> result) {
    return result.getOrElseThrow(AuthErrors::of);
  }

  private static <T> T orFail(
      Either<IdentityError, T> result, String notAllowedCode, String notAllowedMessage) {
    return result.getOrElseThrow(error -> AuthErrors.of(error, notAllowedCode, notAllowedMessage));
  }
}
