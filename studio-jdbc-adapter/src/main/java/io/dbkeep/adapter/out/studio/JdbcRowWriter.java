package io.dbkeep.adapter.out.studio;

import io.dbkeep.application.port.out.studio.WriteRowsPort;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableStructure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;

/** {@link WriteRowsPort}: each call one transaction, all of it or nothing. */
final class JdbcRowWriter implements WriteRowsPort {

  private final Transactions transactions;
  private final Dialect dialect;

  JdbcRowWriter(Transactions transactions) {
    this.transactions = transactions;
    this.dialect = transactions.dialect();
  }

  @Override
  public Either<StudioError, JsonObject> insertRow(TableStructure table, JsonObject values) {
    if (transactions.readOnly()) {
      return Either.left(StudioError.readOnly());
    }
    return transactions.write(null, session -> insert(session, table, values));
  }

  private Either<StudioError, JsonObject> insert(
      Session session, TableStructure table, JsonObject values)
      throws SQLException, StatementGuard.StoppedException {
    var conditions = new Conditions(dialect, table);
    var names = new StringBuilder();
    var placeholders = new Sql();
    for (var member : values.members().entrySet()) {
      var column = table.column(member.getKey()).get();
      if (names.length() > 0) {
        names.append(", ");
        placeholders.append(", ");
      }
      names.append(dialect.quote(column.name()));
      conditions.value(placeholders, column, member.getValue(), false, "values." + column.name());
    }
    if (!conditions.problems().isEmpty()) {
      return Either.left(StudioError.invalidValues(conditions.problems()));
    }
    var into = "INSERT INTO " + dialect.table(table.table());
    var sql =
        values.members().isEmpty()
            ? new Sql(into + dialect.defaultValuesClause())
            : new Sql(into + " (" + names + ") VALUES (").append(placeholders).append(")");
    if (dialect.insertReturnsRows()) {
      sql.append(" RETURNING " + RowMapping.selectList(dialect, table));
      var rows = session.query(sql, row -> RowMapping.read(dialect, table, row));
      return Either.right(rows.get(0));
    }
    // MySQL has no RETURNING: take the generated key, then read the row back by its key.
    var key = new LinkedHashMap<String, JsonValue>();
    try (var statement =
        session.connection.prepareStatement(sql.text(), Statement.RETURN_GENERATED_KEYS)) {
      sql.bind(statement);
      session.run().execute(statement, statement::executeUpdate);
      Option<JsonValue> generated = Option.none();
      try (var keys = statement.getGeneratedKeys()) {
        if (keys.next()) {
          generated = Option.of(Values.ofObject(keys.getObject(1)));
        }
      }
      for (var column : table.primaryKeyColumns()) {
        var given = values.get(column.name());
        if (given.isDefined()) {
          key.put(column.name(), given.get());
        } else if (generated.isDefined()) {
          key.put(column.name(), generated.get());
        }
      }
    }
    if (key.size() != table.primaryKey().size()) {
      return Either.left(
          StudioError.of(
              StudioError.Code.SQL_ERROR, "The row was inserted, but its key is unknown"));
    }
    return readByKey(session, table, new JsonObject(key))
        .<Either<StudioError, JsonObject>>map(Either::right)
        .getOrElse(
            () ->
                Either.left(
                    StudioError.of(
                        StudioError.Code.ROW_NOT_FOUND,
                        "The inserted row could not be read back")));
  }

  @Override
  public Either<StudioError, JsonObject> updateRow(
      TableStructure table, JsonObject key, JsonObject set, JsonObject expect) {
    if (transactions.readOnly()) {
      return Either.left(StudioError.readOnly());
    }
    return transactions.write(null, session -> update(session, table, key, set, expect));
  }

  private Either<StudioError, JsonObject> update(
      Session session, TableStructure table, JsonObject key, JsonObject set, JsonObject expect)
      throws SQLException, StatementGuard.StoppedException {
    var conditions = new Conditions(dialect, table);
    var sql = new Sql("UPDATE " + dialect.table(table.table()) + " SET ");
    var first = true;
    for (var member : set.members().entrySet()) {
      var column = table.column(member.getKey()).get();
      sql.append(first ? "" : ", ").append(dialect.quote(column.name()) + " = ");
      conditions.value(sql, column, member.getValue(), false, "set." + column.name());
      first = false;
    }
    sql.append(" WHERE ").append(conditions.key(key, "key"));
    if (!expect.members().isEmpty()) {
      sql.append(" AND ").append(conditions.expected(expect));
    }
    if (!conditions.problems().isEmpty()) {
      return Either.left(StudioError.invalidValues(conditions.problems()));
    }
    var updated = session.update(sql);
    if (updated == 0) {
      var current = readByKey(session, table, key);
      if (current.isEmpty()) {
        return Either.left(rowNotFound(key));
      }
      return Either.left(
          StudioError.conflict(
              "The row changed since it was read: "
                  + String.join(", ", expect.members().keySet())
                  + " no longer holds the expected value; nothing was changed",
              current.get()));
    }
    var newKey = new LinkedHashMap<String, JsonValue>(key.members());
    for (var name : table.primaryKey()) {
      set.get(name).forEach(value -> newKey.put(name, value));
    }
    return Either.right(readByKey(session, table, new JsonObject(newKey)).get());
  }

  @Override
  public Either<StudioError, Integer> deleteRows(TableStructure table, List<JsonObject> keys) {
    if (transactions.readOnly()) {
      return Either.left(StudioError.readOnly());
    }
    return transactions.write(
        null,
        session -> {
          var deleted = 0;
          for (int i = 0; i < keys.size(); i++) {
            var conditions = new Conditions(dialect, table);
            var sql =
                new Sql("DELETE FROM " + dialect.table(table.table()) + " WHERE ")
                    .append(conditions.key(keys.get(i), "keys[" + i + "]"));
            if (!conditions.problems().isEmpty()) {
              return Either.left(StudioError.invalidValues(conditions.problems()));
            }
            var count = session.update(sql);
            if (count == 0) {
              var error = rowNotFound(keys.get(i));
              return Either.left(
                  StudioError.of(
                      error.code(),
                      error.message() + " (keys[" + i + "]); nothing was deleted",
                      List.of(
                          io.dbkeep.domain.problem.Problem.error(
                              "keys[" + i + "]", "ROW_NOT_FOUND", error.message()))));
            }
            deleted += count;
          }
          return Either.right(deleted);
        });
  }

  private Option<JsonObject> readByKey(Session session, TableStructure table, JsonObject key)
      throws SQLException, StatementGuard.StoppedException {
    var conditions = new Conditions(dialect, table);
    var sql =
        new Sql(
                "SELECT "
                    + RowMapping.selectList(dialect, table)
                    + " FROM "
                    + dialect.table(table.table())
                    + " WHERE ")
            .append(conditions.key(key, "key"));
    if (!conditions.problems().isEmpty()) {
      return Option.none();
    }
    var rows = session.query(sql, 1, row -> RowMapping.read(dialect, table, row));
    return rows.isEmpty() ? Option.none() : Option.of(rows.get(0));
  }

  private static StudioError rowNotFound(JsonObject key) {
    var parts = new StringBuilder();
    key.members()
        .forEach(
            (name, value) ->
                parts
                    .append(parts.length() == 0 ? "" : ", ")
                    .append(name)
                    .append(" = ")
                    .append(Values.describe(value)));
    return StudioError.of(StudioError.Code.ROW_NOT_FOUND, "No row has " + parts);
  }
}
