package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.studio.ColumnInfo;
import io.dbkeep.domain.studio.OrderKey;
import io.dbkeep.domain.studio.RowCursor;
import io.dbkeep.domain.studio.RowFilter;
import io.dbkeep.domain.studio.SortDirection;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * WHERE conditions from filters, cursors and keys. Column names come from the table's structure
 * (the catalog) and are quoted; values become parameters. A value that does not fit its column is
 * collected as a problem with its path instead.
 */
final class Conditions {

  private final Dialect dialect;
  private final TableStructure table;
  private final List<Problem> problems = new ArrayList<>();

  Conditions(Dialect dialect, TableStructure table) {
    this.dialect = dialect;
    this.table = table;
  }

  List<Problem> problems() {
    return problems;
  }

  String column(ColumnInfo column) {
    return dialect.quote(column.name());
  }

  /** The filters joined with AND; empty when there are none. */
  Sql filters(List<RowFilter> filters) {
    var sql = new Sql();
    for (int i = 0; i < filters.size(); i++) {
      var filter = filters.get(i);
      var column = table.column(filter.column()).get();
      if (!sql.isEmpty()) {
        sql.append(" AND ");
      }
      sql.append(filter(column, filter, "filter[" + i + "].value"));
    }
    return sql;
  }

  private Sql filter(ColumnInfo column, RowFilter filter, String path) {
    var name = column(column);
    var json = column.kind() == ValueKind.JSON;
    var left = json ? dialect.jsonComparable(name) : name;
    var sql = new Sql();
    switch (filter.operator()) {
      case IS_NULL -> sql.append(name + " IS NULL");
      case NOT_NULL -> sql.append(name + " IS NOT NULL");
      case CONTAINS, STARTS_WITH -> {
        var text = Values.text(filter.value());
        var escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        var pattern = (filter.operator().wireName().equals("contains") ? "%" : "") + escaped + "%";
        var like = dialect.likeIgnoringCase(dialect.asText(name));
        var at = like.indexOf('?');
        sql.append(like.substring(0, at))
            .param((statement, index) -> statement.setString(index, pattern))
            .append(like.substring(at + 1));
      }
      case IN -> {
        if (filter.values().isEmpty()) {
          sql.append("1 = 0");
        } else {
          sql.append(left + " IN (");
          for (int i = 0; i < filter.values().size(); i++) {
            if (i > 0) {
              sql.append(", ");
            }
            value(sql, column, filter.values().get(i), true, path + "[" + i + "]");
          }
          sql.append(")");
        }
      }
      default -> {
        var operator =
            switch (filter.operator()) {
              case EQ -> " = ";
              case NE -> " <> ";
              case LT -> " < ";
              case LTE -> " <= ";
              case GT -> " > ";
              default -> " >= ";
            };
        if (filter.value() == JsonNull.INSTANCE) {
          sql.append(
              name + (filter.operator().wireName().equals("ne") ? " IS NOT NULL" : " IS NULL"));
        } else {
          sql.append(left + operator);
          value(sql, column, filter.value(), true, path);
        }
      }
    }
    return sql;
  }

  /** Appends a parameter for {@code value} (wrapped for JSON comparison where needed). */
  void value(Sql sql, ColumnInfo column, JsonValue value, boolean fromText, String path) {
    var json = column.kind() == ValueKind.JSON;
    var wrapped = json ? dialect.jsonComparable("?") : dialect.placeholder(column);
    var at = wrapped.indexOf('?');
    sql.append(wrapped.substring(0, at));
    try {
      sql.param(dialect.param(column, value, fromText));
    } catch (InvalidValueException e) {
      problems.add(
          Problem.error(
              path,
              "INVALID_VALUE",
              column.name() + " (" + column.type().display() + ") " + e.getMessage()));
      sql.param((statement, index) -> statement.setNull(index, java.sql.Types.NULL));
    }
    sql.append(wrapped.substring(at + 1));
  }

