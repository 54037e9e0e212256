package io.dbkeep.application.service.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.fake.FakePasswordHasher;
import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryIdentityPersistence;
import io.dbkeep.application.fake.InMemoryMailOutbox;
import io.dbkeep.application.fake.InMemoryUserPersistence;
import io.dbkeep.application.fake.MutableClock;
import io.dbkeep.application.fake.RandomTokenGenerator;
import io.dbkeep.application.fake.RecordingMailSender;
import io.dbkeep.application.port.in.identity.SignUpCommand;
import io.dbkeep.application.port.out.identity.AuthEvents;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.domain.identity.ClientInfo;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.LinkTemplate;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The outbox worker: sends off the request thread, retries with backoff, gives up in the end. */
class AuthMailDeliveryServiceTest {

  private static final LinkTemplate LINK = new LinkTemplate("https://app.test/t/", "");

  private final InMemoryDatabase database = new InMemoryDatabase();
  private final InMemoryUserPersistence users = new InMemoryUserPersistence(database);
  private final InMemoryIdentityPersistence identity = new InMemoryIdentityPersistence(database);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
  private final RandomTokenGenerator tokens = new RandomTokenGenerator();
  private final InMemoryMailOutbox outbox = new InMemoryMailOutbox(database);
  private final RecordingMailSender delivered = new RecordingMailSender();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final MailSender flaky =
      mail -> {
        if (failuresLeft.getAndDecrement() > 0) {
          throw new IllegalStateException("SMTP refused");
        }
        delivered.send(mail);
      };
  private final IdentityPolicy policy = IdentityPolicy.defaults();
  private final AuthMailDeliveryService worker =
      new AuthMailDeliveryService(database, users, identity, policy, tokens, outbox, flaky, clock);
  private final PasswordResetService reset =
      new PasswordResetService(
          database,
          users,
          identity,
          identity,
          identity,
          identity,
          policy,
          tokens,
          new FakePasswordHasher(),
          outbox,
          clock);

  @Test
  void aRequestIsOnlyQueuedAndTheWorkerSendsItWithAFreshToken() {
    signUp("ada@example.com");

    reset.requestPasswordReset("ada@example.com", LINK);
    assertThat(delivered.sent()).isEmpty();
    assertThat(outbox.size()).isEqualTo(1);

    assertThat(worker.deliverDue()).isEqualTo(1);
    assertThat(delivered.last().link()).startsWith(LINK.prefix()).hasSizeGreaterThan(40);
    assertThat(outbox.size()).isZero();
  }

  @Test
  void anUnknownAddressIsQueuedTheSameWayAndNothingIsSent() {
    reset.requestPasswordReset("nobody@example.com", LINK);

    assertThat(outbox.size()).isEqualTo(1);
    assertThat(worker.deliverDue()).isZero();
    assertThat(delivered.sent()).isEmpty();
    assertThat(outbox.size()).isZero();
  }

  @Test
  void aFailedDeliveryIsRetriedAfterAGrowingDelay() {
    signUp("ada@example.com");
    failuresLeft.set(2);
    reset.requestPasswordReset("ada@example.com", LINK);

    assertThat(worker.deliverDue()).isZero();
    clock.advance(Duration.ofSeconds(14));
    assertThat(worker.deliverDue()).as("not due before 15 s").isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(worker.deliverDue()).as("second attempt fails too").isZero();
    clock.advance(Duration.ofSeconds(59));
    assertThat(worker.deliverDue()).as("not due before another minute").isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(worker.deliverDue()).isEqualTo(1);
    assertThat(delivered.sent()).hasSize(1);
  }

  @Test
  void aMailThatNeverGoesThroughIsGivenUpAfterTheLastAttempt() {
    signUp("ada@example.com");
    failuresLeft.set(Integer.MAX_VALUE);
    reset.requestPasswordReset("ada@example.com", LINK);

    for (var attempt = 1; attempt <= AuthMailDeliveryService.MAX_ATTEMPTS; attempt++) {
      worker.deliverDue();
      clock.advance(Duration.ofHours(1));
    }

    assertThat(outbox.size()).isZero();
    assertThat(delivered.sent()).isEmpty();
  }

  @Test
  void backoffGrowsFourfoldUpToAnHour() {
    assertThat(AuthMailDeliveryService.backoff(1)).isEqualTo(Duration.ofSeconds(15));
    assertThat(AuthMailDeliveryService.backoff(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(AuthMailDeliveryService.backoff(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(AuthMailDeliveryService.backoff(5)).isEqualTo(Duration.ofHours(1));
    assertThat(AuthMailDeliveryService.backoff(50)).isEqualTo(Duration.ofHours(1));
  }

  private void signUp(String email) {
    new PasswordSignUpService(
            database,
            users,
            identity,
            identity,
            identity,
            policy,
            tokens,
            new FakePasswordHasher(),
            outbox,
            AuthEvents.NONE,
            clock)
        .signUp(
            new SignUpCommand(
                "Ada", email, "correct horse", Option.none(), true, ClientInfo.unknown(), LINK));
  }
}
