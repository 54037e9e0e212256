package io.dbkeep.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.adapter.out.oauth.OAuthProviderSettings;
import io.dbkeep.domain.user.Email;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityConfigTest {

  @Test
  void defaultsKeepGuestsOutAndGenerateASecret() {
    var config = IdentityConfig.from(new Environment(Map.of()), 9000);

    assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost:9000"));
    assertThat(config.guestMode()).isFalse();
    assertThat(config.registrationEnabled()).isTrue();
    assertThat(config.requireEmailVerification()).isFalse();
    assertThat(config.secretGenerated()).isTrue();
    assertThat(config.secret()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(config.trustedOrigins()).containsExactly("http://localhost:9000");
    assertThat(config.mail()).isEmpty();
    assertThat(config.oauthProviders()).isEmpty();
    assertThat(config.rateLimit()).isEqualTo(10);
    assertThat(config.rateLimitWindow()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.toString()).doesNotContain(config.secret());
  }

  @Test
  void variablesAreRead() {
    var config =
        IdentityConfig.from(
            new Environment(
                Map.ofEntries(
                    Map.entry("BASE_URL", "https://DBKeep.example.com:443/app"),
                    Map.entry("BETTER_AUTH_SECRET", "s".repeat(40)),
                    Map.entry("GUEST_MODE", "true"),
                    Map.entry("ENABLE_REGISTER", "false"),
                    Map.entry("REQUIRE_EMAIL_VERIFICATION", "true"),
                    Map.entry("TRUSTED_ORIGINS", "https://a.example, http://b.example:8080"),
                    Map.entry("ADMIN_EMAILS", "Root@Example.com,ops@example.com"),
                    Map.entry("SMTP_HOST", "smtp.example.com"),
                    Map.entry("SMTP_SECURE", "true"),
                    Map.entry("SMTP_PORT", "465"),
                    Map.entry("GITHUB_CLIENT_ID", "gh"),
                    Map.entry("GITHUB_CLIENT_SECRET", "ghs"),
                    Map.entry("GOOGLE_CLIENT_ID", "go"),
                    Map.entry("GOOGLE_CLIENT_SECRET", "gos"),
                    Map.entry("OIDC_PROVIDERS", "keycloak"),
                    Map.entry(
                        "OIDC_KEYCLOAK_DISCOVERY_URL",
                        "https://kc.example/realms/x/.well-known/openid-configuration"),
                    Map.entry("OIDC_KEYCLOAK_CLIENT_ID", "kc"),
                    Map.entry("OIDC_KEYCLOAK_CLIENT_SECRET", "kcs"),
                    Map.entry("RATE_LIMIT_MAX", "3"),
                    Map.entry("RATE_LIMIT_WINDOW", "2m"))),
            8080);

    assertThat(config.secret()).isEqualTo("s".repeat(40));
    assertThat(config.secretGenerated()).isFalse();
    assertThat(config.guestMode()).isTrue();
    assertThat(config.registrationEnabled()).isFalse();
    assertThat(config.requireEmailVerification()).isTrue();
    assertThat(config.trustedOrigins())
        .containsExactlyInAnyOrder(
            "https://dbkeep.example.com", "https://a.example", "http://b.example:8080");
    assertThat(config.adminEmails())
        .containsExactlyInAnyOrder(new Email("root@example.com"), new Email("ops@example.com"));
    assertThat(config.mail().get().implicitTls()).isTrue();
    assertThat(config.mail().get().port()).isEqualTo(465);
    assertThat(config.mail().get().from()).isEqualTo("DBKeep <noreply@DBKeep.example.com>");
    assertThat(config.oauthProviders())
        .extracting(OAuthProviderSettings::id)
        .containsExactly("github", "google", "keycloak");
    assertThat(config.rateLimit()).isEqualTo(3);
    assertThat(config.rateLimitWindow()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void productionNeedsALongSecret() {
    assertThatThrownBy(
            () -> IdentityConfig.from(new Environment(Map.of("DBKEEP_ENV", "production")), 8080))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DBKEEP_SECRET");
    assertThatThrownBy(
            () ->
                IdentityConfig.from(
                    new Environment(
                        Map.of("DBKEEP_ENV", "production", "DBKEEP_SECRET", "short-secret")),
                    8080))
        .hasMessageContaining("32");
    assertThat(
            IdentityConfig.from(
                    new Environment(
                        Map.of("DBKEEP_ENV", "production", "DBKEEP_SECRET", "x".repeat(32))),
                    8080)
                .production())
        .isTrue();
  }

  @Test
  void badValuesNameTheVariable() {
    for (var bad :
        Map.of(
                "BASE_URL", "ftp://x",
                "TRUSTED_ORIGINS", "not a url",
                "ADMIN_EMAILS", "root",
                "GUEST_MODE", "maybe",
                "GITHUB_CLIENT_ID", "only-the-id",
                "OIDC_PROVIDERS", "keycloak")
            .entrySet()) {
      assertThatThrownBy(
              () ->
                  IdentityConfig.from(new Environment(Map.of(bad.getKey(), bad.getValue())), 8080))
          .as(bad.getKey())
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining(
              bad.getKey().startsWith("GITHUB") ? "GITHUB" : bad.getKey().split("_")[0]);
    }
  }
}
