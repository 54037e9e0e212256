package io.dbkeep.adapter.in.web.auth;

import io.dbkeep.application.port.in.identity.AuthenticateSessionQuery.ActiveSession;
import io.dbkeep.application.port.in.identity.SignUpUseCase.StartedSession;
import io.dbkeep.application.port.in.ratelimit.RateLimitUseCase;
import io.dbkeep.domain.identity.ClientInfo;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.LinkTemplate;
import io.dbkeep.json.JsonCodec;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * What every {@code /api/auth} controller shares, in one place: the caller's session, handing out a
 * new session (through {@link SessionCookies}, the one cookie writer's user), rate limits, the
 * client's address, redirect targets and redirects, links for mails, and turning refusals into
 * Better Auth's error answers.
 */
final class AuthRequests {

  static final String PREFIX = "/api/auth";
  static final int MAX_TEXT = 1_000;
  static final int MAX_URL = 2_048;
  static final int MAX_TOKEN = 512;

  final AuthSettings settings;
  final JsonCodec codec;
  final IdentityUseCases useCases;
  final RequestSessions sessions;
  final SessionCookies cookies;
  private final RateLimitUseCase limits;
  private final RedirectTargets targets;

  AuthRequests(
      AuthSettings settings,
      JsonCodec codec,
      IdentityUseCases useCases,
      RequestSessions sessions,
      RateLimitUseCase limits) {
    this.settings = settings;
    this.codec = codec;
    this.useCases = useCases;
    this.sessions = sessions;
    this.cookies = sessions.cookies();
    this.limits = limits;
    this.targets = new RedirectTargets(settings.trustedOrigins());
  }

  /** The caller's session; 401 without one, 403 for a banned user. */
  ActiveSession requireSession(Context ctx) {
    var resolved = sessions.resolve(ctx);
    if (resolved.session().isLeft()) {
      throw AuthErrors.of(resolved.session().getLeft());
    }
    return resolved.session().get().getOrElseThrow(AuthErrors::unauthorized);
  }

  Option<ActiveSession> optionalSession(Context ctx) {
    var resolved = sessions.resolve(ctx);
    return resolved.session().isLeft() ? Option.none() : resolved.session().get();
  }

  /** Hands a new session to the client: the signed cookie and the bearer plugin's header. */
  void issue(Context ctx, StartedSession session, boolean rememberMe) {
    var lifetime = Duration.between(session.session().createdAt(), session.session().expiresAt());
    cookies.set(ctx, session.token(), rememberMe ? Option.of(lifetime) : Option.none());
    ctx.header("set-auth-token", cookies.signedValue(session.token()));
    ctx.header("Access-Control-Expose-Headers", "set-auth-token");
    sessions.forget(ctx);
  }

  /**
   * Takes one request from the client address's bucket of {@code group} and, when given, from the
   * bucket of {@code subject} (an email, an email at a client address, an account); 429 when either
   * is empty.
   */
  void limit(Context ctx, String group, Option<String> subject) {
    var wait = limits.tryAcquire(group + ":ip:" + clientIp(ctx));
    if (wait.isZero() && subject.isDefined()) {
      wait = limits.tryAcquire(group + ":of:" + subject.get());
    }
    if (!wait.isZero()) {
      var seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
      throw new AuthApiException(
          429, "TOO_MANY_REQUESTS", "Too many requests. Please try again later.", seconds);
    }
  }

  static String normalisedEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  ClientInfo client(Context ctx) {
    return new ClientInfo(Option.of(clientIp(ctx)), Option.of(ctx.header("User-Agent")));
  }

  String clientIp(Context ctx) {
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
  Option<String> redirectTarget(Option<String> url, String field) {
    return url.filter(u -> !u.isEmpty()).map(u -> requireAllowedRedirect(u, field));
  }

  String requireAllowedRedirect(String url, String field) {
    return targets
        .normalise(url)
        .getOrElseThrow(
            () ->
                new AuthApiException(
                    403,
                    "INVALID_" + field.replace("URL", "_URL").toUpperCase(Locale.ROOT),
                    "Invalid " + field));
  }

  LinkTemplate verificationLink(String callback) {
    return new LinkTemplate(
        settings.base() + PREFIX + "/verify-email?token=", "&callbackURL=" + encode(callback));
  }

  /** A 302 to {@code target}, judged once more here: anything refused goes to the site's root. */
  void redirect(Context ctx, String target) {
    var allowed = targets.normalise(target).getOrElse("/");
    var absolute = allowed.startsWith("/") ? settings.base() + allowed : allowed;
    ctx.status(302).header("Location", absolute);
  }

  static String withQuery(String url, String name, String value) {
    var hash = url.indexOf('#');
    var base = hash < 0 ? url : url.substring(0, hash);
    var fragment = hash < 0 ? "" : url.substring(hash);
    return base + (base.contains("?") ? "&" : "?") + name + "=" + encode(value) + fragment;
  }

  static Option<String> param(Context ctx, String name) {
    var value = ctx.queryParam(name);
    if (value == null && ctx.method().name().equals("POST")) {
      value = ctx.formParam(name);
    }
    return Option.of(value).filter(v -> !v.isEmpty());
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static <T> T orFail(Either<IdentityError, T> result) {
    return result.getOrElseThrow(AuthErrors::of);
  }

  static <T> T orFail(
      Either<IdentityError, T> result, String notAllowedCode, String notAllowedMessage) {
    return result.getOrElseThrow(error -> AuthErrors.of(error, notAllowedCode, notAllowedMessage));
  }
}
