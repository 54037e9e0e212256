package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.studio.TableRef;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Exact row counts of many tables in few round trips (100 tables per statement). */
final class ExactCounts {

  private static final int BATCH = 100;

  private ExactCounts() {}

  /**
   * The counts of {@code tables} (names from the catalog). A batch that fails (a table we may not
   * read) is left out, so those tables keep their estimates; the transaction stays usable.
   */
  static Map<TableRef, Long> of(Session session, Dialect dialect, List<TableRef> tables)
      throws SQLException, StatementGuard.StoppedException {
    var counts = new LinkedHashMap<TableRef, Long>();
    for (int from = 0; from < tables.size(); from += BATCH) {
      var batch = tables.subList(from, Math.min(tables.size(), from + BATCH));
      var sql = new StringBuilder();
      for (int i = 0; i < batch.size(); i++) {
        if (i > 0) {
          sql.append(" UNION ALL ");
        }
        sql.append("SELECT ")
            .append(i)
            .append(", count(*) FROM ")
            .append(dialect.table(batch.get(i)));
      }
      var savepoint = session.connection.getAutoCommit() ? null : session.connection.setSavepoint();
      try {
        for (var pair :
            session.query(
                new Sql(sql.toString()), row -> new long[] {row.getLong(1), row.getLong(2)})) {
          counts.put(batch.get((int) pair[0]), pair[1]);
        }
        if (savepoint != null) {
          session.connection.releaseSavepoint(savepoint);
        }
      } catch (SQLException e) {
        if (savepoint != null) {
          session.connection.rollback(savepoint);
        }
      }
    }
    return counts;
  }
}
