package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.vavr.control.Option;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * MySQL (and MariaDB): InnoDB tables in utf8mb4 ({@code utf8mb4_unicode_ci}); identifiers are at
 * most 64 characters of the Basic Multilingual Plane and compare case- and accent-insensitively.
 * Sizes here feed the checks for InnoDB's key length (3,072 bytes), the 65,535-byte row limit and
 * the ~8 KB in-page record limit.
 */
final class MySqlDialect extends Dialect {

  static final MySqlDialect INSTANCE = new MySqlDialect();
  static final int MAX_IDENTIFIER_CHARS = 64;
  static final int MAX_KEY_BYTES = 3072;
  static final int MAX_ROW_BYTES = 65_535;
  static final int MAX_INLINE_RECORD_BYTES = 8126;
  static final int MAX_INDEXES = 64;
  static final int MAX_TABLE_COMMENT = 2048;
  static final int MAX_COLUMN_COMMENT = 1024;
  static final int MAX_ENUM_VALUE_CHARS = 255;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final int BYTES_PER_CHAR = 4;

  /** Bytes an off-page column leaves in the record (20-byte pointer plus prefix, see InnoDB). */
  private static final int OFF_PAGE_BYTES = 42;

  private MySqlDialect() {}

  @Override
  EngineMigrationSteps migrationSteps(MigrationWriter writer) {
    return new MySqlMigrationSteps(writer);
  }

  @Override
  String clockDefault(DefaultValue.Kind clock, ColumnType type) {
    return switch (clock) {
      case CURRENT_DATE -> "(CURRENT_DATE)";
      case CURRENT_TIME -> "(CURRENT_TIME(6))";
      default -> "CURRENT_TIMESTAMP(6)";
    };
  }

  @Override
  String randomUuidDefault() {
    return "(UUID())";
  }

  /** VARCHAR without a length is VARCHAR(255) here (see {@link #map}). */
  @Override
  int implicitVarcharLength() {
    return 255;
  }

  /** DECIMAL without a precision is DECIMAL(10,0). */
  @Override
  Option<Integer> implicitDecimalPrecision() {
    return Option.of(10);
  }

  /** DATETIME and TIME keep no offset. */
  @Override
  boolean keepsTimeZoneOffsets() {
    return false;
  }

  @Override
  Engine engine() {
    return Engine.MYSQL;
  }

  @Override
  String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  @Override
  String literal(String text) {
    return quoteLiteral(text);
  }

