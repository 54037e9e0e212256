package io.dbkeep.adapter.out.persistence.mail;

import io.dbkeep.adapter.out.persistence.transaction.JpaUnitOfWork;
import io.dbkeep.application.port.out.identity.MailOutboxPort;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.domain.identity.LinkTemplate;
import io.dbkeep.domain.user.Email;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * {@link MailOutboxPort} on the {@code mail_outbox} table. A claim is one statement: it picks due,
 * unclaimed rows with {@code FOR UPDATE SKIP LOCKED} (rows another node is claiming are skipped,
 * not waited for), stamps them with a lease and counts the attempt, so two nodes never claim one
 * row.
 */
public final class MailOutboxPersistenceAdapter implements MailOutboxPort {

  private static final String CLAIM =
      """
      update mail_outbox o
         set claimed_until = ?, attempts = o.attempts + 1
        from (select id from mail_outbox
               where next_attempt_at <= ? and (claimed_until is null or claimed_until <= ?)
               order by next_attempt_at, requested_at
               limit ?
               for update skip locked) due
       where o.id = due.id
      returning o.id, o.kind, o.recipient, o.link_prefix, o.link_suffix, o.requested_at,
                o.attempts
      """;

  private final JpaUnitOfWork unitOfWork;

  public MailOutboxPersistenceAdapter(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public void enqueue(MailRequest request) {
    unitOfWork
        .currentEntityManager()
        .persist(
            new MailOutboxJpaEntity(
                request.id(),
                request.kind().name(),
                request.to().value(),
                request.link().prefix(),
                request.link().suffix(),
                request.requestedAt()));
  }

  @Override
  public List<ClaimedRequest> claimDue(Instant now, Duration lease, int max) {
    var entityManager = unitOfWork.currentEntityManager();
    entityManager.flush();
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (var statement = connection.prepareStatement(CLAIM)) {
                statement.setTimestamp(1, Timestamp.from(now.plus(lease)));
                statement.setTimestamp(2, Timestamp.from(now));
                statement.setTimestamp(3, Timestamp.from(now));
                statement.setInt(4, max);
                var claimed = new ArrayList<ClaimedRequest>();
                try (var rows = statement.executeQuery()) {
                  while (rows.next()) {
                    claimed.add(
                        new ClaimedRequest(
                            new MailRequest(
                                rows.getString(1),
                                MailSender.Kind.valueOf(rows.getString(2)),
                                new Email(rows.getString(3)),
                                new LinkTemplate(rows.getString(4), rows.getString(5)),
                                rows.getTimestamp(6).toInstant()),
                            rows.getInt(7)));
                  }
                }
                return claimed;
              }
            });
  }

  @Override
  public void remove(String id) {
    unitOfWork
        .currentEntityManager()
        .createQuery("delete from MailOutbox m where m.id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public void retryAt(String id, Instant at, String reason) {
    var text = reason == null ? "" : reason;
    unitOfWork
        .currentEntityManager()
        .createQuery(
            "update MailOutbox m set m.nextAttemptAt = :at, m.claimedUntil = null,"
                + " m.lastError = :reason where m.id = :id")
        .setParameter("at", at)
        .setParameter("reason", text.length() > 500 ? text.substring(0, 500) : text)
        .setParameter("id", id)
        .executeUpdate();
  }
}
