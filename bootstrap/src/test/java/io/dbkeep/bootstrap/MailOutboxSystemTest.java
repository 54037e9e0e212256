package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.dbkeep.application.fake.MutableClock;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Identity mails leave through the persisted outbox: the request thread only queues them, so a
 * request takes the same time whether or not the address has an account, and a queued mail survives
 * a restart. The real composition root, PostgreSQL and an SMTP server (GreenMail).
 */
class MailOutboxSystemTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final String BASE = "http://app.test";
  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  private static GreenMail mail;

  @BeforeAll
  static void startMail() {
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  @AfterAll
  static void stopMail() {
    mail.stop();
  }

  private static DbkeepServer start(int smtpPort, Map<String, String> extra) {
    var variables = new HashMap<String, String>();
    variables.put("DATABASE_URL", DATABASE.databaseUrl());
    variables.put("HOST", "127.0.0.1");
    variables.put("PORT", "0");
    variables.put("BASE_URL", BASE);
    variables.put("DBKEEP_SECRET", "a-test-secret-that-is-long-enough-for-production");
    variables.put("SMTP_HOST", "127.0.0.1");
    variables.put("SMTP_PORT", Integer.toString(smtpPort));
    variables.put("EMAIL_FROM", "DBKeep <noreply@app.test>");
    variables.put("RATE_LIMIT_MAX", "0");
    variables.putAll(extra);
    var env = new Environment(variables);
    return DbkeepServer.start(ServerConfig.from(env, null), IdentityConfig.from(env, 0), CLOCK);
  }

  @Test
  void aQueuedMailSurvivesARestartAndArrivesOnceSmtpAnswers() throws Exception {
    int deadPort;
    try (var socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    var email = "restart-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    try (var server = start(deadPort, Map.of())) {
      var client = new Browser(server.port()).origin(BASE);
      assertThat(signUp(client, email).statusCode()).isEqualTo(200);
      var request =
          client.post("/api/auth/request-password-reset", "{\"email\":\"" + email + "\"}");
      assertThat(request.statusCode()).isEqualTo(200);
      // the worker tries, SMTP refuses, the request waits for a later attempt
      awaitTrue(() -> count("attempts > 0 and last_error is not null") == 1);
    }
    assertThat(count("recipient = '" + email + "'")).as("still queued after the stop").isEqualTo(1);

    try (var restarted = start(mail.getSmtp().getPort(), Map.of())) {
      CLOCK.advance(Duration.ofMinutes(1));
      awaitTrue(() -> Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> sentTo(m, email)));
      awaitTrue(() -> count("true") == 0);
    }
    assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> sentTo(m, email)).count())
        .isEqualTo(1);
  }

  @Test
  void passwordResetAndSignUpTakeTheSameTimeWhetherOrNotTheAccountExists() throws Exception {
    try (var server =
        start(mail.getSmtp().getPort(), Map.of("REQUIRE_EMAIL_VERIFICATION", "true"))) {
      var client = new Browser(server.port()).origin(BASE);
      var known = "known-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
      assertThat(signUp(client, known).statusCode()).isEqualTo(200);

      var reset =
          ratioOfMedians(
              40,
              () ->
                  client.post("/api/auth/request-password-reset", "{\"email\":\"" + known + "\"}"),
              () ->
                  client.post(
                      "/api/auth/request-password-reset",
                      "{\"email\":\"nobody-" + UUID.randomUUID() + "@example.com\"}"));
      var signUp =
          ratioOfMedians(
              30,
              () -> signUp(client, known),
              () -> signUp(client, "new-" + UUID.randomUUID() + "@example.com"));

      System.out.printf(
          "timing: password reset known/unknown median ratio %.2f, sign-up existing/new %.2f%n",
          reset, signUp);
      assertThat(reset).as("password reset, known / unknown").isBetween(1 / 1.4, 1.4);
      assertThat(signUp).as("sign-up, existing / new").isBetween(1 / 1.4, 1.4);
    }
  }

  /** Median time of {@code a} over median time of {@code b}, interleaved, after a warm-up. */
  private static double ratioOfMedians(
      int samples, Supplier<HttpResponse<String>> a, Supplier<HttpResponse<String>> b) {
    for (var i = 0; i < 10; i++) {
      a.get();
      b.get();
    }
    var timesA = new ArrayList<Long>();
    var timesB = new ArrayList<Long>();
    for (var i = 0; i < samples; i++) {
      timesA.add(time(a));
      timesB.add(time(b));
    }
    return (double) median(timesA) / median(timesB);
  }

  private static long time(Supplier<HttpResponse<String>> call) {
    var started = System.nanoTime();
    var response = call.get();
    var elapsed = System.nanoTime() - started;
    assertThat(response.statusCode()).as(response.body()).isLessThan(500);
    return elapsed;
  }

  private static long median(List<Long> values) {
    var sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static HttpResponse<String> signUp(Browser client, String email) {
    return client.post(
        "/api/auth/sign-up/email",
        "{\"name\":\"Someone\",\"email\":\""
            + email
            + "\",\"password\":\"correct horse battery\"}");
  }

  private static boolean sentTo(jakarta.mail.internet.MimeMessage message, String email) {
    try {
      return message.getAllRecipients()[0].toString().equals(email);
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }

  private static long count(String where) {
    try (var connection = DATABASE.connect();
        var rows =
            connection
                .createStatement()
                .executeQuery("select count(*) from mail_outbox where " + where)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitTrue(Supplier<Boolean> condition) throws InterruptedException {
    for (var i = 0; i < 200; i++) {
      if (condition.get()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("condition not met in 10 s");
  }
}
