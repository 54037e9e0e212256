package io.dbkeep.bootstrap;

import static io.dbkeep.bootstrap.Browser.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.dbkeep.application.fake.MutableClock;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.PostgresTestDatabase;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.bouncycastle.crypto.generators.SCrypt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Identity end to end: the real composition root on real PostgreSQL, called over HTTP, with a real
 * SMTP server (GreenMail) and a real OpenID Connect provider (mock-oauth2-server) running in the
 * test, and a clock the test moves.
 */
class IdentitySystemTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  static final String BASE = "http://app.test";
  static final String SECRET = "a-test-secret-that-is-long-enough-for-production";
  private static final AtomicInteger IPS = new AtomicInteger(1);
  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  private static GreenMail mail;
  private static MockOAuth2Server idp;
  private static DbkeepServer server;
  private static DbkeepServer verifyingServer;

  private Browser browser;

  @BeforeAll
  static void boot() throws Exception {
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    idp = new MockOAuth2Server();
    idp.start(InetAddress.getByName("127.0.0.1"), 0);
    server = start(Map.of());
    verifyingServer = start(Map.of("REQUIRE_EMAIL_VERIFICATION", "true"));
  }

  static DbkeepServer start(Map<String, String> extra) {
    var variables = new HashMap<String, String>();
    variables.put("DATABASE_URL", DATABASE.databaseUrl());
    variables.put("HOST", "127.0.0.1");
    variables.put("PORT", "0");
    variables.put("BASE_URL", BASE);
    variables.put("DBKEEP_SECRET", SECRET);
    variables.put(
        "ADMIN_EMAILS",
        "admin@example.com,boss@example.com,acme-boss@example.com,acme-claimed@example.com");
    variables.put("SMTP_HOST", "127.0.0.1");
    variables.put("SMTP_PORT", Integer.toString(mail.getSmtp().getPort()));
    variables.put("EMAIL_FROM", "DBKeep <noreply@app.test>");
    variables.put("OIDC_PROVIDERS", "acme");
    variables.put("OIDC_ACME_DISCOVERY_URL", idp.wellKnownUrl("acme").toString());
    variables.put("OIDC_ACME_CLIENT_ID", "dbkeep");
    variables.put("OIDC_ACME_CLIENT_SECRET", "idp-secret");
    variables.put("TRUST_PROXY", "true");
    variables.putAll(extra);
    var env = new Environment(variables);
    return DbkeepServer.start(ServerConfig.from(env, null), IdentityConfig.from(env, 0), CLOCK);
  }

  @AfterAll
  static void shutDown() {
    server.close();
    verifyingServer.close();
    idp.shutdown();
    mail.stop();
  }

  @BeforeEach
  void newBrowser() {
    // every test comes from its own address, so the per-IP rate limit never couples them
    browser = client();
  }

  @Test
  void signUpGetSessionAndSignOutWithTheSignedCookie() throws Exception {
    var email = unique("ada");
    var signUp = signUp(browser, "Ada", email, "correct horse battery");

    assertThat(signUp.statusCode()).isEqualTo(200);
    var body = json(signUp);
    assertThat(body.get("user").get("email").asString()).isEqualTo(email);
    assertThat(body.get("user").get("role").asString()).isEqualTo("user");
    var token = body.get("token").asString();
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    var setCookie = signUp.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie)
        .startsWith("dbkeep.session_token=")
        .contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=604800")
        .doesNotContain("Secure");
    // the value is token.base64(HMAC-SHA256(secret, token)), URL-encoded, as Better Auth signs it
    var value =
        URLDecoder.decode(browser.cookies().get("dbkeep.session_token"), StandardCharsets.UTF_8);
    assertThat(value).isEqualTo(token + "." + hmac(token));
    assertThat(signUp.headers().firstValue("set-auth-token"))
        .contains(browser.cookies().get("dbkeep.session_token"));

    var session = json(browser.get("/api/auth/get-session"));
    assertThat(session.get("user").get("email").asString()).isEqualTo(email);
    assertThat(session.get("session").get("token").asString()).isEqualTo(token);

    browser.origin(BASE);
    assertThat(json(browser.post("/api/auth/sign-out", null)).get("success").asBoolean()).isTrue();
    assertThat(browser.cookies()).doesNotContainKey("dbkeep.session_token");
    browser.bearer(token);
    assertThat(browser.get("/api/auth/get-session").body()).isEqualTo("null");
  }

  @Test
  void theBearerTransportTakesTheSignedValueOrTheBareToken() {
    var email = unique("bea");
    signUp(browser, "Bea", email, "correct horse battery");
    var signIn = signIn(client(), email, "correct horse battery");
    var token = json(signIn).get("token").asString();
    var signed = signIn.headers().firstValue("set-auth-token").orElseThrow();

    for (var presented : new String[] {signed, token}) {
      var client = new Browser(server.port()).bearer(presented);
      assertThat(json(client.get("/api/auth/get-session")).get("user").get("email").asString())
          .isEqualTo(email);
      // bearer requests need no Origin: no browser sends them on its own
      assertThat(client.post("/api/projects", "{\"name\":\"Via bearer\"}").statusCode())
          .isEqualTo(201);
    }
    var forged = token + "." + Base64.getEncoder().encodeToString(new byte[32]);
    assertThat(new Browser(server.port()).bearer(forged).get("/api/auth/get-session").body())
        .isEqualTo("null");
  }

  @Test
  void anHtmlFormMaySignIn() {
    var email = unique("form");
    signUp(browser, "Form", email, "correct horse battery");
    browser.forgetCookies();

    var response =
        browser.send(
            "POST",
            "/api/auth/sign-in/email",
            "email="
                + email.replace("@", "%40")
                + "&password=correct+horse+battery&rememberMe=false",
            "Content-Type",
            "application/x-www-form-urlencoded");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Max-Age");
  }

  @Test
  void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
    var email = unique("cy");
    signUp(browser, "Cy", email, "correct horse battery");

    var unknown = signIn(browser, unique("nobody"), "correct horse battery");
    var wrong = signIn(browser, email, "wrong horse battery");

    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(unknown.body())
        .isEqualTo(wrong.body())
        .isEqualTo(
            "{\"code\":\"INVALID_EMAIL_OR_PASSWORD\",\"message\":\"Invalid email or password\"}");
  }

  @Test
  void signInsAreCountedInTheMetrics() {
    var email = unique("met");
    signUp(browser, "Met", email, "correct horse battery");
    signIn(browser, email, "wrong horse battery");
    signIn(browser, email, "correct horse battery");

    var metrics = browser.get("/metrics").body();

    assertThat(metrics)
        .containsPattern("dbkeep_sign_ins_total\\{outcome=\"success\"} [1-9]")
        .containsPattern("dbkeep_sign_ins_total\\{outcome=\"failure\"} [1-9]");
  }

  @Test
  void aPasswordHashedByTheOriginalSignsInAndIsRehashedToArgon2id() throws Exception {
    var email = unique("old");
    var id = "orig-" + UUID.randomUUID();
    var salt =
        HexFormat.of()
            .formatHex(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
    var key =
        SCrypt.generate(
            "mot de passe original".getBytes(StandardCharsets.UTF_8),
            salt.getBytes(StandardCharsets.UTF_8),
            16_384,
            16,
            1,
            64);
    sql(
        "insert into \"user\" (id, name, email, email_verified) values ('"
            + id
            + "', 'Old', '"
            + email
            + "', true);"
            + " insert into account (id, account_id, provider_id, user_id, password) values ('a-"
            + id
            + "', '"
            + id
            + "', 'credential', '"
            + id
            + "', '"
            + salt
            + ":"
            + HexFormat.of().formatHex(key)
            + "')");

    var signIn = signIn(browser, email, "mot de passe original");

    assertThat(signIn.statusCode()).isEqualTo(200);
    assertThat(json(signIn).get("user").get("id").asString()).isEqualTo(id);
    assertThat(queryOne("select password from account where user_id = '" + id + "'"))
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(signIn(browser, email, "mot de passe original").statusCode()).isEqualTo(200);
  }

  @Test
  void aPasswordResetByMailWorksOnceAndEndsEverySession() throws Exception {
    var email = unique("dee");
    var first = signUp(browser, "Dee", email, "correct horse battery");
    var oldToken = json(first).get("token").asString();

    var request =
        browser.post(
            "/api/auth/request-password-reset",
            "{\"email\":\"" + email + "\",\"redirectTo\":\"/reset-password\"}");
    assertThat(request.statusCode()).isEqualTo(200);
    assertThat(json(request).get("status").asBoolean()).isTrue();
    var nobody =
        browser.post("/api/auth/request-password-reset", "{\"email\":\"" + unique("x") + "\"}");
    assertThat(json(nobody).get("status").asBoolean()).isTrue();

    var message = awaitMail(email);
    assertThat(message.getSubject()).isEqualTo("Reset your DBKeep password");
    var link = linkIn(message);
    assertThat(link).startsWith(BASE + "/api/auth/reset-password/");
    var landing = browser.get(local(link));
    assertThat(landing.statusCode()).isEqualTo(302);
    var location = landing.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(BASE + "/reset-password?token=");
    var token = location.substring(location.indexOf("token=") + 6);

    var reset =
        browser.post(
            "/api/auth/reset-password",
            "{\"newPassword\":\"brand new password\",\"token\":\"" + token + "\"}");
    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(json(reset).get("status").asBoolean()).isTrue();
    var again =
        browser.post(
            "/api/auth/reset-password",
            "{\"newPassword\":\"another password\",\"token\":\"" + token + "\"}");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(json(again).get("code").asString()).isEqualTo("INVALID_TOKEN");
    assertThat(new Browser(server.port()).bearer(oldToken).get("/api/auth/get-session").body())
        .isEqualTo("null");
    assertThat(signIn(browser, email, "correct horse battery").statusCode()).isEqualTo(401);
    assertThat(signIn(browser, email, "brand new password").statusCode()).isEqualTo(200);
    var expiredLink = browser.get(local(link));
    assertThat(expiredLink.headers().firstValue("Location").orElseThrow())
        .isEqualTo(BASE + "/reset-password?error=INVALID_TOKEN");
  }

  @Test
  void whenVerificationIsRequiredSignInWaitsForTheMailedLink() throws Exception {
    var client = new Browser(verifyingServer.port()).from(ip()).origin(BASE);
    var email = unique("eve");

    var signUp = signUp(client, "Eve <b>", email, "correct horse battery");
    assertThat(signUp.statusCode()).isEqualTo(200);
    assertThat(json(signUp).get("token").isNull()).isTrue();
    assertThat(signUp.headers().firstValue("Set-Cookie")).isEmpty();
    var refused = signIn(client, email, "correct horse battery");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json(refused).get("code").asString()).isEqualTo("EMAIL_NOT_VERIFIED");

    var message = awaitMail(email);
    var html = (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
    assertThat(html).contains("Eve &lt;b&gt;").doesNotContain("Eve <b>");
    var verify =
        client.get(local(linkIn(message)).replace("callbackURL=%2F", "callbackURL=%2Fwelcome"));
    assertThat(verify.statusCode()).isEqualTo(302);
    assertThat(verify.headers().firstValue("Location")).contains(BASE + "/welcome");

    assertThat(signIn(client, email, "correct horse battery").statusCode()).isEqualTo(200);
  }

  @Test
  void anAdminEmailConfersTheRoleOnlyOnceItsOwnerFollowsTheMailedLink() throws Exception {
    var boss = client();

    var signUp = signUp(boss, "Boss", "boss@example.com", "correct horse battery");

    assertThat(json(signUp).get("user").get("role").asString()).isEqualTo("user");
    assertThat(boss.get("/api/auth/admin/list-users").statusCode()).isEqualTo(403);
    // a start promotes the configured addresses, but not one nobody has proven
    try (var restarted = start(Map.of())) {
      assertThat(role(new Browser(restarted.port()).from(ip()).bearer(token(signUp))))
          .isEqualTo("user");
    }
    assertThat(role(boss)).isEqualTo("user");

    var request =
        boss.post("/api/auth/send-verification-email", "{\"email\":\"boss@example.com\"}");
    assertThat(request.statusCode()).as(request.body()).isEqualTo(200);
    assertThat(boss.get(local(linkIn(awaitMail("boss@example.com")))).statusCode()).isEqualTo(302);

    assertThat(role(boss)).isEqualTo("admin");
    assertThat(boss.get("/api/auth/admin/list-users").statusCode()).isEqualTo(200);
  }

  @Test
  void aProviderConfersTheAdminRoleOnlyWhenItAssertsTheEmailIsVerified() throws Exception {
    var claimed = client();
    oidcSignIn(claimed, "sub-" + UUID.randomUUID(), "acme-claimed@example.com", false);
    assertThat(role(claimed)).isEqualTo("user");

    var asserted = client();
    oidcSignIn(asserted, "sub-" + UUID.randomUUID(), "acme-boss@example.com", true);
    assertThat(role(asserted)).isEqualTo("admin");
  }

  @Test
  void noRedirectOrReturnedUrlLeavesTheSiteWhateverItsSpelling() {
    var email = unique("red");
    signUp(browser, "Red", email, "correct horse battery");
    var hostile =
        java.util.List.of(
            "/\t/evil.example/x",
            "/\\evil.example",
            "//evil.example",
            "/%2F/evil.example",
            "\\\\evil.example",
            "https:evil.example",
            "javascript:alert(1)");
    for (var target : hostile) {
      var json = jsonString(target);
      var signIn =
          browser.post(
              "/api/auth/sign-in/email",
              "{\"email\":\""
                  + email
                  + "\",\"password\":\"correct horse battery\",\"callbackURL\":"
                  + json
                  + "}");
      assertThat(signIn.statusCode()).as(target + ": " + signIn.body()).isEqualTo(403);
      assertThat(json(signIn).get("code").asString()).isEqualTo("INVALID_CALLBACK_URL");
      var social =
          browser.post(
              "/api/auth/sign-in/social",
              "{\"provider\":\"acme\",\"errorCallbackURL\":" + json + "}");
      assertThat(social.statusCode()).as(target).isEqualTo(403);
      var encoded = java.net.URLEncoder.encode(target, StandardCharsets.UTF_8);
      var verify = browser.get("/api/auth/verify-email?token=x&callbackURL=" + encoded);
      assertThat(verify.statusCode()).as(target).isEqualTo(403);
      var reset = browser.get("/api/auth/reset-password/x?callbackURL=" + encoded);
      assertThat(reset.statusCode()).as(target).isEqualTo(403);
    }

    var fine =
        browser.post(
            "/api/auth/sign-in/email",
            "{\"email\":\""
                + email
                + "\",\"password\":\"correct horse battery\",\"callbackURL\":"
                + jsonString("/pro\tjects")
                + "}");
    assertThat(fine.statusCode()).isEqualTo(200);
    // handed back in the form a browser would read it, which is the form that was judged
    assertThat(json(fine).get("url").asString()).isEqualTo("/projects");
  }

  @Test
  void aBanEndsSessionsRefusesSignInAndAnExpiredBanLiftsItself() throws Exception {
    var admin = adminBrowser();
    var email = unique("fay");
    var fay = client();
    var userId =
        json(signUp(fay, "Fay", email, "correct horse battery")).get("user").get("id").asString();

    var ban =
        admin.post(
            "/api/auth/admin/ban-user",
            "{\"userId\":\"" + userId + "\",\"banReason\":\"spam\",\"banExpiresIn\":3600}");
    assertThat(ban.statusCode()).isEqualTo(200);
    assertThat(json(ban).get("user").get("banned").asBoolean()).isTrue();
    assertThat(json(ban).get("user").get("banReason").asString()).isEqualTo("spam");
    assertThat(fay.get("/api/auth/get-session").body()).isEqualTo("null");
    var refused = signIn(fay, email, "correct horse battery");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json(refused).get("code").asString()).isEqualTo("BANNED_USER");

    var unban = admin.post("/api/auth/admin/unban-user", "{\"userId\":\"" + userId + "\"}");
    assertThat(json(unban).get("user").get("banned").asBoolean()).isFalse();
    assertThat(signIn(fay, email, "correct horse battery").statusCode()).isEqualTo(200);

    admin.post("/api/auth/admin/ban-user", "{\"userId\":\"" + userId + "\",\"banExpiresIn\":60}");
    assertThat(signIn(fay, email, "correct horse battery").statusCode()).isEqualTo(403);
    CLOCK.advance(Duration.ofSeconds(61));
    var lifted = signIn(fay, email, "correct horse battery");
    assertThat(lifted.statusCode()).isEqualTo(200);
    assertThat(json(lifted).get("user").get("banned").asBoolean()).isFalse();
  }

  @Test
  void administratorsListAndRemoveUsersAndOthersMayNot() throws Exception {
    var admin = adminBrowser();
    var email = unique("gus");
    var gus = client();
    var userId =
        json(signUp(gus, "Gus", email, "correct horse battery")).get("user").get("id").asString();

    var list = admin.get("/api/auth/admin/list-users?searchValue=" + email + "&searchField=email");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(json(list).get("total").asLong()).isEqualTo(1);
    assertThat(json(list).get("users").get(0).get("id").asString()).isEqualTo(userId);
    var denied = gus.get("/api/auth/admin/list-users");
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(json(denied).get("code").asString()).isEqualTo("YOU_ARE_NOT_ALLOWED_TO_LIST_USERS");
    assertThat(
            json(admin.post(
                    "/api/auth/admin/list-user-sessions", "{\"userId\":\"" + userId + "\"}"))
                .get("sessions"))
        .hasSize(1);
    assertThat(
            admin
                .post(
                    "/api/auth/admin/set-role", "{\"userId\":\"" + userId + "\",\"role\":\"root\"}")
                .statusCode())
        .isEqualTo(400);

    var removed = admin.post("/api/auth/admin/remove-user", "{\"userId\":\"" + userId + "\"}");
    assertThat(json(removed).get("success").asBoolean()).isTrue();
    assertThat(gus.get("/api/auth/get-session").body()).isEqualTo("null");
    assertThat(signIn(gus, email, "correct horse battery").statusCode()).isEqualTo(401);
  }

  @Test
  void sessionsSlideAfterADayAndExpireAfterAWeekUnused() throws Exception {
    var email = unique("hal");
    signUp(browser, "Hal", email, "correct horse battery");
    var first = json(browser.get("/api/auth/get-session")).get("session");
    var sessionId = first.get("id").asString();

    CLOCK.advance(Duration.ofHours(12));
    var unchanged = browser.get("/api/auth/get-session");
    assertThat(unchanged.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(json(unchanged).get("session").get("expiresAt")).isEqualTo(first.get("expiresAt"));

    CLOCK.advance(Duration.ofHours(13));
    var renewed = browser.get("/api/auth/get-session");
    assertThat(renewed.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=604800");
    var newExpiry = Instant.parse(json(renewed).get("session").get("expiresAt").asString());
    assertThat(newExpiry).isAfter(Instant.parse(first.get("expiresAt").asString()));

    CLOCK.advance(Duration.ofDays(7).plusMinutes(1));
    var expired = browser.get("/api/auth/get-session");
    assertThat(expired.body()).isEqualTo("null");
    assertThat(expired.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
    assertThat(queryOne("select count(*) from session where id = '" + sessionId + "'"))
        .isEqualTo("0");
  }

  @Test
  void signInIsRateLimitedPerAddressAndPerEmail() {
    var email = unique("ivy");
    signUp(browser, "Ivy", email, "correct horse battery");
    var attacker = client();
    for (int i = 0; i < 10; i++) {
      assertThat(signIn(attacker, email, "wrong guess " + i).statusCode()).isEqualTo(401);
    }
    var limited = signIn(attacker, email, "wrong guess 11");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(json(limited).get("code").asString()).isEqualTo("TOO_MANY_REQUESTS");
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);

    // the email is limited too, whichever address asks
    var elsewhere = signIn(client(), email, "correct horse battery");
    assertThat(elsewhere.statusCode()).isEqualTo(429);
  }

  @Test
  void cookieAuthenticatedChangesMustComeFromATrustedOrigin() {
    signUp(browser, "Jo", unique("jo"), "correct horse battery");
    browser.origin(null);

    var noOrigin = browser.post("/api/projects", "{\"name\":\"Forged\"}");
    assertThat(noOrigin.statusCode()).isEqualTo(403);
    assertThat(json(noOrigin).get("error").get("code").asString()).isEqualTo("INVALID_ORIGIN");
    var evil =
        browser.post("/api/projects", "{\"name\":\"Forged\"}", "Origin", "https://evil.test");
    assertThat(evil.statusCode()).isEqualTo(403);
    var referer =
        browser.post("/api/projects", "{\"name\":\"Mine\"}", "Referer", BASE + "/projects");
    assertThat(referer.statusCode()).isEqualTo(201);
    assertThat(browser.get("/api/projects").statusCode()).isEqualTo(200);

    var loginCsrf =
        new Browser(server.port())
            .from(ip())
            .origin("https://evil.test")
            .post("/api/auth/sign-in/email", "{\"email\":\"a@b.co\",\"password\":\"12345678\"}");
    assertThat(loginCsrf.statusCode()).isEqualTo(403);
    assertThat(json(loginCsrf).get("code").asString()).isEqualTo("INVALID_ORIGIN");
  }

  @Test
  void badInputIsA400WithACodeNeverA500() {
    var cases =
        Map.of(
            "{\"name\":",
            "MALFORMED_JSON",
            "[1,2]",
            "BODY_MUST_BE_AN_OBJECT",
            "{\"email\":\"x@y.co\",\"password\":\"correct horse\"}",
            "VALIDATION_ERROR",
            "{\"name\":\"N\",\"email\":\"not an email\",\"password\":\"correct horse\"}",
            "INVALID_EMAIL",
            "{\"name\":\""
                + "n".repeat(5000)
                + "\",\"email\":\"x@y.co\",\"password\":\"correct horse\"}",
            "VALIDATION_ERROR",
            "{\"name\":\"N\",\"email\":\"x@y.co\",\"password\":\"short\"}",
            "PASSWORD_TOO_SHORT",
            "{\"name\":\"N\",\"email\":\"x@y.co\",\"password\":\"" + "p".repeat(129) + "\"}",
            "PASSWORD_TOO_LONG",
            "{\"name\":7,\"email\":\"x@y.co\",\"password\":\"correct horse\"}",
            "VALIDATION_ERROR");
    cases.forEach(
        (body, code) -> {
          var response = client().post("/api/auth/sign-up/email", body);
          assertThat(response.statusCode()).as(body).isEqualTo(400);
          assertThat(json(response).get("code").asString()).as(body).isEqualTo(code);
        });
    var email = unique("kim");
    signUp(browser, "Kim", email, "correct horse battery");
    var duplicate = signUp(client(), "Kim", email.toUpperCase(), "x horse battery");
    assertThat(duplicate.statusCode()).isEqualTo(422);
    assertThat(json(duplicate).get("code").asString())
        .isEqualTo("USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL");
  }

  @Test
  void anOidcSignInRunsTheAuthorizationCodeFlowWithPkceAndCreatesThenReusesTheUser()
      throws Exception {
    var email = unique("oidc");
    var first = oidcSignIn(browser, "sub-" + UUID.randomUUID(), email, true);
    assertThat(first.headers().firstValue("Location")).contains(BASE + "/projects");
    var session = json(browser.get("/api/auth/get-session"));
    assertThat(session.get("user").get("email").asString()).isEqualTo(email);
    assertThat(session.get("user").get("emailVerified").asBoolean()).isTrue();
    var userId = session.get("user").get("id").asString();

    var again = client();
    var subject = queryOne("select account_id from account where user_id = '" + userId + "'");
    oidcSignIn(again, subject, email, true);
    assertThat(json(again.get("/api/auth/get-session")).get("user").get("id").asString())
        .isEqualTo(userId);
  }

  @Test
  void anOidcIdentityLinksOnlyToAVerifiedAccountWithTheSameEmail() throws Exception {
    var email = unique("link");
    var owner = client();
    var userId =
        json(signUp(owner, "Lin", email, "correct horse battery")).get("user").get("id").asString();

    var refused = oidcSignIn(client(), "sub-" + UUID.randomUUID(), email, true);
    assertThat(refused.headers().firstValue("Location").orElseThrow())
        .isEqualTo(BASE + "/projects?error=account_not_linked");

    sql("update \"user\" set email_verified = true where id = '" + userId + "'");
    var linker = client();
    var linked = oidcSignIn(linker, "sub-" + UUID.randomUUID(), email, true);
    assertThat(linked.headers().firstValue("Location")).contains(BASE + "/projects");
    assertThat(json(linker.get("/api/auth/get-session")).get("user").get("id").asString())
        .isEqualTo(userId);
  }

  @Test
  void aCallbackWithAForeignStateIsRefused() {
    var start =
        browser
            .origin(BASE)
            .post(
                "/api/auth/sign-in/social",
                "{\"provider\":\"acme\",\"callbackURL\":\"/projects\"}");
    var state = query(URI.create(json(start).get("url").asString())).get("state");
    var stranger = client();

    var callback = stranger.get("/api/auth/callback/acme?code=whatever&state=" + state);

    assertThat(callback.statusCode()).isEqualTo(302);
    assertThat(callback.headers().firstValue("Location").orElseThrow())
        .isEqualTo(BASE + "/api/auth/error?error=state_mismatch");
    assertThat(browser.post("/api/auth/sign-in/social", "{\"provider\":\"nope\"}").statusCode())
        .isEqualTo(404);
    assertThat(
            browser
                .post(
                    "/api/auth/sign-in/social",
                    "{\"provider\":\"acme\",\"callbackURL\":\"https://evil.test/\"}")
                .statusCode())
        .isEqualTo(403);
  }

  private HttpResponse<String> oidcSignIn(
      Browser client, String subject, String email, boolean verified) {
    idp.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "acme",
            subject,
            "JWT",
            java.util.List.of("dbkeep"),
            Map.of("email", email, "email_verified", verified, "name", "From Acme"),
            3600));
    client.origin(BASE);
    var start =
        client.post(
            "/api/auth/sign-in/social", "{\"provider\":\"acme\",\"callbackURL\":\"/projects\"}");
    assertThat(start.statusCode()).isEqualTo(200);
    assertThat(json(start).get("redirect").asBoolean()).isTrue();
    var authorize = URI.create(json(start).get("url").asString());
    assertThat(query(authorize)).containsEntry("code_challenge_method", "S256");
    var atProvider = client.get(authorize.toString());
    assertThat(atProvider.statusCode()).isEqualTo(302);
    var back = atProvider.headers().firstValue("Location").orElseThrow();
    assertThat(back).startsWith(BASE + "/api/auth/callback/acme?");
    var callback = client.get(local(back));
    assertThat(callback.statusCode()).isEqualTo(302);
    return callback;
  }

  /** The configured administrator: signed up, then verified through the mailed link. */
  private Browser adminBrowser() throws Exception {
    var admin = client();
    var signIn = signIn(admin, "admin@example.com", "admin password 1");
    if (signIn.statusCode() != 200) {
      assertThat(signUp(admin, "Admin", "admin@example.com", "admin password 1").statusCode())
          .isEqualTo(200);
    }
    if (!role(admin).equals("admin")) {
      admin.post("/api/auth/send-verification-email", "{\"email\":\"admin@example.com\"}");
      admin.get(local(linkIn(awaitMail("admin@example.com"))));
    }
    assertThat(role(admin)).isEqualTo("admin");
    return admin;
  }

  private static String jsonString(String text) {
    var out = new StringBuilder("\"");
    for (var c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String role(Browser client) {
    return json(client.get("/api/auth/get-session")).get("user").get("role").asString();
  }

  private static String token(HttpResponse<String> signUpOrIn) {
    return json(signUpOrIn).get("token").asString();
  }

  static HttpResponse<String> signUp(Browser client, String name, String email, String password) {
    return client.post(
        "/api/auth/sign-up/email",
        "{\"name\":\""
            + name
            + "\",\"email\":\""
            + email
            + "\",\"password\":\""
            + password
            + "\"}");
  }

  static HttpResponse<String> signIn(Browser client, String email, String password) {
    return client.post(
        "/api/auth/sign-in/email",
        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  /** A browser on the app's origin, from an address of its own. */
  private static Browser client() {
    return new Browser(server.port()).from(ip()).origin(BASE);
  }

  private static String ip() {
    var n = IPS.getAndIncrement();
    return "10.1." + n / 250 + "." + n % 250;
  }

  private static String local(String link) {
    return link.replace(BASE, "");
  }

  private static Map<String, String> query(URI uri) {
    var values = new HashMap<String, String>();
    Arrays.stream(uri.getRawQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .forEach(p -> values.put(p[0], URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    return values;
  }

  private static String hmac(String token) throws Exception {
    var mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
  }

  private static MimeMessage awaitMail(String recipient) throws Exception {
    for (int i = 0; i < 100; i++) {
      for (var message : mail.getReceivedMessages()) {
        if (message.getAllRecipients()[0].toString().equals(recipient)) {
          return message;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no mail to " + recipient);
  }

  private static String linkIn(MimeMessage message) throws Exception {
    var text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    var matcher = LINK.matcher(text);
    assertThat(matcher.find()).as("a link in " + text).isTrue();
    return matcher.group();
  }

  private static void sql(String statements) throws SQLException {
    try (var connection = DATABASE.connect()) {
      connection.setAutoCommit(true);
      connection.createStatement().execute(statements);
    }
  }

  private static String queryOne(String sql) throws SQLException {
    try (var connection = DATABASE.connect();
        var result = connection.createStatement().executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }
}
