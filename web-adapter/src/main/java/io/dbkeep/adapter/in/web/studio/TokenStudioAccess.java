package io.dbkeep.adapter.in.web.studio;

import io.dbkeep.adapter.in.web.cookie.CookieWriter;
import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Access by a random token: given once in the entry URL ({@code ?token=…}, then kept in an HttpOnly
 * SameSite=Strict cookie) or with every request as {@code Authorization: Bearer …}. Tokens are
 * compared in constant time and never logged.
 */
public final class TokenStudioAccess implements StudioAccess {

  static final String COOKIE = "dbkeep_studio";

  private final byte[] tokenDigest;
  private final String cookiePath;

  /**
   * @param token the access token (at least 16 characters)
   * @param basePath where the Studio is mounted, e.g. {@code /studio}
   */
  public TokenStudioAccess(String token, String basePath) {
    Objects.requireNonNull(token, "token");
    if (token.length() < 16) {
      throw new IllegalArgumentException("the access token is too short");
    }
    this.tokenDigest = digest(token);
    this.cookiePath = basePath;
  }

  /** A new random token: 32 bytes from a CSPRNG, base64url without padding. */
  public static String newToken() {
    var bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public Credential admit(Context ctx) {
    var authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      if (matches(authorization.substring(7).strip())) {
        return Credential.EXPLICIT;
      }
      throw new ApiException(unauthorized());
    }
    var cookie = ctx.cookie(COOKIE);
    if (cookie != null && matches(cookie)) {
      return Credential.AMBIENT;
    }
    throw new ApiException(unauthorized());
  }

  @Override
  public boolean enter(Context ctx) {
    var token = ctx.queryParam("token");
    if (token == null) {
      return false;
    }
    if (!matches(token)) {
      throw new ApiException(unauthorized());
    }
    CookieWriter.write(
        ctx,
        new CookieWriter.Cookie(
            COOKIE,
            token,
            cookiePath.isEmpty() ? "/" : cookiePath,
            Optional.empty(),
            CookieWriter.SameSite.STRICT,
            "https".equalsIgnoreCase(ctx.scheme())));
    ctx.header("Cache-Control", "no-store");
    ctx.redirect(withoutToken(ctx), HttpStatus.SEE_OTHER);
    return true;
  }

  /** The entry URL without its token, keeping the other query parameters (a shared view). */
  private String withoutToken(Context ctx) {
    var query = new StringBuilder();
    ctx.queryParamMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("token")) {
                for (var value : values) {
                  query
                      .append(query.length() == 0 ? "?" : "&")
                      .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                      .append('=')
                      .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
              }
            });
    return cookiePath + "/" + query;
  }

  private boolean matches(String candidate) {
    return MessageDigest.isEqual(tokenDigest, digest(candidate));
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  private static ApiError unauthorized() {
    return ApiError.of(
        401,
        "UNAUTHORIZED",
        "The Studio needs its access token: open the link that dbkeep studio printed, or send"
            + " Authorization: Bearer <token>");
  }
}