  /** The row whose primary key is {@code key}. */
  Sql key(JsonObject key, String path) {
    var sql = new Sql();
    for (var column : table.primaryKeyColumns()) {
      if (!sql.isEmpty()) {
        sql.append(" AND ");
      }
      sql.append(column(column) + " = ");
      value(sql, column, key.get(column.name()).get(), false, path + "." + column.name());
    }
    return sql;
  }

  /** The columns of {@code expect} still hold those values (NULL matching NULL). */
  Sql expected(JsonObject expect) {
    var sql = new Sql();
    for (var member : expect.members().entrySet()) {
      var column = table.column(member.getKey()).get();
      if (!sql.isEmpty()) {
        sql.append(" AND ");
      }
      if (member.getValue() == JsonNull.INSTANCE) {
        sql.append(column(column) + " IS NULL");
        continue;
      }
      var name =
          column.kind() == ValueKind.JSON ? dialect.jsonComparable(column(column)) : column(column);
      var probe = new Sql();
      value(probe, column, member.getValue(), false, "expect." + column.name());
      sql.append(dialect.nullSafeEquals(name, "")).append(probe);
    }
    return sql;
  }

  /**
   * The rows that come after {@code cursor} in the order {@code keys}: for keys k1…kn with cursor
   * values v1…vn, the OR over i of (k1 = v1 AND … AND k(i-1) = v(i-1) AND ki after vi), where NULLs
   * sort last ascending and first descending.
   */
  Sql after(List<OrderKey> keys, RowCursor cursor, String path) {
    var values = cursor.values();
    var allNotNull = keys.stream().noneMatch(k -> k.column().nullable());
    var oneDirection = keys.stream().map(OrderKey::direction).distinct().count() == 1;
    var noNullValues = values.stream().noneMatch(v -> v == JsonNull.INSTANCE);
    if (dialect.rowValueComparison()
        && allNotNull
        && oneDirection
        && noNullValues
        && keys.size() > 1) {
      var sql = new Sql("(");
      for (int i = 0; i < keys.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(column(keys.get(i).column()));
      }
      sql.append(keys.get(0).direction() == SortDirection.ASC ? ") > (" : ") < (");
      for (int i = 0; i < keys.size(); i++) {
        sql.append(i == 0 ? "" : ", ");
        value(sql, keys.get(i).column(), values.get(i), false, path);
      }
      return sql.append(")");
    }
    var sql = new Sql("(");
    for (int i = 0; i < keys.size(); i++) {
      var term = new Sql();
      for (int j = 0; j < i; j++) {
        var key = keys.get(j);
        if (values.get(j) == JsonNull.INSTANCE) {
          term.append(column(key.column()) + " IS NULL AND ");
        } else {
          term.append(column(key.column()) + " = ");
          value(term, key.column(), values.get(j), false, path);
          term.append(" AND ");
        }
      }
      var key = keys.get(i);
      var name = column(key.column());
      var value = values.get(i);
      if (value == JsonNull.INSTANCE) {
        if (!key.nullsFirst()) {
          continue; // Nothing sorts after NULL when NULLs come last.
        }
        term.append(name + " IS NOT NULL");
      } else {
        var comparison = key.direction() == SortDirection.ASC ? " > " : " < ";
        term.append("(" + name + comparison);
        value(term, key.column(), value, false, path);
        if (key.column().nullable() && !key.nullsFirst()) {
          term.append(" OR " + name + " IS NULL");
        }
        term.append(")");
      }
      if (sql.text().length() > 1) {
        sql.append(" OR ");
      }
      sql.append("(").append(term).append(")");
    }
    if (sql.text().length() == 1) {
      sql.append("1 = 0");
    }
    return sql.append(")");
  }

  /** ORDER BY terms for {@code keys}. */
  String orderBy(List<OrderKey> keys) {
    var terms = new ArrayList<String>();
    for (var key : keys) {
      terms.add(
          dialect.orderTerm(
              column(key.column()),
              key.direction() == SortDirection.DESC,
              key.nullsFirst(),
              key.column().nullable()));
    }
    return String.join(", ", terms);
  }
}
