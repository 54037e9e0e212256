package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.check.CheckExpression;
import io.vavr.control.Option;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * SQLite: declared types chosen so SQLite's affinity rules give the intended storage class; types
 * without a native equivalent become TEXT, INTEGER, NUMERIC or BLOB, with a warning naming the
 * mapping.
 */
final class SqliteDialect extends Dialect {

  static final SqliteDialect INSTANCE = new SqliteDialect();

  private SqliteDialect() {}

  @Override
  EngineMigrationSteps migrationSteps(MigrationWriter writer) {
    return new SqliteMigrationSteps(writer);
  }

  @Override
  String clockDefault(DefaultValue.Kind clock, ColumnType type) {
    return switch (clock) {
      case CURRENT_DATE -> "CURRENT_DATE";
      case CURRENT_TIME -> "CURRENT_TIME";
      default -> "CURRENT_TIMESTAMP";
    };
  }

  /** A version-4 UUID from randomblob(), as SQLite has no function for it. */
  @Override
  String randomUuidDefault() {
    return "(lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||"
        + " substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random())"
        + " % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))))";
  }

  @Override
  Engine engine() {
    return Engine.SQLITE;
  }

  @Override
  Option<Refusal> identifierProblem(String name) {
    if (hasNul(name)) {
      return Option.of(new Refusal("INVALID_NAME", "must not contain the NUL character"));
    }
    return Option.none();
  }

  @Override
  boolean fits(String name) {
    return true;
  }

  @Override
  String cut(String name, int room) {
    return name;
  }

  @Override
  String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * The mapping of each type but CHAR, VARCHAR, DECIMAL and NUMERIC (whose SQL names the length or
   * precision): made once instead of for every column each time a rule asks.
   */
  private static final Map<ColumnType, MappedType> PLAIN_TYPES = new EnumMap<>(ColumnType.class);

  static {
    for (var type : ColumnType.values()) {
      if (!dependsOnColumn(type)) {
        PLAIN_TYPES.put(type, mapEach(Column.builder("", "", type).build()));
      }
    }
  }

  private static boolean dependsOnColumn(ColumnType type) {
    return switch (type) {
      case CHAR, VARCHAR, DECIMAL, NUMERIC -> true;
      default -> false;
    };
  }

  @Override
  MappedType map(Column column, Option<EnumType> enumType) {
    return dependsOnColumn(column.type()) ? mapEach(column) : PLAIN_TYPES.get(column.type());
  }

  private static MappedType mapEach(Column column) {
    var type = column.type();
    var name = type.wireName();
    return switch (type) {
      case SMALLINT, BIGINT -> MappedType.of(name);
      case INT, INTEGER, SMALLSERIAL, SERIAL, BIGSERIAL -> MappedType.of("INTEGER");
      case REAL, DOUBLE_PRECISION, FLOAT -> MappedType.of(name);
      case TEXT -> MappedType.of("TEXT");
      case BYTEA -> MappedType.of("BLOB");
      case CHAR, VARCHAR ->
          MappedType.of(
              column.length().isEmpty() ? name : name + "(" + column.length().get() + ")");
      case DECIMAL, NUMERIC -> {
        var sql = name + PostgresDialect.precision(column);
        yield MappedType.of(sql)
            .mappedFrom(
                sql
                    + " has NUMERIC affinity on SQLite: values are stored as integers or"
                    + " floating point numbers, not as exact decimals");
      }
      case MONEY -> mapped("NUMERIC", name);
      case BOOLEAN -> mapped("INTEGER", name + " (0 or 1)");
      case ENUM -> MappedType.of("TEXT");
      case VECTOR, HALFVEC, SPARSEVEC -> mapped("TEXT", name + " (as its text form)");
      default -> mapped("TEXT", name);
    };
  }

  private static MappedType mapped(String sql, String from) {
    var what = from.contains(" (") ? from.substring(0, from.indexOf(" (")) : from;
    var how = from.contains(" (") ? from.substring(from.indexOf(" (")) : "";
    return MappedType.of(sql)
        .mappedFrom(what + " has no SQLite equivalent; it is stored as " + sql + how);
  }

  @Override
  int maxColumns() {
    return 2000;
  }

  @Override
  int maxKeyColumns() {
    return 2000;
  }

  @Override
  int maxCharLength() {
    return 1_000_000_000;
  }

  @Override
  int maxVarcharLength() {
    return 1_000_000_000;
  }

  @Override
  int maxBitLength() {
    return 1_000_000_000;
  }

  @Override
  int maxDecimalPrecision() {
    return 1000;
  }

  @Override
  int maxDecimalScale() {
    return 1000;
  }

  @Override
  String checkFunction(CheckExpression.Function function) {
    return function.name().toLowerCase(Locale.ROOT);
  }

  @Override
  boolean enumsAsCheck() {
    return true;
  }

  @Override
  boolean autoIncrementOnlyAsSoleKey() {
    return true;
  }

  @Override
  boolean foreignKeysInline() {
    return true;
  }

  @Override
  Option<String> reservedPrefix() {
    return RESERVED_PREFIX;
  }

  private static final Option<String> RESERVED_PREFIX = Option.of("sqlite_");

  @Override
  String preamble(SchemaPlan plan) {
    return "\nPRAGMA foreign_keys = ON;\n";
  }
}
