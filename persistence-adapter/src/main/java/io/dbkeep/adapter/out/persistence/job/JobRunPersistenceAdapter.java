package io.dbkeep.adapter.out.persistence.job;

import io.dbkeep.adapter.out.persistence.transaction.JpaUnitOfWork;
import io.dbkeep.application.port.out.job.JobRunPort;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.Session;

/**
 * {@link JobRunPort} on PostgreSQL: a claim takes the job's transaction-scoped advisory lock with
 * {@code pg_try_advisory_xact_lock} (another instance holding it means that instance is running the
 * job: give up at once, never wait), then moves the job's {@code periodic_job} row on when its run
 * is due. The lock and the row change end with the caller's transaction, so the job's work, done in
 * it, commits or rolls back together with the claim (ADR 0109).
 */
public final class JobRunPersistenceAdapter implements JobRunPort {

  /** The first half of every job lock's key: "DBKP", apart from other users of advisory locks. */
  private static final int LOCK_SPACE = 0x44424B50;

  private static final String CLAIM =
      """
      insert into periodic_job as j (name, next_due_at, first_run_at, last_run_at, runs)
      values (?, ?, ?, ?, 1)
      on conflict (name) do update
         set next_due_at = excluded.next_due_at, last_run_at = excluded.last_run_at,
             runs = j.runs + 1
       where j.next_due_at <= excluded.last_run_at
      """;

  private final JpaUnitOfWork unitOfWork;

  public JobRunPersistenceAdapter(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public boolean claimDueRun(String job, Instant now, Duration period) {
    return unitOfWork
        .currentEntityManager()
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (var lock =
                  connection.prepareStatement("select pg_try_advisory_xact_lock(?, hashtext(?))")) {
                lock.setInt(1, LOCK_SPACE);
                lock.setString(2, job);
                try (var rows = lock.executeQuery()) {
                  rows.next();
                  if (!rows.getBoolean(1)) {
                    return false;
                  }
                }
              }
              try (var claim = connection.prepareStatement(CLAIM)) {
                var at = Timestamp.from(now);
                claim.setString(1, job);
                claim.setTimestamp(2, Timestamp.from(now.plus(period)));
                claim.setTimestamp(3, at);
                claim.setTimestamp(4, at);
                return claim.executeUpdate() == 1;
              }
            });
  }
}
