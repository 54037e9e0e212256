package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.check.CheckExpression;
import io.dbkeep.domain.schema.check.CheckRenderer;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One engine's home: quoting, identifier rules, type mapping, limits and capabilities. Export
 * ({@link PlanBuilder}, {@link DdlWriter}), validation ({@link SchemaValidator}) and migration (the
 * migration writer) ask the dialect what the engine can do instead of branching on {@link Engine};
 * an engine's facts live in its subclass.
 */
abstract class Dialect {

  static Dialect of(Engine engine) {
    return switch (engine) {
      case POSTGRESQL -> PostgresDialect.INSTANCE;
      case MYSQL -> MySqlDialect.INSTANCE;
      case SQLITE -> SqliteDialect.INSTANCE;
    };
  }

  abstract Engine engine();

  /** What this engine adds to, and how it writes, the migration {@code writer} writes. */
  abstract EngineMigrationSteps migrationSteps(MigrationWriter writer);

  /** The identifier quoted, so reserved words, blanks, case and unicode survive (SQL: "x"). */
  String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** A string literal holding {@code text} (SQL: quotes doubled, backslashes literal). */
  String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * Why {@code name} cannot be an identifier on this engine, if so: {@code NAME_TOO_LONG} or {@code
   * INVALID_NAME}.
   */
  abstract Option<Refusal> identifierProblem(String name);

  /** Whether generated {@code name} fits the identifier limit. */
  abstract boolean fits(String name);

  /** {@code name} cut to the limit, ending in a stable hash of the full name when it was cut. */
  abstract String cut(String name, int room);

  /** The key under which two identifiers clash on this engine (case-, maybe accent-folded). */
  abstract String fold(String name);

  /** How a column of the document is stored. */
  abstract MappedType map(Column column, Option<EnumType> enumType);

  /** Most columns in a table. */
  abstract int maxColumns();

  /** Most columns in one key or index. */
  abstract int maxKeyColumns();

  abstract int maxCharLength();

  abstract int maxVarcharLength();

  abstract int maxBitLength();

  abstract int maxDecimalPrecision();

  abstract int maxDecimalScale();

  // ------------------------------------------------------------------------------ capabilities

  /** Enums are named types of their own (PostgreSQL), sharing the namespace of tables. */
  boolean enumsAreTypes() {
    return false;
  }

  /** Enums are a CHECK of the column's values (SQLite), since the engine has no enum type. */
  boolean enumsAsCheck() {
    return false;
  }

  /** Why the enum type {@code name} cannot be used (e.g. a built-in type shadows it), if so. */
  Option<String> enumNameProblem(String name) {
    return Option.none();
  }

  /** Why {@code value} cannot be an enum value on this engine (beyond blank and NUL), if so. */
  Option<String> enumValueProblem(String value) {
    return Option.none();
  }

  /** The key under which two enum values clash on this engine. */
  String enumValueKey(String value) {
    return value;
  }

  /** How the engine compares names and enum values, as a parenthesised note, or "". */
  String comparisonNote(String what) {
    return "";
  }

  // ---------------------------------------------------------------------------------- checks

  /** CHECK constraint names are unique per table (PostgreSQL), not per schema (MySQL, SQLite). */
  boolean checkNamesPerTable() {
    return false;
  }

  /**
   * A CHECK may not use an AUTO_INCREMENT column or a column a foreign key's CASCADE / SET NULL
   * action changes (MySQL 8 refuses both).
   */
  boolean checksAvoidGeneratedColumns() {
    return false;
  }

  /** How this engine spells a neutral check function (LENGTH counts characters everywhere). */
  String checkFunction(CheckExpression.Function function) {
    return function == CheckExpression.Function.LENGTH
        ? "char_length"
        : function.name().toLowerCase(Locale.ROOT);
  }

  /** A CHECK expression of the neutral subset as this engine writes it. */
  final String checkSql(io.dbkeep.domain.schema.check.CheckExpression expression) {
    return CheckRenderer.render(
        expression,
        new CheckRenderer.Spelling() {
          @Override
          public String column(String name) {
            return quote(name);
          }

          @Override
          public String string(String value) {
            return literal(value);
          }

          @Override
          public String function(CheckExpression.Function function) {
            return checkFunction(function);
          }
        });
  }

  /** Serial columns are AUTO_INCREMENT columns that must lead a key, at most one per table. */
  boolean autoIncrementColumns() {
    return false;
  }

