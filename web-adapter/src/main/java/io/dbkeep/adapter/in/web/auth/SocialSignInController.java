package io.dbkeep.adapter.in.web.auth;

import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_TEXT;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_TOKEN;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_URL;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.PREFIX;

import io.dbkeep.adapter.in.web.cookie.CookieWriter;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.SecretToken;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Option;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Social sign-in: the authorization request (state in a short-lived cookie, PKCE), the provider's
 * callback (GET or form POST) and the error page.
 */
final class SocialSignInController extends AuthConcern {

  private static final String STATE_COOKIE = "dbkeep.oauth_state";
  private static final Pattern PROVIDER = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
  private static final Pattern PROVIDER_ERROR = Pattern.compile("[a-z_]{1,64}");

  SocialSignInController(AuthRequests http) {
    super(http);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post(PREFIX + "/sign-in/social", this::signInSocial);
    routes.get(PREFIX + "/callback/{provider}", this::callback);
    routes.post(PREFIX + "/callback/{provider}", this::callback);
    routes.get(PREFIX + "/error", this::error);
  }

  private void signInSocial(Context ctx) {
    var body = AuthBody.of(ctx, codec);
    var provider = body.requiredString("provider", MAX_TEXT);
    if (!PROVIDER.matcher(provider).matches()) {
      throw AuthErrors.of(IdentityError.of(IdentityError.Code.PROVIDER_NOT_FOUND));
    }
    var callback = http.redirectTarget(body.optionalString("callbackURL", MAX_URL), "callbackURL");
    var errorCallback =
        http.redirectTarget(body.optionalString("errorCallbackURL", MAX_URL), "errorCallbackURL");
    var newUserCallback =
        http.redirectTarget(
            body.optionalString("newUserCallbackURL", MAX_URL), "newUserCallbackURL");
    var disableRedirect = body.optionalBoolean("disableRedirect", false);
    var started =
        AuthRequests.orFail(
            useCases
                .socialSignIn()
                .start(
                    provider,
                    callbackUri(provider),
                    callback.getOrElse("/"),
                    errorCallback,
                    newUserCallback));
    CookieWriter.write(ctx, stateCookie(started.state().value()));
    var url = started.authorizationUri().toString();
    if (!disableRedirect) {
      ctx.header("Location", url);
    }
    ctx.json(new AuthJson.Redirect(url, !disableRedirect));
  }

  private void callback(Context ctx) {
    var provider = ctx.pathParam("provider");
    var state = AuthRequests.param(ctx, "state");
    var fallback = settings.base() + PREFIX + "/error";
    clearStateCookie(ctx);
    if (!PROVIDER.matcher(provider).matches()
        || state.isEmpty()
        || state.get().length() > MAX_TOKEN) {
      http.redirect(ctx, AuthRequests.withQuery(fallback, "error", "state_mismatch"));
      return;
    }
    if (!stateCookieMatches(ctx, state.get())) {
      http.redirect(ctx, AuthRequests.withQuery(fallback, "error", "state_mismatch"));
      return;
    }
    var providerError = AuthRequests.param(ctx, "error");
    var code = AuthRequests.param(ctx, "code");
    if (providerError.isDefined() || code.isEmpty() || code.get().length() > MAX_TEXT * 4) {
      var reason =
          providerError.filter(e -> PROVIDER_ERROR.matcher(e).matches()).getOrElse("invalid_code");
      // Use the state up, so it cannot be replayed, and learn where to send the browser.
      var outcome =
          useCases
              .socialSignIn()
              .complete(
                  provider,
                  "",
                  new SecretToken(state.get()),
                  callbackUri(provider),
                  http.client(ctx));
      var target = outcome.isLeft() ? outcome.getLeft().redirectTo() : Option.<String>none();
      http.redirect(ctx, AuthRequests.withQuery(target.getOrElse(fallback), "error", reason));
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
                http.client(ctx));
    if (outcome.isLeft()) {
      http.redirect(
          ctx,
          AuthRequests.withQuery(
              outcome.getLeft().redirectTo().getOrElse(fallback),
              "error",
              AuthErrors.redirectCode(outcome.getLeft().error().code())));
      return;
    }
    http.issue(ctx, outcome.get().signedIn().session(), true);
    http.redirect(ctx, outcome.get().redirectTo());
  }

  private void error(Context ctx) {
    var code =
        Option.of(ctx.queryParam("error"))
            .filter(e -> PROVIDER_ERROR.matcher(e).matches())
            .getOrElse("unknown_error");
    ctx.status(400)
        .json(new AuthApiException.Body(code.toUpperCase(Locale.ROOT), "Sign-in failed: " + code));
  }

  private URI callbackUri(String provider) {
    return URI.create(settings.base() + PREFIX + "/callback/" + provider);
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
    CookieWriter.write(ctx, stateCookie("").cleared());
  }

  /** The OAuth state, for ten minutes, sent back only to the callback. */
  private CookieWriter.Cookie stateCookie(String state) {
    return new CookieWriter.Cookie(
        STATE_COOKIE,
        state,
        PREFIX + "/callback",
        Optional.of(Duration.ofMinutes(10)),
        CookieWriter.SameSite.LAX,
        settings.secureCookies());
  }
}
