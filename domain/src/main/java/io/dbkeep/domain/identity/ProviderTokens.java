package io.dbkeep.domain.identity;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/** The tokens an OAuth/OIDC provider issued at sign-in, kept on the linked {@link Account}. */
public record ProviderTokens(
    Option<String> accessToken,
    Option<String> refreshToken,
    Option<String> idToken,
    Option<Instant> accessTokenExpiresAt,
    Option<Instant> refreshTokenExpiresAt,
    Option<String> scope) {

  public ProviderTokens {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(idToken, "idToken");
    Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
    Objects.requireNonNull(refreshTokenExpiresAt, "refreshTokenExpiresAt");
    Objects.requireNonNull(scope, "scope");
  }

  public static ProviderTokens none() {
    return new ProviderTokens(
        Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
  }
}
