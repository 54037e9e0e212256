package io.dbkeep.adapter.out.studio;

import io.dbkeep.application.port.out.studio.RunSqlPort;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.studio.SqlPosition;
import io.dbkeep.domain.studio.StatementResult;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.ValueKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@link RunSqlPort}: splits the text into statements and runs them one after another, all in one
 * transaction (one statement alone runs with auto-commit, so that statements which refuse
 * transactions, such as VACUUM, work). In read-only mode only queries run, in a read-only
 * transaction that is rolled back.
 *
 * <p>Read-only does not rest on the splitting agreeing with the driver's: each statement is sent
 * alone (refused when the driver would read several statements in it; the drivers' multi-statement
 * support is off, so the server refuses a second one too), inside a read-only transaction pinned
 * before the first statement, on a session whose default transaction is read-only; after every
 * statement the transaction must still be there.
 */
final class JdbcSqlConsole implements RunSqlPort {

  /**
   * What a read-only Studio's console runs: queries only. Everything else (DML, DDL, transaction
   * control, session settings, procedure calls) is refused before it reaches the database, because
   * some engines commit DDL implicitly, even inside a read-only transaction (MySQL).
   */
  private static final Set<String> QUERIES =
      Set.of("SELECT", "WITH", "SHOW", "EXPLAIN", "DESCRIBE", "DESC", "VALUES", "TABLE", "HELP");

