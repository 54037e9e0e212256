package io.dbkeep.application.port.out.studio;

import io.dbkeep.domain.studio.StatementResult;
import io.dbkeep.domain.studio.StudioError;
import io.vavr.control.Either;
import java.util.List;

/**
 * Runs SQL text typed by a person against the live database. Several statements run in one
 * transaction (a failure rolls all of them back); in read-only mode they run in a read-only
 * transaction that is always rolled back. Each statement is cancelled when it exceeds the statement
 * timeout. Queries return at most {@link #MAX_ROWS} rows, saying when there were more.
 */
public interface RunSqlPort {

  int MAX_ROWS = 1_000;

  /**
   * Runs {@code sql}; {@code runId} names the run so that {@link #cancel} can stop it. Database
   * errors come back as {@code SQL_ERROR} with the database's message and position.
   */
  Either<StudioError, List<StatementResult>> runSql(String sql, String runId);

  /** Cancels the running statement of run {@code runId}; false when no such run is running. */
  boolean cancel(String runId);
}
