package io.dbkeep.domain.studio;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.problem.Problem;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Why a Studio action was refused. A business outcome, not an exception: adapters switch over
 * {@link Code} exhaustively.
 *
 * @param details every problem found, each with its path ({@code filter[1].column}, {@code
 *     values.email}, {@code sql})
 * @param position for SQL errors, where the database says the error is
 * @param currentRow for {@link Code#ROW_CONFLICT}, the row as it is now
 */
public record StudioError(
    Code code,
    String message,
    List<Problem> details,
    Option<SqlPosition> position,
    Option<JsonObject> currentRow) {

  /** The kinds of refusal. */
  public enum Code {
    /** The schema does not exist. */
    SCHEMA_NOT_FOUND,
    /** The table or view does not exist in that schema. */
    TABLE_NOT_FOUND,
    /** A filter, sort or value names a column the table does not have. */
    COLUMN_NOT_FOUND,
    /** A filter, sort, cursor or page size is malformed. */
    INVALID_QUERY,
    /** A value does not fit its column's type. */
    INVALID_VALUE,
    /** The relation is a view or has no primary key; its rows cannot be changed here. */
    NOT_EDITABLE,
    /** The Studio runs read-only; nothing may be written. */
    READ_ONLY,
    /** The SQL console is switched off. */
    SQL_DISABLED,
    /** No row has that primary key (any more). */
    ROW_NOT_FOUND,
    /** The row changed since it was read: the expected values no longer match. */
    ROW_CONFLICT,
    /** The database refused the write because of a constraint (named in the message). */
    CONSTRAINT_VIOLATION,
    /** The database refused a statement of the SQL console. */
    SQL_ERROR,
    /** A statement ran longer than the statement timeout and was cancelled. */
    STATEMENT_TIMEOUT,
    /** A statement was cancelled on request. */
    STATEMENT_CANCELLED
  }

  public StudioError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    details = List.copyOf(details);
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(currentRow, "currentRow");
  }

  public static StudioError of(Code code, String message) {
    return new StudioError(code, message, List.of(), Option.none(), Option.none());
  }

  public static StudioError of(Code code, String message, List<Problem> details) {
    return new StudioError(code, message, details, Option.none(), Option.none());
  }

  public static StudioError tableNotFound(TableRef table) {
    return of(
        Code.TABLE_NOT_FOUND,
        "Table \"" + table.name() + "\" was not found in schema \"" + table.schema() + "\"");
  }

  public static StudioError schemaNotFound(String schema) {
    return of(Code.SCHEMA_NOT_FOUND, "Schema \"" + schema + "\" was not found");
  }

  public static StudioError readOnly() {
    return of(Code.READ_ONLY, "The Studio runs read-only; nothing can be changed");
  }

  public static StudioError sqlDisabled() {
    return of(Code.SQL_DISABLED, "The SQL console is switched off for this Studio");
  }

  public static StudioError invalidQuery(List<Problem> problems) {
    return of(Code.INVALID_QUERY, "The query is not valid", problems);
  }

  public static StudioError invalidValues(List<Problem> problems) {
    return of(Code.INVALID_VALUE, "Some values do not fit their columns", problems);
  }

  public static StudioError conflict(String message, JsonObject current) {
    return new StudioError(
        Code.ROW_CONFLICT, message, List.of(), Option.none(), Option.of(current));
  }

  public static StudioError sqlError(String message, Option<SqlPosition> position) {
    return new StudioError(Code.SQL_ERROR, message, List.of(), position, Option.none());
  }
}
