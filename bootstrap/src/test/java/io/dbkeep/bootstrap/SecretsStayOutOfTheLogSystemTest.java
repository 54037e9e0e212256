package io.dbkeep.bootstrap;

import static io.dbkeep.bootstrap.Browser.json;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.dbkeep.application.fake.OAuthUris;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.PostgresTestDatabase;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetAddress;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * No secret reaches the log: the real composition root, logging at DEBUG, boots with secrets in its
 * configuration (the database password in {@code DATABASE_URL}, {@code DBKEEP_SECRET}, the SMTP
 * password, the OIDC client secret, {@code METRICS_TOKEN}) and runs sign-up, sign-in (right and
 * wrong), the session cookie, password reset and e-mail verification by mailed link, change of
 * password, and an OpenID Connect sign-in; every line it logs (message, arguments, key-value pairs,
 * MDC, stack traces) is then searched for every secret those flows handled. The test's own SMTP and
 * OIDC servers are the outside world: their lines are not the server's.
 */
class SecretsStayOutOfTheLogSystemTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final String BASE = "http://app.test";
  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  /** The test's stand-ins for the outside world, whose lines are not the server's. */
  private static final List<String> OUTSIDE =
      List.of("com.icegreen.", "no.nav.security.", "io.netty.", "mockwebserver3.", "okhttp3.");

  /** Every secret the flows handled, by what it is. */
  private static final Map<String, String> SECRETS = new LinkedHashMap<>();

  private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();
  private static Logger root;
  private static Level rootLevel;
  private static Logger own;
  private static Level ownLevel;
  private static GreenMail mail;
  private static MockOAuth2Server idp;
  private static DbkeepServer server;

  @BeforeAll
  static void boot() throws Exception {
    root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    own = (Logger) LoggerFactory.getLogger("io.dbkeep");
    rootLevel = root.getLevel();
    ownLevel = own.getLevel();
    root.setLevel(Level.DEBUG);
    own.setLevel(Level.DEBUG);
    LOG.start();
    root.addAppender(LOG);

    SECRETS.put("DBKEEP_SECRET", "log-test-secret-0f3c9e27b1d84a6e9c5b2d7f");
    SECRETS.put("SMTP_PASSWORD", "smtp-pass-7d1e4c2a9b");
    SECRETS.put("OIDC client secret", "oidc-client-secret-5e8a1f3b");
    SECRETS.put("METRICS_TOKEN", "metrics-token-2b6d9e4f1a");
    var user = DATABASE.user() == null ? "postgres" : DATABASE.user();
    var databasePassword = DATABASE.password() == null ? "db-pass-9c4e1a7f3d" : DATABASE.password();
    SECRETS.put("database password", databasePassword);
    var databaseUrl =
        "postgresql://"
            + user
            + ":"
            + databasePassword
            + "@"
            + DATABASE.jdbcUrl().substring("jdbc:postgresql://".length());

    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    mail.setUser("mailer", SECRETS.get("SMTP_PASSWORD"));
    idp = new MockOAuth2Server();
    idp.start(InetAddress.getByName("127.0.0.1"), 0);

    var variables = new HashMap<String, String>();
    variables.put("DATABASE_URL", databaseUrl);
    variables.put("HOST", "127.0.0.1");
    variables.put("PORT", "0");
    variables.put("BASE_URL", BASE);
    variables.put("DBKEEP_SECRET", SECRETS.get("DBKEEP_SECRET"));
    variables.put("METRICS_TOKEN", SECRETS.get("METRICS_TOKEN"));
    variables.put("SMTP_HOST", "127.0.0.1");
    variables.put("SMTP_PORT", Integer.toString(mail.getSmtp().getPort()));
    variables.put("SMTP_USER", "mailer");
    variables.put("SMTP_PASSWORD", SECRETS.get("SMTP_PASSWORD"));
    variables.put("EMAIL_FROM", "DBKeep <noreply@app.test>");
    variables.put("OIDC_PROVIDERS", "acme");
    variables.put("OIDC_ACME_DISCOVERY_URL", idp.wellKnownUrl("acme").toString());
    variables.put("OIDC_ACME_CLIENT_ID", "dbkeep");
    variables.put("OIDC_ACME_CLIENT_SECRET", SECRETS.get("OIDC client secret"));
    variables.put("TRUST_PROXY", "true");
    variables.put("RATE_LIMIT_MAX", "0");
    var env = new Environment(variables);
    server =
        DbkeepServer.start(
            ServerConfig.from(env, null), IdentityConfig.from(env, 0), Clock.systemUTC());
  }

  @AfterAll
  static void shutDown() {
    try {
      if (server != null) {
        server.close();
      }
      if (idp != null) {
        idp.shutdown();
      }
      if (mail != null) {
        mail.stop();
      }
    } finally {
      root.detachAppender(LOG);
      root.setLevel(rootLevel);
      own.setLevel(ownLevel);
    }
  }

  @Test
  void noSecretOfTheIdentityFlowsOrTheConfigurationIsLogged() throws Exception {
    var email = "ada-logs@example.com";
    var browser = new Browser(server.port()).from("10.9.0.1").origin(BASE);

    // sign-up and the session it opens, as a bearer token and as the signed cookie
    SECRETS.put("sign-up password", "first password 4a7c1e");
    var signUp =
        browser.post("/api/auth/sign-up/email", credentials("Ada", email, "sign-up password"));
    assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(200);
    SECRETS.put("session token (sign-up)", json(signUp).get("token").asString());
    browser.cookies().forEach((name, value) -> SECRETS.put("cookie " + name, value));
    assertThat(browser.get("/api/auth/get-session").statusCode()).isEqualTo(200);

    // sign-in, wrong and right, and with an email nobody has
    SECRETS.put("wrong password", "wrong guess 8e2d5b");
    assertThat(signIn(email, SECRETS.get("wrong password")).statusCode()).isEqualTo(401);
    assertThat(signIn("nobody-logs@example.com", SECRETS.get("wrong password")).statusCode())
        .isEqualTo(401);
    var signIn = signIn(email, SECRETS.get("sign-up password"));
    assertThat(signIn.statusCode()).isEqualTo(200);
    SECRETS.put("session token (sign-in)", json(signIn).get("token").asString());
    var bearer =
        new Browser(server.port()).from("10.9.0.2").bearer(json(signIn).get("token").asString());
    assertThat(bearer.get("/api/auth/list-sessions").statusCode()).isEqualTo(200);

    // a password reset by the mailed link
    assertThat(
            browser
                .post(
                    "/api/auth/request-password-reset",
                    "{\"email\":\"" + email + "\",\"redirectTo\":\"/reset-password\"}")
                .statusCode())
        .isEqualTo(200);
    var resetLink = linkIn(awaitMail(email, "Reset"));
    var landing = browser.get(resetLink.replace(BASE, ""));
    var location = landing.headers().firstValue("Location").orElseThrow();
    var resetToken = location.substring(location.indexOf("token=") + 6);
    SECRETS.put("reset token", resetToken);
    SECRETS.put("reset password", "reset password 3f9a6c");
    var reset =
        browser.post(
            "/api/auth/reset-password",
            "{\"newPassword\":\""
                + SECRETS.get("reset password")
                + "\",\"token\":\""
                + resetToken
                + "\"}");
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    var afterReset = signIn(email, SECRETS.get("reset password"));
    assertThat(afterReset.statusCode()).isEqualTo(200);
    var session =
        new Browser(server.port())
            .from("10.9.0.3")
            .bearer(json(afterReset).get("token").asString());

    // e-mail verification by the mailed link
    assertThat(
            browser
                .post("/api/auth/send-verification-email", "{\"email\":\"" + email + "\"}")
                .statusCode())
        .isEqualTo(200);
    var verifyLink = linkIn(awaitMail(email, "Verify"));
    SECRETS.put("verification token", OAuthUris.query(URI.create(verifyLink)).get("token"));
    assertThat(browser.get(verifyLink.replace(BASE, "")).statusCode()).isEqualTo(302);

    // change of password, with the current one
    SECRETS.put("changed password", "changed password 6b1e8d");
    var change =
        session.post(
            "/api/auth/change-password",
            "{\"currentPassword\":\""
                + SECRETS.get("reset password")
                + "\",\"newPassword\":\""
                + SECRETS.get("changed password")
                + "\"}");
    assertThat(change.statusCode()).as(change.body()).isEqualTo(200);

    // a body that does not parse, with a password in it
    SECRETS.put("password in a malformed body", "malformed password 2c7e4a");
    assertThat(
            browser
                .post(
                    "/api/auth/sign-in/email",
                    "{\"email\":\""
                        + email
                        + "\",\"password\":\""
                        + SECRETS.get("password in a malformed body")
                        + "\"")
                .statusCode())
        .isEqualTo(400);

    // an OpenID Connect sign-in: state, code, and the tokens the provider issued
    oidcSignIn("oidc-logs@example.com");

    // metrics with their token
    assertThat(
            new Browser(server.port())
                .get("/metrics", "Authorization", "Bearer " + SECRETS.get("METRICS_TOKEN"))
                .statusCode())
        .isEqualTo(200);

    var lines = loggedLines();
    assertThat(lines).as("the server logged its flows").hasSizeGreaterThan(20);
    var leaks = new ArrayList<String>();
    SECRETS.forEach(
        (what, secret) ->
            lines.stream()
                .filter(line -> line.contains(secret))
                .findFirst()
                .ifPresent(line -> leaks.add(what + " in: " + line)));
    assertThat(leaks).isEmpty();
  }

  @Test
  void aSecretThatIsLoggedIsFound() {
    var planted = "planted-secret-" + System.nanoTime();
    LoggerFactory.getLogger("io.dbkeep.planted").debug("the token is {}", planted);

    assertThat(loggedLines()).anyMatch(line -> line.contains(planted));
  }

  private void oidcSignIn(String email) throws SQLException {
    idp.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "acme",
            "subject-logs",
            "JWT",
            List.of("dbkeep"),
            Map.of("email", email, "email_verified", true, "name", "From Acme"),
            3600));
    var client = new Browser(server.port()).from("10.9.0.4").origin(BASE);
    var start =
        client.post(
            "/api/auth/sign-in/social", "{\"provider\":\"acme\",\"callbackURL\":\"/projects\"}");
    assertThat(start.statusCode()).isEqualTo(200);
    var authorize = URI.create(json(start).get("url").asString());
    SECRETS.put("OAuth state", OAuthUris.query(authorize).get("state"));
    var atProvider = client.get(authorize.toString());
    var back = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
    SECRETS.put("OAuth code", OAuthUris.query(back).get("code"));
    client.cookies().forEach((name, value) -> SECRETS.put("OAuth cookie " + name, value));
    var callback = client.get(back.toString().replace(BASE, ""));
    assertThat(callback.statusCode()).isEqualTo(302);
    assertThat(callback.headers().firstValue("Location").orElseThrow())
        .startsWith(BASE + "/projects");
    client.cookies().forEach((name, value) -> SECRETS.put("OAuth session cookie " + name, value));
    try (var connection = DATABASE.connect();
        var result =
            connection
                .createStatement()
                .executeQuery(
                    "select access_token, id_token from account where provider_id = 'acme'")) {
      assertThat(result.next()).isTrue();
      SECRETS.put("provider access token", result.getString(1));
      SECRETS.put("provider ID token", result.getString(2));
    }
  }

  private static java.net.http.HttpResponse<String> signIn(String email, String password) {
    return new Browser(server.port())
        .from("10.9.0.5")
        .origin(BASE)
        .post(
            "/api/auth/sign-in/email",
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
  }

  private static String credentials(String name, String email, String secret) {
    return "{\"name\":\""
        + name
        + "\",\"email\":\""
        + email
        + "\",\"password\":\""
        + SECRETS.get(secret)
        + "\"}";
  }

  /** Every event the server logged, as one text each: message, arguments, MDC, pairs, trace. */
  private static List<String> loggedLines() {
    synchronized (LOG.list) {
      return LOG.list.stream()
          .filter(event -> OUTSIDE.stream().noneMatch(event.getLoggerName()::startsWith))
          .map(
              event ->
                  event.getLoggerName()
                      + " "
                      + event.getFormattedMessage()
                      + " "
                      + (event.getArgumentArray() == null
                          ? ""
                          : java.util.Arrays.deepToString(event.getArgumentArray()))
                      + " "
                      + event.getMDCPropertyMap()
                      + " "
                      + (event.getKeyValuePairs() == null ? "" : event.getKeyValuePairs())
                      + " "
                      + (event.getThrowableProxy() == null
                          ? ""
                          : ThrowableProxyUtil.asString(event.getThrowableProxy())))
          .toList();
    }
  }

  private static MimeMessage awaitMail(String recipient, String subjectStart) throws Exception {
    for (int i = 0; i < 200; i++) {
      for (var message : mail.getReceivedMessages()) {
        if (message.getAllRecipients()[0].toString().equals(recipient)
            && message.getSubject().startsWith(subjectStart)) {
          return message;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no mail '" + subjectStart + "…' to " + recipient);
  }

  private static String linkIn(MimeMessage message) throws Exception {
    var text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    var matcher = LINK.matcher(text);
    assertThat(matcher.find()).as("a link in " + text).isTrue();
    return matcher.group();
  }
}
