package io.dbkeep.application.port.out.identity;

import io.dbkeep.domain.identity.LinkTemplate;
import io.dbkeep.domain.user.Email;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The persisted queue of identity mails still to send. A request thread only {@link #enqueue}s (in
 * its own transaction, so a rolled-back use case queues nothing); a worker {@link #claimDue claims}
 * due requests, sends them and {@link #remove}s them, or puts them back for a {@link #retryAt later
 * attempt}. Requests survive a restart. With several servers on one database a claim is exclusive:
 * rows another worker holds are skipped, and a claim lapses after its lease, so a crashed worker's
 * requests are taken up again. Every method must be called inside a {@code UnitOfWork} transaction.
 * Requests hold no secret: the worker issues the link's token when it sends.
 */
public interface MailOutboxPort {

  /** Queues {@code request}, due at once. */
  void enqueue(MailRequest request);

  /**
   * Claims up to {@code max} requests due at {@code now} and not claimed by a live lease, for
   * {@code lease}; each claim counts as an attempt. Oldest first.
   */
  List<ClaimedRequest> claimDue(Instant now, Duration lease, int max);

  /** Removes a request (sent, or given up). */
  void remove(String id);

  /** Releases a claimed request to be tried again at {@code at}, noting why it failed. */
  void retryAt(String id, Instant at, String reason);

  /**
   * A mail someone asked for: its kind, the address, the link to fill with a fresh token.
   *
   * @param id unique id
   * @param kind which mail
   * @param to the address as entered (the worker decides whether it has an account)
   * @param link where the token goes
   * @param requestedAt when it was asked for
   */
  record MailRequest(
      String id, MailSender.Kind kind, Email to, LinkTemplate link, Instant requestedAt) {

    public MailRequest {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(requestedAt, "requestedAt");
    }
  }

  /** A claimed request and how many attempts (this one included) it has had. */
  record ClaimedRequest(MailRequest request, int attempts) {}
}
