package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.sql.SchemaValidator.quoted;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;

/**
 * One column: its enum, type parameters within the engine's ranges, type mappings, keyability of
 * primary-key and unique columns, defaults, comments, serials the engine cannot make
 * auto-increment.
 */
final class ColumnRules {

  private static final int MAX_VECTOR_DIMENSION = 16_000;
  private static final int MAX_SPARSEVEC_DIMENSION = 1_000_000_000;

  private final ValidationRun run;

  ColumnRules(ValidationRun run) {
    this.run = run;
  }

  /**
   * The path of column {@code index} of the table at {@code tablePath}, built only when a problem
   * names it: most columns have none, and a save validates every column.
   */
  static String at(String tablePath, int index) {
    return tablePath + ".columns[" + index + "]";
  }

  /** {@code at(tablePath, index) + member} in one concatenation. */
  static String at(String tablePath, int index, String member) {
    return tablePath + ".columns[" + index + "]" + member;
  }

  void checkColumn(Table table, Column column, String tablePath, int index) {
    var type = column.type();
    var enumType = enumOf(column, tablePath, index);
    checkParameters(column, tablePath, index);
    var mapped = run.map(column, enumType);
    if (mapped.mapping().isDefined()) {
      run.warning(at(tablePath, index, ".type"), "TYPE_MAPPED", mapped.mapping().get());
    }
    if (type.isVector() && run.dialect.vectorsNeedExtension() && !run.vectorWarned) {
      run.vectorWarned = true;
      run.warning(
          at(tablePath, index, ".type"),
          "PGVECTOR_REQUIRED",
          type.wireName()
              + " needs the pgvector extension on the server (the script runs"
              + " CREATE EXTENSION IF NOT EXISTS vector)");
    }
    if (column.primaryKey() && column.nullable()) {
      run.warning(
          at(tablePath, index, ".nullable"),
          "PRIMARY_KEY_NULLABLE",
          "primary-key columns are always NOT NULL; nullable is ignored");
    }
    if (column.primaryKey() && !mapped.keyable()) {
      run.error(
          at(tablePath, index, ".primaryKey"),
          "TYPE_NOT_INDEXABLE",
          run.notKeyable(column, mapped, "a primary key"));
    }
    if (column.unique() && !column.primaryKey()) {
      if (!mapped.keyable()) {
        run.error(
            at(tablePath, index, ".unique"),
            "TYPE_NOT_INDEXABLE",
            run.notKeyable(column, mapped, "unique"));
      } else if (run.dialect.maxKeyBytes().isDefined()) { // the path only where keys have a limit
        run.checkKeyBytes(mapped.keyBytes(), at(tablePath, index, ".unique"));
      }
    }
    column
        .defaultValue()
        .filter(text -> !text.isBlank())
        .forEach(
            text -> {
              var parsed = DefaultValue.parse(text);
              var refusal =
                  parsed.isLeft()
                      ? Option.of(parsed.getLeft())
                      : DefaultRules.refusal(parsed.get(), column, enumType, run.dialect);
              refusal.forEach(
                  r -> run.error(at(tablePath, index, ".default"), r.code(), r.message()));
            });
    if (column.comment().isDefined()) {
      run.checkComment(
          column.comment(), at(tablePath, index, ".comment"), run.dialect.maxColumnComment());
    }
    if (type.isSerial()
        && run.dialect.autoIncrementOnlyAsSoleKey()
        && !(column.primaryKey() && RelationRules.isSoleKey(table, column))) {
      run.warning(
          at(tablePath, index, ".type"),
          "TYPE_MAPPED",
          type.wireName()
              + " is stored as INTEGER without auto-increment on SQLite unless it is the only"
              + " primary-key column");
    }
  }

  Option<EnumType> enumOf(Column column, String tablePath, int index) {
    if (column.type() != ColumnType.ENUM) {
      return Option.none();
    }
    if (column.enumId().isEmpty()) {
      run.error(at(tablePath, index, ".enumId"), "UNKNOWN_ENUM", "an ENUM column needs an enumId");
      return Option.none();
    }
    var found = run.document.enumType(column.enumId().get());
    if (found.isEmpty()) {
      run.error(
          at(tablePath, index, ".enumId"),
          "UNKNOWN_ENUM",
          "no enum has the id " + quoted(column.enumId().get()));
    }
    return found;
  }

  void checkParameters(Column column, String tablePath, int index) {
    var type = column.type();
    if (type.takesLength()) {
      int max =
          switch (type) {
            case CHAR -> run.dialect.maxCharLength();
            case VARCHAR -> run.dialect.maxVarcharLength();
            default -> run.dialect.maxBitLength();
          };
      column
          .length()
          .filter(length -> length < 1 || length > max)
          .forEach(
              length ->
                  run.error(
                      at(tablePath, index, ".length"),
                      "PARAMETER_OUT_OF_RANGE",
                      type.wireName()
                          + " length must be from 1 to "
                          + max
                          + " on "
                          + run.engine.displayName()
                          + ", not "
                          + length));
    }
    if (type.takesPrecision()) {
      var maxPrecision = run.dialect.maxDecimalPrecision();
      var precision = column.precision();
      precision
          .filter(p -> p < 1 || p > maxPrecision)
          .forEach(
              p ->
                  run.error(
                      at(tablePath, index, ".precision"),
                      "PARAMETER_OUT_OF_RANGE",
                      type.wireName()
                          + " precision must be from 1 to "
                          + maxPrecision
                          + " on "
                          + run.engine.displayName()
                          + ", not "
                          + p));
      column
          .scale()
          .forEach(
              scale -> {
                if (precision.isEmpty()) {
                  run.error(
                      at(tablePath, index, ".scale"),
                      "PARAMETER_OUT_OF_RANGE",
                      "a scale needs a precision");
                } else if (scale < 0
                    || scale > precision.get()
                    || scale > run.dialect.maxDecimalScale()) {
                  run.error(
                      at(tablePath, index, ".scale"),
                      "PARAMETER_OUT_OF_RANGE",
                      type.wireName()
                          + " scale must be from 0 to the precision ("
                          + precision.get()
                          + ")"
                          + (run.dialect.maxDecimalScale() < run.dialect.maxDecimalPrecision()
                              ? " and at most "
                                  + run.dialect.maxDecimalScale()
                                  + " on "
                                  + run.engine.displayName()
                              : "")
                          + ", not "
                          + scale);
                }
              });
    }
    if (type.isVector()) {
      var max = type == ColumnType.SPARSEVEC ? MAX_SPARSEVEC_DIMENSION : MAX_VECTOR_DIMENSION;
      column
          .dimension()
          .filter(d -> d < 1 || d > max)
          .forEach(
              d ->
                  run.error(
                      at(tablePath, index, ".dimension"),
                      "PARAMETER_OUT_OF_RANGE",
                      type.wireName() + " dimension must be from 1 to " + max + ", not " + d));
    }
  }
}
