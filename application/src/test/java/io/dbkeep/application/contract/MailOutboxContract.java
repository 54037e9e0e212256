package io.dbkeep.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.port.out.identity.MailOutboxPort;
import io.dbkeep.application.port.out.identity.MailOutboxPort.ClaimedRequest;
import io.dbkeep.application.port.out.identity.MailOutboxPort.MailRequest;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.identity.LinkTemplate;
import io.dbkeep.domain.user.Email;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MailOutboxPort} promises: due requests are claimed once per lease, oldest
 * first; a retried request waits for its time; a removed one is gone. Run against the in-memory
 * fake and the JPA adapter on real PostgreSQL.
 */
public abstract class MailOutboxContract {

  /** An empty outbox and the unit of work its calls run in. */
  protected abstract MailOutboxPort freshOutbox();

  protected abstract UnitOfWork unitOfWork();

  private MailOutboxPort outbox;
  private final Instant t0 = Instant.parse("2026-03-01T08:00:00.123456Z");
  private final Duration lease = Duration.ofMinutes(2);

  @BeforeEach
  void setUpOutbox() {
    outbox = freshOutbox();
  }

  protected static MailRequest request(String id, Instant at) {
    return new MailRequest(
        id,
        MailSender.Kind.PASSWORD_RESET,
        new Email(id + "@example.com"),
        new LinkTemplate("https://app.test/r/", "?callbackURL=%2F"),
        at);
  }

  @Test
  void aQueuedRequestIsClaimedOnceWithItsFieldsAndCountsTheAttempt() {
    var queued = request("a", t0);
    tx(() -> outbox.enqueue(queued));

    List<ClaimedRequest> first = tx(() -> outbox.claimDue(t0, lease, 10));
    List<ClaimedRequest> again = tx(() -> outbox.claimDue(t0.plusSeconds(60), lease, 10));

    assertThat(first).containsExactly(new ClaimedRequest(queued, 1));
    assertThat(again).as("held by its lease").isEmpty();
  }

  @Test
  void aLapsedClaimIsTakenUpAgain() {
    tx(() -> outbox.enqueue(request("a", t0)));
    tx(() -> outbox.claimDue(t0, lease, 10));

    List<ClaimedRequest> later = tx(() -> outbox.claimDue(t0.plus(lease), lease, 10));

    assertThat(later).extracting(ClaimedRequest::attempts).containsExactly(2);
  }

  @Test
  void oldestFirstAndAtMostTheAskedNumber() {
    tx(() -> outbox.enqueue(request("late", t0.plusSeconds(2))));
    tx(() -> outbox.enqueue(request("early", t0)));
    tx(() -> outbox.enqueue(request("middle", t0.plusSeconds(1))));

    List<ClaimedRequest> two = tx(() -> outbox.claimDue(t0.plusSeconds(5), lease, 2));

    assertThat(two).extracting(c -> c.request().id()).containsExactly("early", "middle");
  }

  @Test
  void aRequestRetriedLaterWaitsForItsTimeAndARemovedOneIsGone() {
    tx(() -> outbox.enqueue(request("a", t0)));
    tx(() -> outbox.enqueue(request("b", t0)));
    tx(() -> outbox.claimDue(t0, lease, 10));

    tx(() -> outbox.retryAt("a", t0.plusSeconds(15), "SMTP refused"));
    tx(() -> outbox.remove("b"));

    assertThat(tx(() -> outbox.claimDue(t0.plusSeconds(14), Duration.ZERO, 10))).isEmpty();
    List<ClaimedRequest> due = tx(() -> outbox.claimDue(t0.plusSeconds(15), lease, 10));
    assertThat(due)
        .extracting(c -> c.request().id(), ClaimedRequest::attempts)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 2));
  }

  @Test
  void aRequestQueuedInARolledBackTransactionIsNotQueued() {
    unitOfWork()
        .inTransaction(
            () -> {
              outbox.enqueue(request("a", t0));
              return Either.left("refused");
            });

    assertThat(tx(() -> outbox.claimDue(t0, lease, 10))).isEmpty();
  }

  private void tx(Runnable work) {
    tx(
        () -> {
          work.run();
          return true;
        });
  }

  private <T> T tx(Supplier<T> work) {
    return unitOfWork().<RuntimeException, T>inTransaction(() -> Either.right(work.get())).get();
  }
}
