package io.dbkeep.adapter.out.studio;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection inside one transaction of the Studio, whose every statement runs under the {@link
 * StatementGuard} (timeout and cancel).
 */
final class Session {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  final Connection connection;
  final Dialect dialect;
  private final StatementGuard.Run run;

  Session(Connection connection, Dialect dialect, StatementGuard.Run run) {
    this.connection = connection;
    this.dialect = dialect;
    this.run = run;
  }

  StatementGuard.Run run() {
    return run;
  }

  /** Every row of the query. */
  <T> List<T> query(Sql sql, RowMapper<T> mapper)
      throws SQLException, StatementGuard.StoppedException {
    return query(sql, 0, mapper);
  }

  /** At most {@code maxRows} rows of the query (0: all). */
  <T> List<T> query(Sql sql, int maxRows, RowMapper<T> mapper)
      throws SQLException, StatementGuard.StoppedException {
    try (var statement = connection.prepareStatement(sql.text())) {
      sql.bind(statement);
      if (maxRows > 0) {
        statement.setMaxRows(maxRows);
      }
      return run.execute(
          statement,
          () -> {
            var rows = new ArrayList<T>();
            try (var result = statement.executeQuery()) {
              while (result.next()) {
                rows.add(mapper.map(result));
              }
            }
            return rows;
          });
    }
  }

  /** The first column of the first row as a long, or {@code fallback} when there is no row. */
  long queryLong(Sql sql, long fallback) throws SQLException, StatementGuard.StoppedException {
    var values = query(sql, 1, row -> row.getObject(1) == null ? fallback : row.getLong(1));
    return values.isEmpty() ? fallback : values.get(0);
  }

  /** Runs DML; answers the update count. */
  int update(Sql sql) throws SQLException, StatementGuard.StoppedException {
    try (var statement = connection.prepareStatement(sql.text())) {
      sql.bind(statement);
      return run.execute(statement, statement::executeUpdate);
    }
  }

  /** Runs a fixed statement without parameters. */
  void execute(String fixed) throws SQLException, StatementGuard.StoppedException {
    try (var statement = connection.createStatement()) {
      run.execute(statement, () -> statement.execute(fixed));
    }
  }
}
