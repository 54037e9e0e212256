package io.dbkeep.schematests;

import io.dbkeep.domain.project.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The CHECK constraints a catalog holds, as {@code table -> constraint name -> definition}:
 * PostgreSQL's {@code pg_get_constraintdef}, MariaDB's {@code information_schema.CHECK_CONSTRAINTS}
 * (without the {@code json_valid} checks MariaDB adds to JSON columns by itself), SQLite's {@code
 * CONSTRAINT "name" CHECK (…)} clauses in {@code sqlite_master}.
 */
final class CheckCatalog {

  private static final Pattern SQLITE_CHECK =
      Pattern.compile(
          "CONSTRAINT\\s+(\"(?:[^\"]|\"\")+\"|\\[[^\\]]+\\]|`[^`]+`|\\w+)\\s+CHECK\\s*\\(",
          Pattern.CASE_INSENSITIVE);

  private CheckCatalog() {}

  static Map<String, Map<String, String>> read(Engine engine, Connection connection)
      throws SQLException {
    var result = new TreeMap<String, Map<String, String>>();
    try (var statement = connection.createStatement()) {
      switch (engine) {
        case POSTGRESQL -> {
          var rows =
              statement.executeQuery(
                  "select c.relname, con.conname, pg_get_constraintdef(con.oid) from pg_constraint"
                      + " con join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid"
                      + " = c.relnamespace where n.nspname = 'public' and con.contype = 'c'");
          while (rows.next()) {
            result
                .computeIfAbsent(rows.getString(1), t -> new TreeMap<>())
                .put(rows.getString(2), rows.getString(3));
          }
        }
        case MYSQL -> {
          var rows =
              statement.executeQuery(
                  "select TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE from"
                      + " information_schema.CHECK_CONSTRAINTS where CONSTRAINT_SCHEMA = database()");
          while (rows.next()) {
            if (!rows.getString(3).startsWith("json_valid(")) {
              result
                  .computeIfAbsent(rows.getString(1), t -> new TreeMap<>())
                  .put(rows.getString(2), rows.getString(3));
            }
          }
        }
        case SQLITE -> {
          var rows =
              statement.executeQuery("select name, sql from sqlite_master where type = 'table'");
          while (rows.next()) {
            var sql = rows.getString(2);
            var matcher = SQLITE_CHECK.matcher(sql);
            while (matcher.find()) {
              var start = matcher.end();
              var depth = 1;
              var i = start;
              var inString = false;
              for (; i < sql.length() && depth > 0; i++) {
                var c = sql.charAt(i);
                if (c == '\'') {
                  inString = !inString;
                } else if (!inString && c == '(') {
                  depth++;
                } else if (!inString && c == ')') {
                  depth--;
                }
              }
              result
                  .computeIfAbsent(rows.getString(1), t -> new TreeMap<>())
                  .put(unquote(matcher.group(1)), sql.substring(start, i - 1));
            }
          }
        }
      }
    }
    return result;
  }

  private static String unquote(String name) {
    var first = name.charAt(0);
    if (first == '"' || first == '[' || first == '`') {
      return name.substring(1, name.length() - 1).replace("\"\"", "\"");
    }
    return name;
  }

  /**
   * Definitions without quotes, brackets, blanks, {@code NOT VALID} and case, so that SQLite's text
   * (as written) compares with PostgreSQL's and MariaDB's (as the catalog prints it).
   */
  static Map<String, Map<String, String>> comparable(Map<String, Map<String, String>> checks) {
    var result = new TreeMap<String, Map<String, String>>();
    checks.forEach(
        (table, byName) -> {
          var normal = new TreeMap<String, String>();
          byName.forEach(
              (name, definition) ->
                  normal.put(
                      name,
                      definition
                          .replaceAll("[\"`\\s\\[\\]]", "")
                          .replace("NOTVALID", "")
                          .toLowerCase(Locale.ROOT)));
          result.put(table, normal);
        });
    return result;
  }
}