  private static String quoteLiteral(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  @Override
  Option<Refusal> identifierProblem(String name) {
    if (hasNul(name)) {
      return Option.of(new Refusal("INVALID_NAME", "must not contain the NUL character"));
    }
    if (hasSupplementary(name)) {
      return Option.of(
          new Refusal(
              "INVALID_NAME",
              "contains characters outside the Basic Multilingual Plane (such as emoji), which MySQL"
                  + " identifiers cannot hold"));
    }
    if (name.endsWith(" ")) {
      return Option.of(
          new Refusal("INVALID_NAME", "ends with a space, which MySQL identifiers cannot"));
    }
    var length = name.codePointCount(0, name.length());
    if (length > MAX_IDENTIFIER_CHARS) {
      return Option.of(
          new Refusal(
              "NAME_TOO_LONG",
              "is "
                  + length
                  + " characters long; MySQL identifiers are at most "
                  + MAX_IDENTIFIER_CHARS
                  + " characters"));
    }
    return Option.none();
  }

  /**
   * Whether {@code name} has a character outside the Basic Multilingual Plane (a surrogate pair).
   */
  private static boolean hasSupplementary(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (Character.isSupplementaryCodePoint(name.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  boolean fits(String name) {
    return name.codePointCount(0, name.length()) <= MAX_IDENTIFIER_CHARS && !name.endsWith(" ");
  }

  @Override
  String cut(String name, int room) {
    var budget = MAX_IDENTIFIER_CHARS - room;
    var count = name.codePointCount(0, name.length());
    var cut = count <= budget ? name : name.substring(0, name.offsetByCodePoints(0, budget));
    return cut.stripTrailing();
  }

  @Override
  String fold(String name) {
    if (isAscii(name)) {
      return name.toLowerCase(Locale.ROOT); // no ß to replace: one scan less for every name
    }
    return foldAccents(name).replace("ß", "s");
  }

  /** How utf8mb4_unicode_ci compares enum values: case-, accent- and trailing-space-blind. */
  static String foldValue(String value) {
    return foldAccents(value).replace("ß", "ss").stripTrailing();
  }

  private static String foldAccents(String text) {
    if (isAscii(text)) {
      return text.toLowerCase(Locale.ROOT);
    }
    var decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * The mapping of each type whose mapping does not depend on the column (all but lengths,
   * precisions and enums): made once instead of for every column each time a rule asks.
   */
  private static final Map<ColumnType, MappedType> PLAIN_TYPES = new EnumMap<>(ColumnType.class);

  static {
    for (var type : ColumnType.values()) {
      if (!dependsOnColumn(type)) {
        PLAIN_TYPES.put(type, mapEach(Column.builder("", "", type).build(), Option.none()));
      }
    }
  }

  private static boolean dependsOnColumn(ColumnType type) {
    return switch (type) {
      case DECIMAL, NUMERIC, CHAR, VARCHAR, BIT, VARBIT, ENUM -> true;
      default -> false;
    };
  }

  @Override
  MappedType map(Column column, Option<EnumType> enumType) {
    return dependsOnColumn(column.type())
        ? mapEach(column, enumType)
        : PLAIN_TYPES.get(column.type());
  }

  private static MappedType mapEach(Column column, Option<EnumType> enumType) {
    var type = column.type();
    var name = type.wireName();
    return switch (type) {
      case SMALLINT, SMALLSERIAL -> fixed("SMALLINT", 2);
      case INT, INTEGER, SERIAL -> fixed("INT", 4);
      case BIGINT, BIGSERIAL -> fixed("BIGINT", 8);
      case DECIMAL, NUMERIC -> {
        var sql = name + PostgresDialect.precision(column);
        var bytes = decimalBytes(column.precision().getOrElse(10), column.scale().getOrElse(0));
        var mapped = fixed(sql, bytes);
        yield column.precision().isEmpty()
            ? mapped.mappedFrom(name + " without a precision is DECIMAL(10,0) on MySQL")
            : mapped;
      }
      case REAL -> fixed("FLOAT", 4);
      case DOUBLE_PRECISION, FLOAT -> fixed("DOUBLE", 8);
      case MONEY ->
          fixed("DECIMAL(19,4)", 9).mappedFrom("MONEY is stored as DECIMAL(19,4) on MySQL");
      case CHAR -> chars("CHAR", column.length().getOrElse(1), 0);
      case VARCHAR -> {
        var mapped = chars("VARCHAR", column.length().getOrElse(255), 1);
        yield column.length().isEmpty()
            ? mapped.mappedFrom("VARCHAR without a length is VARCHAR(255) on MySQL")
            : mapped;
      }
      case TEXT -> large("LONGTEXT");
      case BYTEA -> large("LONGBLOB").mappedFrom("BYTEA is stored as LONGBLOB on MySQL");
      case DATE -> fixed("DATE", 3);
      case TIME -> fixed("TIME(6)", 6);
      case TIMETZ ->
          fixed("TIME(6)", 6)
              .mappedFrom("TIMETZ is stored as TIME(6) on MySQL, without its time zone");
      case TIMESTAMP -> fixed("DATETIME(6)", 8);
      case TIMESTAMPTZ ->
          fixed("DATETIME(6)", 8)
              .mappedFrom(
                  "TIMESTAMPTZ is stored as DATETIME(6) on MySQL, without a time zone (UTC by"
                      + " convention)");
      case INTERVAL ->
          chars("VARCHAR", 255, 1).mappedFrom("INTERVAL is stored as VARCHAR(255) on MySQL");
      case BOOLEAN -> fixed("TINYINT(1)", 1);
      case CIDR, INET ->
          chars("VARCHAR", 43, 1).mappedFrom(name + " is stored as VARCHAR(43) on MySQL");
      case MACADDR ->
          chars("VARCHAR", 17, 1).mappedFrom("MACADDR is stored as VARCHAR(17) on MySQL");
      case MACADDR8 ->
          chars("VARCHAR", 23, 1).mappedFrom("MACADDR8 is stored as VARCHAR(23) on MySQL");
      case BIT -> {
        var bits = column.length().getOrElse(1);
        yield fixed("BIT(" + bits + ")", (bits + 7) / 8);
      }
      case VARBIT -> {
        var bits = column.length().getOrElse(64);
        yield fixed("BIT(" + bits + ")", (bits + 7) / 8)
            .mappedFrom("VARBIT is stored as BIT(" + bits + ") on MySQL (fixed length)");
      }
      case JSON -> large("JSON");
      case JSONB -> large("JSON").mappedFrom("JSONB is stored as JSON on MySQL");
      case UUID -> chars("CHAR", 36, 0).mappedFrom("UUID is stored as CHAR(36) on MySQL");
      case VECTOR, HALFVEC, SPARSEVEC ->
          large("JSON").mappedFrom(name + " is stored as JSON (an array of numbers) on MySQL");
      case ENUM -> {
        var values = enumType.map(EnumType::values).getOrElse(java.util.List.of());
        var sql = new StringBuilder("ENUM(");
        for (int i = 0; i < values.size(); i++) {
          sql.append(i == 0 ? "" : ", ").append(quoteLiteral(values.get(i)));
        }
        yield fixed(sql.append(")").toString(), values.size() > 255 ? 2 : 1);
      }
      default -> large("LONGTEXT").mappedFrom(name + " is stored as LONGTEXT on MySQL");
    };
  }

  private static MappedType fixed(String sql, int bytes) {
    return new MappedType(sql, Option.none(), true, bytes, bytes, bytes, false);
  }

  /** CHAR/VARCHAR in utf8mb4: up to 4 bytes per character; InnoDB stores long ones off-page. */
  private static MappedType chars(String kind, int length, int lengthBytes) {
    var bytes = length * BYTES_PER_CHAR;
    var rowLengthBytes = lengthBytes == 0 ? 0 : (bytes > 255 ? 2 : 1);
    var inline = bytes > 255 ? OFF_PAGE_BYTES : bytes + 1;
    return new MappedType(
        kind + "(" + length + ")",
        Option.none(),
        true,
        bytes,
        bytes + rowLengthBytes,
        inline,
        false);
  }

  /** TEXT, BLOB and JSON: not indexable without a prefix; DEFAULT only as an expression. */
  private static MappedType large(String sql) {
    return new MappedType(sql, Option.none(), false, 0, 12, OFF_PAGE_BYTES, true);
  }

  /** Storage of DECIMAL(p,s): 4 bytes per 9 digits on each side of the point, plus leftovers. */
  static int decimalBytes(int precision, int scale) {
    int[] leftover = {0, 1, 1, 2, 2, 3, 3, 4, 4, 4};
    var integer = Math.max(0, precision - scale);
    return integer / 9 * 4 + leftover[integer % 9] + scale / 9 * 4 + leftover[scale % 9];
  }

  @Override
  int maxColumns() {
    return 1017;
  }

  @Override
  int maxKeyColumns() {
    return 16;
  }

  @Override
  int maxCharLength() {
    return 255;
  }

  @Override
  int maxVarcharLength() {
    return 16_383;
  }

  @Override
  int maxBitLength() {
    return 64;
  }

  @Override
  int maxDecimalPrecision() {
    return 65;
  }

  @Override
  int maxDecimalScale() {
    return 30;
  }

  @Override
  Option<String> enumValueProblem(String value) {
    return value.codePointCount(0, value.length()) > MAX_ENUM_VALUE_CHARS
        ? Option.of("MySQL enum values are at most 255 characters")
        : Option.none();
  }

  @Override
  String enumValueKey(String value) {
    return foldValue(value);
  }

  @Override
  String comparisonNote(String what) {
    return " (MySQL compares " + what + " case- and accent-insensitively)";
  }

  @Override
  boolean checksAvoidGeneratedColumns() {
    return true;
  }

  @Override
  boolean autoIncrementColumns() {
    return true;
  }

  @Override
  boolean primaryKeyUnnamed() {
    return true;
  }

  @Override
  boolean uniquesAreIndexes() {
    return true;
  }

  @Override
  CommentStyle commentStyle() {
    return CommentStyle.INLINE;
  }

  @Override
  Option<Integer> maxTableComment() {
    return Option.of(MAX_TABLE_COMMENT);
  }

  @Override
  Option<Integer> maxColumnComment() {
    return Option.of(MAX_COLUMN_COMMENT);
  }

  @Override
  Option<Integer> maxKeyBytes() {
    return MAX_KEY_BYTES_OPTION;
  }

  private static final Option<Integer> MAX_KEY_BYTES_OPTION = Option.of(MAX_KEY_BYTES);

  @Override
  boolean limitsRowSize() {
    return true;
  }

  @Override
  boolean reservedIndexName(String name) {
    return name.equalsIgnoreCase("PRIMARY");
  }

  @Override
  boolean referencesInKeyOrder() {
    return true;
  }

  @Override
  boolean refusesCascadeIntoNotNull() {
    return true;
  }

  @Override
  boolean largeTypesNeedPrefix() {
    return true;
  }

  @Override
  String preamble(SchemaPlan plan) {
    return "\nSET NAMES utf8mb4;\n";
  }

  /** InnoDB in utf8mb4 with the collation the validator's folding assumes. */
  static final String TABLE_OPTIONS =
      " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";
}
