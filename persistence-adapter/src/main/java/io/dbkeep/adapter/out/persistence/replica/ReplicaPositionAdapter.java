package io.dbkeep.adapter.out.persistence.replica;

import io.dbkeep.application.failure.DataStoreUnavailableException;
import io.dbkeep.application.port.out.replica.ReplicaPositionPort;
import io.dbkeep.domain.user.UserId;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@link ReplicaPositionPort} over PostgreSQL streaming replication: an author's write position is
 * the primary's {@code pg_current_wal_lsn()} read after the write committed, kept in {@code
 * author_write_position} on the primary; the replica is current for the author when its {@code
 * pg_last_wal_replay_lsn()} has reached that (ADR 0108). A database that is not a standby answers
 * no replay position, and so never counts as current; a replica that fails to answer is not asked
 * again for 10 s (lists go to the primary meanwhile).
 */
public final class ReplicaPositionAdapter implements ReplicaPositionPort {

  private static final String RECORD =
      """
      insert into author_write_position (user_id, lsn, written_at)
      values (?, pg_current_wal_lsn(), now())
      on conflict (user_id) do update
         set lsn = greatest(author_write_position.lsn, excluded.lsn), written_at = excluded.written_at
      """;

  /** After the replica failed to answer, how long lists go to the primary without asking it. */
  private static final long BACK_OFF_NANOS = 10_000_000_000L;

  private final DataSource primary;
  private final DataSource replica;
  private volatile long askAgainAt = System.nanoTime();

  public ReplicaPositionAdapter(DataSource primary, DataSource replica) {
    this.primary = primary;
    this.replica = replica;
  }

  @Override
  public void recordWriteBy(UserId author) {
    try (var connection = primary.getConnection()) {
      try (var statement = connection.prepareStatement(RECORD)) {
        statement.setString(1, author.value());
        statement.executeUpdate();
      }
      connection.commit();
    } catch (SQLException e) {
      throw new DataStoreUnavailableException("could not record the write position", e);
    }
  }

  @Override
  public boolean replicaHasWritesOf(UserId author) {
    if (System.nanoTime() - askAgainAt < 0) {
      return false;
    }
    String written;
    try (var connection = primary.getConnection();
        var statement =
            connection.prepareStatement(
                "select lsn::text from author_write_position where user_id = ?")) {
      statement.setString(1, author.value());
      try (var rows = statement.executeQuery()) {
        written = rows.next() ? rows.getString(1) : null;
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new DataStoreUnavailableException("could not read the write position", e);
    }
    try (var connection = replica.getConnection();
        var statement =
            connection.prepareStatement(
                "select pg_last_wal_replay_lsn() is not null"
                    + " and (?::pg_lsn is null or pg_last_wal_replay_lsn() >= ?::pg_lsn)")) {
      statement.setString(1, written);
      statement.setString(2, written);
      try (var rows = statement.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      // down or unreachable: do not make every list wait for its connect timeout
      askAgainAt = System.nanoTime() + BACK_OFF_NANOS;
      return false;
    }
  }
}
