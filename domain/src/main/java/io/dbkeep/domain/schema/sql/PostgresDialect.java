package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** PostgreSQL: every document type is native; identifiers are at most 63 bytes. */
final class PostgresDialect extends Dialect {

  @Override
  boolean checkNamesPerTable() {
    return true;
  }

  static final PostgresDialect INSTANCE = new PostgresDialect();
  static final int MAX_IDENTIFIER_BYTES = 63;

  /**
   * The mapping of each type that takes no parameters: the same for every column of that type, so
   * made once instead of per column (a save maps every column more than once).
   */
  private static final Map<ColumnType, MappedType> PLAIN_TYPES = new EnumMap<>(ColumnType.class);

  static {
    for (var type : ColumnType.values()) {
      PLAIN_TYPES.put(
          type,
          switch (type) {
            case INT -> MappedType.of("INTEGER");
            case JSON, XML, POINT, LINE, LSEG, BOX, PATH, POLYGON, CIRCLE ->
                MappedType.of(type.wireName()).notKeyable();
            default -> MappedType.of(type.wireName());
          });
    }
  }

  /**
   * Types in {@code pg_catalog}, which PostgreSQL searches before any other schema: an enum with
   * one of these names would not be the type its columns get.
   */
  static final Set<String> BUILT_IN_TYPES =
      Set.of(
          "bool",
          "bytea",
          "char",
          "name",
          "int8",
          "int2",
          "int2vector",
          "int4",
          "regproc",
          "text",
          "oid",
          "tid",
          "xid",
          "xid8",
          "cid",
          "oidvector",
          "json",
          "xml",
          "point",
          "lseg",
          "path",
          "box",
          "polygon",
          "line",
          "float4",
          "float8",
          "unknown",
          "circle",
          "money",
          "macaddr",
          "inet",
          "cidr",
          "macaddr8",
          "aclitem",
          "bpchar",
          "varchar",
          "date",
          "time",
          "timestamp",
          "timestamptz",
          "interval",
          "timetz",
          "bit",
          "varbit",
          "numeric",
          "refcursor",
          "uuid",
          "tsvector",
          "gtsvector",
          "tsquery",
          "jsonb",
          "jsonpath",
          "record",
          "cstring",
          "any",
          "anyarray",
          "void",
          "trigger",
          "internal",
          "anyelement",
          "anynonarray",
          "anyenum",
          "anyrange",
          "int4range",
          "numrange",
          "tsrange",
          "tstzrange",
          "daterange",
          "int8range",
          "regclass",
          "regtype",
          "regrole",
          "regnamespace",
          "regconfig",
          "regdictionary",
          "regoper",
          "regoperator",
          "regprocedure",
          "regcollation",
          "txid_snapshot",
          "boolean",
          "integer",
          "smallint",
          "bigint",
          "real",
          "decimal",
          "character",
          "float",
          "double");

  private PostgresDialect() {}

  @Override
  EngineMigrationSteps migrationSteps(MigrationWriter writer) {
    return new PostgresMigrationSteps(writer);
  }

  @Override
  String clockDefault(DefaultValue.Kind clock, ColumnType type) {
    return switch (clock) {
      case CURRENT_DATE -> "CURRENT_DATE";
      case CURRENT_TIME -> type == ColumnType.TIME ? "LOCALTIME" : "CURRENT_TIME";
      default -> type == ColumnType.TIMESTAMP ? "LOCALTIMESTAMP" : "CURRENT_TIMESTAMP";
    };
  }

  @Override
  String randomUuidDefault() {
    return "gen_random_uuid()";
  }

  @Override
  Engine engine() {
    return Engine.POSTGRESQL;
  }

  @Override
  Option<Refusal> identifierProblem(String name) {
    if (hasNul(name)) {
      return Option.of(new Refusal("INVALID_NAME", "must not contain the NUL character"));
    }
    var bytes = utf8Length(name);
    if (bytes > MAX_IDENTIFIER_BYTES) {
      return Option.of(
          new Refusal(
              "NAME_TOO_LONG",
              "is "
                  + bytes
                  + " bytes long; PostgreSQL identifiers are at most "
                  + MAX_IDENTIFIER_BYTES
                  + " bytes (UTF-8)"));
    }
    return Option.none();
  }

  @Override
  boolean fits(String name) {
    return utf8Length(name) <= MAX_IDENTIFIER_BYTES;
  }

  @Override
  String cut(String name, int room) {
    var budget = MAX_IDENTIFIER_BYTES - room;
    var end = 0;
    var bytes = 0;
    while (end < name.length()) {
      var codePoint = name.codePointAt(end);
      var size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > budget) {
        break;
      }
      bytes += size;
      end += Character.charCount(codePoint);
    }
    return name.substring(0, end);
  }

  @Override
  String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  MappedType map(Column column, Option<EnumType> enumType) {
    var type = column.type();
    return switch (type) {
      case DECIMAL, NUMERIC -> MappedType.of(type.wireName() + precision(column));
      case CHAR, VARCHAR, BIT, VARBIT ->
          MappedType.of(
              column.length().isEmpty()
                  ? type.wireName()
                  : type.wireName() + "(" + column.length().get() + ")");
      case VECTOR, HALFVEC, SPARSEVEC ->
          MappedType.of(
              type.name().toLowerCase(Locale.ROOT)
                  + column.dimension().map(n -> "(" + n + ")").getOrElse(""));
      case ENUM -> MappedType.of(quote(enumType.map(EnumType::name).getOrElse("")));
      default -> PLAIN_TYPES.get(type);
    };
  }

  static String precision(Column column) {
    if (column.precision().isEmpty()) {
      return "";
    }
    return column.scale().isEmpty()
        ? "(" + column.precision().get() + ")"
        : "(" + column.precision().get() + "," + column.scale().get() + ")";
  }

  @Override
  int maxColumns() {
    return 1600;
  }

  @Override
  int maxKeyColumns() {
    return 32;
  }

  @Override
  int maxCharLength() {
    return 10_485_760;
  }

  @Override
  int maxVarcharLength() {
    return 10_485_760;
  }

  @Override
  int maxBitLength() {
    return 83_886_080;
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
  boolean enumsAreTypes() {
    return true;
  }

  @Override
  Option<String> enumNameProblem(String name) {
    return BUILT_IN_TYPES.contains(name) || name.startsWith("pg_")
        ? Option.of("would be shadowed by a built-in type of that name")
        : Option.none();
  }

  @Override
  Option<String> enumValueProblem(String value) {
    return utf8Length(value) > MAX_IDENTIFIER_BYTES
        ? Option.of("PostgreSQL enum values are at most 63 bytes")
        : Option.none();
  }

  @Override
  CommentStyle commentStyle() {
    return CommentStyle.COMMENT_ON;
  }

  @Override
  boolean vectorsNeedExtension() {
    return true;
  }

  @Override
  boolean warnsUnindexedForeignKeys() {
    return true;
  }

  @Override
  String preamble(SchemaPlan plan) {
    var out = new StringBuilder();
    if (plan.usesVector()) {
      out.append("\nCREATE EXTENSION IF NOT EXISTS vector;\n");
    }
    for (var type : plan.enums()) {
      out.append("\nCREATE TYPE ").append(quote(type.name())).append(" AS ENUM (");
      for (int i = 0; i < type.values().size(); i++) {
        out.append(i == 0 ? "" : ", ").append(literal(type.values().get(i)));
      }
      out.append(");\n");
    }
    return out.toString();
  }
}