  /** Serial columns auto-increment only as a sole {@code INTEGER PRIMARY KEY} (SQLite). */
  boolean autoIncrementOnlyAsSoleKey() {
    return false;
  }

  /** Foreign keys are declared inside CREATE TABLE (SQLite) rather than added by ALTER TABLE. */
  boolean foreignKeysInline() {
    return false;
  }

  /** The primary key constraint carries no name of ours (MySQL calls every one PRIMARY). */
  boolean primaryKeyUnnamed() {
    return false;
  }

  /**
   * A unique key is an index of its table ({@code UNIQUE KEY name (…)}, MySQL), not a constraint.
   */
  boolean uniquesAreIndexes() {
    return false;
  }

  /** How table and column comments are written. */
  CommentStyle commentStyle() {
    return CommentStyle.SQL_COMMENTS;
  }

  /** Where comments live: COMMENT ON statements, inline COMMENT clauses, or only SQL comments. */
  enum CommentStyle {
    COMMENT_ON,
    INLINE,
    SQL_COMMENTS
  }

  /** The longest table and column comments, in characters; none: unlimited. */
  Option<Integer> maxTableComment() {
    return Option.none();
  }

  Option<Integer> maxColumnComment() {
    return Option.none();
  }

  /** The most bytes of one key (MySQL/InnoDB); none: no limit worth checking. */
  Option<Integer> maxKeyBytes() {
    return Option.none();
  }

  /** Whether the row-size limits of {@link MappedType#rowBytes()} apply (MySQL/InnoDB). */
  boolean limitsRowSize() {
    return false;
  }

  /** Index names the engine reserves for itself, if {@code name} is one. */
  boolean reservedIndexName(String name) {
    return false;
  }

  /** The prefix reserved for the engine's own tables and indexes ({@code sqlite_}), if any. */
  Option<String> reservedPrefix() {
    return Option.none();
  }

  /** The length of a VARCHAR declared without one (MySQL: 255); otherwise unlimited. */
  int implicitVarcharLength() {
    return Integer.MAX_VALUE;
  }

  /** The precision of a DECIMAL declared without one (MySQL: 10); none: unbounded. */
  Option<Integer> implicitDecimalPrecision() {
    return Option.none();
  }

  /**
   * Whether time and timestamp values keep a time-zone offset. Where they do not (MySQL's DATETIME
   * and TIME), a timestamp default's offset is converted to UTC and a time default's is refused.
   */
  boolean keepsTimeZoneOffsets() {
    return true;
  }

  /** The default expression of a clock: {@code clock} is CURRENT_DATE, _TIME or _TIMESTAMP. */
  abstract String clockDefault(DefaultValue.Kind clock, ColumnType type);

  /** The default expression of a random UUID. */
  abstract String randomUuidDefault();

  /** Vector types need an extension on the server (pgvector). */
  boolean vectorsNeedExtension() {
    return false;
  }

  /**
   * The engine does not index foreign-key columns by itself, so unindexed ones are worth a warning.
   */
  boolean warnsUnindexedForeignKeys() {
    return false;
  }

  /**
   * The engine finds the referenced key of a foreign key only among indexes whose leading columns
   * are the referenced columns in the same order (InnoDB), so a composite foreign key lists its
   * pairs in the order of the referenced key.
   */
  boolean referencesInKeyOrder() {
    return false;
  }

  /**
   * MySQL refuses ON UPDATE CASCADE from a nullable referenced column into a NOT NULL foreign key
   * column.
   */
  boolean refusesCascadeIntoNotNull() {
    return false;
  }

  /** Large types (TEXT, BLOB) can only be indexed with a prefix length. */
  boolean largeTypesNeedPrefix() {
    return false;
  }

  /** The statements that open a script (session settings, extensions, …). */
  String preamble(SchemaPlan plan) {
    return "";
  }

  /** {@code name}, shortened to the identifier limit with a hash suffix when it is too long. */
  final String shorten(String name) {
    if (fits(name)) {
      return name;
    }
    return cut(name, 9) + "_" + hash(name);
  }

  static String hash(String text) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  static boolean hasNul(String text) {
    return text.indexOf('\0') >= 0;
  }

  /**
   * {@code text.getBytes(UTF_8).length} without encoding it: a lone surrogate counts as the one
   * byte of the {@code ?} it is encoded as.
   */
  static int utf8Length(String text) {
    var bytes = 0;
    var length = text.length();
    for (int i = 0; i < length; i++) {
      var c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        bytes += 1;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
