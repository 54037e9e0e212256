package io.dbkeep.adapter.out.studio;

import io.dbkeep.application.failure.DataStoreUnavailableException;
import io.dbkeep.domain.studio.StudioError;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Studio's work on the target database, each call in its own transaction: committed when
 * the work answers a right value (and the Studio is not read-only), rolled back otherwise. Reads
 * run in read-only transactions; in read-only mode everything does, and nothing is ever committed.
 */
final class Transactions {

  private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

  /** Work inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    Either<StudioError, T> run(Session session)
        throws SQLException, StatementGuard.StoppedException;
  }

  private final DataSource dataSource;
  private final Dialect dialect;
  private final StatementGuard guard;
  private final boolean readOnly;
  private final String databaseName;

  Transactions(
      DataSource dataSource,
      Dialect dialect,
      StatementGuard guard,
      boolean readOnly,
      String databaseName) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.guard = guard;
    this.readOnly = readOnly;
    this.databaseName = databaseName;
  }

  Dialect dialect() {
    return dialect;
  }

  boolean readOnly() {
    return readOnly;
  }

  StatementGuard guard() {
    return guard;
  }

  /** Runs {@code work} in a read-only transaction that is rolled back afterwards. */
  <T> Either<StudioError, T> read(Work<T> work) {
    return inTransaction(null, true, false, work);
  }

  /**
   * Runs {@code work} in a read-only transaction. A statement that times out means the database did
   * not answer in time ({@link DataStoreUnavailableException}); any other refusal of the Studio's
   * own catalog queries is a defect ({@link IllegalStateException}).
   */
  <T> T readOrThrow(Work<T> work) {
    return read(work)
        .getOrElseThrow(
            error ->
                error.code() == StudioError.Code.STATEMENT_TIMEOUT
                        || error.code() == StudioError.Code.STATEMENT_CANCELLED
                    ? new DataStoreUnavailableException(
                        "The Studio's database did not answer in time: " + error.message(), null)
                    : new IllegalStateException("A catalog query failed: " + error.message()));
  }

  /** Runs {@code work} in a writable transaction (read-only in read-only mode). */
  <T> Either<StudioError, T> write(String runId, Work<T> work) {
    return inTransaction(runId, readOnly, false, work);
  }

  /** Runs {@code work} with auto-commit (each statement its own transaction), unless read-only. */
  <T> Either<StudioError, T> autoCommit(String runId, Work<T> work) {
    return readOnly
        ? inTransaction(runId, true, false, work)
        : inTransaction(runId, false, true, work);
  }

  private <T> Either<StudioError, T> inTransaction(
      String runId, boolean readOnlyTransaction, boolean autoCommit, Work<T> work) {
    try (var run = guard.start(runId);
        var connection = connect()) {
      var session = new Session(connection, dialect, run);
      try {
        if (!autoCommit) {
          dialect.begin(connection, readOnlyTransaction || readOnly);
        }
        var result = work.run(session);
        if (!autoCommit) {
          if (result.isRight() && !readOnly && !readOnlyTransaction) {
            connection.commit();
          } else {
            connection.rollback();
          }
        }
        return result;
      } catch (StatementGuard.StoppedException e) {
        rollbackQuietly(connection, autoCommit);
        return Either.left(stopped(e.stop));
      } catch (SQLException e) {
        rollbackQuietly(connection, autoCommit);
        if (run.stopped() != null) {
          return Either.left(stopped(run.stopped()));
        }
        if (dialect.unreachable(e)) {
          throw unavailable(e);
        }
        return Either.left(dialect.translate(e, "", "", 0));
      } finally {
        restore(connection);
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  StudioError stopped(StatementGuard.Stop stop) {
    return stop == StatementGuard.Stop.TIMEOUT
        ? StudioError.of(
            StudioError.Code.STATEMENT_TIMEOUT,
            "The statement ran longer than the statement timeout ("
                + describe(guard.timeout())
                + ") and was cancelled")
        : StudioError.of(StudioError.Code.STATEMENT_CANCELLED, "The statement was cancelled");
  }

  private static String describe(java.time.Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }

  private Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  private DataStoreUnavailableException unavailable(SQLException e) {
    LOG.warn(
        "The Studio's database {} is unavailable: {}",
        databaseName,
        Dialect.firstLine(e.getMessage()));
    return new DataStoreUnavailableException("The Studio's database is unavailable", e);
  }

  private static void rollbackQuietly(Connection connection, boolean autoCommit) {
    if (autoCommit) {
      return;
    }
    try {
      connection.rollback();
    } catch (SQLException e) {
      LOG.debug("Rollback failed: {}", e.getMessage());
    }
  }

  private static void restore(Connection connection) {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      LOG.debug("Could not reset the connection: {}", e.getMessage());
    }
  }
}
