package io.dbkeep.domain.identity;

import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A way to sign in as a user: the password credential ({@code providerId} {@value
 * ProviderIds#CREDENTIAL}, with a password hash) or an identity at an OAuth/OIDC provider ({@code
 * providerId} such as {@code github}, {@code google} or a configured OIDC id; {@code accountId} is
 * the provider's subject), with the provider's tokens.
 *
 * <p>Immutable. Invariant: ({@code providerId}, {@code accountId}) identifies one account.
 */
public record Account(
    String id,
    String accountId,
    String providerId,
    UserId userId,
    Option<String> accessToken,
    Option<String> refreshToken,
    Option<String> idToken,
    Option<Instant> accessTokenExpiresAt,
    Option<Instant> refreshTokenExpiresAt,
    Option<String> scope,
    Option<PasswordHash> password,
    Instant createdAt,
    Instant updatedAt) {

  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(idToken, "idToken");
    Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
    Objects.requireNonNull(refreshTokenExpiresAt, "refreshTokenExpiresAt");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** The password credential of {@code userId}. */
  public static Account credential(String id, UserId userId, PasswordHash hash, Instant now) {
    return new Account(
        id,
        userId.value(),
        ProviderIds.CREDENTIAL,
        userId,
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.of(hash),
        now,
        now);
  }

  /** An identity at an external provider, linked to {@code userId}. */
  public static Account external(
      String id,
      String providerId,
      String subject,
      UserId userId,
      ProviderTokens tokens,
      Instant now) {
    return new Account(
        id,
        subject,
        providerId,
        userId,
        tokens.accessToken(),
        tokens.refreshToken(),
        tokens.idToken(),
        tokens.accessTokenExpiresAt(),
        tokens.refreshTokenExpiresAt(),
        tokens.scope(),
        Option.none(),
        now,
        now);
  }

  public boolean isCredential() {
    return ProviderIds.CREDENTIAL.equals(providerId);
  }

  public Account withPassword(PasswordHash hash, Instant now) {
    return new Account(
        id,
        accountId,
        providerId,
        userId,
        accessToken,
        refreshToken,
        idToken,
        accessTokenExpiresAt,
        refreshTokenExpiresAt,
        scope,
        Option.of(hash),
        createdAt,
        now);
  }

  public Account withTokens(ProviderTokens tokens, Instant now) {
    return new Account(
        id,
        accountId,
        providerId,
        userId,
        tokens.accessToken(),
        tokens.refreshToken().orElse(refreshToken),
        tokens.idToken(),
        tokens.accessTokenExpiresAt(),
        tokens.refreshTokenExpiresAt().orElse(refreshTokenExpiresAt),
        tokens.scope(),
        password,
        createdAt,
        now);
  }
}
