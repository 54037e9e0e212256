package io.dbkeep.domain.studio;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.ColumnType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which document type a catalog's column type becomes on each engine, for {@link
 * SchemaIntrospection}: PostgreSQL's {@code udt_name}s, MySQL's and MariaDB's column types, and
 * SQLite's declared types with its affinities. Pure.
 */
final class CatalogTypes {

  private CatalogTypes() {}

  static boolean isText(io.dbkeep.domain.studio.ColumnType type) {
    return switch (type.base()) {
      case "text", "longtext", "mediumtext", "tinytext", "clob" -> true;
      default -> type.base().isEmpty() || type.base().equals("text");
    };
  }

  static ColumnType postgres(io.dbkeep.domain.studio.ColumnType type, ColumnInfo info) {
    if (type.kind() == ValueKind.ENUM) {
      return ColumnType.ENUM;
    }
    return switch (type.base()) {
      case "int2" -> info.autoIncrement() ? ColumnType.SMALLSERIAL : ColumnType.SMALLINT;
      case "int4" -> info.autoIncrement() ? ColumnType.SERIAL : ColumnType.INTEGER;
      case "int8" -> info.autoIncrement() ? ColumnType.BIGSERIAL : ColumnType.BIGINT;
      case "numeric" -> ColumnType.NUMERIC;
      case "float4" -> ColumnType.REAL;
      case "float8" -> ColumnType.DOUBLE_PRECISION;
      case "money" -> ColumnType.MONEY;
      case "bpchar" -> ColumnType.CHAR;
      case "varchar" -> type.length().isDefined() ? ColumnType.VARCHAR : ColumnType.TEXT;
      case "text" -> ColumnType.TEXT;
      case "bytea" -> ColumnType.BYTEA;
      case "date" -> ColumnType.DATE;
      case "time" -> ColumnType.TIME;
      case "timetz" -> ColumnType.TIMETZ;
      case "timestamp" -> ColumnType.TIMESTAMP;
      case "timestamptz" -> ColumnType.TIMESTAMPTZ;
      case "interval" -> ColumnType.INTERVAL;
      case "bool" -> ColumnType.BOOLEAN;
      case "point" -> ColumnType.POINT;
      case "line" -> ColumnType.LINE;
      case "lseg" -> ColumnType.LSEG;
      case "box" -> ColumnType.BOX;
      case "path" -> ColumnType.PATH;
      case "polygon" -> ColumnType.POLYGON;
      case "circle" -> ColumnType.CIRCLE;
      case "cidr" -> ColumnType.CIDR;
      case "inet" -> ColumnType.INET;
      case "macaddr" -> ColumnType.MACADDR;
      case "macaddr8" -> ColumnType.MACADDR8;
      case "bit" -> ColumnType.BIT;
      case "varbit" -> ColumnType.VARBIT;
      case "tsvector" -> ColumnType.TSVECTOR;
      case "tsquery" -> ColumnType.TSQUERY;
      case "json" -> ColumnType.JSON;
      case "jsonb" -> ColumnType.JSONB;
      case "uuid" -> ColumnType.UUID;
      case "xml" -> ColumnType.XML;
      default -> ColumnType.TEXT;
    };
  }

  static ColumnType mysql(io.dbkeep.domain.studio.ColumnType type, ColumnInfo info) {
    var base = type.base();
    var auto = info.autoIncrement();
    return switch (base) {
      case "tinyint" -> type.kind() == ValueKind.BOOLEAN ? ColumnType.BOOLEAN : ColumnType.SMALLINT;
      case "bool", "boolean" -> ColumnType.BOOLEAN;
      case "smallint", "year" -> auto ? ColumnType.SMALLSERIAL : ColumnType.SMALLINT;
      case "mediumint", "int", "integer" -> auto ? ColumnType.SERIAL : ColumnType.INT;
      case "bigint" -> auto ? ColumnType.BIGSERIAL : ColumnType.BIGINT;
      case "decimal", "numeric" -> ColumnType.DECIMAL;
      case "float" -> ColumnType.REAL;
      case "double", "real" -> ColumnType.DOUBLE_PRECISION;
      case "char" -> ColumnType.CHAR;
      case "varchar" -> ColumnType.VARCHAR;
      case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> ColumnType.BYTEA;
      case "date" -> ColumnType.DATE;
      case "time" -> ColumnType.TIME;
      case "datetime", "timestamp" -> ColumnType.TIMESTAMP;
      case "bit" -> ColumnType.BIT;
      case "json" -> ColumnType.JSON;
      case "enum" -> ColumnType.ENUM;
      case "uuid" -> ColumnType.UUID;
      default -> ColumnType.TEXT;
    };
  }

  /**
   * SQLite numbers every auto-increment key as INTEGER; the document's serial type is chosen so
   * that the columns referencing it stay compatible (BIGINT → BIGSERIAL, SMALLINT → SMALLSERIAL).
   */
  static Map<String, ColumnType> sqliteSerials(Engine engine, List<TableStructure> tables) {
    var serials = new HashMap<String, ColumnType>();
    if (engine != Engine.SQLITE) {
      return serials;
    }
    for (var table : tables) {
      for (var key : table.foreignKeys()) {
        for (int i = 0; i < key.columns().size() && i < key.referencedColumns().size(); i++) {
          var source = table.column(key.columns().get(i));
          if (source.isEmpty()) {
            continue;
          }
          var base = source.get().type().base().toUpperCase(Locale.ROOT);
          var serial =
              base.equals("BIGINT")
                  ? ColumnType.BIGSERIAL
                  : base.equals("SMALLINT") ? ColumnType.SMALLSERIAL : ColumnType.SERIAL;
          serials.put(key.referenced().name() + "\u0000" + key.referencedColumns().get(i), serial);
        }
      }
    }
    return serials;
  }

  static ColumnType sqlite(
      io.dbkeep.domain.studio.ColumnType type, ColumnInfo info, ColumnType serial) {
    var base = type.base().toUpperCase(Locale.ROOT).strip();
    if (info.autoIncrement()) {
      return serial;
    }
    var exact = ColumnType.parse(base);
    if (exact.isDefined() && exact.get() != ColumnType.ENUM) {
      return exact.get();
    }
    if (base.equals("BLOB")) {
      return ColumnType.BYTEA;
    }
    if (base.equals("DOUBLE")) {
      return ColumnType.DOUBLE_PRECISION;
    }
    if (base.equals("DATETIME")) {
      return ColumnType.TIMESTAMP;
    }
    return switch (type.kind()) {
      case INTEGER -> ColumnType.INTEGER;
      case FLOAT -> ColumnType.REAL;
      case DECIMAL -> ColumnType.NUMERIC;
      case BOOLEAN -> ColumnType.BOOLEAN;
      case BYTES -> ColumnType.BYTEA;
      case JSON -> ColumnType.JSON;
      default -> ColumnType.TEXT;
    };
  }
}
