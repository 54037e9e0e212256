package io.dbkeep.adapter.in.web.cookie;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place a {@code Set-Cookie} header is built and written (a test fails when another class
 * writes one). Every cookie is {@code HttpOnly}; names and values are checked so that no caller can
 * smuggle an attribute or a second header into one.
 */
public final class CookieWriter {

  /** The {@code SameSite} attribute. */
  public enum SameSite {
    LAX("Lax"),
    STRICT("Strict");

    private final String text;

    SameSite(String text) {
      this.text = text;
    }
  }

  /**
   * A cookie to set.
   *
   * @param name token characters only
   * @param value cookie-octets only (no space, quote, comma, semicolon, backslash or control)
   * @param path the {@code Path} attribute, starting with {@code /}
   * @param maxAge none for a browser-session cookie
   * @param sameSite the {@code SameSite} attribute
   * @param secure whether to add {@code Secure}
   */
  public record Cookie(
      String name,
      String value,
      String path,
      Optional<Duration> maxAge,
      SameSite sameSite,
      boolean secure) {

    public Cookie {
      Objects.requireNonNull(maxAge, "maxAge");
      Objects.requireNonNull(sameSite, "sameSite");
      if (name == null || name.isEmpty() || !name.chars().allMatch(CookieWriter::isTokenChar)) {
        throw new IllegalArgumentException("a cookie name must be a non-empty token");
      }
      if (value == null || !value.chars().allMatch(CookieWriter::isCookieOctet)) {
        throw new IllegalArgumentException("a cookie value must consist of cookie-octets");
      }
      if (path == null
          || !path.startsWith("/")
          || !path.chars().allMatch(CookieWriter::isPathChar)) {
        throw new IllegalArgumentException(
            "a cookie path must start with / and hold no ; or control");
      }
    }

    /** The same cookie, expired at once (the browser forgets it). */
    public Cookie cleared() {
      return new Cookie(name, "", path, Optional.of(Duration.ZERO), sameSite, secure);
    }

    /** The header value. */
    public String header() {
      var text = new StringBuilder(name).append('=').append(value);
      maxAge.ifPresent(age -> text.append("; Max-Age=").append(Math.max(0, age.toSeconds())));
      text.append("; Path=").append(path).append("; HttpOnly; SameSite=").append(sameSite.text);
      if (secure) {
        text.append("; Secure");
      }
      return text.toString();
    }
  }

  private CookieWriter() {}

  /** Adds {@code cookie} to the response (beside any other cookie set in the same response). */
  public static void write(Context ctx, Cookie cookie) {
    ctx.res().addHeader("Set-Cookie", cookie.header());
  }

  private static boolean isTokenChar(int c) {
    return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
  }

  private static boolean isCookieOctet(int c) {
    return c == 0x21
        || (c >= 0x23 && c <= 0x2b)
        || (c >= 0x2d && c <= 0x3a)
        || (c >= 0x3c && c <= 0x5b)
        || (c >= 0x5d && c <= 0x7e);
  }

  private static boolean isPathChar(int c) {
    return c >= 0x20 && c < 0x7f && c != ';';
  }
}
