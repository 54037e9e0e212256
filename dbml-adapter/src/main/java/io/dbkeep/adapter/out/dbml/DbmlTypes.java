package io.dbkeep.adapter.out.dbml;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DBML column types to and from the document's {@link ColumnType}s. DBML types are free text (the
 * engine's spelling); the common spellings of PostgreSQL, MySQL and SQLite are understood, the
 * document's own names are written.
 */
final class DbmlTypes {

  private static final Map<String, ColumnType> ALIASES =
      Map.ofEntries(
          Map.entry("int2", ColumnType.SMALLINT),
          Map.entry("tinyint", ColumnType.SMALLINT),
          Map.entry("int4", ColumnType.INTEGER),
          Map.entry("mediumint", ColumnType.INTEGER),
          Map.entry("int8", ColumnType.BIGINT),
          Map.entry("serial4", ColumnType.SERIAL),
          Map.entry("serial8", ColumnType.BIGSERIAL),
          Map.entry("serial2", ColumnType.SMALLSERIAL),
          Map.entry("float4", ColumnType.REAL),
          Map.entry("float8", ColumnType.DOUBLE_PRECISION),
          Map.entry("double", ColumnType.DOUBLE_PRECISION),
          Map.entry("dec", ColumnType.DECIMAL),
          Map.entry("bool", ColumnType.BOOLEAN),
          Map.entry("character varying", ColumnType.VARCHAR),
          Map.entry("nvarchar", ColumnType.VARCHAR),
          Map.entry("character", ColumnType.CHAR),
          Map.entry("nchar", ColumnType.CHAR),
          Map.entry("string", ColumnType.TEXT),
          Map.entry("longtext", ColumnType.TEXT),
          Map.entry("mediumtext", ColumnType.TEXT),
          Map.entry("tinytext", ColumnType.TEXT),
          Map.entry("clob", ColumnType.TEXT),
          Map.entry("blob", ColumnType.BYTEA),
          Map.entry("longblob", ColumnType.BYTEA),
          Map.entry("binary", ColumnType.BYTEA),
          Map.entry("varbinary", ColumnType.BYTEA),
          Map.entry("datetime", ColumnType.TIMESTAMP),
          Map.entry("timestamp without time zone", ColumnType.TIMESTAMP),
          Map.entry("timestamp with time zone", ColumnType.TIMESTAMPTZ),
          Map.entry("time without time zone", ColumnType.TIME),
          Map.entry("time with time zone", ColumnType.TIMETZ),
          Map.entry("bit varying", ColumnType.VARBIT));

  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private DbmlTypes() {}

  /** The document type a DBML type name stands for, if DBKeep knows it. */
  static Option<ColumnType> parse(String name) {
    var stripped = name.strip();
    var key =
        (stripped.indexOf(' ') < 0 && stripped.indexOf('\t') < 0 && stripped.indexOf('\n') < 0
                ? stripped
                : BLANKS.matcher(stripped).replaceAll(" "))
            .toLowerCase(Locale.ROOT);
    var alias = ALIASES.get(key);
    return alias != null ? Option.of(alias) : ColumnType.parse(key);
  }

  /** The integer type with auto-increment: {@code int [increment]} is SERIAL. */
  static Option<ColumnType> withIncrement(ColumnType type) {
    return switch (type) {
      case SMALLINT -> Option.of(ColumnType.SMALLSERIAL);
      case INT, INTEGER -> Option.of(ColumnType.SERIAL);
      case BIGINT -> Option.of(ColumnType.BIGSERIAL);
      case SMALLSERIAL, SERIAL, BIGSERIAL -> Option.of(type);
      default -> Option.none();
    };
  }

  /** The DBML spelling of a non-enum column's type: {@code varchar(255)}, {@code decimal(10,2)}. */
  static String write(Column column) {
    var type = column.type();
    var name = type.wireName().toLowerCase(Locale.ROOT);
    var base = name.contains(" ") ? DbmlText.quotedName(name) : name;
    if (type.takesLength() && column.length().isDefined()) {
      return base + "(" + column.length().get() + ")";
    }
    if (type.takesPrecision() && column.precision().isDefined()) {
      return base
          + "("
          + column.precision().get()
          + column.scale().map(scale -> "," + scale).getOrElse("")
          + ")";
    }
    if (type.isVector() && column.dimension().isDefined()) {
      return base + "(" + column.dimension().get() + ")";
    }
    return base;
  }
}
