package io.dbkeep.bootstrap.config;

import io.dbkeep.adapter.out.mail.MailSettings;
import io.dbkeep.adapter.out.oauth.OAuthProviderSettings;
import io.dbkeep.domain.user.Email;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything identity reads from the environment. See docs/configuration.md.
 *
 * @param secretGenerated the secret was not configured and was generated for this process (sessions
 *     then end with it)
 * @param mail the SMTP server, when {@code SMTP_HOST} is set
 */
public record IdentityConfig(
    URI baseUrl,
    String secret,
    boolean secretGenerated,
    boolean production,
    boolean guestMode,
    boolean registrationEnabled,
    boolean requireEmailVerification,
    Set<String> trustedOrigins,
    Set<Email> adminEmails,
    Optional<MailSettings> mail,
    List<OAuthProviderSettings> oauthProviders,
    Duration oauthTimeout,
    int rateLimit,
    Duration rateLimitWindow,
    boolean trustProxyHeaders) {

  /** The shortest secret accepted in production. */
  public static final int MIN_PRODUCTION_SECRET = 32;

  public IdentityConfig {
    trustedOrigins = Set.copyOf(trustedOrigins);
    adminEmails = Set.copyOf(adminEmails);
    oauthProviders = List.copyOf(oauthProviders);
  }

  /**
   * Reads the configuration.
   *
   * @param port the HTTP port, for the default {@code BASE_URL}
   * @throws ConfigurationException naming the first unusable variable
   */
  public static IdentityConfig from(Environment env, int port) {
    var production =
        env.text("DBKEEP_ENV")
            .map(v -> v.toLowerCase(Locale.ROOT).equals("production"))
            .orElse(false);
    var baseUrl =
        url(
            "BASE_URL",
            env.text("BASE_URL")
                .or(() -> env.text("BETTER_AUTH_URL"))
                .orElse("http://localhost:" + (port == 0 ? 8080 : port)));
    var configuredSecret = env.text("DBKEEP_SECRET").or(() -> env.text("BETTER_AUTH_SECRET"));
    if (production && configuredSecret.map(s -> s.length() < MIN_PRODUCTION_SECRET).orElse(true)) {
      throw new ConfigurationException(
          "DBKEEP_SECRET (or BETTER_AUTH_SECRET) must have at least "
              + MIN_PRODUCTION_SECRET
              + " characters when DBKEEP_ENV=production");
    }
    var secret = configuredSecret.orElseGet(IdentityConfig::randomSecret);
    var origins = new LinkedHashSet<String>();
    origins.add(origin("BASE_URL", baseUrl));
    for (var entry : list(env, "TRUSTED_ORIGINS")) {
      origins.add(origin("TRUSTED_ORIGINS", url("TRUSTED_ORIGINS", entry)));
    }
    var admins = new LinkedHashSet<Email>();
    for (var entry : list(env, "ADMIN_EMAILS")) {
      admins.add(
          Email.parse(entry)
              .getOrElseThrow(
                  () ->
                      new ConfigurationException(
                          "ADMIN_EMAILS has an entry that is not an email address: " + entry)));
    }
    var appName = env.text("APP_NAME", "DBKeep");
    Optional<MailSettings> mail =
        env.text("SMTP_HOST")
            .map(
                host ->
                    new MailSettings(
                        host,
                        env.integer("SMTP_PORT", 587, 1, 65_535),
                        env.text("SMTP_USER").orElse(null),
                        env.text("SMTP_PASSWORD").orElse(null),
                        env.flag("SMTP_SECURE", false),
                        env.text("EMAIL_FROM", appName + " <noreply@" + baseUrl.getHost() + ">"),
                        appName,
                        env.duration("SMTP_TIMEOUT", Duration.ofSeconds(10))));
    return new IdentityConfig(
        baseUrl,
        secret,
        configuredSecret.isEmpty(),
        production,
        env.flag("GUEST_MODE", false),
        env.flag("ENABLE_REGISTER", true),
        env.flag("REQUIRE_EMAIL_VERIFICATION", false),
        origins,
        admins,
        mail,
        providers(env),
        env.duration("OAUTH_TIMEOUT", Duration.ofSeconds(10)),
        env.integer("RATE_LIMIT_MAX", 10, 0, 1_000_000),
        env.duration("RATE_LIMIT_WINDOW", Duration.ofSeconds(60)),
        env.flag("TRUST_PROXY", false));
  }

  private static List<OAuthProviderSettings> providers(Environment env) {
    var providers = new ArrayList<OAuthProviderSettings>();
    pair(env, "GITHUB")
        .ifPresent(
            credentials -> {
              var github = OAuthProviderSettings.github(credentials[0], credentials[1]);
              var web = env.text("GITHUB_URL").map(u -> url("GITHUB_URL", u));
              var api = env.text("GITHUB_API_URL").map(u -> url("GITHUB_API_URL", u));
              providers.add(
                  new OAuthProviderSettings(
                      github.id(),
                      github.kind(),
                      github.clientId(),
                      github.clientSecret(),
                      web.orElse(github.location()),
                      api.orElse(github.apiLocation()),
                      github.scopes()));
            });
    pair(env, "GOOGLE")
        .ifPresent(
            credentials ->
                providers.add(OAuthProviderSettings.google(credentials[0], credentials[1])));
    env.text("OIDC_DISCOVERY_URL")
        .ifPresent(
            discovery ->
                providers.add(oidc(env, env.text("OIDC_PROVIDER_ID", "oidc"), "OIDC", discovery)));
    for (var id : list(env, "OIDC_PROVIDERS")) {
      var prefix = "OIDC_" + id.toUpperCase(Locale.ROOT).replace('-', '_');
      var discovery =
          env.text(prefix + "_DISCOVERY_URL")
              .orElseThrow(
                  () ->
                      new ConfigurationException(
                          "OIDC_PROVIDERS names "
                              + id
                              + " but "
                              + prefix
                              + "_DISCOVERY_URL is unset"));
      providers.add(oidc(env, id, prefix, discovery));
    }
    var ids = new LinkedHashSet<String>();
    for (var provider : providers) {
      if (!ids.add(provider.id())) {
        throw new ConfigurationException(
            "the OAuth provider " + provider.id() + " is configured twice");
      }
    }
    return providers;
  }

  private static OAuthProviderSettings oidc(
      Environment env, String id, String prefix, String discovery) {
    if (!id.matches("[a-z0-9][a-z0-9_-]{0,31}")) {
      throw new ConfigurationException(
          "OIDC provider ids are 1-32 lower-case letters, digits, '-' or '_', not \"" + id + "\"");
    }
    var clientId =
        env.text(prefix + "_CLIENT_ID")
            .orElseThrow(() -> new ConfigurationException(prefix + "_CLIENT_ID is unset"));
    var clientSecret =
        env.text(prefix + "_CLIENT_SECRET")
            .orElseThrow(() -> new ConfigurationException(prefix + "_CLIENT_SECRET is unset"));
    var base =
        OAuthProviderSettings.oidc(
            id, clientId, clientSecret, url(prefix + "_DISCOVERY_URL", discovery));
    var scopes = list(env, prefix + "_SCOPES");
    return scopes.isEmpty()
        ? base
        : new OAuthProviderSettings(
            base.id(), base.kind(), clientId, clientSecret, base.location(), null, scopes);
  }

  private static Optional<String[]> pair(Environment env, String name) {
    var id = env.text(name + "_CLIENT_ID");
    var secret = env.text(name + "_CLIENT_SECRET");
    if (id.isPresent() != secret.isPresent()) {
      throw new ConfigurationException(
          name + "_CLIENT_ID and " + name + "_CLIENT_SECRET must be set together");
    }
    return id.map(value -> new String[] {value, secret.get()});
  }

  private static List<String> list(Environment env, String name) {
    return env.text(name)
        .map(
            text ->
                java.util.Arrays.stream(text.split("[,\\s]+"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList())
        .orElse(List.of());
  }

  private static URI url(String name, String text) {
    try {
      var uri = new URI(text.strip());
      if (uri.getScheme() == null
          || !(uri.getScheme().equalsIgnoreCase("http")
              || uri.getScheme().equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new ConfigurationException(name + " must be an http(s) URL, not \"" + text + "\"");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConfigurationException(name + " must be an http(s) URL, not \"" + text + "\"");
    }
  }

  private static String origin(String name, URI uri) {
    var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    var port = uri.getPort();
    var defaultPort = scheme.equals("https") ? 443 : 80;
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (port == -1 || port == defaultPort ? "" : ":" + port);
  }

  private static String randomSecret() {
    var bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "IdentityConfig[baseUrl="
        + baseUrl
        + ", secret=****, guestMode="
        + guestMode
        + ", providers="
        + oauthProviders
        + "]";
  }
}
