package io.dbkeep.adapter.in.web.auth;

import io.dbkeep.adapter.in.web.cookie.CookieWriter;
import io.dbkeep.domain.identity.SecretToken;
import io.javalin.http.Context;
import io.vavr.control.Option;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The session token on the wire, as Better Auth carries it: the cookie {@code dbkeep.session_token}
 * ({@code __Secure-dbkeep.session_token} over https) whose value is {@code token.signature} — the
 * signature the base64 HMAC-SHA256 of the token under the secret — URL-encoded; or {@code
 * Authorization: Bearer} with that signed value or the bare token (the bearer plugin's behaviour).
 * Signatures are checked in constant time.
 */
final class SessionCookies {

  static final String BASE_NAME = "dbkeep.session_token";
  private static final String HMAC = "HmacSHA256";

  private final String name;
  private final boolean secure;
  private final SecretKeySpec key;

  /** How a token arrived. */
  enum Transport {
    COOKIE,
    BEARER
  }

  /** A token a request presented, and how. */
  record Presented(SecretToken token, Transport transport) {}

  SessionCookies(AuthSettings settings) {
    this.secure = settings.secureCookies();
    this.name = secure ? "__Secure-" + BASE_NAME : BASE_NAME;
    this.key = new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), HMAC);
  }

  String cookieName() {
    return name;
  }

  /** The token of the request: a valid bearer first, else a validly signed cookie. */
  Option<Presented> read(Context ctx) {
    if (presentsBearer(ctx)) {
      var bearer = decode(ctx.header("Authorization").substring(7).strip());
      if (!bearer.isEmpty()) {
        var token = bearer.contains(".") ? verify(bearer) : Option.of(bearer);
        return token
            .filter(SessionCookies::isPlausibleToken)
            .map(value -> new Presented(new SecretToken(value), Transport.BEARER));
      }
    }
    return cookie(ctx)
        .flatMap(value -> verify(decode(value)))
        .filter(SessionCookies::isPlausibleToken)
        .map(value -> new Presented(new SecretToken(value), Transport.COOKIE));
  }

  /** Whether the request carries an {@code Authorization: Bearer} header at all (valid or not). */
  static boolean presentsBearer(Context ctx) {
    var authorization = ctx.header("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  /** Whether the request carries our session cookie at all (signed validly or not). */
  boolean hasCookie(Context ctx) {
    return cookie(ctx).isDefined();
  }

  /** The signed, URL-encoded value a client gets (cookie value and {@code set-auth-token}). */
  String signedValue(SecretToken token) {
    return URLEncoder.encode(
        token.value() + "." + signature(token.value()), StandardCharsets.UTF_8);
  }

  /**
   * Sets the session cookie; {@code maxAge} none makes it a browser-session cookie ("remember me"
   * off).
   */
  void set(Context ctx, SecretToken token, Option<Duration> maxAge) {
    CookieWriter.write(ctx, cookie(signedValue(token), maxAge.toJavaOptional()));
  }

  /** Tells the browser to forget the session cookie. */
  void clear(Context ctx) {
    CookieWriter.write(ctx, cookie("", Optional.empty()).cleared());
  }

  private CookieWriter.Cookie cookie(String value, Optional<Duration> maxAge) {
    return new CookieWriter.Cookie(name, value, "/", maxAge, CookieWriter.SameSite.LAX, secure);
  }

  private Option<String> cookie(Context ctx) {
    var header = ctx.header("Cookie");
    if (header == null) {
      return Option.none();
    }
    for (var part : header.split(";")) {
      var pair = part.strip();
      var equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).strip().equals(name)) {
        var value = pair.substring(equals + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? Option.none() : Option.of(value);
      }
    }
    return Option.none();
  }

  /** The token of {@code token.signature} when the signature is right. */
  private Option<String> verify(String signed) {
    var dot = signed.lastIndexOf('.');
    if (dot < 1) {
      return Option.none();
    }
    var token = signed.substring(0, dot);
    var given = decodeSignature(signed.substring(dot + 1));
    if (given == null) {
      return Option.none();
    }
    return MessageDigest.isEqual(given, mac(token)) ? Option.of(token) : Option.none();
  }

  private String signature(String token) {
    return Base64.getEncoder().encodeToString(mac(token));
  }

  private byte[] mac(String token) {
    try {
      var mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is required by every Java runtime", e);
    }
  }

  /** Standard or URL-safe base64, padded or not; null when it is none of them. */
  private static byte[] decodeSignature(String text) {
    var normalised = text.replace('-', '+').replace('_', '/');
    while (normalised.length() % 4 != 0) {
      normalised += "=";
    }
    try {
      var bytes = Base64.getDecoder().decode(normalised);
      return bytes.length == 32 ? bytes : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static boolean isPlausibleToken(String token) {
    return !token.isEmpty() && token.length() <= 256;
  }
}