  /** MySQL's SELECT forms that write a file on the server (matched anywhere, even in strings). */
  private static final java.util.regex.Pattern SERVER_FILES =
      java.util.regex.Pattern.compile("OUTFILE|DUMPFILE", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final Transactions transactions;
  private final Dialect dialect;

  JdbcSqlConsole(Transactions transactions) {
    this.transactions = transactions;
    this.dialect = transactions.dialect();
  }

  @Override
  public Either<StudioError, List<StatementResult>> runSql(String sql, String runId) {
    var statements = SqlScript.split(sql, dialect.scriptFlavor());
    if (statements.isEmpty()) {
      return Either.left(
          StudioError.invalidQuery(
              List.of(Problem.error("sql", "REQUIRED", "sql must contain a statement"))));
    }
    for (var statement : statements) {
      var refusal = dialect.fileRefusal(statement.text());
      if (refusal.isDefined()) {
        return Either.left(
            StudioError.sqlError(
                refusal.get(), Option.of(SqlPosition.of(sql, statement.offset()))));
      }
    }
    if (transactions.readOnly()) {
      for (var statement : statements) {
        if (!allowedReadOnly(statement)) {
          return Either.left(
              new StudioError(
                  StudioError.Code.READ_ONLY,
                  "The Studio runs read-only; only queries (SELECT, WITH, SHOW, EXPLAIN, …) may"
                      + " run, not "
                      + (statement.keyword().isEmpty() ? "this statement" : statement.keyword()),
                  List.of(),
                  Option.of(SqlPosition.of(sql, statement.offset())),
                  Option.none()));
        }
      }
    }
    Transactions.Work<List<StatementResult>> work = session -> run(session, sql, statements);
    return statements.size() == 1
        ? transactions.autoCommit(runId, work)
        : transactions.write(runId, work);
  }

  @Override
  public boolean cancel(String runId) {
    return transactions.guard().cancel(runId);
  }

  /** Whether a read-only Studio may run {@code statement}. */
  boolean allowedReadOnly(SqlScript.Statement statement) {
    var keyword = statement.keyword();
    if (dialect.scriptFlavor() == SqlScript.Flavor.MYSQL
        && SqlScript.hasExecutableComment(statement.text())) {
      // /*! … */ is run by the server: "/*!CREATE TABLE t (i int)*/ SELECT 1" is DDL.
      return false;
    }
    if (dialect.scriptFlavor() == SqlScript.Flavor.MYSQL
        && SERVER_FILES.matcher(statement.text()).find()) {
      // SELECT … INTO OUTFILE writes a file on the server, read-only transaction or not.
      return false;
    }
    if (statement.text().startsWith("(")) {
      return true;
    }
    if (keyword.equals("PRAGMA") && dialect.scriptFlavor() == SqlScript.Flavor.SQLITE) {
      // The file is opened read-only; pragmas can only read or change this connection.
      return true;
    }
    if (keyword.equals("EXPLAIN") || keyword.equals("WITH")) {
      // EXPLAIN ANALYZE and data-modifying CTEs would write: the read-only transaction refuses.
      return true;
    }
    return QUERIES.contains(keyword);
  }

  private Either<StudioError, List<StatementResult>> run(
      Session session, String script, List<SqlScript.Statement> statements)
      throws SQLException, StatementGuard.StoppedException {
    var results = new ArrayList<StatementResult>();
    var readOnly = transactions.readOnly();
    if (readOnly) {
      var refusal = dialect.pinReadOnly(session);
      if (refusal.isDefined()) {
        return Either.left(readOnlyRefusal(refusal.get(), script, statements.get(0)));
      }
    }
    for (int i = 0; i < statements.size(); i++) {
      var statement = statements.get(i);
      if (readOnly) {
        var refusal =
            dialect
                .readOnlyTextRefusal(statement.text())
                .orElse(() -> notOneStatement(session, statement));
        if (refusal.isDefined()) {
          return Either.left(readOnlyRefusal(refusal.get(), script, statement));
        }
      }
      try (var jdbc = session.connection.createStatement()) {
        jdbc.setMaxRows(MAX_ROWS + 1);
        dialect.prepareConsoleStatement(jdbc);
        var hasResult = session.run().execute(jdbc, () -> jdbc.execute(statement.text()));
        while (true) {
          if (hasResult) {
            try (var result = jdbc.getResultSet()) {
              results.add(rows(result));
            }
          } else {
            var count = jdbc.getUpdateCount();
            if (count == -1) {
              break;
            }
            results.add(new StatementResult.Affected(count));
          }
          hasResult = jdbc.getMoreResults();
        }
        if (readOnly) {
          var lost = dialect.readOnlyLost(session.connection);
          if (lost.isDefined()) {
            return Either.left(readOnlyRefusal(lost.get(), script, statement));
          }
        }
      } catch (SQLException e) {
        if (session.run().stopped() != null) {
          throw new StatementGuard.StoppedException(session.run().stopped(), e);
        }
        if (dialect.unreachable(e)) {
          throw e;
        }
        var error = dialect.translate(e, statement.text(), script, statement.offset());
        var prefix =
            statements.size() == 1
                ? ""
                : "Statement "
                    + (i + 1)
                    + " of "
                    + statements.size()
                    + " failed (nothing was applied): ";
        var position =
            error.position().isDefined()
                ? error.position()
                : Option.of(SqlPosition.of(script, statement.offset()));
        return Either.left(
            new StudioError(
                error.code() == StudioError.Code.READ_ONLY
                    ? error.code()
                    : StudioError.Code.SQL_ERROR,
                prefix + error.message(),
                error.details(),
                position,
                Option.none()));
      }
    }
    return Either.right(results);
  }

  private Option<String> notOneStatement(Session session, SqlScript.Statement statement) {
    try {
      return dialect.notOneStatement(session.connection, statement.text());
    } catch (SQLException e) {
      return Option.of("the driver cannot read this statement (" + e.getMessage() + ")");
    }
  }

  private static StudioError readOnlyRefusal(
      String why, String script, SqlScript.Statement statement) {
    return new StudioError(
        StudioError.Code.READ_ONLY,
        "The Studio runs read-only: " + why,
        List.of(),
        Option.of(SqlPosition.of(script, statement.offset())),
        Option.none());
  }

  private StatementResult rows(ResultSet result) throws SQLException {
    var metadata = result.getMetaData();
    var count = metadata.getColumnCount();
    var columns = new ArrayList<StatementResult.ResultColumn>(count);
    var kinds = new ArrayList<ValueKind>(count);
    for (int i = 1; i <= count; i++) {
      var type = metadata.getColumnTypeName(i);
      columns.add(
          new StatementResult.ResultColumn(metadata.getColumnLabel(i), type == null ? "" : type));
      kinds.add(dialect.kindOf(metadata, i));
    }
    var rows = new ArrayList<List<JsonValue>>();
    var truncated = false;
    while (result.next()) {
      if (rows.size() == MAX_ROWS) {
        truncated = true;
        break;
      }
      var row = new ArrayList<JsonValue>(count);
      for (int i = 1; i <= count; i++) {
        row.add(dialect.read(result, i, kinds.get(i - 1)));
      }
      rows.add(row);
    }
    return new StatementResult.Rows(columns, rows, truncated);
  }
}
