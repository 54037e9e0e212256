package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.identity.MailOutboxPort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The outbox in memory, with the real adapter's claim, lease and retry semantics, in the {@link
 * InMemoryDatabase}'s transactions (a rolled-back enqueue is gone).
 */
public final class InMemoryMailOutbox implements MailOutboxPort {

  private record Row(
      MailRequest request, int attempts, Instant due, Instant claimedUntil, String lastError) {}

  private final InMemoryDatabase database;

  public InMemoryMailOutbox(InMemoryDatabase database) {
    this.database = database;
  }

  @Override
  public void enqueue(MailRequest request) {
    database.mailOutbox.put(request.id(), new Row(request, 0, request.requestedAt(), null, null));
  }

  @Override
  public List<ClaimedRequest> claimDue(Instant now, Duration lease, int max) {
    var due =
        database.mailOutbox.values().stream()
            .map(Row.class::cast)
            .filter(row -> !row.due().isAfter(now))
            .filter(row -> row.claimedUntil() == null || !row.claimedUntil().isAfter(now))
            .sorted(
                Comparator.comparing(Row::due).thenComparing(row -> row.request().requestedAt()))
            .limit(max)
            .toList();
    var claimed = new ArrayList<ClaimedRequest>();
    for (var row : due) {
      var next =
          new Row(row.request(), row.attempts() + 1, row.due(), now.plus(lease), row.lastError());
      database.mailOutbox.put(row.request().id(), next);
      claimed.add(new ClaimedRequest(row.request(), next.attempts()));
    }
    return claimed;
  }

  @Override
  public void remove(String id) {
    database.mailOutbox.remove(id);
  }

  @Override
  public void retryAt(String id, Instant at, String reason) {
    var row = (Row) database.mailOutbox.get(id);
    if (row != null) {
      database.mailOutbox.put(id, new Row(row.request(), row.attempts(), at, null, reason));
    }
  }

  /** How many requests are waiting (claimed or not). */
  public int size() {
    return database.mailOutbox.size();
  }
}
